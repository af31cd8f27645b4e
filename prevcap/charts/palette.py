"""Colours that mean the same on every page: one definition each."""

from __future__ import annotations

# Okabe–Ito colours: told apart also by colour-blind readers.
KIND_COLOURS = {
    "shared_post": "#D55E00",
    "joint_agreement": "#0072B2",
    "police_area": "#009E73",
    "co_attendance": "#CC79A7",
}


FUNDER_COLOURS = {
    "kommun": "#999999",
    "lansstyrelsen": "#0072B2",
    "fohm": "#009E73",
    "bra": "#D55E00",
    "annan": "#CC79A7",
}


# and a pattern each, so that a stack can be read without telling the colours apart (WCAG 1.4.1)
FUNDER_PATTERNS = {"kommun": "", "lansstyrelsen": "/", "fohm": ".", "bra": "x", "annan": "+"}

# lines that differ by dash and marker, not by colour alone: the counties on Finansiering
LINE_STROKES = (("solid", "circle"), ("dash", "square"), ("dot", "diamond"), ("dashdot", "triangle-up"))


CLASS_COLOURS = {"never": "#B2182B", "rarely": "#EF8A62", "regularly": "#67A9CF", "no_events": "#BBBBBB"}
