"""An address the dashboard does not have: a page in Swedish (or the link's language) with a link back to
Översikt, never a blank page or Streamlit's English dialog (prevcap/serving.py)."""

from __future__ import annotations

import http.client
from urllib.parse import urlparse

import pytest

from prevcap.navigation import URL_PATHS
from prevcap.serving import language_of, not_found_page
from tests.conftest import wait_for_app

HOSTILE_PATHS = [
    "/nonsense",
    "/etc/passwd",
    "/_stcore/nonexistent",
    "/a/b/c",
    "/a/../etc/passwd",
    "/%2e%2e/%2e%2e/etc/passwd",
    "/static/nonexistent.js",
    "/kapacitet/extra",
]


def test_the_page_says_so_in_swedish_and_links_to_oversikt():
    page = not_found_page("/a/<b>", "sv")
    assert '<html lang="sv">' in page
    assert "<h1>Sidan finns inte</h1>" in page
    assert "<p>Adressen /a/&lt;b&gt; finns inte i instrumentpanelen." in page
    assert '<a href="/oversikt">Till Översikt</a>' in page
    assert "<script" not in page and "http" not in page  # nothing to fetch


def test_the_page_in_english_keeps_the_language_in_its_link():
    page = not_found_page("/x", "en", "/prevcap")
    assert "<h1>Page not found</h1>" in page
    assert '<a href="/prevcap/oversikt?lang=en">Go to Overview</a>' in page


def test_the_language_comes_from_the_address():
    assert language_of(b"lang=en&ar=2024") == "en"
    assert language_of(b"") == "sv"
    assert language_of(b"lang=xx") == "sv"


def test_every_page_and_the_start_page_are_known_addresses():
    assert URL_PATHS == {
        "oversikt",
        "kapacitet",
        "kommun",
        "samverkan",
        "evenemang",
        "finansiering",
        "inlasning",
        "rapportera",
        "inrapportering",
        "rapport",
        "metod",
        "tillganglighet",
        "start",
    }


def raw_get(server_url: str, path: str) -> tuple[int, str, str]:
    """GET of the path exactly as written (a browser would resolve ../ first): status, type, body."""
    address = urlparse(server_url)
    connection = http.client.HTTPConnection(address.hostname, address.port, timeout=10)
    try:
        connection.request("GET", path)
        response = connection.getresponse()
        return response.status, response.getheader("content-type", ""), response.read().decode("utf-8", "replace")
    finally:
        connection.close()


@pytest.mark.browser
@pytest.mark.parametrize("path", HOSTILE_PATHS)
def test_an_unknown_address_answers_in_swedish_over_http(server_url, path):
    status, kind, body = raw_get(server_url, path)
    assert (status, kind) == (404, "text/html; charset=utf-8")
    assert "<h1>Sidan finns inte</h1>" in body and '<a href="/oversikt">Till Översikt</a>' in body


@pytest.mark.browser
def test_streamlit_s_own_addresses_still_answer(server_url):
    assert raw_get(server_url, "/_stcore/health")[:2] == (200, "text/plain; charset=utf-8")
    assert raw_get(server_url, "/favicon.png")[0] == 200
    for page in ("/", "/oversikt", "/kapacitet?lan=24"):
        status, kind, body = raw_get(server_url, page)
        assert (status, kind) == (200, "text/html; charset=utf-8") and "./static/js/" in body


@pytest.mark.browser
@pytest.mark.parametrize("path", HOSTILE_PATHS)
def test_an_unknown_address_in_the_browser_leads_back_to_oversikt(server_url, page, path):
    response = page.goto(server_url + path)
    assert response.status == 404
    assert page.locator("h1").inner_text() == "Sidan finns inte"
    assert page.title() == "Sidan finns inte – prevcap"
    page.get_by_role("link", name="Till Översikt").click()
    wait_for_app(page)
    assert urlparse(page.url).path == "/oversikt"
    page.get_by_role("heading", name="Översikt", level=1).wait_for(timeout=30000)


@pytest.mark.browser
def test_an_unknown_address_with_lang_en_answers_in_english(server_url, page):
    page.goto(server_url + "/nonsense?lang=en")
    assert page.locator("h1").inner_text() == "Page not found"
    assert page.get_by_role("link", name="Go to Overview").get_attribute("href") == "/oversikt?lang=en"
