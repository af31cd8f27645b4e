"""Evenemang: the regional events over time, who takes part, who stays away, and the inspiration
day's history with its hosts on a map."""

from __future__ import annotations

from core.i18n import t
from prevcap.charts import events as events_charts
from prevcap.content.collaboration import period_text
from prevcap.content.model import Chart, Section, Table, Text
from prevcap.domain import events, network
from prevcap.queries import events as events_queries
from prevcap.queries import network as network_queries
from prevcap.tables import events as events_tables
from prevcap.view import View


def events_section(source, view: View) -> Section:
    lang = view.lang
    first, last = view.event_period
    shown = period_text(view.event_period)
    by_year = source.query(events_queries.events_by_year, view.county_codes, first, last)
    participation = source.query(events_queries.participation, view.county_codes, first, last)
    record = events.classify_attendance(source.query(events_queries.attendance_record, view.county_codes, first, last))
    editions = source.query(events_queries.inspiration_days)
    example = bool(by_year["is_example"].any() or record["is_example"].any() or editions["is_example"].any())
    section = Section("events", t("events.title", lang), t("events.intro", lang, county=view.county_label()), example)

    title = t("events.over_time.chart", lang, county=view.county_label(), period=shown)
    section.add(
        Chart(
            "over_time",
            source.figure(events_charts.events_over_time, by_year, view.event_split, lang, title=title),
            title,
            t("events.over_time.note", lang),
            example,
        )
    )
    measure = view.participation_measure
    title = t("events.participation.chart", lang, measure=t(f"events.measure.{measure}", lang), period=shown)
    section.add(
        Chart(
            "participation",
            source.figure(events_charts.participation_heatmap, participation, measure, lang, title=title),
            title,
            t("events.participation.note", lang) + " " + t("source.carried_note", lang),
            example,
        )
    )

    counts = events.attendance_counts(record)
    share = int(events.RARELY_SHARE * 100)
    section.add(
        Text(
            "rarely_summary",
            t("events.rarely.summary", lang, never=counts["never"], rarely=counts["rarely"], period=shown, share=share),
        )
    )
    title = t("events.rarely.chart", lang, period=shown)
    section.add(
        Chart(
            "attendance_share",
            source.figure(events_charts.attendance_share_bar, record, events.RARELY_SHARE, lang, title=title),
            title,
            t("events.rarely.note", lang, share=share),
            example,
        )
    )
    absent = events.never_or_rarely(record)
    if len(absent):
        table, columns = events_tables.attendance_display(absent, lang)
        section.add(Table("never_or_rarely", table, columns, title))

    nodes = source.query(network_queries.network_nodes, view.county_codes)
    title = t("events.inspiration.map", lang)
    section.add(
        Chart(
            "inspiration_map",
            source.figure(
                events_charts.inspiration_map,
                nodes,
                events.host_labels(editions),
                source.geojson(network.county_codes_of(nodes)),
                lang,
                title=title,
            ),
            title,
            "",
            example,
            selectable=True,
            paper_caption=t("events.inspiration.intro", lang),
        )
    )
    title = t("events.inspiration.history", lang)
    section.add(
        Chart(
            "inspiration_history",
            source.figure(events_charts.inspiration_history, editions, lang, title=title),
            title,
            "",
            example,
        )
    )
    table, columns = events_tables.inspiration_display(editions, lang)
    section.add(
        Table(
            "inspiration_table",
            table,
            columns,
            t("events.inspiration.title", lang),
            t("events.inspiration.source", lang),
        )
    )
    documented = source.query(events_queries.documented_events, view.county_codes, first, last)
    if documented.empty:
        section.add(Text("documented_none", t("events.documented.none", lang)))
    else:
        table, columns = events_tables.documented_display(documented, lang)
        section.add(
            Table(
                "documented",
                table,
                columns,
                t("events.documented.title", lang, period=shown),
                t("events.documented.note", lang),
            )
        )
    section.settings = [
        (t("events.filter.period", lang), shown),
        (t("events.filter.split", lang), t(f"events.split.{view.event_split}", lang)),
        (t("events.filter.measure", lang), t(f"events.measure.{measure}", lang)),
    ]
    return section
