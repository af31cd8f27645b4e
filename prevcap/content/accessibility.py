"""The accessibility statement (Lag 2018:1937): a page of text, the same in the dashboard and in any
printed copy."""

from __future__ import annotations

from core.i18n import t
from prevcap.content.model import Heading, Section, Text
from prevcap.view import View

# (heading, text) of each part, in order
PARTS = (
    ("a11y.status_heading", "a11y.status"),
    ("a11y.works_heading", "a11y.works"),
    ("a11y.gaps_heading", "a11y.gaps"),
    ("a11y.how_heading", "a11y.how"),
    ("a11y.report_heading", "a11y.report"),
)


def accessibility_section(source, view: View) -> Section:
    lang = view.lang
    section = Section("accessibility", t("a11y.title", lang), t("a11y.intro", lang))
    for heading, text in PARTS:
        section.items += [Heading(heading, t(heading, lang)), Text(text, t(text, lang))]
    return section
