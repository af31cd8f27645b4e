"""Översikt: the counties' key figures, a map of a chosen indicator and the same numbers as a table."""
import streamlit as st

from core import fmt
from prevcap import charts, queries, tables, ui
from core.i18n import t
from prevcap.indicators import MAP_INDICATORS

filters: ui.Filters = ui.page_filters()
lang = filters.lang

st.title(t("overview.title", lang))
st.caption(t("overview.caption", lang, county=filters.county_label, year=filters.year,
             previous=filters.previous_year or t("kpi.no_previous", lang)))

years = tuple(y for y in (filters.previous_year, filters.year) if y is not None)
kpis = ui.query(queries.county_kpis, filters.county_codes, years).set_index("year")
municipalities = ui.query(queries.municipality_year, filters.county_codes, filters.year)
example = bool(kpis["has_example_data"].any())
ui.example_banner(lang, example)

current = kpis.loc[filters.year]
previous = kpis.loc[filters.previous_year] if filters.previous_year in kpis.index else None
cards = [("kpi.fte", "fte_total", 2), ("kpi.fte_per_10k", "fte_per_10k", 2),
         ("kpi.funding_per_inhabitant", "funding_per_inhabitant", 0), ("kpi.participants", "participants", 0)]
for column, (label, key, decimals) in zip(st.columns(len(cards)), cards):
    value = current[key]
    delta = None if previous is None else value - previous[key]
    unchanged = fmt.rounds_to_zero(delta, decimals)  # no arrow, grey: a change too small to show
    column.metric(t(label, lang), fmt.number(value, decimals, lang, t("value.missing", lang)),
                  delta=fmt.signed(delta, decimals, lang) or None, border=True,
                  delta_arrow="off" if unchanged else "auto", delta_color="off" if unchanged else "normal")
st.caption(t("kpi.reported", lang, reported=int(current["staffing_reported"]), total=int(current["municipalities"])))

indicator = st.selectbox(t("filter.indicator", lang), MAP_INDICATORS, key="ind", bind="query-params",
                         format_func=lambda key: t("ind." + key, lang))
title = t("map.title", lang, indicator=t("ind." + indicator, lang), year=filters.year)
figure = charts.choropleth(municipalities, ui.geojson(filters.county_codes), indicator, lang, title=title)
ui.show_chart(figure, "overview_map", lang, filters, title, example, selectable=True)
st.caption(ui.source_line(lang) + ". " + t("source.carried_note", lang))

st.subheader(t("table.title", lang))
table, columns = tables.overview_table(municipalities)
ui.show_table(table, "overview_table", lang, ui.table_config(lang, columns), t("table.title", lang))
