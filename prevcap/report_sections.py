"""What each area of the dashboard puts in the report: its key figures, charts, key tables and notes,
built with the same query functions, chart builders and table builders as the pages, outside Streamlit.

An area is one function `(con, ReportFilters) -> Section`; AREAS lists them in the report's order.
A page whose area is not in AREAS is not in the report: adding it is adding one function.
Widgets a page offers (the map's indicator, a period, a measure) take the page's default here.
"""
from __future__ import annotations

import math
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import pandas as pd
import plotly.graph_objects as go

from core import fmt
from prevcap import charts, export, queries, tables
from prevcap.sources import source_line as datasets_source_line
from prevcap.capacity import DEFAULT_NORM, DEFAULT_WEIGHTS, Norm, Weights
from prevcap.geo import feature_collection
from core.i18n import DEFAULT_LANGUAGE, t

# the Samverkan page's default threshold for co-attendance links (pages/samverkan.py)
DEFAULT_MIN_SHARED_EVENTS = 4
# longer tables are cut in the report (the dashboard and the CSV downloads have every row)
MAX_TABLE_ROWS = 60


# --- what a report is made of -------------------------------------------------------------------

@dataclass(frozen=True)
class ReportFilters:
    """The selection a report is made for: ui.Filters plus the norm and weights the pages use."""

    lang: str
    county_codes: tuple[str, ...]
    county_label: str
    year: int
    previous_year: int | None
    norm: Norm = DEFAULT_NORM
    weights: Weights = DEFAULT_WEIGHTS


@dataclass
class KeyFigures:
    """The KPI cards of a page: (label, value, change from the year before or '')."""

    rows: list[tuple[str, str, str]]
    title: str = ""


@dataclass
class Chart:
    key: str
    figure: go.Figure
    title: str
    caption: str = ""
    example: bool = False
    subtitle_extra: str | None = None


@dataclass
class Table:
    key: str
    frame: pd.DataFrame
    columns: dict[str, tuple[str, str | None]]  # column -> (header text key, number format), as prevcap.tables
    title: str
    note: str = ""


@dataclass
class Text:
    markdown: str


@dataclass
class Section:
    key: str
    title: str
    intro: str = ""
    example: bool = False
    items: list = field(default_factory=list)

    def charts(self) -> list[Chart]:
        return [item for item in self.items if isinstance(item, Chart)]

    def tables(self) -> list[Table]:
        return [item for item in self.items if isinstance(item, Table)]


class ReportError(ValueError):
    """A selection no report can be made for; `message(lang)` says why (Swedish by default)."""

    def __init__(self, message_key: str, **values):
        self.message_key, self.values = message_key, values
        super().__init__(t(message_key, DEFAULT_LANGUAGE, **values))

    def message(self, lang: str = DEFAULT_LANGUAGE) -> str:
        return t(self.message_key, lang, **self.values)


# --- the selection --------------------------------------------------------------------------------

