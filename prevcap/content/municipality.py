"""Kommun: one municipality's profile. Every indicator over the years next to the county median and
the most similar municipalities, the index's parts, the Lag (2023:196) checklist, the police
agreements and the partners. Without a municipality chosen: the gap map to choose one from."""

from __future__ import annotations

from core.i18n import t
from prevcap.charts import capacity as capacity_charts
from prevcap.content.capacity import norm_settings, norm_subtitle
from prevcap.content.model import Chart, Choices, Heading, KeyFigure, KeyFigures, Notice, Section, Table, Text
from prevcap.domain import capacity
from prevcap.indicators import PROFILE_INDICATORS
from prevcap.queries import capacity as capacity_queries
from prevcap.tables import capacity as capacity_tables
from prevcap.tables import facts as fact_tables
from prevcap.text_safety import markdown_text
from prevcap.view import View

LAW_PARTS = ("coordinating_function", "lagesbild", "atgardsplan")


def all_years_assessed(source, view: View):
    return capacity.assess(source.query(capacity_queries.capacity_years), view.norm, view.weights)


def municipality_names(source) -> dict[str, str]:
    names = source.query(capacity_queries.municipality_names)
    return dict(zip(names["municipality_code"], names["municipality_name"]))


def municipality_section(source, view: View) -> Section:
    lang = view.lang
    all_years = all_years_assessed(source, view)
    norm_note = norm_subtitle(view)
    code = view.municipality
    if code is None:
        assessed = capacity.one_year(all_years, view.year, view.county_codes)
        section = Section("municipality", t("cap.kommun.title", lang), "", bool(assessed["has_example_data"].any()))
        section.add(Notice("choose", t("cap.kommun.choose", lang)))
        title = t("cap.map.title", lang, year=view.year, unit=capacity_charts.gap_unit("fte", lang))
        section.add(
            Chart(
                "choose_map",
                source.figure(
                    capacity_charts.gap_map, assessed, source.geojson(view.county_codes), lang, "fte", title=title
                ),
                title,
                "",
                section.example,
                norm_note,
                selectable=True,
            )
        )
        return section

    own = capacity.one_municipality(all_years, code)
    current = capacity.profile_row(all_years, code, view.year)
    example = bool(own["has_example_data"].any())
    section = Section(
        "municipality", current["municipality_name"], capacity_tables.profile_facts(current, lang), example
    )
    names = municipality_names(source)

    def named(title: str) -> str:
        """A profile chart's title in its exports, file name and report: with the municipality it is about."""
        return f"{current['municipality_name']}: {title}"

    similar = capacity.similar_municipalities(capacity.one_year(all_years, view.year), code)
    if similar:
        section.add(Choices("similar", t("cap.kommun.similar", lang), [(other, names[other]) for other in similar]))
    section.add(
        KeyFigures(
            "cards",
            [
                KeyFigure(label, value, delta or "")
                for label, value, delta in capacity_tables.profile_cards(current, lang)
            ],
            t("cap.kommun.year_note", lang, year=view.year),
        )
    )

    section.add(Heading("trends_heading", t("cap.kommun.trends", lang), 3))
    section.add(Text("trends_note", t("cap.kommun.trends_note", lang)))
    series = capacity.profile_series(all_years, code, similar)
    titles = tuple(t(indicator.label, lang) for indicator in PROFILE_INDICATORS)
    trends = source.figure(capacity_charts.profile_trends, series, PROFILE_INDICATORS, lang, titles)
    for indicator, title, trend in zip(PROFILE_INDICATORS, titles, trends):
        note, chart_example = "", example
        if indicator.column == "crimes_per_100k":
            sources = sorted(own["crimes_source_text"].dropna().unique())
            if not sources:
                section.add(Heading("trend_crimes_heading", title, 4))
                section.add(
                    Text("trend_crimes_none", t("cap.kommun.no_crimes", lang, how=t("public.how_to_get", lang)))
                )
                continue
            note = t("cap.kommun.crimes_note", lang, sources="; ".join(markdown_text(text) for text in sources))
            chart_example = False  # Brå's and Kolada's figures are real
        section.add(
            Chart(
                f"trend_{indicator.column}",
                trend,
                named(title),
                note,
                chart_example,
                "" if indicator.column == "crimes_per_100k" else norm_note,
            )
        )
    title = t("cap.kommun.funding_title", lang)
    section.add(
        Chart(
            "funding_sources",
            source.figure(
                capacity_charts.funding_sources, capacity.funding_by_source_long(all_years, code), lang, title=title
            ),
            named(title),
            "",
            example,
        )
    )
    title = t(
        "cap.kommun.index_title",
        lang,
        year=view.year,
        index=capacity_tables.value_text(current["capacity_index"], 0, lang, missing_key="value.missing"),
    )
    section.add(
        Chart(
            "index",
            source.figure(
                capacity_charts.index_breakdown, capacity.index_breakdown(current, view.weights), lang, title=title
            ),
            named(title),
            "",
            example,
            norm_note,
        )
    )

    table, columns = capacity_tables.profile_year_table(all_years, code, lang)
    section.add(Table("years", table, columns, t("cap.kommun.year_table", lang)))

    law_lines = [
        f"{capacity_tables.law_symbol(current[f'law_{part}'])} **{t(f'cap.law.{part}', lang)}**: "
        f"{capacity_tables.law_text(current[f'law_{part}'], lang)}"
        for part in LAW_PARTS
    ]
    section.add(Text("law_intro", t("cap.kommun.law_intro", lang, year=view.year)))
    section.add(Text("law_now", "\n\n".join(law_lines), on_paper=False))  # the checklist below says it on paper
    table, columns = capacity_tables.law_checklist(all_years, code, lang)
    section.add(Table("law", table, columns, t("cap.kommun.law_title", lang)))

    agreements = source.query(capacity_queries.police_agreements, code)
    if agreements.empty:
        section.add(Text("police_none", t("cap.kommun.police_none", lang)))
    else:
        table, columns = capacity_tables.agreements_table(agreements, view.year, lang)
        section.add(
            Table("police", table, columns, t("cap.kommun.police_title", lang), t("cap.kommun.police_note", lang))
        )

    partners = source.query(capacity_queries.partners, code)
    if partners.empty:
        section.add(Text("partners_none", t("cap.kommun.partners_none", lang)))
    else:
        table, columns = capacity_tables.partners_table(partners, lang)
        section.add(Table("partners", table, columns, t("cap.kommun.partners_title", lang)))
    documented_facts(section, source, code, lang)
    section.settings = [(t("cap.kommun.select", lang), current["municipality_name"]), *norm_settings(view)]
    return section


