"""What every chart shares: the font, the layout, the colours of missing values and outlines."""

from __future__ import annotations

import math
import textwrap

import plotly.graph_objects as go

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


def base_layout(fig: go.Figure, lang: str) -> go.Figure:
    # an explicit template: importing streamlit switches plotly's default to its own, which
    # exports differently from what the dashboard shows
    fig.update_layout(
        template="plotly_white",
        font=FONT,
        separators=fmt.PLOTLY_SEPARATORS[lang],
        paper_bgcolor="white",
        plot_bgcolor="white",
        margin=dict(l=10, r=10, t=40, b=10),
    )
    return fig


def wrapped_title(title: str) -> str:
    """A chart's on-screen title in lines of about TITLE_CHARS characters (plotly.js never wraps)."""
    lines = textwrap.wrap(title, TITLE_CHARS, break_on_hyphens=False) or [title]
    return "<br>".join(figure_text(line) for line in lines)


def finish(fig: go.Figure, lang: str, title: str | None) -> go.Figure:
    """The shared look, the title at the top left, and room above the plot for the title and a
    legend laid out horizontally over the plot."""
    fig = base_layout(fig, lang)
    legend_on_top = fig.layout.legend.orientation == "h"
    # a long title wraps rather than runs out of a half-width column (plotly.js never wraps by itself)
    text = wrapped_title(title) if title else ""
    # plotly.js sets the first of several lines on the anchor itself (a single line it moves down by
    # 0.7 em): without the same room the first line's top is cut off by the chart's edge
    first_line_drop = math.ceil(0.7 * TITLE_SIZE) if "<br>" in text else 0
    top = (
        (40 + 20 * text.count("<br>") + first_line_drop if text else 10)
        + (35 if legend_on_top else 0)
        + (25 if fig.layout.xaxis.side == "top" else 0)
    )
    fig.update_layout(margin=dict(t=top))
    if title:
        fig.update_layout(
            title=dict(
                text=text,
                font=dict(size=TITLE_SIZE),
                x=0.01,
                xanchor="left",
                yref="container",
                y=1,
                yanchor="top",
                pad=dict(t=10 + first_line_drop),
            )
        )
    return fig
