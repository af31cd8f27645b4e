"""Streamlit's own words, which the page renames in the interface's language (prevcap/ui/streamlit_texts.py).
The English ones are Streamlit's, word for word: a switch back to English restores them."""

TEXTS = {
    "st.skip_to_main": {"sv": "Hoppa till huvudinnehållet", "en": "Skip to main content"},
    "st.collapse_sidebar": {"sv": "Fäll ihop sidomenyn", "en": "Collapse sidebar"},
    "st.expand_sidebar": {"sv": "Fäll ut sidomenyn", "en": "Expand sidebar"},
    "st.main_menu": {"sv": "Huvudmeny", "en": "Main menu"},
    "st.app_pages": {"sv": "Sidor", "en": "App pages"},
    "st.sidebar": {"sv": "Sidomeny", "en": "Sidebar"},
    "st.running": {"sv": "Arbetar …", "en": "Running..."},
    "st.help": {"sv": "Hjälp", "en": "Help"},
    "st.help_for": {"sv": "Hjälp om {part}", "en": "Help for {part}"},
    "st.close": {"sv": "Stäng", "en": "Close"},
    "st.open_list": {"sv": "Visa alternativen", "en": "Open"},
    "st.upload": {"sv": "Välj fil", "en": "Upload"},
    "st.file_input": {"sv": "Välj en fil att läsa in", "en": "file upload"},
    "st.per_file": {"sv": "{part} per fil", "en": "{part} per file"},
    "st.download_csv": {"sv": "Ladda ned som CSV", "en": "Download as CSV"},
    "st.search": {"sv": "Sök", "en": "Search"},
    "st.fullscreen": {"sv": "Helskärm", "en": "Fullscreen"},
    "st.close_fullscreen": {"sv": "Stäng helskärm", "en": "Close fullscreen"},
    "st.show_hide_columns": {"sv": "Visa eller dölj kolumner", "en": "Show/hide columns"},
}
