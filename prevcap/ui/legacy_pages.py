"""The one place that works around Streamlit's legacy pages mode, and why.

The design card puts the page scripts in a folder named pages/. Streamlit 1.67 decides at the first
session of a server process whether the app uses that folder the legacy (v1) way
(`PagesManager.uses_pages_directory`, set from the folder's existence) and only `st.navigation`
switches it off, for the whole process. So the very first request, if it deep-links to a page
(/kapacitet), runs that page's script alone, without dashboard.py and its sidebar. Streamlit offers no
setting for this (its docs and issues, streamlit/streamlit#9624, #9992). The page notices (no view in
the session), switches the flag off as st.navigation would, and reruns: the rerun goes through
dashboard.py. tests/test_legacy_pages.py fails if Streamlit changes what this relies on.
"""

from __future__ import annotations

import streamlit as st


def rerun_through_navigation() -> None:
    from streamlit.runtime.pages_manager import PagesManager

    PagesManager.uses_pages_directory = False
    st.rerun()


def leave_legacy_mode() -> None:
    """At the top of dashboard.py: the first session of a server process starts in legacy mode, and its
    first run's switch to st.navigation made the session drop its first click (a widget event sent
    against the legacy page). Switching off before anything is drawn, and rerunning, starts that
    session as every later one."""
    from streamlit.runtime.pages_manager import PagesManager

    if PagesManager.uses_pages_directory:
        rerun_through_navigation()


def navigation_mode_for_apptest(monkeypatch) -> None:
    """AppTest recomputes the flag before every run and, because of the pages/ folder, would run the
    pages the legacy way and skip dashboard.py's st.navigation on reruns: make it behave as the real
    server does after its first st.navigation call."""
    from streamlit.runtime.pages_manager import PagesManager
    from streamlit.testing.v1 import app_test

    class NavigationPagesManager(PagesManager):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            PagesManager.uses_pages_directory = False

    monkeypatch.setattr(app_test, "PagesManager", NavigationPagesManager)
