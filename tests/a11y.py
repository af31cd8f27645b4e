"""Accessibility checks for a Playwright page: axe-core (vendored in tests/assets/) and the
few WCAG facts axe does not judge (the page language, the title, the heading outline, English
interface strings left on a Swedish page).

A browser test can assert on it, e.g.

    from tests.a11y import AXE_PATH, axe_violations, blocking
    assert blocking(axe_violations(page, AXE_PATH)) == []

and bench/audit_accessibility.py prints the same findings for every page.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

AXE_PATH = Path(__file__).resolve().parent / "assets" / "axe.min.js"

# WCAG 2.1 level A and AA, the level the Swedish law (2018:1937) requires.
WCAG_TAGS = ("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")
IMPACTS = ("critical", "serious", "moderate", "minor")

# Streamlit's and plotly's built-in English interface strings (a heuristic: whole words,
# case-sensitive) that should not be left on a Swedish page.
ENGLISH_UI_STRINGS = (
    "Choose an option",
    "Choose options",
    "No options to select",
    "No results",
    "Press Enter",
    "Download plot",
    "Download as CSV",
    "Zoom",
    "Pan",
    "Autoscale",
    "Reset",
    "Fullscreen",
    "Close fullscreen",
    "Search",
    "Collapse",
    "Expand",
    "Skip to main content",
    "empty",
    "Page not found",
    "Main menu",
    "Clear all",
    "Clear value",
    "Open",
    "Close",
    "Running",
    "Stop",
    "Deploy",
    "Rerun",
    "Settings",
    "Print",
    "Show/hide columns",
    "Increment",
    "Decrement",
    "Show password",
    "Made with Streamlit",
)

_RUN_AXE = """
async ([tags, context]) => {
  const results = await axe.run(context ? document.querySelector(context) : document,
                                {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations', 'incomplete']});
  const slim = (r) => ({id: r.id, impact: r.impact, help: r.help, helpUrl: r.helpUrl, tags: r.tags,
                        nodes: r.nodes.map(n => ({target: n.target, html: n.html.slice(0, 300),
                                                  failureSummary: n.failureSummary}))});
  return {violations: results.violations.map(slim), incomplete: results.incomplete.map(slim)};
}
"""

_PAGE_FACTS = """
(words) => {
  const visible = (el) => el && (el.checkVisibility ? el.checkVisibility({visibilityProperty: true})
                                                     : el.getClientRects().length > 0);
  const hidden = (el) => !!(el && el.closest('[aria-hidden="true"]'));
  const sidebar = (el) => !!el.closest('[data-testid="stSidebar"]');
  const headings = Array.from(document.querySelectorAll('h1, h2, h3, h4, h5, h6, [role="heading"]'))
    .filter(el => visible(el) && !hidden(el) && el.textContent.trim() !== '')
    .map(el => ({level: Number(el.getAttribute('aria-level') || el.tagName.slice(1)) || 2,
                 text: el.textContent.trim().slice(0, 60), sidebar: sidebar(el)}));
  const escape = (s) => s.replace(/[.*+?^${}()|[\\]\\\\]/g, '\\\\$&');
  const patterns = words.map(w => [w, new RegExp('(^|[^A-Za-z])' + escape(w) + '($|[^A-Za-z])')]);
  const text = {}, names = {};
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node.parentElement;
    if (!el || !visible(el) || hidden(el) || ['SCRIPT', 'STYLE', 'NOSCRIPT'].includes(el.tagName)) continue;
    for (const [w, re] of patterns) if (re.test(node.textContent)) text[w] = (text[w] || 0) + 1;
  }
  // accessible names and hints a screen reader announces, or a tooltip shows
  for (const el of document.body.querySelectorAll('[aria-label], [title], [placeholder], [data-title], [alt]')) {
    if (hidden(el)) continue;
    for (const attr of ['aria-label', 'title', 'placeholder', 'data-title', 'alt']) {
      const value = el.getAttribute(attr);
      if (!value) continue;
      for (const [w, re] of patterns) if (re.test(value)) names[w] = (names[w] || 0) + 1;
    }
  }
  return {lang: document.documentElement.getAttribute('lang'), title: document.title,
          h1: headings.filter(h => h.level === 1).length, headings, english_text: text, english_names: names};
}
"""


def axe_results(page, axe_path: Path | str = AXE_PATH, tags=WCAG_TAGS, context: str | None = None) -> dict:
    """axe-core's violations and incomplete ("needs review") results for the page as it is now,
    each trimmed to id, impact, help, helpUrl, tags and nodes (target, html, failureSummary).
    `context` is an optional CSS selector to audit only part of the page."""
    if not page.evaluate("() => typeof window.axe !== 'undefined'"):
        page.add_script_tag(path=str(axe_path))
    return page.evaluate(_RUN_AXE, [list(tags), context])


def axe_violations(page, axe_path: Path | str = AXE_PATH, tags=WCAG_TAGS, context: str | None = None) -> list[dict]:
    """axe-core's WCAG 2.1 A/AA violations for the page as it is now (see axe_results)."""
    return axe_results(page, axe_path, tags, context)["violations"]


def blocking(violations: list[dict], impacts=("critical", "serious")) -> list[dict]:
    """The violations of the given impacts, the ones a test should not allow."""
    return [v for v in violations if v.get("impact") in impacts]


def count_by_impact(violations: list[dict]) -> dict[str, int]:
    """Number of violated rules per impact (every impact present, 0 when none)."""
    counts = Counter(v.get("impact") or "minor" for v in violations)
    return {impact: counts.get(impact, 0) for impact in IMPACTS}


def describe(violations: list[dict]) -> str:
    """'rule(nodes) rule(nodes)…', most serious first: for a table or an assertion message."""
    order = {impact: i for i, impact in enumerate(IMPACTS)}
    ranked = sorted(violations, key=lambda v: (order.get(v.get("impact"), 9), v["id"]))
    return " ".join(f"{v['id']}({len(v['nodes'])})" for v in ranked) or "-"


def page_facts(page, words=ENGLISH_UI_STRINGS) -> dict:
    """What axe does not judge: <html lang>, document.title, the number of h1, the visible
    headings in document order ({level, text, sidebar}), and how often each English interface
    string occurs in visible text (english_text) and in accessible names, titles and
    placeholders (english_names)."""
    return page.evaluate(_PAGE_FACTS, list(words))


def heading_outline(facts: dict) -> str:
    """Heading levels in document order, sidebar headings marked 's': e.g. 's3 s3 1 2 2 3'."""
    return " ".join(("s" if h["sidebar"] else "") + str(h["level"]) for h in facts["headings"]) or "-"


def heading_skips(facts: dict) -> list[tuple[int, int]]:
    """Pairs (previous, next) in the main content where the level jumps down by more than one."""
    levels = [h["level"] for h in facts["headings"] if not h["sidebar"]]
    return [(a, b) for a, b in zip(levels, levels[1:]) if b > a + 1]
