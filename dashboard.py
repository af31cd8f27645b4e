"""Entry point: `streamlit run dashboard.py`. Draws the shared sidebar and runs the chosen page."""
import streamlit as st

from prevcap import ui
from prevcap.i18n import t

st.set_page_config(page_title="prevcap", page_icon=":material/shield:", layout="wide")

ui.ensure_warehouse()
lang = ui.language_selector()

pages = {
    t("nav.group.analysis", lang): [
        st.Page("pages/oversikt.py", title=t("nav.overview", lang), icon=":material/map:", url_path="oversikt",
                default=True),
    ],
}
navigation = st.navigation(pages)
st.session_state["filters"] = ui.sidebar_filters(lang)
navigation.run()
