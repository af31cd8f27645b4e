"""The app's script, served by `streamlit run app.py` (which answers unknown addresses first). Reads the
view (session and URL), draws the shared sidebar and runs the chosen page."""

from pathlib import Path

import streamlit as st

from core.i18n import t
from prevcap import ui
from prevcap.navigation import HOME_PATH, PAGES, START_PATH
from prevcap.ui import auth
from prevcap.ui.legacy_pages import leave_legacy_mode
from prevcap.ui.streamlit_texts import translate_streamlit

leave_legacy_mode()  # the first session of a server would otherwise lose its first click
st.set_page_config(page_title="prevcap", page_icon="assets/favicon.png", layout="wide")

HERE = Path(__file__).parent

ui.ensure_warehouse()
view = ui.start_run()
lang = ui.language_selector(view)
auth.require_login_page(lang)
role = auth.sidebar(lang)
data_pages = auth.data_pages_for(role)

pages: dict[str, list] = {}
by_path: dict[str, st.Page] = {}
for script, title, icon, url_path, group in PAGES:
    if group == "nav.group.data" and url_path not in data_pages:
        continue
    if (HERE / script).exists():
        by_path[url_path] = st.Page(HERE / script, title=t(title, lang), icon=icon, url_path=url_path)
        pages.setdefault(t(group, lang), []).append(by_path[url_path])


def start() -> None:
    """The app's root URL opens Översikt at its own address (/oversikt), with the link's settings: the
    default page of st.navigation answers only at the root, so a link to /oversikt would not be found."""
    st.switch_page(by_path[HOME_PATH], query_params=st.query_params.to_dict())


start_page = st.Page(start, title=t("nav.overview", lang), url_path=START_PATH, default=True, visibility="hidden")
pages.setdefault(t("nav.group.analysis", lang), []).append(start_page)
navigation = st.navigation(pages)
# a title of its own for every page (the browser's tab and history, a screen reader's first words)
st.set_page_config(page_title=f"{navigation.title} – {t('app.short', lang)}")
ui.page_language(lang)
translate_streamlit(lang)
ui.page_style()
ui.selection(view)
navigation.run()
