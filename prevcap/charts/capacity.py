"""Charts of the capacity pages.

Colours are safe for colour-blind readers: the gap runs from orange (short of the norm) to blue
(above it), and a shortfall is also marked without colour: a black dot on the map, a hatched bar,
a downward triangle in the scatter plot.
"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from core import fmt
from core.i18n import t
from prevcap.charts.base import (
    MISSING_COLOUR,
    OUTLINE_COLOUR,
    POPULATION_MISSING_COLOUR,
    base_layout,
    new_figure,
    shared_layout,
    title_layout,
)
from prevcap.charts.labels import label_positions
from prevcap.charts.maps import below_map, colour_bar, fit_to_municipalities, flat_layer
from prevcap.charts.palette import FUNDER_COLOURS, FUNDER_PATTERNS
from prevcap.domain.capacity import Norm
from prevcap.domain.funding import FUNDERS
from prevcap.geo import only
from prevcap.indicators import ProfileIndicator
from prevcap.text_safety import figure_text

# the similar municipalities' lines differ by dash and marker too, not by colour alone (WCAG 1.4.1)
SIMILAR_STROKES = (("dot", "square"), ("dashdot", "diamond"), ("longdash", "triangle-up"), ("longdashdot", "x"))
SHORT_COLOUR = "#b35806"  # dark orange (ColorBrewer PuOr)


MEETS_COLOUR = "#2166ac"  # dark blue (ColorBrewer RdBu)


NORM_COLOUR = "#222222"


MEDIAN_COLOUR = "#555555"


# orange – white – blue, symmetric around a gap of zero
GAP_COLORSCALE = [
    [0.0, "#b35806"],
    [0.2, "#e08214"],
    [0.4, "#fdb863"],
    [0.5, "#f7f7f7"],
    [0.6, "#92c5de"],
    [0.8, "#4393c3"],
    [1.0, "#2166ac"],
]


# Okabe–Ito: told apart by colour-blind readers; blue is kept for the municipality itself
SIMILAR_COLOURS = ["#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00"]


SHORT_PATTERN = "/"


SCATTER_TICKS = [1_000, 2_000, 5_000, 10_000, 20_000, 50_000, 100_000, 200_000, 500_000, 1_000_000]


def _gap_column(measure: str) -> str:
    return "capacity_gap_share" if measure == "share" else "capacity_gap_fte"


def gap_values(assessed: pd.DataFrame, measure: str) -> pd.Series:
    """The gap as charted: FTE, or per cent of the norm."""
    values = assessed[_gap_column(measure)].astype("float64")
    return values * 100 if measure == "share" else values


def gap_unit(measure: str, lang: str) -> str:
    return t("cap.unit.percent_of_norm", lang) if measure == "share" else t("cap.unit.fte_vs_norm", lang)


def _gap_text(value, measure: str, lang: str, status: str = "not_reported") -> str:
    if pd.isna(value):
        return t(_missing_key(status), lang)
    return fmt.signed(value, 0 if measure == "share" else 2, lang) + " " + gap_unit(measure, lang)


def _hover_rows(assessed: pd.DataFrame, lang: str) -> list[list[str]]:
    rows = []
    for row in assessed.itertuples():
        fte = (
            f"{fmt.number(row.fte_total, 2, lang)} {t('unit.fte', lang)}"
            if pd.notna(row.fte_total)
            else t("cap.not_reported", lang)
        )
        norm = (
            f"{fmt.number(row.norm_fte, 2, lang)} {t('unit.fte', lang)}"
            if pd.notna(row.norm_fte)
            else t(_missing_key(row.gap_status) if row.gap_status in MISSING_INPUT else "value.missing", lang)
        )
        gap = _gap_text(row.capacity_gap_fte, "fte", lang, row.gap_status)
        share = _gap_text(
            row.capacity_gap_share * 100 if pd.notna(row.capacity_gap_share) else np.nan, "share", lang, row.gap_status
        )
        population = fmt.number(row.population, 0, lang) if pd.notna(row.population) else t("value.missing", lang)
        rows.append(
            [
                row.municipality_code,
                figure_text(row.municipality_name),
                fte,
                norm,
                gap,
                share,
                population,
                t(f"cap.status.{row.gap_status}", lang),
            ]
        )
    return rows


def _hover_template(lang: str) -> str:
    return (
        f"<b>%{{customdata[1]}}</b> (%{{customdata[7]}})<br>"
        f"{t('cap.hover.capacity', lang)}: %{{customdata[2]}}<br>"
        f"{t('cap.hover.norm', lang)}: %{{customdata[3]}}<br>"
        f"{t('cap.hover.gap', lang)}: %{{customdata[4]}} (%{{customdata[5]}})<br>"
        f"{t('map.hover.population', lang)}: %{{customdata[6]}}<extra></extra>"
    )


def gap_map(
    assessed: pd.DataFrame,
    geojson: dict,
    lang: str,
    measure: str = "fte",
    title: str | None = None,
    height: int = 650,
    width: int = 700,
) -> go.Figure:
    """The gap of each municipality on a MapLibre map without tiles; a black dot marks a shortfall."""
    values = gap_values(assessed, measure)
    hover = _hover_rows(assessed, lang)
    template = _hover_template(lang)
    present = values.notna().to_numpy()
    traces = []  # gathered, then one figure: add_trace validates the figure each time
    # without a gap: not reported, no population, or (with the norm's crime term) no figure of reported
    # crimes; the rest without a value (a share of a norm of zero) goes with the not reported
    for status in ("not_reported", *MISSING_INPUT):
        if status == "not_reported":
            chosen = ~present & ~assessed["gap_status"].isin(MISSING_INPUT).to_numpy()
        else:
            chosen = ~present & (assessed["gap_status"] == status).to_numpy()
        if not chosen.any():
            continue
        missing = assessed[chosen]
        colour = STATUS_FILL.get(status, MISSING_COLOUR)
        traces.append(
            flat_layer(
                geojson,
                missing["municipality_code"],
                colour,
                t(f"cap.status.{status}", lang),
                [h for h, c in zip(hover, chosen) if c],
                template,
            )
        )
    if present.any():
        shown = assessed[present]
        limit = max(float(values[present].abs().max()), 1e-6)
        traces.append(
            go.Choroplethmap(
                geojson=only(geojson, shown["municipality_code"]),
                locations=shown["municipality_code"],
                z=values[present],
                colorscale=GAP_COLORSCALE,
                zmin=-limit,
                zmax=limit,
                zmid=0,
                marker=dict(line=dict(color=OUTLINE_COLOUR, width=1)),
                customdata=[h for h, p in zip(hover, present) if p],
                hovertemplate=template,
                name=t("cap.ind.capacity_gap_fte", lang),
                showlegend=False,
                colorbar=colour_bar(
                    "%" if measure == "share" else t("unit.fte", lang), ",.0f" if measure == "share" else ",.1f"
                ),
            )
        )
        short = (assessed["gap_status"] == "short").to_numpy()
        if short.any():
            marked = assessed[short]
            # circles need no glyphs: MapLibre would fetch fonts from the internet for text or symbols
            traces.append(
                go.Scattermap(
                    lon=marked["centroid_lon"],
                    lat=marked["centroid_lat"],
                    mode="markers",
                    marker=dict(size=11, color="#111111", opacity=0.9),
                    customdata=[h for h, s in zip(hover, short) if s],
                    hovertemplate=template,
                    name=t("cap.map.short_marker", lang),
                    showlegend=True,
                )
            )
    titled, title_px = title_layout(title)
    layout = dict(shared_layout(lang), height=height, **titled)
    layout["margin"] = dict(layout["margin"], t=title_px)
    fig = new_figure(data=traces, layout=layout)
    # the server's view at `width`, for the exports; the browser fits its own
    return fit_to_municipalities(below_map(fig), geojson, width)


# statuses of a municipality that reported its staffing but lacks another input of the norm
MISSING_INPUT = ("no_population", "no_crimes")
STATUS_FILL = {"no_population": POPULATION_MISSING_COLOUR}


def _missing_key(status: str) -> str:
    return {"no_crimes": "cap.no_crimes", "no_population": "cap.no_population"}.get(status, "cap.not_reported")


def gap_bars(assessed: pd.DataFrame, lang: str, measure: str = "fte", title: str | None = None) -> go.Figure:
    """Municipalities ranked by their gap, the largest shortfall at the top; those that did not
    report at the bottom, labelled, without a bar."""
    values = gap_values(assessed, measure)
    frame = assessed.assign(_value=values).sort_values(["_value", "municipality_name"], na_position="last")
    hover = _hover_rows(frame, lang)
    decimals = 0 if measure == "share" else 2
    short = (frame["gap_status"] == "short").to_numpy()
    reported = frame["_value"].notna().to_numpy()
    colours = np.where(short, SHORT_COLOUR, np.where(reported, MEETS_COLOUR, MISSING_COLOUR))
    text = [
        fmt.signed(v, decimals, lang) if pd.notna(v) else t(_missing_key(status), lang)
        for v, status in zip(frame["_value"], frame["gap_status"])
    ]
    traces = [
        go.Bar(
            y=frame["municipality_name"],
            x=frame["_value"].fillna(0),
            orientation="h",
            marker=dict(
                color=colours,
                pattern=dict(shape=np.where(short, SHORT_PATTERN, "").tolist(), fgcolor="white", size=6, solidity=0.3),
            ),
            text=text,
            textposition="outside",
            cliponaxis=False,
            customdata=hover,
            hovertemplate=_hover_template(lang),
            showlegend=False,
        )
    ]
    # a legend that says what the colours and the hatching mean
    for name, colour, shape in (
        (t("cap.status.short", lang), SHORT_COLOUR, SHORT_PATTERN),
        (t("cap.status.meets", lang), MEETS_COLOUR, ""),
    ):
        traces.append(
            go.Bar(
                x=[None],
                y=[None],
                orientation="h",
                name=name,
                marker=dict(color=colour, pattern=dict(shape=shape, fgcolor="white", size=6, solidity=0.3)),
            )
        )
    height = max(300, 24 * len(frame) + 130)
    span = frame["_value"].abs().max()
    span = 1.0 if pd.isna(span) or span == 0 else float(span)
    # room above the plot for the title and the axis on top (its ticks and title): 70 px
    titled, title_px = title_layout(title)
    layout = dict(
        shared_layout(lang),
        height=height,
        bargap=0.25,
        barmode="overlay",
        xaxis=dict(
            title=dict(text=t("cap.bars.axis", lang, unit=gap_unit(measure, lang))),
            range=[-span * 1.35, span * 1.35],
            zeroline=False,
            gridcolor="#eeeeee",
            tickformat=f",.{min(decimals, 1)}f",
            side="top",
        ),
        yaxis=dict(
            autorange="reversed", title=None, categoryorder="array", categoryarray=frame["municipality_name"].tolist()
        ),
        legend=dict(orientation="h", x=0, y=0, yanchor="top", xanchor="left"),
        # the norm, a line down the plot at zero (what add_vline draws)
        shapes=[
            dict(
                type="line", xref="x", x0=0, x1=0, yref="y domain", y0=0, y1=1, line=dict(color=NORM_COLOUR, width=1.5)
            )
        ],
        margin=dict(l=10, r=30, t=title_px + 70, b=40),
        **titled,
    )
    return new_figure(data=traces, layout=layout)


def norm_scatter(assessed: pd.DataFrame, norm: Norm, lang: str, title: str | None = None) -> go.Figure:
    """Population against coordinator FTE, with the norm drawn in: below the line is a shortfall."""
    reported = assessed[assessed["fte_total"].notna() & assessed["population"].notna()]
    hover = _hover_rows(reported, lang)
    template = _hover_template(lang)
    traces = []
    if norm.uses_crimes:
        # the norm depends on each municipality's crimes too: no one line, a mark at each one's norm
        normed = reported[reported["norm_fte"].notna()]
        traces.append(
            go.Scatter(
                x=normed["population"],
                y=normed["norm_fte"],
                mode="markers",
                marker=dict(color=NORM_COLOUR, symbol="line-ew-open", size=16, line=dict(width=2)),
                name=t("cap.scatter.norm_points", lang),
                hoverinfo="skip",
            )
        )
    elif len(assessed["population"].dropna()):
        low, high = float(assessed["population"].min()), float(assessed["population"].max())
        x = np.geomspace(low * 0.85, high * 1.15, 80)
        traces.append(
            go.Scatter(
                x=x,
                y=norm.need(x),
                mode="lines",
                line=dict(color=NORM_COLOUR, width=2, dash="dash"),
                name=t(
                    "cap.scatter.norm_line",
                    lang,
                    base=fmt.number(norm.base_fte, 2, lang),
                    per10k=fmt.number(norm.fte_per_10k, 2, lang),
                ),
                hoverinfo="skip",
            )
        )
    for status, colour, symbol in (("short", SHORT_COLOUR, "triangle-down"), ("meets", MEETS_COLOUR, "circle")):
        chosen = (reported["gap_status"] == status).to_numpy()
        if not chosen.any():
            continue
        part = reported[chosen]
        # only the municipalities below the norm are named: 29 names would cover each other; each name
        # where it covers no other name and no point, at the size the chart is exported at
        names = part["municipality_name"].map(figure_text)
        positions = (
            _scatter_label_positions(part, reported, norm, list(names))
            if status == "short"
            else ["bottom center"] * len(part)
        )
        traces.append(
            go.Scatter(
                x=part["population"],
                y=part["fte_total"],
                mode="markers+text" if status == "short" else "markers",
                text=[name if position else "" for name, position in zip(names, positions)],
                textposition=[position or "bottom center" for position in positions],
                textfont=dict(size=10, color="#444444"),
                marker=dict(color=colour, symbol=symbol, size=11, line=dict(color="white", width=1)),
                customdata=[h for h, c in zip(hover, chosen) if c],
                hovertemplate=template,
                name=t(f"cap.status.{status}", lang),
            )
        )
    # room above the plot for the title and the legend over it: 50 px
    titled, title_px = title_layout(title)
    layout = dict(
        shared_layout(lang),
        height=520,
        xaxis=dict(
            type="log",
            title=dict(text=t("cap.scatter.x", lang)),
            gridcolor="#eeeeee",
            tickvals=SCATTER_TICKS,
            tickformat=",d",
        ),
        yaxis=dict(
            title=dict(text=t("cap.scatter.y", lang)), gridcolor="#eeeeee", rangemode="tozero", tickformat=",.1f"
        ),
        legend=dict(orientation="h", x=0, y=1.0, yanchor="bottom"),
        margin=dict(l=10, r=10, t=title_px + 50, b=10),
        **titled,
    )
    return new_figure(data=traces, layout=layout)


# the scatter's plot area in px when exported at 800 × 520 (the axes' labels and titles taken off)
SCATTER_PLOT_PX = (730, 370)
SCATTER_LABEL_PX = 10
SCATTER_MARKER_PX = 11


def _scatter_label_positions(part: pd.DataFrame, reported: pd.DataFrame, norm: Norm, names: list[str]) -> list:
    """textposition of each name of `part` (None: left out), from where plotly.js will put the points: x on
    a log axis over the norm line's span, y from 0 to the highest point or norm."""
    population = reported["population"].astype(float)
    low, high = math.log10(float(population.min()) * 0.85), math.log10(float(population.max()) * 1.15)
    top = max(float(reported["fte_total"].max()), float(norm.need(np.array([population.max() * 1.15]))[0])) * 1.05
    width, height = SCATTER_PLOT_PX

    def pixel(row) -> tuple[float, float]:
        x = (math.log10(float(row.population)) - low) / max(high - low, 1e-9) * width
        return x, height - float(row.fte_total) / max(top, 1e-9) * height

    every = [pixel(row) for row in reported.itertuples()]
    mine = [pixel(row) for row in part.itertuples()]
    # the others' points first, as markers with no name: nothing may cover them either
    others = [point for point in every if point not in mine]
    chosen = label_positions(
        [*others, *mine], [""] * len(others) + names, SCATTER_LABEL_PX, SCATTER_MARKER_PX, SCATTER_PLOT_PX
    )
    return chosen[len(others) :]


