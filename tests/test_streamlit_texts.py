"""Streamlit's own English words in the Swedish interface are renamed in Swedish in the browser (the file
uploader, the help buttons, the sidebar's buttons, the skip link), and come back in English."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from prevcap.ui.streamlit_texts import EXACT, PREFIXES, SUFFIXES, words
from tests.conftest import wait_for_app
from tests.oidc import ADMIN_24, login
from tests.test_data_in_browser import main, open_page

TIMEOUT_MS = 30000


def test_every_word_has_both_languages_and_english_gives_streamlits_own_back():
    english = words("en")
    assert english["exact"] == {word: word for word in EXACT}
    assert english["prefixes"] == {"Help for ": "Help for {}"} and english["suffixes"] == {" per file": "{} per file"}
    swedish = words("sv")
    assert swedish["exact"]["Upload"] == "Välj fil" and swedish["exact"]["Skip to main content"] == (
        "Hoppa till huvudinnehållet"
    )
    assert swedish["prefixes"] == {"Help for ": "Hjälp om {}"} and swedish["suffixes"] == {" per file": "{} per fil"}
    assert set(PREFIXES) | set(SUFFIXES) | set(EXACT)  # nothing without a translation: t() raises on a missing key


@pytest.mark.browser
def test_the_uploader_and_the_help_buttons_speak_swedish_then_english(signin_server_url, page):
    login(page, signin_server_url, ADMIN_24)
    open_page(page, "Inläsning", "inlasning")
    uploader = main(page).locator("[data-testid='stFileUploader']")
    expect(uploader.locator("[data-testid='stFileUploaderDropzone'] button p")).to_have_text(
        "Välj fil", timeout=TIMEOUT_MS
    )
    expect(uploader.locator("[data-testid='stFileUploaderDropzoneInstructions']")).to_have_text(
        "10MB per fil • CSV, XLSX, TXT"
    )
    expect(uploader.locator("[data-testid='stFileUploaderDropzoneInput']")).to_have_attribute(
        "aria-label", "Välj en fil att läsa in"
    )
    expect(uploader.locator("[data-testid='stTooltipHoverTarget'] button")).to_have_attribute(
        "aria-label", "Hjälp om Fil att läsa in"
    )
    expect(page.locator("[data-testid='stSkipToContent']")).to_have_text("Hoppa till huvudinnehållet")
    assert "Upload" not in main(page).inner_text()
    expect(page.locator(".st-key-lang button").first).to_have_attribute("aria-label", "Visa alternativen")

    # to English: Streamlit's own words come back
    page.locator(".st-key-lang input[role='combobox']").click()
    page.get_by_role("option", name="English").click()
    wait_for_app(page)
    expect(uploader.locator("[data-testid='stFileUploaderDropzone'] button p")).to_have_text(
        "Upload", timeout=TIMEOUT_MS
    )
    expect(uploader.locator("[data-testid='stFileUploaderDropzoneInstructions']")).to_have_text(
        "10MB per file • CSV, XLSX, TXT"
    )
    expect(page.locator("[data-testid='stSkipToContent']")).to_have_text("Skip to main content")
