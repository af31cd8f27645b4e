"""Översikt: the counties' key figures, a map of a chosen indicator and the same numbers as a table."""
import streamlit as st

from prevcap import charts, fmt, queries, ui
from prevcap.i18n import t
from prevcap.indicators import INDICATORS, MAP_INDICATORS

filters: ui.Filters = st.session_state["filters"]
lang = filters.lang

st.title(t("overview.title", lang))
st.caption(t("overview.caption", lang, county=filters.county_label, year=filters.year,
             previous=filters.previous_year or t("kpi.no_previous", lang)))

years = tuple(y for y in (filters.previous_year, filters.year) if y is not None)
kpis = ui.query(queries.county_kpis, filters.county_codes, years).set_index("year")
municipalities = ui.query(queries.municipality_year, filters.county_codes, filters.year)
ui.example_banner(lang, bool(kpis["has_example_data"].any()))

current = kpis.loc[filters.year]
previous = kpis.loc[filters.previous_year] if filters.previous_year in kpis.index else None
cards = [("kpi.fte", "fte_total", 2), ("kpi.fte_per_10k", "fte_per_10k", 2),
         ("kpi.funding_per_inhabitant", "funding_per_inhabitant", 0), ("kpi.participants", "participants", 0)]
for column, (label, key, decimals) in zip(st.columns(len(cards)), cards):
    value = current[key]
    delta = None if previous is None else value - previous[key]
    column.metric(t(label, lang), fmt.number(value, decimals, lang, t("value.missing", lang)),
                  delta=fmt.signed(delta, decimals, lang) or None, border=True)
st.caption(t("kpi.reported", lang, reported=int(current["staffing_reported"]), total=int(current["municipalities"])))

indicator = st.selectbox(t("filter.indicator", lang), MAP_INDICATORS, key="ind", bind="query-params",
                         format_func=lambda key: t("ind." + key, lang))
figure = charts.choropleth(municipalities, ui.geojson(filters.county_codes), indicator, lang,
                           title=t("map.title", lang, indicator=t("ind." + indicator, lang), year=filters.year))
st.plotly_chart(figure, width="stretch", config={"displaylogo": False}, key="overview_map")
source = ui.source_line(lang)
st.caption(source + " " + t("source.carried_note", lang))

st.subheader(t("table.title", lang))
table = municipalities[["municipality_name", "county_name", "population", "population_year", "fte_total",
                        "fte_per_10k", "funding_per_inhabitant", "participants", "participants_per_1000"]]
st.dataframe(table, hide_index=True, width="stretch", column_config=ui.table_config(lang, {
    "municipality_name": ("col.municipality", None), "county_name": ("col.county", None),
    "population": ("col.population", "localized"), "population_year": ("col.population_year", "%d"),
    "fte_total": ("ind.fte_total", "%.2f"), "fte_per_10k": ("ind.fte_per_10k", "%.2f"),
    "funding_per_inhabitant": ("ind.funding_per_inhabitant", "%.0f"),
    "participants": ("ind.participants", "%d"), "participants_per_1000": ("ind.participants_per_1000", "%.1f"),
}))
