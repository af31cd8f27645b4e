"""Sign-in through the real flow in Chromium: the dashboard's st.login against a local OpenID provider
(tests/oidc.py), and which data pages each role finds in the navigation."""

from __future__ import annotations

import shutil
from urllib.parse import urlparse

import pytest
from playwright.sync_api import expect

from tests.conftest import wait_for_app
from tests.oidc import (
    ADMIN_24,
    ADMIN_25,
    REPORTER_MALA,
    VIEWER,
    login,
    logout,
    navigation_titles,
    serve_with_login,
    signed_in_caption,
)

DATA_PAGES = {"Inläsning", "Rapportera", "Inrapportering"}
ANALYSIS_PAGES = {"Översikt", "Kapacitet", "Kommun", "Samverkan", "Evenemang", "Finansiering"}


def main_heading(page) -> str:
    return page.locator("[data-testid='stMain'] h1").first.inner_text().strip()


@pytest.mark.browser
def test_signed_out_nobody_sees_the_data_pages(signin_server_url, page):
    page.goto(signin_server_url)
    wait_for_app(page)
    titles = set(navigation_titles(page))
    assert ANALYSIS_PAGES <= titles
    assert not titles & DATA_PAGES
    expect(page.locator(".st-key-auth_login button")).to_be_visible(timeout=15000)
    assert not page.locator(".st-key-auth_logout").count()


@pytest.mark.browser
@pytest.mark.parametrize("email", [VIEWER, "okand@example.net"])  # predefined, and an address typed in
def test_a_signed_in_viewer_sees_no_data_pages(signin_server_url, page, email):
    login(page, signin_server_url, email)
    assert "(läsare)" in signed_in_caption(page, email).inner_text()
    titles = set(navigation_titles(page))
    assert ANALYSIS_PAGES <= titles
    assert not titles & DATA_PAGES
    # not by a typed link either: the navigation does not know the page, Streamlit opens the default
    page.goto(signin_server_url + "/inlasning")
    wait_for_app(page)
    assert main_heading(page) != "Inläsning"


@pytest.mark.browser
@pytest.mark.parametrize("email", [ADMIN_24, ADMIN_25])
def test_an_admin_sees_the_three_data_pages(signin_server_url, page, email):
    login(page, signin_server_url, email)
    assert "(länsstyrelsen)" in signed_in_caption(page, email).inner_text()
    titles = navigation_titles(page)
    assert DATA_PAGES <= set(titles)
    # listed in the order of dashboard.py's PAGES
    assert [title for title in titles if title in DATA_PAGES] == ["Inläsning", "Rapportera", "Inrapportering"]


@pytest.mark.browser
def test_the_reporter_of_mala_sees_only_rapportera(signin_server_url, page):
    login(page, signin_server_url, REPORTER_MALA)
    assert "(rapportör)" in signed_in_caption(page, REPORTER_MALA).inner_text()
    assert set(navigation_titles(page)) & DATA_PAGES == {"Rapportera"}


@pytest.mark.browser
def test_logga_ut_signs_out_and_stays_signed_out(signin_server_url, page):
    login(page, signin_server_url, ADMIN_24)
    logout(page)
    assert not signed_in_caption(page, ADMIN_24).count()
    assert not set(navigation_titles(page)) & DATA_PAGES
    assert not [cookie for cookie in page.context.cookies() if cookie["name"].startswith("_streamlit_user")]
    page.reload()  # the identity cookie is gone: a reload does not sign in again
    wait_for_app(page)
    expect(page.locator(".st-key-auth_login button")).to_be_visible(timeout=15000)
    assert not set(navigation_titles(page)) & DATA_PAGES


@pytest.mark.browser
def test_signing_in_and_out_never_leaves_the_machine(signin_server_url, page):
    login(page, signin_server_url, REPORTER_MALA)
    page.locator("[data-testid='stSidebarNavLink']", has_text="Rapportera").click()
    page.wait_for_url("**/rapportera**")
    page.locator("[data-testid='stMain'] h1").first.wait_for()
    page.wait_for_function("() => !document.querySelector('[data-testid=\"stStatusWidget\"]')")
    logout(page)
    visited = {urlparse(url).netloc for url in page.requests if urlparse(url).scheme in ("http", "https", "ws", "wss")}
    # the dashboard, and the provider (its pages take no style sheet from a CDN, prevcap/demo.py)
    assert len(visited) == 2 and {host.rpartition(":")[0] for host in visited} == {"127.0.0.1"}, visited


@pytest.mark.browser
def test_the_first_click_on_logga_in_after_a_start_reaches_the_provider(
    fixture_warehouse_master, oidc_provider, access_file, tmp_path, page
):
    db = tmp_path / "warehouse.duckdb"
    shutil.copyfile(fixture_warehouse_master, db)
    with serve_with_login(db, tmp_path / "ledger.duckdb", oidc_provider, access_file) as url:
        page.goto(url)
        wait_for_app(page)
        page.locator(".st-key-auth_login button").click()
        page.wait_for_url("**/oauth2/authorize?**", timeout=10000)
