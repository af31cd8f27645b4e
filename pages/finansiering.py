"""Finansiering: who pays for the preventive work, by source and year, per inhabitant,
and how much of it is external money; per county and per municipality."""
import streamlit as st

from prevcap import charts_network, network, ui
from core.i18n import t

filters: ui.Filters = ui.page_filters()
lang = filters.lang

st.title(t("funding.title", lang))
st.caption(t("funding.intro", lang, county=filters.county_label))

areas = st.pills(t("funding.filter.areas", lang), network.FUNDING_AREAS, selection_mode="multi",
                 default=list(network.FUNDING_AREAS), key="omrade", bind="query-params",
                 format_func=lambda area: t(f"funding.area.{area}", lang))
areas = tuple(sorted(areas))
export_note = t("funding.export.subtitle", lang, areas=", ".join(t(f"funding.area.{area}", lang) for area in areas))
by_source = ui.query(network.funding_by_source, filters.county_codes, areas)
by_county = ui.query(network.funding_by_county, filters.county_codes, areas)
table = network.funding_table(ui.query(network.funding_by_municipality, filters.county_codes, filters.year, areas))
example = bool(by_source["is_example"].any() or by_county["is_example"].any())
ui.example_banner(lang, example)

if by_source.empty:
    st.warning(t("funding.none", lang))
    st.stop()

kpis = network.funding_kpis(by_county, filters.year)
cards = [("funding.kpi.total", network.kpi_text(kpis["amount_msek"], 1, t("funding.unit.msek", lang), lang)),
         ("funding.kpi.per_inhabitant",
          network.kpi_text(kpis["sek_per_inhabitant"], 0, t("funding.unit.sek", lang), lang)),
         ("funding.kpi.external_share", network.kpi_text(kpis["external_share_pct"], 0, "%", lang)),
         ("funding.kpi.reporting", t("network.kpi.of", lang, n=kpis["municipalities_reporting"],
                                     total=ui.query(network.municipality_count, filters.county_codes)))]
for column, (label, value) in zip(st.columns(len(cards)), cards):
    column.metric(t(label, lang, year=filters.year), value, border=True)

st.subheader(t("funding.by_source.title", lang))
measure = st.segmented_control(t("funding.filter.measure", lang), ["amount_sek", "sek_per_inhabitant"],
                               default="amount_sek", required=True, key="belopp", bind="query-params",
                               format_func=lambda key: t(f"funding.measure.{key}", lang))
source_title = t("funding.by_source.chart", lang, measure=t(f"funding.measure.{measure}", lang),
                 county=filters.county_label)
ui.show_chart(charts_network.funding_by_source_chart(by_source, measure, lang, title=source_title), "funding_by_source",
              lang, filters, source_title, example, subtitle_extra=export_note)
st.caption(t("funding.by_source.note", lang))

share_column, per_inhabitant_column = st.columns(2)
with share_column:
    share_title = t("funding.county.share", lang)
    ui.show_chart(charts_network.county_lines(by_county, "external_share_pct", lang, title=share_title),
                  "funding_external_share", lang, filters, share_title, example, subtitle_extra=export_note)
with per_inhabitant_column:
    county_title = t("funding.county.per_inhabitant", lang)
    ui.show_chart(charts_network.county_lines(by_county, "sek_per_inhabitant", lang, title=county_title),
                  "funding_county_per_inhabitant", lang, filters, county_title, example, subtitle_extra=export_note)

st.subheader(t("funding.municipality.title", lang, year=filters.year))
municipality_title = t("funding.municipality.chart", lang, year=filters.year)
if table.empty:
    st.info(t("funding.municipality.none", lang, year=filters.year))
else:
    ui.show_chart(charts_network.funding_per_municipality_chart(table, lang, title=municipality_title),
                  "funding_per_municipality", lang, filters, municipality_title, example, subtitle_extra=export_note)
    funding_table, funding_columns = network.funding_display(table)
    ui.show_table(funding_table, "funding_table", lang, ui.table_config(lang, funding_columns), municipality_title)
st.caption(t("funding.note", lang) + " " + ui.source_line(lang) + " " + t("source.carried_note", lang))
