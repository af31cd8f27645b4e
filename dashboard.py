"""Entry point: `streamlit run dashboard.py`. Reads the view (session and URL), draws the shared
sidebar and runs the chosen page."""

from pathlib import Path

import streamlit as st

from core.i18n import t
from prevcap import ui
from prevcap.ui import auth
from prevcap.ui.legacy_pages import leave_legacy_mode

leave_legacy_mode()  # the first session of a server would otherwise lose its first click
st.set_page_config(page_title="prevcap", page_icon="assets/favicon.png", layout="wide")

# (script, title key, icon, url path, group key). A page appears once its script exists.
PAGES = [
    ("pages/oversikt.py", "nav.overview", ":material/map:", "oversikt", "nav.group.analysis"),
    ("pages/kapacitet.py", "nav.capacity", ":material/bar_chart:", "kapacitet", "nav.group.analysis"),
    ("pages/kommun.py", "nav.municipality", ":material/location_city:", "kommun", "nav.group.analysis"),
    ("pages/samverkan.py", "nav.collaboration", ":material/hub:", "samverkan", "nav.group.analysis"),
    ("pages/evenemang.py", "nav.events", ":material/event:", "evenemang", "nav.group.analysis"),
    ("pages/finansiering.py", "nav.funding", ":material/payments:", "finansiering", "nav.group.analysis"),
    # the data pages: listed for the roles that may use them (prevcap/ui/auth.py)
    ("pages/inlasning.py", "nav.upload", ":material/upload_file:", "inlasning", "nav.group.data"),
    ("pages/rapportera.py", "nav.report_form", ":material/edit_note:", "rapportera", "nav.group.data"),
    ("pages/inrapportering.py", "nav.reporting", ":material/checklist:", "inrapportering", "nav.group.data"),
    ("pages/rapport.py", "nav.report", ":material/description:", "rapport", "nav.group.about"),
    ("pages/metod.py", "nav.method", ":material/menu_book:", "metod", "nav.group.about"),
    (
        "pages/tillganglighet.py",
        "nav.accessibility",
        ":material/accessibility_new:",
        "tillganglighet",
        "nav.group.about",
    ),
]
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
    st.switch_page(by_path["oversikt"], query_params=st.query_params.to_dict())


start_page = st.Page(start, title=t("nav.overview", lang), url_path="start", default=True, visibility="hidden")
pages.setdefault(t("nav.group.analysis", lang), []).append(start_page)
navigation = st.navigation(pages)
# a title of its own for every page (the browser's tab and history, a screen reader's first words)
st.set_page_config(page_title=f"{navigation.title} – {t('app.short', lang)}")
ui.page_language(lang)
ui.selection(view)
navigation.run()
