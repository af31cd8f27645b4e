"""A chart's title stays inside the chart on screen, also when it wraps: plotly.js puts the first of several
lines on the anchor (a single line it moves down by 0.7 em), so a wrapped title needs that much more room."""

from __future__ import annotations

import re

import plotly.graph_objects as go
import pytest

from prevcap.charts.base import TITLE_SIZE, finish

LONG = "Andel av länets evenemang som kommunen deltog i, 2012–2025"


@pytest.mark.export
@pytest.mark.parametrize("title, lines", [("Kort titel", 1), (LONG, 2)])
def test_the_first_line_of_a_title_is_below_the_top_edge(title, lines):
    from prevcap.export import images

    svg = images.figure_bytes(finish(go.Figure(go.Bar(x=[1, 2], y=[1, 2])), "sv", title), "svg").decode()
    text = re.search(r'<text class="gtitle"[^>]*y="([\d.]+)"[^>]*dy="([\d.]+)em"', svg)
    spans = re.findall(r'<tspan class="line" dy="([\d.]+)em" x="[\d.]+" y="([\d.]+)"', svg)
    assert len(spans) == (lines if lines > 1 else 0)
    # the first line's baseline: a single line at y + 0.7 em, the first of several at its own y
    baseline = float(spans[0][1]) if spans else float(text.group(1)) + float(text.group(2)) * TITLE_SIZE
    ascent = 0.76 * TITLE_SIZE  # DejaVu Sans: capitals and accents reach 0.76 em above the baseline
    assert baseline - ascent >= 9  # the same 10 px of room as a one-line title, give or take a pixel
