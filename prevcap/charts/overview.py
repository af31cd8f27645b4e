"""The Översikt map."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from core import fmt
from core.i18n import t
from prevcap.charts.base import MISSING_COLOUR, OUTLINE_COLOUR, POPULATION_MISSING_COLOUR, base_layout, new_figure
from prevcap.charts.maps import below_map, colour_bar, fit_to_municipalities, flat_layer
from prevcap.geo import only
from prevcap.indicators import INDICATORS
from prevcap.text_safety import figure_text


def for_want_of_population(frame: pd.DataFrame, indicator_key: str) -> pd.Series:
    """Which municipalities lack the indicator because their population is missing (they reported
    the figure it divides, or the indicator is the population), not because they did not report."""
    reported = INDICATORS[indicator_key].reported
    if reported is None or reported not in frame:
        return pd.Series(False, index=frame.index)
    return (
        frame[indicator_key].isna()
        & frame["population"].isna()
        & (frame[reported].notna() | (reported == "population"))
    )


def _hover_rows(frame: pd.DataFrame, indicator_key: str, lang: str) -> list[list[str]]:
    indicator = INDICATORS[indicator_key]
    unit = t(indicator.unit, lang)
    rows = []
    no_population = for_want_of_population(frame, indicator_key)
    for row, population_missing in zip(frame.itertuples(), no_population):
        value = getattr(row, indicator_key)
        missing = t("value.population_missing" if population_missing else "value.missing", lang)
        value_text = f"{fmt.number(value, indicator.decimals, lang)} {unit}" if pd.notna(value) else missing
        population = fmt.number(row.population, 0, lang) if pd.notna(row.population) else t("value.missing", lang)
        if pd.notna(row.population) and row.population_carried:
            population += f" ({t('map.hover.carried', lang, year=int(row.population_year))})"
        rows.append(
            [figure_text(row.municipality_name), value_text, population, _source_text(row, indicator_key, lang)]
        )
    return rows


def _source_text(row, indicator_key: str, lang: str) -> str:
    """Where a municipality's figure of reported crimes comes from; Kolada's status when it marks the
    value as missing or uncertain."""
    if indicator_key != "crimes_per_100k":
        return ""
    parts = []
    if isinstance(getattr(row, "crimes_source_text", None), str):
        parts.append(figure_text(row.crimes_source_text))
    status = getattr(row, "kolada_crimes_status", None)
    if isinstance(status, str) and status.strip():
        parts.append(t("map.hover.kolada_status", lang, status=figure_text(status.strip())))
    return "<br>" + t("map.hover.source", lang, source="; ".join(parts)) if parts else ""


def choropleth(
    frame: pd.DataFrame,
    geojson: dict,
    indicator_key: str,
    lang: str = "sv",
    title: str | None = None,
    height: int = 650,
) -> go.Figure:
    """Municipalities coloured by an indicator; municipalities without a value in grey.

    A MapLibre map with a blank style: the municipal polygons are the map, no tiles are fetched."""
    indicator = INDICATORS[indicator_key]
    unit = t(indicator.unit, lang)
    hover = (
        f"<b>%{{customdata[0]}}</b><br>{t('ind.' + indicator_key, lang)}: %{{customdata[1]}}"
        f"<br>{t('map.hover.population', lang)}: %{{customdata[2]}}%{{customdata[3]}}<extra></extra>"
    )
    present = frame[frame[indicator_key].notna()]
    no_population = for_want_of_population(frame, indicator_key)
    fig = new_figure()
    # missing for want of a report, and for want of the population: a legend entry each
    for missing, name, colour in (
        (frame[frame[indicator_key].isna() & ~no_population], t("map.missing", lang), MISSING_COLOUR),
        (frame[no_population], t("map.missing_population", lang), POPULATION_MISSING_COLOUR),
    ):
        if not len(missing):
            continue
        fig.add_trace(
            flat_layer(
                geojson, missing["municipality_code"], colour, name, _hover_rows(missing, indicator_key, lang), hover
            )
        )
    if len(present):
        fig.add_trace(
            go.Choroplethmap(
                geojson=only(geojson, present["municipality_code"]),
                locations=present["municipality_code"],
                z=present[indicator_key],
                colorscale=indicator.colorscale,
                zmin=0,
                marker=dict(line=dict(color=OUTLINE_COLOUR, width=1)),
                customdata=_hover_rows(present, indicator_key, lang),
                hovertemplate=hover,
                name=t("ind." + indicator_key, lang),
                showlegend=False,
                colorbar=colour_bar(unit, f",.{indicator.decimals}f"),
            )
        )
    fig.update_layout(height=height)
    if title:
        fig.update_layout(title=dict(text=figure_text(title), x=0.01))
    return fit_to_municipalities(below_map(base_layout(fig, lang)), geojson)
