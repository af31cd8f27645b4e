"""Finansiering: who pays for the preventive work, by source and year, per inhabitant, and how much
of it is external money; per county and per municipality."""

from __future__ import annotations

from core.i18n import t
from prevcap.charts import funding as funding_charts
from prevcap.content.model import Chart, KeyFigure, KeyFigures, Notice, Section, Table
from prevcap.domain import funding
from prevcap.queries import funding as funding_queries
from prevcap.tables import funding as funding_tables
from prevcap.view import View


def funding_section(source, view: View) -> Section:
    lang = view.lang
    areas = tuple(sorted(view.funding_areas))
    by_source = source.query(funding_queries.funding_by_source, view.county_codes, areas)
    by_county = source.query(funding_queries.funding_by_county, view.county_codes, areas)
    table = funding.funding_table(
        source.query(funding_queries.funding_by_municipality, view.county_codes, view.year, areas)
    )
    example = bool(by_source["is_example"].any() or by_county["is_example"].any())
    section = Section(
        "funding", t("funding.title", lang), t("funding.intro", lang, county=view.county_label()), example
    )
    section.settings = [
        (t("funding.filter.areas", lang), ", ".join(t(f"funding.area.{area}", lang) for area in areas) or "–"),
        (t("funding.filter.measure", lang), t(f"funding.measure.{view.funding_measure}", lang)),
    ]
    if by_source.empty:
        section.add(Notice("none", t("funding.none", lang), "warning"))
        return section
    export_note = t("funding.export.subtitle", lang, areas=", ".join(t(f"funding.area.{area}", lang) for area in areas))
    kpis = funding.funding_kpis(by_county, view.year)
    total = source.query(funding_queries.municipality_count, view.county_codes)
    section.add(
        KeyFigures(
            "kpis",
            [
                KeyFigure(
                    t("funding.kpi.total", lang, year=view.year),
                    funding_tables.kpi_text(kpis["amount_msek"], 1, t("funding.unit.msek", lang), lang),
                ),
                KeyFigure(
                    t("funding.kpi.per_inhabitant", lang, year=view.year),
                    funding_tables.kpi_text(kpis["sek_per_inhabitant"], 0, t("funding.unit.sek", lang), lang),
                ),
                KeyFigure(
                    t("funding.kpi.external_share", lang, year=view.year),
                    funding_tables.kpi_text(kpis["external_share_pct"], 0, "%", lang),
                ),
                KeyFigure(
                    t("funding.kpi.reporting", lang, year=view.year),
                    t("network.kpi.of", lang, n=kpis["municipalities_reporting"], total=total),
                ),
            ],
        )
    )
    measure = view.funding_measure
    title = t(
        "funding.by_source.chart", lang, measure=t(f"funding.measure.{measure}", lang), county=view.county_label()
    )
    section.add(
        Chart(
            "by_source",
            source.figure(funding_charts.funding_by_source_chart, by_source, measure, lang, title=title),
            title,
            t("funding.by_source.note", lang),
            example,
            export_note,
        )
    )
    title = t("funding.county.share", lang)
    section.add(
        Chart(
            "external_share",
            source.figure(funding_charts.county_lines, by_county, "external_share_pct", lang, title=title),
            title,
            "",
            example,
            export_note,
        )
    )
    title = t("funding.county.per_inhabitant", lang)
    section.add(
        Chart(
            "county_per_inhabitant",
            source.figure(funding_charts.county_lines, by_county, "sek_per_inhabitant", lang, title=title),
            title,
            "",
            example,
            export_note,
        )
    )
    title = t("funding.municipality.chart", lang, year=view.year)
    if table.empty:
        section.add(Notice("municipality_none", t("funding.municipality.none", lang, year=view.year)))
    else:
        section.add(
            Chart(
                "per_municipality",
                source.figure(funding_charts.funding_per_municipality_chart, table, lang, title=title),
                title,
                "",
                example,
                export_note,
            )
        )
        shown, columns = funding_tables.funding_display(table)
        section.add(
            Table("table", shown, columns, title, t("funding.note", lang) + " " + t("source.carried_note", lang))
        )
    return section