def _year_axis(years: list[int]) -> dict:
    """Years as plain labels (no thousands separator), every other year when there are many,
    over the years that have data."""
    if not years:
        return dict(gridcolor="#eeeeee")
    step = 1 if years[-1] - years[0] <= 6 else 2
    ticks = list(range(years[-1], years[0] - 1, -step))[::-1]
    return dict(
        range=[years[0] - 0.5, years[-1] + 0.5],
        tickvals=ticks,
        ticktext=[str(y) for y in ticks],
        tickangle=0,
        gridcolor="#eeeeee",
    )


def profile_trend(series: pd.DataFrame, indicator: ProfileIndicator, lang: str, title: str | None = None) -> go.Figure:
    """One indicator over the years: the municipality, the county median and the similar municipalities.
    A year without a value leaves a gap in the line: missing is not drawn as zero."""
    scale = 100 if indicator.percent else 1
    unit = t(indicator.unit, lang)
    traces = []
    similar_seen = 0
    for (kind, _code), part in series.groupby(["series", "municipality_code"], sort=False, dropna=False):
        part = part.sort_values("year")
        values = part[indicator.column].astype("float64") * scale
        text = [
            f"{fmt.number(v, indicator.decimals, lang)} {unit}" if pd.notna(v) else t(indicator.missing, lang)
            for v in values
        ]
        if kind == "municipality":
            line, marker, name = dict(color=MEETS_COLOUR, width=3), dict(size=7), figure_text(part["label"].iloc[0])
        elif kind == "median":
            line, marker, name = (
                dict(color=MEDIAN_COLOUR, width=2, dash="dash"),
                dict(size=4),
                t("cap.profile.median", lang),
            )
        else:
            colour = SIMILAR_COLOURS[similar_seen % len(SIMILAR_COLOURS)]
            dash, symbol = SIMILAR_STROKES[similar_seen % len(SIMILAR_STROKES)]
            similar_seen += 1
            line = dict(color=colour, width=1.5, dash=dash)
            marker, name = dict(size=6, symbol=symbol), figure_text(part["label"].iloc[0])
        traces.append(
            dict(
                type="scatter",
                x=part["year"].to_numpy(),
                y=values.to_numpy(),
                mode="lines+markers",
                line=line,
                marker=marker,
                name=name,
                customdata=text,
                connectgaps=False,
                hovertemplate=f"{name} %{{x}}: %{{customdata}}<extra></extra>",
            )
        )
    gap = indicator.column.startswith("capacity_gap")
    years = sorted(series.loc[series[indicator.column].notna(), "year"].astype(int).unique())
    # the figure as one dictionary, validated once: a dozen of these make a profile, and plotly validates
    # the whole layout again at every update (a third of the time, built trace by trace)
    layout = dict(
        shared_layout(lang),
        height=330,
        xaxis=_year_axis(years),
        yaxis=dict(
            title=dict(text=unit),
            gridcolor="#eeeeee",
            tickformat=f",.{min(indicator.decimals, 1)}f",
            rangemode="normal" if gap else "tozero",
        ),
        legend=dict(orientation="h", x=0, y=-0.12, yanchor="top", font=dict(size=10)),
        hovermode="x",
        # the norm as a line across the plot (what add_hline draws)
        shapes=[_norm_line()] if gap else [],
        **({"title": dict(text=figure_text(title), x=0.01, font=dict(size=14))} if title else {}),
    )
    return new_figure(dict(data=traces, layout=layout))


