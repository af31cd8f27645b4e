"""WCAG 2.1 AA in Chromium: axe-core (tests/assets, WCAG 2.0/2.1 A and AA rules) on every analysis page in
both languages, with what axe does not judge: <html lang>, a title of its own, one h1, no heading level
skipped. The one exception is documented in the accessibility statement (core/texts/accessibility.py):
Streamlit's own sidebar navigation list (rules list/listitem), whose markup the project cannot change."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from core.config import ROOT
from tests.a11y import axe_violations, blocking, describe, heading_skips, page_facts
from tests.conftest import wait_for_app

PAGES = {
    "oversikt": ("Översikt", "Overview"),
    "kapacitet": ("Kapacitet", "Capacity"),
    "kommun?kommun=2418": ("Kommun", "Municipality"),
    "samverkan": ("Samverkan", "Collaboration"),
    "evenemang": ("Evenemang", "Events"),
    "finansiering": ("Finansiering", "Funding"),
    "rapport": ("Rapport", "Report"),
    "metod": ("Metod och källor", "Method and sources"),
    "tillganglighet": ("Tillgänglighet", "Accessibility"),
}
# Streamlit's navigation: its <ul> holds group headers besides the <li> links (documented, not ours)
STREAMLIT_NAVIGATION = {"list", "listitem"}


def ours(violation: dict, page) -> bool:
    """Whether the violation is the project's: not only nodes of Streamlit's sidebar navigation."""
    if violation["id"] not in STREAMLIT_NAVIGATION:
        return True
    targets = [node["target"][-1] for node in violation["nodes"]]
    in_navigation = page.evaluate(
        "(targets) => targets.map(t => !!document.querySelector(t)?.closest('[data-testid=stSidebarNav]'))",
        targets,
    )
    return not all(in_navigation)


@pytest.mark.browser
@pytest.mark.parametrize("lang", ["sv", "en"])
def test_every_page_passes_axe_and_says_its_language_title_and_headings(server_url, page, lang):
    titles = set()
    for path, names in PAGES.items():
        separator = "&" if "?" in path else "?"
        page.goto(f"{server_url}/{path}{separator}lang={lang}")
        wait_for_app(page)
        page.wait_for_function(f"() => document.documentElement.lang === '{lang}'", timeout=15000)
        facts = page_facts(page)
        name = names[0] if lang == "sv" else names[1]
        assert facts["title"] == f"{name} – prevcap", path
        assert facts["h1"] == 1, (path, facts["headings"])
        assert heading_skips(facts) == [], (path, facts["headings"])
        assert not [h for h in facts["headings"] if h["sidebar"]], (
            path,
            "a heading in the sidebar comes before the h1",
        )
        serious = [v for v in blocking(axe_violations(page)) if ours(v, page)]
        assert serious == [], (path, lang, describe(serious), serious[0]["nodes"][:2])
        titles.add(facts["title"])
    assert len(titles) == len(PAGES)


def test_the_accessibility_statement_is_a_page_and_metod_links_to_it(fixture_warehouse, monkeypatch):
    monkeypatch.setenv("PREVCAP_DB", str(fixture_warehouse))
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60)
    at.run()
    at.switch_page("pages/tillganglighet.py").run()
    assert not at.exception
    assert at.title[0].value == "Tillgänglighetsredogörelse"
    assert [h.value for h in at.header] == [
        "Hur tillgängligt är verktyget?",
        "Det här fungerar",
        "Det här fungerar inte ännu",
        "Hur vi har testat",
        "Anmäl en brist",
    ]
    text = " ".join(m.value for m in at.markdown)
    assert "WCAG 2.1" in text and "(https://www.digg.se/tdosanmalan)" in text and "`list`" in text
    at.switch_page("pages/metod.py").run()
    assert any("[Tillgänglighetsredogörelse](/tillganglighet)" in m.value for m in at.markdown)