def _folded(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().casefold().strip()


def county_label(names: dict[str, str], codes: Sequence[str], lang: str) -> str:
    """As the sidebar names the choice: one county's name, or "Båda länen" / "Alla län (n)"."""
    if len(codes) == 1:
        return names[codes[0]]
    return t("filter.county.all", lang) if len(names) == 2 else t("filter.county.all_n", lang, n=len(names))


def report_filters(con, counties: Sequence[str] | None = None, year: int | None = None,
                   lang: str = DEFAULT_LANGUAGE, norm: Norm = DEFAULT_NORM,
                   weights: Weights = DEFAULT_WEIGHTS) -> ReportFilters:
    """The selection from what a user typed: counties by code ("24") or name ("Västerbotten"), None or
    "all" for all of them; a year, None for the latest reported one (the dashboard's default).
    Raises ReportError for an unknown county or a year without data."""
    county_table = queries.counties(con)
    names = dict(zip(county_table["county_code"], county_table["county_name"]))
    wanted = [str(county).strip() for county in counties or []]
    if not wanted or any(county.lower() in ("all", "alla") for county in wanted):
        codes = tuple(names)
    else:
        chosen = []
        for county in wanted:
            code = county.zfill(2) if county.isdigit() else next(
                (code for code, name in names.items()
                 if _folded(name) == _folded(county) or _folded(name).startswith(_folded(county) + "s lan")
                 or _folded(name).removesuffix(" lan") == _folded(county)), None)
            if code not in names:
                known = ", ".join(f"{code} ({name})" for code, name in names.items())
                raise ReportError("export.cli.unknown_county", county=county, known=known)
            if code not in chosen:
                chosen.append(code)
        codes = tuple(sorted(chosen))
    years = queries.years(con)
    if year is None:
        year = queries.latest_reported_year(con) or years[-1]
    if int(year) not in years:
        raise ReportError("export.cli.no_data_year", year=year, first=years[0], last=years[-1])
    year = int(year)
    return ReportFilters(lang, codes, county_label(names, codes, lang), year,
                         year - 1 if year - 1 in years else None, norm, weights)


# --- texts shared with the pages --------------------------------------------------------------------

def source_line(con, lang: str) -> str:
    """The source line with dates, as ui.source_line writes it under the pages' charts."""
    return datasets_source_line(queries.datasets(con), lang)


def norm_text(norm: Norm, lang: str) -> str:
    return t("export.report.norm_value", lang, base=fmt.number(norm.base_fte, 2, lang),
             per10k=fmt.number(norm.fte_per_10k, 2, lang))


def format_cell(value, number_format: str | None, lang: str) -> str:
    """A table cell as the dashboard shows it: Swedish numbers, empty for a missing value."""
    if value is None or (isinstance(value, float) and math.isnan(value)) or value is pd.NA or value is pd.NaT:
        return ""
    if isinstance(value, bool):
        return str(value)
    if hasattr(value, "item") and not isinstance(value, (str, bytes)):
        value = value.item()
    if not isinstance(value, (int, float)) or not number_format or number_format.startswith("link"):
        return str(value)
    if number_format == "plain":
        return str(int(value)) if float(value).is_integer() else str(value)
    if number_format == "localized":
        if float(value).is_integer():
            return fmt.number(value, 0, lang)
        decimals = min(len(f"{value:.6f}".rstrip("0").split(".")[1]), 2)
        return fmt.number(value, decimals, lang)
    try:
        text = number_format % value
    except (TypeError, ValueError):
        return str(value)
    return text.replace(".", ",").replace("-", "\u2212") if lang == "sv" else text


def table_text(table: Table, lang: str, max_rows: int = MAX_TABLE_ROWS) -> tuple[list[str], list[list[str]], list[bool]]:
    """(headers, rows of cell texts, which columns hold numbers) of a report table."""
    columns = [column for column in table.columns if column in table.frame.columns
               and not _relative_links(table.frame[column], table.columns[column][1])]
    headers = [t(table.columns[column][0], lang) for column in columns]
    numeric = [bool(table.columns[column][1]) and not str(table.columns[column][1]).startswith("link")
               and pd.api.types.is_numeric_dtype(table.frame[column]) for column in columns]
    rows = [[format_cell(value, table.columns[column][1], lang) for column, value in zip(columns, row)]
            for row in table.frame[columns].head(max_rows).itertuples(index=False, name=None)]
    return headers, rows, numeric


def _relative_links(column: pd.Series, number_format: str | None) -> bool:
    """A link column pointing inside the dashboard (?kommun=2418): nothing a reader of paper can open."""
    if not str(number_format or "").startswith("link"):
        return False
    return not column.dropna().astype(str).str.match(r"https?://").all() or column.dropna().empty


def _frame_is_example(frame: pd.DataFrame, column: str = "has_example_data") -> bool:
    return bool(frame[column].any()) if column in frame and len(frame) else False


# --- the areas ----------------------------------------------------------------------------------------

def overview(con, f: ReportFilters) -> Section:
    """Översikt: the county's key figures, the map of the default indicator, the municipalities table."""
    from prevcap.indicators import MAP_INDICATORS

    lang = f.lang
    years = tuple(y for y in (f.previous_year, f.year) if y is not None)
    kpis = queries.county_kpis(con, f.county_codes, years).set_index("year")
    municipalities = queries.municipality_year(con, f.county_codes, f.year)
    example = bool(kpis["has_example_data"].any())
    section = Section("overview", t("nav.overview", lang), t("overview.caption", lang, county=f.county_label,
                      year=f.year, previous=f.previous_year or t("kpi.no_previous", lang)), example)
    current = kpis.loc[f.year]
    previous = kpis.loc[f.previous_year] if f.previous_year in kpis.index else None
    rows = []
    for label, key, decimals in (("kpi.fte", "fte_total", 2), ("kpi.fte_per_10k", "fte_per_10k", 2),
                                 ("kpi.funding_per_inhabitant", "funding_per_inhabitant", 0),
                                 ("kpi.participants", "participants", 0)):
        value = current[key]
        delta = None if previous is None else value - previous[key]
        rows.append((t(label, lang), fmt.number(value, decimals, lang, t("value.missing", lang)),
                     fmt.signed(delta, decimals, lang)))
    section.items.append(KeyFigures(rows, t("kpi.reported", lang, reported=int(current["staffing_reported"]),
                                            total=int(current["municipalities"]))))
    indicator = MAP_INDICATORS[0]
    title = t("map.title", lang, indicator=t("ind." + indicator, lang), year=f.year)
    geojson = feature_collection(queries.map_geometry(con, f.county_codes))
    section.items.append(Chart("overview_map", charts.choropleth(municipalities, geojson, indicator, lang, title=title),
                               title, t("source.carried_note", lang), example))
    table, columns = tables.overview_table(municipalities)
    section.items.append(Table("overview_table", table, columns, t("table.title", lang)))
    return section


def capacity(con, f: ReportFilters) -> Section:
    """Kapacitet: the gap to the need norm on a map, ranked and against the population; the table."""
    from prevcap import capacity as cap
    from prevcap import charts_capacity

    lang = f.lang
    assessed = cap.assess(cap.capacity_year(con, f.county_codes, f.year), f.norm, f.weights)
    example = _frame_is_example(assessed)
    section = Section("capacity", t("nav.capacity", lang), t("cap.caption", lang, county=f.county_label, year=f.year,
                      base=fmt.number(f.norm.base_fte, 2, lang), per10k=fmt.number(f.norm.fte_per_10k, 2, lang)),
                      example)
    summary = cap.gap_summary(assessed)
    section.items.append(KeyFigures([
        (t("cap.kpi.short", lang), t("cap.kpi.of", lang, n=summary["short"], total=summary["municipalities"]), ""),
        (t("cap.kpi.shortfall", lang), f"{fmt.number(summary['shortfall_fte'], 2, lang)} {t('unit.fte', lang)}", ""),
        (t("cap.kpi.not_reported", lang), fmt.number(summary["not_reported"], 0, lang), ""),
        (t("cap.kpi.median_index", lang), fmt.number(summary["median_index"], 0, lang, t("value.missing", lang)), ""),
    ]))
    norm_line = export.norm_subtitle(f.norm.base_fte, f.norm.fte_per_10k, lang)  # as the page's exports
    unit = charts_capacity.gap_unit("fte", lang)
    geojson = feature_collection(queries.map_geometry(con, f.county_codes))
    title = t("cap.map.title", lang, year=f.year, unit=unit)
    section.items.append(Chart("capacity_map", charts_capacity.gap_map(assessed, geojson, lang, "fte", title=title),
                               title, _without_click_hint(t("cap.map.note", lang)), example, norm_line))
    title = t("cap.bars.title", lang, year=f.year, unit=unit)
    section.items.append(Chart("capacity_bars", charts_capacity.gap_bars(assessed, lang, "fte", title=title),
                               title, "", example, norm_line))
    title = t("cap.scatter.title", lang, year=f.year)
    section.items.append(Chart("capacity_scatter", charts_capacity.norm_scatter(assessed, f.norm, lang, title=title),
                               title, t("cap.scatter.note", lang), example, norm_line))
    table, columns = cap.capacity_table(assessed, lang, links=False)  # paper: no links into the dashboard
    section.items.append(Table("capacity_table", table, columns, t("cap.table.title", lang), t("cap.table.note", lang)))
    return section


def _without_click_hint(note: str) -> str:
    """A page's note without its last sentence when that tells the reader to click (paper cannot)."""
    sentences = note.rstrip().split(". ")
    if len(sentences) > 1 and any(word in sentences[-1].lower() for word in ("klicka", "click")):
        return ". ".join(sentences[:-1]) + "."
    return note


def collaboration(con, f: ReportFilters) -> Section:
    """Samverkan: every kind of link, the page's default period, the link map, partners and matrix."""
    from prevcap import charts_network, network

    lang = f.lang
    first_year, last_year = network.link_years(con)
    period = (max(first_year, min(f.year, last_year) - 2), min(f.year, last_year))
    kinds = tuple(sorted(network.LINK_KINDS))
    nodes = network.network_nodes(con, f.county_codes)
    links = network.drop_weak_co_attendance(network.period_links(con, f.county_codes, period[0], period[1], kinds),
                                            DEFAULT_MIN_SHARED_EVENTS)
    graph = network.link_graph(nodes, links)
    summary = network.network_summary(graph)
    partners = network.partners_per_municipality(graph)
    example = bool(links["is_example"].any()) if len(links) else False
    period_text = f"{period[0]}–{period[1]}" if period[0] != period[1] else str(period[0])
    section = Section("collaboration", t("nav.collaboration", lang), t("network.intro", lang, county=f.county_label),
                      example)
    section.items.append(KeyFigures([
        (t("network.kpi.pairs", lang), fmt.number(summary["pairs"], 0, lang), ""),
        (t("network.kpi.with_partner", lang),
         t("network.kpi.of", lang, n=summary["with_partner"], total=summary["municipalities"]), ""),
        (t("network.kpi.without_partner", lang), fmt.number(summary["without_partner"], 0, lang), ""),
        (t("network.kpi.cross_border", lang), fmt.number(summary["cross_border_pairs"], 0, lang), ""),
        (t("network.kpi.groups", lang), fmt.number(summary["groups"], 0, lang), ""),
    ]))
    # as the page's exports say under their title: the kinds shown and the co-attendance threshold
    export_note = t("network.export.subtitle", lang, kinds=", ".join(t(f"network.kind.{kind}", lang)
                                                                     for kind in network.LINK_KINDS),
                    min_events=DEFAULT_MIN_SHARED_EVENTS)
    settings = t("export.report.settings", lang, settings=", ".join(
        [t("network.filter.period", lang) + " " + period_text,
         t("network.filter.min_events", lang) + " " + str(DEFAULT_MIN_SHARED_EVENTS)]))
    section.items.append(Text(settings))
    title = t("network.map.title", lang, county=f.county_label, period=period_text)
    geojson = feature_collection(queries.map_geometry(con, network.county_codes_of(nodes)))
    section.items.append(Chart("network_map", charts_network.link_map(nodes, links, partners, geojson, lang,
                                                                      title=title),
                               title, t("network.map.note", lang, min_events=DEFAULT_MIN_SHARED_EVENTS) + " "
                               + t("network.sources", lang), example, export_note))
    isolated = network.without_partner(graph)
    section.items.append(Text(t("network.without.list", lang, names=", ".join(isolated)) if isolated
                              else t("network.without.none", lang)))
    title = t("network.partners.title", lang, period=period_text)
    section.items.append(Chart("network_partners", charts_network.partners_bar(partners, lang, title=title),
                               title, "", example, export_note))
    title = t("network.matrix.title", lang, period=period_text)
    section.items.append(Chart("network_matrix", charts_network.link_matrix_heatmap(
        network.link_matrix(graph), network.county_of(graph), t("network.unit.sum", lang), lang, title=title),
        title, t("network.matrix.note", lang), example, export_note))
    pairs, pair_columns = network.pairs_display(network.strongest_pairs(graph, top=10))
    section.items.append(Table("network_strongest", pairs, pair_columns, t("network.strongest.title", lang),
                               t("network.strongest.note", lang)))
    crossing, crossing_columns = network.pairs_display(network.cross_border_pairs(graph))
    section.items.append(Table("network_cross_border", crossing, crossing_columns, t("network.cross.title", lang),
                               t("network.cross.note", lang)))
    section.items.append(Text(t("network.definitions", lang)))
    return section


def events(con, f: ReportFilters) -> Section:
    """Evenemang: every year with events, by type; participation; who stays away; the inspiration day."""
    from prevcap import charts_network, network

    lang = f.lang
    period = network.event_years(con)
    period_text = f"{period[0]}–{period[1]}" if period[0] != period[1] else str(period[0])
    by_year = network.events_by_year(con, f.county_codes, period[0], period[1])
    participation = network.participation(con, f.county_codes, period[0], period[1])
    record = network.classify_attendance(network.attendance_record(con, f.county_codes, period[0], period[1]))
    editions = network.inspiration_days(con)
    example = bool(by_year["is_example"].any() or record["is_example"].any() or editions["is_example"].any())
    section = Section("events", t("nav.events", lang), t("events.intro", lang, county=f.county_label), example)
    title = t("events.over_time.chart", lang, county=f.county_label, period=period_text)
    section.items.append(Chart("events_over_time", charts_network.events_over_time(by_year, "event_type", lang,
                                                                                   title=title),
                               title, t("events.over_time.note", lang), example))
    measure = "participants"
    title = t("events.participation.chart", lang, measure=t(f"events.measure.{measure}", lang), period=period_text)
    section.items.append(Chart("events_participation", charts_network.participation_heatmap(participation, measure,
                                                                                            lang, title=title),
                               title, t("events.participation.note", lang), example))
    counts = network.attendance_counts(record)
    section.items.append(Text(t("events.rarely.summary", lang, never=counts["never"], rarely=counts["rarely"],
                                period=period_text, share=int(network.RARELY_SHARE * 100))))
    title = t("events.rarely.chart", lang, period=period_text)
    section.items.append(Chart("events_attendance_share", charts_network.attendance_share_bar(
        record, network.RARELY_SHARE, lang, title=title), title,
        t("events.rarely.note", lang, share=int(network.RARELY_SHARE * 100)), example))
    absent, absent_columns = network.attendance_display(network.never_or_rarely(record), lang)
    section.items.append(Table("events_never_or_rarely", absent, absent_columns, t("events.rarely.title", lang)))
    nodes = network.network_nodes(con, f.county_codes)
    geojson = feature_collection(queries.map_geometry(con, network.county_codes_of(nodes)))
    title = t("events.inspiration.map", lang)
    section.items.append(Chart("events_inspiration_map", charts_network.inspiration_map(
        nodes, network.host_labels(editions), geojson, lang, title=title), title,
        t("events.inspiration.intro", lang), example))
    title = t("events.inspiration.history", lang)
    section.items.append(Chart("events_inspiration_history", charts_network.inspiration_history(editions, lang,
                                                                                                title=title),
                               title, "", example))
    table, columns = network.inspiration_display(editions, lang)
    section.items.append(Table("events_inspiration_table", table, columns, t("events.inspiration.title", lang),
                               t("events.inspiration.source", lang)))
    return section


def funding(con, f: ReportFilters) -> Section:
    """Finansiering: every area, amounts by source over the years, per inhabitant, external share."""
    from prevcap import charts_network, network

    lang = f.lang
    areas = tuple(sorted(network.FUNDING_AREAS))
    by_source = network.funding_by_source(con, f.county_codes, areas)
    by_county = network.funding_by_county(con, f.county_codes, areas)
    table = network.funding_table(network.funding_by_municipality(con, f.county_codes, f.year, areas))
    example = bool(by_source["is_example"].any() or by_county["is_example"].any())
    section = Section("funding", t("nav.funding", lang), t("funding.intro", lang, county=f.county_label), example)
    export_note = t("funding.export.subtitle", lang, areas=", ".join(t(f"funding.area.{area}", lang) for area in areas))
    if by_source.empty:
        section.items.append(Text(t("funding.none", lang)))
        return section
    kpis = network.funding_kpis(by_county, f.year)
    missing = t("value.missing", lang)
    with_unit = lambda value, decimals, unit: (fmt.number(value, decimals, lang) + " " + unit  # noqa: E731
                                               if value is not None else missing)
    section.items.append(KeyFigures([
        (t("funding.kpi.total", lang, year=f.year), with_unit(kpis["amount_msek"], 1, t("funding.unit.msek", lang)), ""),
        (t("funding.kpi.per_inhabitant", lang, year=f.year),
         with_unit(kpis["sek_per_inhabitant"], 0, t("funding.unit.sek", lang)), ""),
        (t("funding.kpi.external_share", lang, year=f.year), with_unit(kpis["external_share_pct"], 0, "%"), ""),
        (t("funding.kpi.reporting", lang, year=f.year), t("network.kpi.of", lang, n=kpis["municipalities_reporting"],
                                                           total=network.municipality_count(con, f.county_codes)), ""),
    ]))
    measure = "amount_sek"
    title = t("funding.by_source.chart", lang, measure=t(f"funding.measure.{measure}", lang), county=f.county_label)
    section.items.append(Chart("funding_by_source", charts_network.funding_by_source_chart(by_source, measure, lang,
                                                                                           title=title),
                               title, t("funding.by_source.note", lang), example, export_note))
    title = t("funding.county.share", lang)
    section.items.append(Chart("funding_external_share", charts_network.county_lines(by_county, "external_share_pct",
                                                                                     lang, title=title),
                               title, "", example, export_note))
    title = t("funding.county.per_inhabitant", lang)
    section.items.append(Chart("funding_county_per_inhabitant", charts_network.county_lines(
        by_county, "sek_per_inhabitant", lang, title=title), title, "", example, export_note))
    title = t("funding.municipality.chart", lang, year=f.year)
    if table.empty:
        section.items.append(Text(t("funding.municipality.none", lang, year=f.year)))
    else:
        section.items.append(Chart("funding_per_municipality", charts_network.funding_per_municipality_chart(
            table, lang, title=title), title, "", example, export_note))
        funding_table, funding_columns = network.funding_display(table)
        section.items.append(Table("funding_table", funding_table, funding_columns, title, t("funding.note", lang)))
    return section


def method(con, f: ReportFilters) -> Section:
    """Metod: how every figure is computed, the norm, the gap, the index, what the data cannot tell."""
    from prevcap import capacity as cap

    lang = f.lang
    section = Section("method", t("cap.method.title", lang), t("cap.method.intro", lang))
    section.items += [Text("## " + t("cap.method.indicators", lang)),
                      Text(cap.method_indicator_text(lang)),
                      Text(t("cap.method.missing", lang)),
                      Text("## " + t("cap.method.norm", lang)),
                      Text(t("cap.method.norm_text", lang, base=fmt.number(f.norm.base_fte, 2, lang),
                             per10k=fmt.number(f.norm.fte_per_10k, 2, lang)))]
    table, columns = cap.norm_examples(f.norm, lang)
    section.items += [Table("method_norm_examples", table, columns, t("cap.method.norm", lang)),
                      Text(t("cap.method.gap_text", lang)),
                      Text("## " + t("cap.method.index", lang)),
                      Text(t("cap.method.index_text", lang,
                             min_share=fmt.number(cap.MIN_WEIGHT_SHARE * 100, 0, lang))),
                      Text(cap.index_component_text(lang))]
    table, columns = cap.index_component_table(f.weights, lang)
    section.items += [Table("method_index", table, columns, t("cap.method.index", lang)),
                      Text(t("cap.method.index_example", lang)),
                      Text("## " + t("cap.method.similar", lang)),
                      Text(t("cap.method.similar_text", lang)),
                      Text(t("export.report.municipality_note", lang)),
                      Text("## " + t("cap.method.limits", lang)),
                      Text(t("cap.method.limits_text", lang))]
    return section


def sources(con, f: ReportFilters) -> Section:
    """Källor: every data set in the warehouse (meta.datasets), real or example, with its date."""
    from prevcap import capacity as cap

    lang = f.lang
    sets = queries.datasets(con)
    section = Section("sources", t("export.report.sources_title", lang), source_line(con, lang) + ".",
                      bool((sets["origin"] == "example").any()))
    table, columns = cap.sources_table(sets, lang)
    section.items += [Table("method_sources", table, columns, t("cap.method.sources", lang)),
                      Text(t("cap.method.sources_text", lang))]
    return section


AREAS: tuple[Callable[[object, ReportFilters], Section], ...] = (
    overview, capacity, collaboration, events, funding, method, sources)


def build_sections(con, filters: ReportFilters, areas=AREAS) -> list[Section]:
    """Every area's section for the selection, in the report's order."""
    return [area(con, filters) for area in areas]


def outline(con, county_codes: tuple[str, ...], year: int, lang: str) -> list[tuple[str, int, int]]:
    """(section title, charts, tables) of the report for a selection: the Rapport page's preview.
    A query function (con first, hashable arguments), so that the page caches it with ui.query."""
    filters = report_filters(con, county_codes, year, lang)
    return [(section.title, len(section.charts()), len(section.tables())) for section in build_sections(con, filters)]


def count_text(charts: int, tables: int, lang: str) -> str:
    """'3 diagram, 1 tabell'; 'text' for a section of text only."""
    parts = [t(f"export.report.{kind}.{'one' if n == 1 else 'many'}", lang, n=n)
             for kind, n in (("charts", charts), ("tables", tables)) if n]
    return ", ".join(parts) or t("export.report.text_only", lang)


def contents_markdown(outline_rows: list[tuple[str, int, int]], lang: str) -> str:
    """The outline as a numbered Markdown list: '1. **Översikt**: 1 diagram, 1 tabell'."""
    return "\n".join(f"1. **{title}**: {count_text(charts, tables, lang)}" for title, charts, tables in outline_rows)
