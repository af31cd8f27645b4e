"""What every chart shares: the font, the layout, the colours of missing values and outlines."""

from __future__ import annotations

import math
import textwrap

import plotly.graph_objects as go
import plotly.io as pio

from core import fmt
from prevcap.text_safety import figure_text

MISSING_COLOUR = "#d9d9d9"


# reported, but without the population to divide by: a darker grey, told apart in the map's legend
POPULATION_MISSING_COLOUR = "#b0b0b0"


OUTLINE_COLOUR = "#ffffff"


# the on-screen title: 15 px, wrapped after about 46 characters, so that it fits a half-width column
TITLE_SIZE = 15
TITLE_CHARS = 46

FONT = dict(family="DejaVu Sans, Arial, sans-serif", size=13, color="#222222")


# plotly_white with the trace defaults of the kinds of trace prevcap draws and no others: the whole
# template carries two dozen kinds' defaults, which every figure sent to the browser (9 KB each).
# The same look for bars, lines, heat maps and map layers.
_WHITE = pio.templates["plotly_white"]
TRACE_KINDS = ("bar", "scatter", "heatmap", "scattermap")
TEMPLATE_NAME = "prevcap_white"
pio.templates[TEMPLATE_NAME] = go.layout.Template(
    layout=_WHITE.layout, data={kind: _WHITE.data[kind] for kind in TRACE_KINDS}
)


def new_figure(*args, **kwargs) -> go.Figure:
    """A figure in prevcap's template: every chart starts here. It is made as plotly's default template,
    which plotly applies without validating it again (0.4 ms a figure; assigning a template costs 9 ms,
    and a page draws a dozen figures). The default is set each time because importing streamlit makes
    its own the default; an explicit template, not streamlit's, also exports as the dashboard shows.
    (Setting the default validates the template: only when it is not ours.)"""
    if pio.templates.default != TEMPLATE_NAME:
        pio.templates.default = TEMPLATE_NAME
    return go.Figure(*args, **kwargs)


def shared_layout(lang: str) -> dict:
    """The shared font, number separators, background and margins (the template comes with new_figure)."""
    return {
        "font": FONT,
        "separators": fmt.PLOTLY_SEPARATORS[lang],
        "paper_bgcolor": "white",
        "plot_bgcolor": "white",
        "margin": dict(l=10, r=10, t=40, b=10),
    }


def base_layout(fig: go.Figure, lang: str) -> go.Figure:
    fig.update_layout(**shared_layout(lang))
    return fig


def wrapped_title(title: str) -> str:
    """A chart's on-screen title in lines of about TITLE_CHARS characters (plotly.js never wraps)."""
    lines = textwrap.wrap(title, TITLE_CHARS, break_on_hyphens=False) or [title]
    return "<br>".join(figure_text(line) for line in lines)


def title_layout(title: str | None, untitled_px: int = 40) -> tuple[dict, int]:
    """A chart's on-screen title at the top left, wrapped, as the layout to merge ({"title": …}, or nothing
    without a title), and the room in px it takes above the plot (`untitled_px` without one).
    plotly.js sets the first of several lines on the anchor itself (a single line it moves down by
    0.7 em): without the same room the first line's top is cut off by the chart's edge."""
    if not title:
        return {}, untitled_px
    text = wrapped_title(title)
    first_line_drop = math.ceil(0.7 * TITLE_SIZE) if "<br>" in text else 0
    layout = dict(
        text=text,
        font=dict(size=TITLE_SIZE),
        x=0.01,
        xanchor="left",
        yref="container",
        y=1,
        yanchor="top",
        pad=dict(t=10 + first_line_drop),
    )
    return {"title": layout}, 40 + 20 * text.count("<br>") + first_line_drop


def finish(fig: go.Figure, lang: str, title: str | None) -> go.Figure:
    """The shared look, the title at the top left, and room above the plot for the title and a
    legend laid out horizontally over the plot."""
    legend_on_top = fig.layout.legend.orientation == "h"
    titled, title_px = title_layout(title, untitled_px=10)
    top = title_px + (35 if legend_on_top else 0) + (25 if fig.layout.xaxis.side == "top" else 0)
    layout = dict(shared_layout(lang), **titled)
    layout["margin"] = dict(layout["margin"], t=top)
    fig.update_layout(**layout)  # in one update: each validates the whole layout again
    return fig
