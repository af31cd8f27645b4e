"""Evenemang: the regional events over time, who takes part, who stays away, and the
inspiration day's history with its hosts on a map."""
import streamlit as st

from prevcap import charts_network, network, ui
from core.i18n import t

filters: ui.Filters = ui.page_filters()
lang = filters.lang

st.title(t("events.title", lang))
st.caption(t("events.intro", lang, county=filters.county_label))

first_year, last_year = ui.query(network.event_years)
period = st.slider(t("events.filter.period", lang), first_year, last_year, value=(first_year, last_year),
                   key="ev_period", bind="query-params")
period_text = f"{period[0]}–{period[1]}" if period[0] != period[1] else str(period[0])

events = ui.query(network.events_by_year, filters.county_codes, period[0], period[1])
participation = ui.query(network.participation, filters.county_codes, period[0], period[1])
record = network.classify_attendance(ui.query(network.attendance_record, filters.county_codes, period[0], period[1]))
editions = ui.query(network.inspiration_days)
example = bool(events["is_example"].any() or record["is_example"].any() or editions["is_example"].any())
ui.example_banner(lang, example)

st.subheader(t("events.over_time.title", lang))
split = st.segmented_control(t("events.filter.split", lang), ["event_type", "topic"], default="event_type",
                             required=True, key="dela", bind="query-params",
                             format_func=lambda key: t(f"events.split.{key}", lang))
over_time_title = t("events.over_time.chart", lang, county=filters.county_label, period=period_text)
ui.show_chart(charts_network.events_over_time(events, split, lang, title=over_time_title), "events_over_time", lang,
              filters, over_time_title, example)
st.caption(t("events.over_time.note", lang))

st.subheader(t("events.participation.title", lang))
measure = st.segmented_control(t("events.filter.measure", lang), ["participants", "participants_per_1000"],
                               default="participants", required=True, key="visa", bind="query-params",
                               format_func=lambda key: t(f"events.measure.{key}", lang))
participation_title = t("events.participation.chart", lang, measure=t(f"events.measure.{measure}", lang),
                        period=period_text)
ui.show_chart(charts_network.participation_heatmap(participation, measure, lang, title=participation_title),
              "events_participation", lang, filters, participation_title, example)
st.caption(t("events.participation.note", lang) + " " + t("source.carried_note", lang))

st.subheader(t("events.rarely.title", lang))
absent = network.never_or_rarely(record)
counts = network.attendance_counts(record)
st.markdown(t("events.rarely.summary", lang, never=counts["never"], rarely=counts["rarely"], period=period_text,
              share=int(network.RARELY_SHARE * 100)))
rarely_title = t("events.rarely.chart", lang, period=period_text)
ui.show_chart(charts_network.attendance_share_bar(record, network.RARELY_SHARE, lang, title=rarely_title),
              "events_attendance_share", lang, filters, rarely_title, example)
if len(absent):
    absent_table, absent_columns = network.attendance_display(absent, lang)
    ui.show_table(absent_table, "events_never_or_rarely", lang, ui.table_config(lang, absent_columns), rarely_title)
st.caption(t("events.rarely.note", lang, share=int(network.RARELY_SHARE * 100)))

st.subheader(t("events.inspiration.title", lang))
st.caption(t("events.inspiration.intro", lang))
nodes = ui.query(network.network_nodes, filters.county_codes)
map_column, history_column = st.columns([3, 2])
with map_column:
    map_title = t("events.inspiration.map", lang)
    ui.show_chart(charts_network.inspiration_map(nodes, network.host_labels(editions),
                                                 ui.geojson(network.county_codes_of(nodes)), lang,
                                                 title=map_title),
                  "events_inspiration_map", lang, filters, map_title, example, selectable=True)
with history_column:
    history_title = t("events.inspiration.history", lang)
    ui.show_chart(charts_network.inspiration_history(editions, lang, title=history_title), "events_inspiration_history",
                  lang, filters, history_title, example)
edition_table, edition_columns = network.inspiration_display(editions, lang)
ui.show_table(edition_table, "events_inspiration_table", lang, ui.table_config(lang, edition_columns),
              t("events.inspiration.title", lang))
st.caption(t("events.inspiration.source", lang) + " " + ui.source_line(lang))
