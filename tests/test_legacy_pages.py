"""What prevcap/ui/legacy_pages.py relies on in Streamlit: a failure here means Streamlit changed how a
pages/ folder is treated, and the workaround must be looked at again."""

from __future__ import annotations

import inspect
import shutil

import pytest


def test_streamlit_still_decides_the_legacy_mode_by_this_flag():
    from streamlit.runtime.pages_manager import PagesManager
    from streamlit.runtime.scriptrunner import script_runner

    assert "uses_pages_directory" in vars(PagesManager)
    assert "PagesManager.uses_pages_directory" in inspect.getsource(script_runner.ScriptRunner)
    from streamlit.commands import navigation

    assert "PagesManager.uses_pages_directory = False" in inspect.getsource(navigation.navigation)


@pytest.mark.browser
def test_a_deep_link_as_the_first_request_gets_the_whole_dashboard(fixture_warehouse_master, tmp_path, page):
    from tests.conftest import serve, wait_for_app

    db = tmp_path / "warehouse.duckdb"
    shutil.copyfile(fixture_warehouse_master, db)
    with serve(db, tmp_path / "ledger.duckdb") as url:  # a fresh server: this is its first request
        page.goto(url + "/kapacitet?lan=24&ar=2024&norm_bas=1.5")
        wait_for_app(page)
        page.wait_for_selector("h1", timeout=30000)
        assert page.locator("h1").first.inner_text() == "Kapacitet och kapacitetsbrist"
        sidebar = page.locator("[data-testid='stSidebar']").inner_text()
        assert "Län" in sidebar and "Behovsnorm och index" in sidebar
        assert "norm_bas=1.5" in page.url and "lan=24" in page.url


@pytest.mark.browser
def test_the_root_and_oversikt_open_the_same_page_without_a_not_found_dialog(server_url, page):
    """st.navigation's default page answers only at the root: dashboard.py's hidden start page passes the
    root on to /oversikt with the link's settings, so a link to /oversikt is found (no English dialog)."""
    from tests.conftest import wait_for_app

    for path, lands in (("/?lan=25&ind=population", "/oversikt?lan=25"), ("/oversikt?lan=24", "/oversikt?lan=24")):
        page.goto(server_url + path)
        wait_for_app(page)
        assert page.locator("h1").first.inner_text() == "Översikt"
        assert page.url.startswith(server_url + lands), page.url
        assert page.locator("[role='dialog']").count() == 0
