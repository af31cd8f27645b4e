"""Kapacitet: which municipalities fall short of the need norm and by how much, on a map, ranked and
against their population, with the composite index; and the table."""

from __future__ import annotations

from core import fmt
from core.i18n import t
from prevcap import export
from prevcap.charts import capacity as capacity_charts
from prevcap.content.model import Chart, KeyFigure, KeyFigures, Notice, Section, Table, without_click_hint
from prevcap.domain import capacity
from prevcap.queries import capacity as capacity_queries
from prevcap.tables import capacity as capacity_tables
from prevcap.view import View

MAP_WIDTH_PX = 560  # the map's column: three fifths of the page beside the sidebar


def norm_subtitle(view: View) -> str:
    """What every exported chart of the capacity pages says under its title: the norm it was drawn with."""
    return export.norm_subtitle(view.norm.base_fte, view.norm.fte_per_10k, view.lang, view.norm.fte_per_1000_crimes)


def norm_text(view: View) -> str:
    """The norm in words, as the page's caption says it."""
    lang, norm = view.lang, view.norm
    text = t(
        "cap.norm_text", lang, base=fmt.number(norm.base_fte, 2, lang), per10k=fmt.number(norm.fte_per_10k, 2, lang)
    )
    if norm.uses_crimes:
        text += t("cap.norm_text_crimes", lang, crimes=fmt.number(norm.fte_per_1000_crimes, 2, lang))
    return text


def norm_settings(view: View) -> list[tuple[str, str]]:
    """The norm and the weights as the report states them."""
    lang = view.lang
    weights = ", ".join(
        f"{t(f'cap.component.{c}', lang)} {fmt.number(getattr(view.weights, c), 0, lang)}" for c in capacity.COMPONENTS
    )
    return [
        (
            t("export.report.norm", lang),
            t(
                "export.report.norm_value",
                lang,
                base=fmt.number(view.norm.base_fte, 2, lang),
                per10k=fmt.number(view.norm.fte_per_10k, 2, lang),
            )
            + (
                t("export.report.norm_crimes", lang, crimes=fmt.number(view.norm.fte_per_1000_crimes, 2, lang))
                if view.norm.uses_crimes
                else ""
            ),
        ),
        (t("cap.controls.weights", lang), weights),
    ]


def summary_missing_crimes(assessed) -> int:
    """The municipalities of the year without a figure of reported crimes."""
    return int(assessed["reported_crimes"].isna().sum()) if "reported_crimes" in assessed else len(assessed)


def assessed_year(source, view: View):
    return capacity.assess(
        source.query(capacity_queries.capacity_year, view.county_codes, view.year), view.norm, view.weights
    )


def capacity_section(source, view: View) -> Section:
    lang = view.lang
    assessed = assessed_year(source, view)
    example = bool(assessed["has_example_data"].any()) if len(assessed) else False
    section = Section(
        "capacity",
        t("cap.title", lang),
        t(
            "cap.caption",
            lang,
            county=view.county_label(),
            year=view.year,
            norm=norm_text(view),
        ),
        example,
    )
    if view.norm.uses_crimes and summary_missing_crimes(assessed):
        section.add(
            Notice(
                "no_crime_data",
                t(
                    "cap.no_crime_data",
                    lang,
                    year=view.year,
                    missing=t("cap.kpi.of", lang, n=summary_missing_crimes(assessed), total=len(assessed)),
                    how=t("public.how_to_get", lang),
                ),
            )
        )
    summary = capacity.gap_summary(assessed)
    section.add(
        KeyFigures(
            "kpis",
            [
                KeyFigure(
                    t("cap.kpi.short", lang), t("cap.kpi.of", lang, n=summary["short"], total=summary["municipalities"])
                ),
                KeyFigure(
                    t("cap.kpi.shortfall", lang),
                    f"{fmt.number(summary['shortfall_fte'], 2, lang)} {t('unit.fte', lang)}",
                ),
                KeyFigure(t("cap.kpi.not_reported", lang), fmt.number(summary["not_reported"], 0, lang)),
                # reported staffing, but no population to set a norm by: not a missing report
                *(
                    [KeyFigure(t("cap.kpi.no_population", lang), fmt.number(summary["no_population"], 0, lang))]
                    if summary["no_population"]
                    else []
                ),
                KeyFigure(
                    t("cap.kpi.median_index", lang),
                    fmt.number(summary["median_index"], 0, lang, t("value.missing", lang)),
                ),
            ],
        )
    )
    measure = view.gap_measure
    unit = capacity_charts.gap_unit(measure, lang)
    norm_note = norm_subtitle(view)
    title = t("cap.map.title", lang, year=view.year, unit=unit)
    figure = source.figure(
        capacity_charts.gap_map,
        assessed,
        source.geojson(view.county_codes),
        lang,
        measure,
        title=title,
        width=MAP_WIDTH_PX,
    )
    section.add(
        Chart(
            "capacity_map",
            figure,
            title,
            t("cap.map.note", lang),
            example,
            norm_note,
            selectable=True,
            paper_caption=without_click_hint(t("cap.map.note", lang)),
        )
    )
    title = t("cap.bars.title", lang, year=view.year, unit=unit)
    section.add(
        Chart(
            "capacity_bars",
            source.figure(capacity_charts.gap_bars, assessed, lang, measure, title=title),
            title,
            "",
            example,
            norm_note,
            selectable=True,
        )
    )
    title = t("cap.scatter.title", lang, year=view.year)
    section.add(
        Chart(
            "capacity_scatter",
            source.figure(capacity_charts.norm_scatter, assessed, view.norm, lang, title=title),
            title,
            t("cap.scatter.note", lang),
            example,
            norm_note,
            selectable=True,
        )
    )
    table, columns = capacity_tables.capacity_table(assessed, lang)
    section.add(Table("capacity_table", table, columns, t("cap.table.title", lang), t("cap.table.note", lang)))
    section.settings = [*norm_settings(view), (t("cap.measure", lang), t(f"cap.measure.{measure}", lang))]
    return section
