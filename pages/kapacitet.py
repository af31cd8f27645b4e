"""Kapacitet: which municipalities fall short of the need norm, by how much, on a map, ranked, against
their population, and in a table. A click on a municipality opens its profile."""
import streamlit as st

from core import fmt
from prevcap import capacity, charts_capacity, ui
from core.i18n import t

MAP_WIDTH_PX = 560  # the map's column: three fifths of the page beside the sidebar

filters: ui.Filters = ui.page_filters()
lang = filters.lang
norm, weights = ui.capacity_controls(lang)
norm_note = ui.norm_subtitle(norm, lang)  # under every exported chart: the norm it was drawn with

st.title(t("cap.title", lang))
st.caption(t("cap.caption", lang, county=filters.county_label, year=filters.year,
             base=fmt.number(norm.base_fte, 2, lang), per10k=fmt.number(norm.fte_per_10k, 2, lang)))

assessed = capacity.assess(ui.query(capacity.capacity_year, filters.county_codes, filters.year), norm, weights)
example = ui.frame_is_example(assessed)
ui.example_banner(lang, example)

summary = capacity.gap_summary(assessed)
cards = [
    (t("cap.kpi.short", lang), t("cap.kpi.of", lang, n=summary["short"], total=summary["municipalities"])),
    (t("cap.kpi.shortfall", lang), f"{fmt.number(summary['shortfall_fte'], 2, lang)} {t('unit.fte', lang)}"),
    (t("cap.kpi.not_reported", lang), fmt.number(summary["not_reported"], 0, lang)),
    (t("cap.kpi.median_index", lang), fmt.number(summary["median_index"], 0, lang, t("value.missing", lang))),
]
for column, (label, value) in zip(st.columns(len(cards)), cards):
    column.metric(label, value, border=True)

measure = st.radio(t("cap.measure", lang), ("fte", "share"), horizontal=True, key="gap", bind="query-params",
                   format_func=lambda m: t(f"cap.measure.{m}", lang))
unit = charts_capacity.gap_unit(measure, lang)

map_column, bars_column = st.columns([3, 2])
with map_column:
    title = t("cap.map.title", lang, year=filters.year, unit=unit)
    figure = charts_capacity.gap_map(assessed, ui.geojson(filters.county_codes), lang, measure, title=title,
                                     width=MAP_WIDTH_PX)
    ui.show_chart(figure, "capacity_map", lang, filters, title, example, selectable=True, subtitle_extra=norm_note)
    st.caption(t("cap.map.note", lang))
with bars_column:
    title = t("cap.bars.title", lang, year=filters.year, unit=unit)
    ui.show_chart(charts_capacity.gap_bars(assessed, lang, measure, title=title),
                  "capacity_bars", lang, filters, title, example, selectable=True, subtitle_extra=norm_note)

title = t("cap.scatter.title", lang, year=filters.year)
ui.show_chart(charts_capacity.norm_scatter(assessed, norm, lang, title=title),
              "capacity_scatter", lang, filters, title, example, selectable=True, subtitle_extra=norm_note)
st.caption(t("cap.scatter.note", lang))

st.subheader(t("cap.table.title", lang))
table, columns = capacity.capacity_table(assessed, lang)
ui.show_table(table, "capacity_table", lang, ui.table_config(lang, columns), t("cap.table.title", lang))
st.caption(t("cap.table.note", lang) + " " + ui.source_line(lang))
