"""The dashboard's pages: script, title, icon, address and group. dashboard.py builds st.navigation from
them; the server (prevcap/serving.py) knows from them which addresses are pages."""

from __future__ import annotations

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

# The hidden page at the root that opens Översikt at its own address (dashboard.py).
START_PATH = "start"
HOME_PATH = "oversikt"

URL_PATHS = frozenset([url_path for _, _, _, url_path, _ in PAGES] + [START_PATH])
