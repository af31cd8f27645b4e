"""Charts of the Finansiering page."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from core.i18n import t
from prevcap.charts.base import finish, new_figure
from prevcap.charts.palette import FUNDER_COLOURS, FUNDER_PATTERNS, LINE_STROKES
from prevcap.domain.funding import FUNDERS


def funding_by_source_chart(
    by_source: pd.DataFrame, measure: str, lang: str = "sv", title: str | None = None
) -> go.Figure:
    """Funding per year stacked by funder: kronor (`amount_sek`) or kronor per inhabitant."""
    unit = t("funding.unit.sek" if measure == "amount_sek" else "funding.unit.sek_per_inhabitant", lang)
    fig = new_figure()
    for funder in FUNDERS:
        group = by_source[by_source["funder"] == funder]
        if not len(group):
            continue
        name = t(f"funding.funder.{funder}", lang)
        fig.add_trace(
            go.Bar(
                x=group["year"],
                y=group[measure],
                name=name,
                marker_color=FUNDER_COLOURS[funder],
                marker_pattern_shape=FUNDER_PATTERNS[funder],
                hovertemplate=f"{name}, %{{x}}: %{{y:,.0f}} {unit}<extra></extra>",
            )
        )
    fig.update_layout(
        barmode="stack",
        height=440,
        xaxis=dict(title=t("events.axis.year", lang), dtick=1, tickformat="d"),
        yaxis=dict(title=unit, tickformat=",.0f", rangemode="tozero"),
        legend=dict(orientation="h", y=1.02, yanchor="bottom", x=0, traceorder="normal"),
    )
    return finish(fig, lang, title)


def county_lines(by_county: pd.DataFrame, measure: str, lang: str = "sv", title: str | None = None) -> go.Figure:
    """One line per county over the years: the share of external money (%) or funding per inhabitant."""
    unit = t("funding.unit.percent" if measure == "external_share_pct" else "funding.unit.sek_per_inhabitant", lang)
    colours = ["#0072B2", "#E69F00", "#009E73", "#CC79A7"]
    fig = new_figure()
    for i, (county, group) in enumerate(by_county.groupby("county_name", sort=True)):
        fig.add_trace(
            go.Scatter(
                x=group["year"],
                y=group[measure],
                mode="lines+markers",
                name=county,
                line=dict(color=colours[i % len(colours)], width=2.5, dash=LINE_STROKES[i % len(LINE_STROKES)][0]),
                marker=dict(size=7, symbol=LINE_STROKES[i % len(LINE_STROKES)][1]),
                hovertemplate=f"{county}, %{{x}}: %{{y:,.1f}} {unit}<extra></extra>",
            )
        )
    yaxis = dict(title=unit, rangemode="tozero", tickformat=",.0f")
    if measure == "external_share_pct":
        yaxis["range"] = [0, 100]
    fig.update_layout(
        height=380,
        xaxis=dict(title=t("events.axis.year", lang), dtick=1, tickformat="d"),
        yaxis=yaxis,
        legend=dict(orientation="h", y=1.02, yanchor="bottom", x=0, traceorder="normal"),
    )
    return finish(fig, lang, title)


def funding_per_municipality_chart(table: pd.DataFrame, lang: str = "sv", title: str | None = None) -> go.Figure:
    """Funding per inhabitant of each municipality in one year, stacked by funder, highest on top.
    `table` is network.funding_table's frame."""
    frame = table.iloc[::-1]
    unit = t("funding.unit.sek_per_inhabitant", lang)
    fig = new_figure()
    for funder in FUNDERS:
        per_inhabitant = frame[f"sek_{funder}"] / frame["population"]
        if not (per_inhabitant > 0).any():
            continue
        name = t(f"funding.funder.{funder}", lang)
        fig.add_trace(
            go.Bar(
                y=frame["municipality_name"],
                x=per_inhabitant,
                orientation="h",
                name=name,
                marker_color=FUNDER_COLOURS[funder],
                marker_pattern_shape=FUNDER_PATTERNS[funder],
                hovertemplate=f"%{{y}}, {name}: %{{x:,.0f}} {unit}<extra></extra>",
            )
        )
    fig.update_layout(
        barmode="stack",
        height=max(320, 22 * len(frame) + 120),
        xaxis=dict(title=unit, tickformat=",.0f", rangemode="tozero"),
        yaxis=dict(title=t("network.axis.municipality", lang)),
        legend=dict(orientation="h", y=1.02, yanchor="bottom", x=0, traceorder="normal"),
    )
    return finish(fig, lang, title)
