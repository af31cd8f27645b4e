"""Översikt: the counties' key figures with the change from the year before, a map of the chosen
indicator, and the same numbers as a table."""

from __future__ import annotations

from core import fmt
from core.i18n import t
from prevcap.charts import overview as overview_charts
from prevcap.content.model import Chart, KeyFigure, KeyFigures, Notice, Section, Table
from prevcap.queries import overview as overview_queries
from prevcap.tables import overview as overview_tables
from prevcap.view import View

REAL_INDICATORS = ("population", "crimes_per_100k")
KPIS = (
    ("kpi.fte", "fte_total", 2),
    ("kpi.fte_per_10k", "fte_per_10k", 2),
    ("kpi.funding_per_inhabitant", "funding_per_inhabitant", 0),
    ("kpi.participants", "participants", 0),
)
# the ratios and the count of municipalities that reported their figure
RATIO_REPORTED = {"fte_per_10k": "staffing_reported", "funding_per_inhabitant": "funding_reported"}


def overview(source, view: View) -> Section:
    lang = view.lang
    years = tuple(y for y in (view.previous_year, view.year) if y is not None)
    kpis = source.query(overview_queries.county_kpis, view.county_codes, years).set_index("year")
    municipalities = source.query(overview_queries.municipality_year, view.county_codes, view.year)
    example = bool(kpis["has_example_data"].any())
    section = Section(
        "overview",
        t("overview.title", lang),
        t(
            "overview.caption",
            lang,
            county=view.county_label(),
            year=view.year,
            previous=view.previous_year or t("kpi.no_previous", lang),
        ),
        example,
    )
    current = kpis.loc[view.year]
    previous = kpis.loc[view.previous_year] if view.previous_year in kpis.index else None
    total = int(current["municipalities"])
    figures = []
    notes = [t("kpi.reported", lang, reported=int(current["staffing_reported"]), total=total)]
    for label, column, decimals in KPIS:
        value = current[column]
        delta = None if previous is None else value - previous[column]
        help_text = ""
        if column in RATIO_REPORTED:
            base = int(current[column + "_base"])
            help_text = t("kpi.ratio_base.help", lang, n=base, total=total)
            # said on the page and on paper when some that reported have no population to divide by
            if base < int(current[RATIO_REPORTED[column]]):
                notes.append(t("kpi.ratio_base", lang, figure=t(label, lang), n=base, total=total))
        figures.append(
            KeyFigure(
                t(label, lang),
                fmt.number(value, decimals, lang, t("value.missing", lang)),
                fmt.signed(delta, decimals, lang),
                fmt.rounds_to_zero(delta, decimals),
                help_text,
            )
        )
    if len(notes) > 1:
        notes.append(t("kpi.population_missing", lang, n=int(current["population_missing"]), total=total))
    section.add(KeyFigures("kpis", figures, ". ".join(notes)))
    title = t("map.title", lang, indicator=t("ind." + view.indicator, lang), year=view.year)
    figure = source.figure(
        overview_charts.choropleth, municipalities, source.geojson(view.county_codes), view.indicator, lang, title=title
    )
    note = t("source.carried_note", lang)
    if view.indicator == "crimes_per_100k":
        sources = sorted(municipalities["crimes_source_text"].dropna().unique())
        if not sources:
            section.add(
                Notice("no_crimes", t("overview.no_crimes", lang, year=view.year, how=t("public.how_to_get", lang)))
            )
        else:
            note = t("overview.crimes_note", lang, year=view.year, sources="; ".join(sources)) + " " + note
    # population (SCB) and reported crimes (Brå, Kolada) are real figures, whatever else is example data
    map_example = example and view.indicator not in REAL_INDICATORS
    section.add(Chart("overview_map", figure, title, note, map_example, selectable=True))
    table, columns = overview_tables.overview_table(municipalities, lang)
    section.add(Table("overview_table", table, columns, t("table.title", lang)))
    section.settings = [(t("filter.indicator", lang), t("ind." + view.indicator, lang))]
    return section