def profile_trends(
    series: pd.DataFrame, indicators: tuple[ProfileIndicator, ...], lang: str, titles: tuple[str, ...]
) -> tuple[go.Figure, ...]:
    """profile_trend for each indicator, with its title: the profile's dozen trend charts as one cached
    figure call (the series is hashed for the cache once, not once per chart)."""
    return tuple(profile_trend(series, indicator, lang, title=title) for indicator, title in zip(indicators, titles))


def _norm_line() -> dict:
    return dict(type="line", xref="x domain", x0=0, x1=1, yref="y", y0=0, y1=0, line=dict(color=NORM_COLOUR, width=1))


def funding_sources(long: pd.DataFrame, lang: str, title: str | None = None) -> go.Figure:
    """One municipality's funding per inhabitant by source and year, stacked."""
    fig = new_figure()
    for funder in FUNDERS:
        part = long[long["funder"] == funder]
        if part.empty or not (part["sek_per_inhabitant"] > 0).any():
            continue
        name = t(f"cap.funder.{funder}", lang)
        fig.add_trace(
            go.Bar(
                x=part["year"],
                y=part["sek_per_inhabitant"],
                name=name,
                marker=dict(color=FUNDER_COLOURS[funder], pattern=dict(shape=FUNDER_PATTERNS[funder])),
                customdata=[fmt.number(v, 0, lang) for v in part["sek_per_inhabitant"]],
                hovertemplate=f"{name} %{{x}}: %{{customdata}} {t('unit.sek_per_inhabitant', lang)}<extra></extra>",
            )
        )
    fig.update_layout(
        barmode="stack",
        height=330,
        xaxis=_year_axis(sorted(long["year"].astype(int).unique())),
        yaxis=dict(title=dict(text=t("unit.sek_per_inhabitant", lang)), gridcolor="#eeeeee", tickformat=",.0f"),
        legend=dict(orientation="h", x=0, y=-0.15, yanchor="top", font=dict(size=11)),
    )
    if title:
        fig.update_layout(title=dict(text=figure_text(title), x=0.01, font=dict(size=14)))
    base_layout(fig, lang)
    fig.update_layout(margin=dict(l=10, r=10, t=40, b=10))
    return fig


