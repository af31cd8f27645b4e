"""Samverkan: who works with whom. The links of the chosen kinds and period on a map, the network
measures, the partners, the strongest and the cross-border pairs, the link matrix and the table."""

from __future__ import annotations

from core import fmt
from core.i18n import t
from prevcap.charts import network as network_charts
from prevcap.content.model import Chart, KeyFigure, KeyFigures, Notice, Section, Table, Text, without_click_hint
from prevcap.domain import network
from prevcap.queries import network as network_queries
from prevcap.tables import network as network_tables
from prevcap.text_safety import markdown_text
from prevcap.view import View


def period_text(period: tuple[int, int]) -> str:
    return f"{period[0]}–{period[1]}" if period[0] != period[1] else str(period[0])


def collaboration(source, view: View) -> Section:
    lang = view.lang
    kinds = view.link_kinds
    period = view.link_period
    threshold = view.min_shared_events if "co_attendance" in kinds else 1
    nodes = source.query(network_queries.network_nodes, view.county_codes)
    links = network.drop_weak_co_attendance(
        source.query(network_queries.period_links, view.county_codes, period[0], period[1], tuple(sorted(kinds))),
        threshold,
    )
    graph = network.link_graph(nodes, links)
    summary = network.network_summary(graph)
    partners = network.partners_per_municipality(graph)
    example = bool(links["is_example"].any()) if len(links) else False
    section = Section(
        "collaboration", t("network.title", lang), t("network.intro", lang, county=view.county_label()), example
    )
    if not kinds:
        section.add(Notice("no_kinds", t("network.no_kinds", lang), "warning"))
    section.add(
        KeyFigures(
            "kpis",
            [
                KeyFigure(t("network.kpi.pairs", lang), fmt.number(summary["pairs"], 0, lang)),
                KeyFigure(
                    t("network.kpi.with_partner", lang),
                    t("network.kpi.of", lang, n=summary["with_partner"], total=summary["municipalities"]),
                ),
                KeyFigure(t("network.kpi.without_partner", lang), fmt.number(summary["without_partner"], 0, lang)),
                KeyFigure(t("network.kpi.cross_border", lang), fmt.number(summary["cross_border_pairs"], 0, lang)),
                KeyFigure(t("network.kpi.groups", lang), fmt.number(summary["groups"], 0, lang)),
            ],
        )
    )
    shown = period_text(period)
    # what the exported charts say under their title: the kinds shown and the co-attendance threshold
    export_note = t(
        "network.export.subtitle",
        lang,
        kinds=", ".join(t(f"network.kind.{kind}", lang) for kind in kinds),
        min_events=view.min_shared_events,
    )
    title = t("network.map.title", lang, county=view.county_label(), period=shown)
    figure = source.figure(
        network_charts.link_map,
        nodes,
        links,
        partners,
        source.geojson(network.county_codes_of(nodes)),
        lang,
        title=title,
    )
    note = t("network.map.note", lang, min_events=view.min_shared_events) + " " + t("network.sources", lang)
    section.add(
        Chart(
            "map",
            figure,
            title,
            note,
            example,
            export_note,
            selectable=True,
            paper_caption=without_click_hint(t("network.map.note", lang, min_events=view.min_shared_events))
            + " "
            + t("network.sources", lang),
        )
    )

    isolated = network.without_partner(graph)
    section.add(
        Text(
            "without",
            t("network.without.list", lang, names=", ".join(map(markdown_text, isolated)))
            if isolated
            else t("network.without.none", lang),
        )
    )
    title = t("network.partners.title", lang, period=shown)
    section.add(
        Chart(
            "partners",
            source.figure(network_charts.partners_bar, partners, lang, title=title),
            title,
            "",
            example,
            export_note,
        )
    )
    table, columns = network_tables.partners_display(partners)
    section.add(Table("partners_table", table, columns, title, on_paper=False))
    table, columns = network_tables.pairs_display(network.strongest_pairs(graph, top=10))
    section.add(
        Table("strongest", table, columns, t("network.strongest.title", lang), t("network.strongest.note", lang))
    )
    table, columns = network_tables.pairs_display(network.cross_border_pairs(graph))
    section.add(Table("cross_border", table, columns, t("network.cross.title", lang), t("network.cross.note", lang)))

    title = t("network.matrix.title", lang, period=shown)
    unit = t(f"network.unit.{kinds[0]}", lang) if len(kinds) == 1 else t("network.unit.sum", lang)
    section.add(
        Chart(
            "matrix",
            source.figure(
                network_charts.link_matrix_heatmap,
                network.link_matrix(graph),
                network.county_of(graph),
                unit,
                lang,
                title=title,
            ),
            title,
            # the line between the counties is drawn only when there are two or more
            t("network.matrix.note" if len(view.county_codes) > 1 else "network.matrix.note_one_county", lang),
            example,
            export_note,
        )
    )
    title = t("network.table.title", lang, period=shown)
    table, columns = network_tables.links_display(links, lang)
    section.add(Table("links", table, columns, title, on_paper=False))
    section.add(Text("definitions", t("network.definitions", lang)))
    section.settings = [
        (t("network.filter.kinds", lang), ", ".join(t(f"network.kind.{kind}", lang) for kind in kinds) or "–"),
        (t("network.filter.period", lang), shown),
        (t("network.filter.min_events", lang), str(view.min_shared_events)),
    ]
    return section