def documented_facts(section: Section, source, code: str, lang: str) -> None:
    """The facts public sources state about the municipality (data/reference/), each with its source link:
    its local council, the coordinators named, the steps under Lag (2023:196), the sums."""
    section.add(Heading("facts_heading", t("facts.heading", lang), 3))
    section.add(Text("facts_intro", t("facts.intro", lang)))
    councils = source.query(capacity_queries.local_councils, code)
    section.add(Heading("councils_heading", t("facts.councils.title", lang), 4))
    if councils.empty:
        section.add(Text("councils_none", t("facts.councils.none", lang)))
    else:
        section.add(Table("councils", *fact_tables.councils_table(councils, lang), t("facts.councils.title", lang)))
    for key, query, table, title, note in (
        (
            "mentions",
            capacity_queries.coordinator_mentions,
            fact_tables.mentions_table,
            "facts.mentions.title",
            "facts.mentions.note",
        ),
        (
            "law_steps",
            capacity_queries.law_steps_known,
            fact_tables.law_steps_table,
            "facts.law.title",
            "facts.law.note",
        ),
        (
            "funding_known",
            capacity_queries.funding_known,
            fact_tables.funding_table,
            "facts.funding.title",
            "facts.funding.note",
        ),
    ):
        rows = source.query(query, code)
        if len(rows):
            section.add(Heading(f"{key}_heading", t(title, lang), 4))
            section.add(Text(f"{key}_note", t(note, lang), small=True))
            section.add(Table(key, *table(rows, lang), t(title, lang)))