def index_breakdown(breakdown: pd.DataFrame, lang: str, title: str | None = None) -> go.Figure:
    """The index's components for one municipality and year, 0–100; a missing component is labelled."""
    labels = [
        t("cap.component.label", lang, name=t(f"cap.component.{c}", lang), share=fmt.number(s * 100, 0, lang))
        for c, s in zip(breakdown["component"], breakdown["weight_share"])
    ]
    scores = breakdown["score"]
    text = [fmt.number(v, 0, lang) if pd.notna(v) else t("cap.component.missing", lang) for v in scores]
    fig = new_figure(
        go.Bar(
            y=labels,
            x=scores.fillna(0),
            orientation="h",
            text=text,
            textposition="outside",
            cliponaxis=False,
            marker=dict(color=[MEETS_COLOUR if pd.notna(v) else MISSING_COLOUR for v in scores]),
            hovertemplate="%{y}: %{text}<extra></extra>",
            showlegend=False,
        )
    )
    fig.update_layout(
        height=300,
        xaxis=dict(
            range=[0, 115],
            title=dict(text=t("cap.component.axis", lang)),
            gridcolor="#eeeeee",
            tickvals=[0, 25, 50, 75, 100],
        ),
        yaxis=dict(autorange="reversed", categoryorder="array", categoryarray=labels),
    )
    if title:
        fig.update_layout(title=dict(text=figure_text(title), x=0.01, font=dict(size=14)))
    base_layout(fig, lang)
    fig.update_layout(margin=dict(l=10, r=30, t=40, b=10))
    return fig
