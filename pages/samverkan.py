"""Samverkan: who works with whom. Links on a map, network measures, a matrix and a table."""
import streamlit as st

from core import fmt
from prevcap import charts_network, network, ui
from core.i18n import t

# Co-attendance links with fewer shared events are hidden until the user lowers the threshold.
DEFAULT_MIN_SHARED_EVENTS = 4

filters: ui.Filters = ui.page_filters()
lang = filters.lang

st.title(t("network.title", lang))
st.caption(t("network.intro", lang, county=filters.county_label))

first_year, last_year = ui.query(network.link_years)
default_period = (max(first_year, min(filters.year, last_year) - 2), min(filters.year, last_year))
kinds = st.pills(t("network.filter.kinds", lang), network.LINK_KINDS, selection_mode="multi",
                 default=list(network.LINK_KINDS), key="typ", bind="query-params",
                 format_func=lambda kind: t(f"network.kind.{kind}", lang))
period_column, threshold_column = st.columns(2)
period = period_column.slider(t("network.filter.period", lang), first_year, last_year, value=default_period,
                              key="period", bind="query-params")
min_shared_events = threshold_column.slider(
    t("network.filter.min_events", lang), 1, 12, value=DEFAULT_MIN_SHARED_EVENTS, key="minst", bind="query-params",
    help=t("network.filter.min_events_help", lang), disabled="co_attendance" not in kinds)

nodes = ui.query(network.network_nodes, filters.county_codes)
links = network.drop_weak_co_attendance(
    ui.query(network.period_links, filters.county_codes, period[0], period[1], tuple(sorted(kinds))),
    min_shared_events if "co_attendance" in kinds else 1)
graph = network.link_graph(nodes, links)
summary = network.network_summary(graph)
partners = network.partners_per_municipality(graph)
example = bool(links["is_example"].any())
ui.example_banner(lang, example)
if not kinds:
    st.warning(t("network.no_kinds", lang))

cards = [("network.kpi.pairs", summary["pairs"]),
         ("network.kpi.with_partner",
          t("network.kpi.of", lang, n=summary["with_partner"], total=summary["municipalities"])),
         ("network.kpi.without_partner", summary["without_partner"]),
         ("network.kpi.cross_border", summary["cross_border_pairs"]),
         ("network.kpi.groups", summary["groups"])]
for column, (label, value) in zip(st.columns(len(cards)), cards):
    column.metric(t(label, lang), value if isinstance(value, str) else fmt.number(value, 0, lang), border=True)

period_text = f"{period[0]}–{period[1]}" if period[0] != period[1] else str(period[0])
# what the exported charts say under their title: the kinds shown and the co-attendance threshold
export_note = t("network.export.subtitle", lang, kinds=", ".join(t(f"network.kind.{kind}", lang) for kind in kinds),
                min_events=min_shared_events)
map_title = t("network.map.title", lang, county=filters.county_label, period=period_text)
ui.show_chart(charts_network.link_map(nodes, links, partners, ui.geojson(network.county_codes_of(nodes)), lang,
                                      title=map_title),
              "network_map", lang, filters, map_title, example, selectable=True, subtitle_extra=export_note)
st.caption(t("network.map.note", lang, min_events=min_shared_events) + " " + t("network.sources", lang) + " "
           + ui.source_line(lang))

measures_tab, matrix_tab, table_tab = st.tabs([t("network.tab.measures", lang), t("network.tab.matrix", lang),
                                               t("network.tab.table", lang)])
with measures_tab:
    isolated = network.without_partner(graph)
    st.subheader(t("network.without.title", lang))
    st.markdown(t("network.without.list", lang, names=", ".join(isolated)) if isolated
                else t("network.without.none", lang))
    partners_title = t("network.partners.title", lang, period=period_text)
    ui.show_chart(charts_network.partners_bar(partners, lang, title=partners_title), "network_partners", lang,
                  filters, partners_title, example, subtitle_extra=export_note)
    partner_table, partner_columns = network.partners_display(partners)
    ui.show_table(partner_table, "network_partners_table", lang, ui.table_config(lang, partner_columns),
                  partners_title)
    strongest_column, border_column = st.columns(2)
    with strongest_column:
        st.subheader(t("network.strongest.title", lang))
        st.caption(t("network.strongest.note", lang))
        pairs, pair_columns = network.pairs_display(network.strongest_pairs(graph, top=10))
        ui.show_table(pairs, "network_strongest", lang, ui.table_config(lang, pair_columns),
                      t("network.strongest.title", lang))
    with border_column:
        st.subheader(t("network.cross.title", lang))
        st.caption(t("network.cross.note", lang))
        crossing, crossing_columns = network.pairs_display(network.cross_border_pairs(graph))
        ui.show_table(crossing, "network_cross_border", lang, ui.table_config(lang, crossing_columns),
                      t("network.cross.title", lang))

with matrix_tab:
    matrix_title = t("network.matrix.title", lang, period=period_text)
    unit = t(f"network.unit.{kinds[0]}", lang) if len(kinds) == 1 else t("network.unit.sum", lang)
    ui.show_chart(charts_network.link_matrix_heatmap(network.link_matrix(graph), network.county_of(graph), unit, lang,
                                                     title=matrix_title),
                  "network_matrix", lang, filters, matrix_title, example, subtitle_extra=export_note)
    st.caption(t("network.matrix.note", lang))

with table_tab:
    table_title = t("network.table.title", lang, period=period_text)
    st.subheader(table_title)
    link_table, link_columns = network.links_display(links, lang)
    ui.show_table(link_table, "network_links", lang, ui.table_config(lang, link_columns), table_title)
    st.caption(t("network.definitions", lang))
