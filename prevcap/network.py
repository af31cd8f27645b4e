"""The joint work of the municipalities: query functions for the Samverkan, Evenemang and
Finansiering pages, and the network measures (networkx), as pure functions of their frames.

Query functions take a DuckDB connection and hashable arguments (the pages cache them with
ui.query); everything else is data frame in, data frame (or list) out.
"""
from __future__ import annotations

import networkx as nx
import pandas as pd

from core import fmt
from core.i18n import t, texts

# The kinds of link, in the order the legend and the tables list them.
LINK_KINDS = ("shared_post", "joint_agreement", "police_area", "co_attendance")
# Kinds with one row per year in marts.network_links (the others run over a period or are undated).
YEARLY_KINDS = ("shared_post", "co_attendance")
FUNDERS = ("kommun", "lansstyrelsen", "fohm", "bra", "annan")
FUNDING_AREAS = ("brott", "andt", "bada")
# A municipality that attended fewer than this share of its county's events attends rarely.
RARELY_SHARE = 0.25


_SWEDISH_LETTERS = str.maketrans({"å": "{", "ä": "|", "ö": "}", "é": "e", "ü": "y"})


def swedish_key(name: str) -> str:
    """Sorts names as a Swedish reader expects: å, ä, ö after z, in that order."""
    return name.lower().translate(_SWEDISH_LETTERS)


def _by_name(frame: pd.DataFrame, columns: list[str], ascending: list[bool] | bool = True) -> pd.DataFrame:
    names = {"municipality_name", "name_a", "name_b"}
    return frame.sort_values(columns, ascending=ascending, ignore_index=True,
                             key=lambda column: column.map(swedish_key) if column.name in names else column)


# --- queries: Samverkan ---------------------------------------------------------------------

def network_nodes(con, county_codes: tuple[str, ...]) -> pd.DataFrame:
    """Every municipality of the warehouse (partners may lie outside the chosen counties);
    `selected` marks those of the chosen counties."""
    return con.execute(
        "select municipality_code, municipality_name, county_code, county_name, centroid_lon, centroid_lat, "
        "police_area, county_code in (select unnest(?::varchar[])) as selected "
        "from marts.network_nodes order by municipality_code",
        [list(county_codes)],
    ).df()


def period_links(con, county_codes: tuple[str, ...], first_year: int, last_year: int,
                 kinds: tuple[str, ...]) -> pd.DataFrame:
    """One row per pair and kind with at least one end in the chosen counties, for the period.

    The weight is the sum over the period: shared post-years, joint agreements in force,
    1 for a shared police area, shared events for co-attendance. Undated links (NULL years)
    count in every period; a link with only an end or a start is open on the other side."""
    return con.execute(
        """
        with chosen as (
            select l.*
            from marts.network_links l
            where l.kind in (select unnest(?::varchar[]))
              and coalesce(l.start_year, ?) <= ?
              and coalesce(l.end_year, ?) >= ?
        ),
        pairs as (
            select municipality_a, municipality_b, kind,
                   sum(weight)::integer as weight,
                   string_agg(distinct label, '; ' order by label) as labels,
                   min(start_year) as first_year,
                   case when bool_or(end_year is null) then null else max(end_year) end as last_year,
                   bool_or(start_year is null and end_year is null) as undated,
                   bool_or(is_example) as is_example,
                   string_agg(distinct source, ' ; ' order by source) as sources
            from chosen
            group by municipality_a, municipality_b, kind
        ),
        final as (
            select p.*,
                   a.municipality_name as name_a, a.county_code as county_a,
                   a.centroid_lon as lon_a, a.centroid_lat as lat_a,
                   b.municipality_name as name_b, b.county_code as county_b,
                   b.centroid_lon as lon_b, b.centroid_lat as lat_b,
                   a.county_code <> b.county_code as crosses_county_border
            from pairs p
            join marts.network_nodes a on a.municipality_code = p.municipality_a
            join marts.network_nodes b on b.municipality_code = p.municipality_b
            where a.county_code in (select unnest(?::varchar[])) or b.county_code in (select unnest(?::varchar[]))
        )
        select * from final order by kind, municipality_a, municipality_b
        """,
        [list(kinds), last_year, last_year, first_year, first_year, list(county_codes), list(county_codes)],
    ).df()


def link_years(con) -> tuple[int, int]:
    """The first and last year the period slider offers: the warehouse's years."""
    first, last = con.execute("select min(year), max(year) from marts.years").fetchall()[0]
    return int(first), int(last)


# --- network measures (networkx) ------------------------------------------------------------

def drop_weak_co_attendance(links: pd.DataFrame, min_shared_events: int) -> pd.DataFrame:
    """Co-attendance links of fewer shared events than the threshold are left out (most
    municipalities meet at the big events, so a low threshold links nearly everyone)."""
    weak = (links["kind"] == "co_attendance") & (links["weight"] < min_shared_events)
    return links[~weak].reset_index(drop=True)


def link_graph(nodes: pd.DataFrame, links: pd.DataFrame) -> nx.Graph:
    """An undirected graph: every municipality a node, every linked pair one edge whose
    weight is the sum of its kinds' weights and whose `kinds` maps kind -> weight."""
    graph = nx.Graph()
    for node in nodes.itertuples():
        graph.add_node(node.municipality_code, name=node.municipality_name, county=node.county_code,
                       county_name=node.county_name, selected=bool(node.selected))
    for link in links.itertuples():
        a, b = link.municipality_a, link.municipality_b
        if graph.has_edge(a, b):
            graph[a][b]["weight"] += int(link.weight)
            graph[a][b]["kinds"][link.kind] = int(link.weight)
        else:
            graph.add_edge(a, b, weight=int(link.weight), kinds={link.kind: int(link.weight)})
    return graph


def _selected(graph: nx.Graph) -> list[str]:
    return sorted(code for code, data in graph.nodes(data=True) if data["selected"])


def partners_per_municipality(graph: nx.Graph) -> pd.DataFrame:
    """For each municipality of the chosen counties: its partners (distinct municipalities it
    is linked to, by any kind), how many lie in the other county, and its strength (the
    summed weight of its links). Most partners first."""
    strength = dict(graph.degree(weight="weight"))
    rows = []
    for code in _selected(graph):
        data = graph.nodes[code]
        neighbours = list(graph.neighbors(code))
        rows.append({
            "municipality_code": code, "municipality_name": data["name"], "county_name": data["county_name"],
            "partners": len(neighbours),
            "partners_other_county": sum(graph.nodes[n]["county"] != data["county"] for n in neighbours),
            "strength": int(strength[code]),
            "partner_names": ", ".join(sorted((graph.nodes[n]["name"] for n in neighbours), key=swedish_key)),
        })
    frame = pd.DataFrame(rows, columns=["municipality_code", "municipality_name", "county_name", "partners",
                                        "partners_other_county", "strength", "partner_names"])
    return _by_name(frame, ["partners", "strength", "municipality_name"], [False, False, True])


def without_partner(graph: nx.Graph) -> list[str]:
    """Names of the chosen counties' municipalities with no link at all, alphabetically."""
    return sorted((graph.nodes[code]["name"] for code in nx.isolates(graph) if graph.nodes[code]["selected"]),
                  key=swedish_key)


def cross_border_pairs(graph: nx.Graph) -> pd.DataFrame:
    """The linked pairs whose municipalities lie in different counties."""
    return _pairs(graph, lambda a, b: graph.nodes[a]["county"] != graph.nodes[b]["county"])


def strongest_pairs(graph: nx.Graph, top: int = 10) -> pd.DataFrame:
    """The `top` pairs with the highest summed weight (ties: more kinds first, then by name)."""
    return _pairs(graph, lambda a, b: True).head(top)


def _pairs(graph: nx.Graph, keep) -> pd.DataFrame:
    rows = []
    for a, b, data in graph.edges(data=True):
        if not keep(a, b):
            continue
        a, b = sorted((a, b))
        rows.append({
            "municipality_a": a, "municipality_b": b,
            "name_a": graph.nodes[a]["name"], "name_b": graph.nodes[b]["name"],
            "weight": data["weight"], "kind_count": len(data["kinds"]),
            **{f"weight_{kind}": data["kinds"].get(kind, 0) for kind in LINK_KINDS},
        })
    columns = ["municipality_a", "municipality_b", "name_a", "name_b", "weight", "kind_count",
               *(f"weight_{kind}" for kind in LINK_KINDS)]
    frame = pd.DataFrame(rows, columns=columns)
    return _by_name(frame, ["weight", "kind_count", "name_a", "name_b"], [False, False, True, True])


def network_summary(graph: nx.Graph) -> dict[str, int]:
    """Counts for the key figures: pairs linked, municipalities with and without partners,
    pairs across the county border, and the separate groups (connected components) the chosen
    counties' municipalities form."""
    selected = _selected(graph)
    touching = [(a, b) for a, b in graph.edges() if graph.nodes[a]["selected"] or graph.nodes[b]["selected"]]
    isolated = without_partner(graph)
    groups = nx.number_connected_components(graph.subgraph(selected)) if selected else 0
    return {
        "pairs": len(touching),
        "municipalities": len(selected),
        "with_partner": len(selected) - len(isolated),
        "without_partner": len(isolated),
        "cross_border_pairs": len(cross_border_pairs(graph)),
        "groups": groups,
    }


def link_matrix(graph: nx.Graph) -> pd.DataFrame:
    """Summed weight of every pair among the chosen counties' municipalities (0 = no link),
    rows and columns named and ordered by county, then name."""
    selected = sorted(_selected(graph), key=lambda c: (graph.nodes[c]["county"], swedish_key(graph.nodes[c]["name"])))
    matrix = nx.to_pandas_adjacency(graph, nodelist=selected, weight="weight", dtype=int)
    names = [graph.nodes[c]["name"] for c in selected]
    matrix.index, matrix.columns = names, names
    return matrix


def links_table(links: pd.DataFrame) -> pd.DataFrame:
    """The links as the table lists them: strongest first within each kind."""
    order = {kind: i for i, kind in enumerate(LINK_KINDS)}
    frame = links.assign(kind_order=links["kind"].map(order))
    frame = _by_name(frame, ["kind_order", "weight", "name_a", "name_b"], [True, False, True, True])
    return frame.drop(columns="kind_order")


# --- queries: Evenemang ---------------------------------------------------------------------

def event_years(con) -> tuple[int, int]:
    first, last = con.execute("select min(year), max(year) from marts.events where has_attendance").fetchall()[0]
    return int(first), int(last)


def events_by_year(con, county_codes: tuple[str, ...], first_year: int, last_year: int) -> pd.DataFrame:
    """Events per year, type and topic that a municipality of the counties attended or hosted,
    with the counties' participants."""
    return con.execute(
        """
        with chosen as (
            select e.* from marts.events e
            where e.year between ? and ?
              and (e.host_county_code in (select unnest(?::varchar[]))
                   or exists (select 1 from marts.event_attendance a
                              where a.event_id = e.event_id and a.county_code in (select unnest(?::varchar[]))))
        ),
        participants as (
            select event_id, sum(participants) as participants from marts.event_attendance
            where county_code in (select unnest(?::varchar[])) group by event_id
        ),
        final as (
            select c.year, c.event_type, c.topic, count(*) as events,
                   coalesce(sum(p.participants), 0)::integer as participants,
                   bool_or(c.is_example) as is_example
            from chosen c left join participants p using (event_id)
            group by c.year, c.event_type, c.topic
        )
        select * from final order by year, event_type, topic
        """,
        [first_year, last_year, list(county_codes), list(county_codes), list(county_codes)],
    ).df()


def participation(con, county_codes: tuple[str, ...], first_year: int, last_year: int) -> pd.DataFrame:
    """Participants per municipality and year (also per 1,000 inhabitants), for the years with events."""
    return con.execute(
        "select municipality_code, municipality_name, county_code, county_name, year, "
        "participants, participants_per_1000, "
        "events_attended, events_in_year, population, population_carried, has_example_data "
        "from marts.municipality_year "
        "where county_code in (select unnest(?::varchar[])) and year between ? and ? and events_in_year is not null "
        "order by county_code, municipality_name, year",
        [list(county_codes), first_year, last_year],
    ).df().pipe(_by_name, ["county_code", "municipality_name", "year"])


def attendance_record(con, county_codes: tuple[str, ...], first_year: int, last_year: int) -> pd.DataFrame:
    """Per municipality over the period: the events of its county (events at least one
    municipality of the county attended), how many of them it attended, the share, its
    participants, and the last year it attended at all."""
    return con.execute(
        """
        with period_attendance as (
            select * from marts.event_attendance where year between ? and ?
        ),
        county_events as (
            select county_code, count(distinct event_id) as county_events
            from period_attendance group by county_code
        ),
        own as (
            select municipality_code, count(distinct event_id) as events_attended,
                   sum(participants)::integer as participants, max(year) as last_attended_year,
                   bool_or(is_example) as is_example
            from period_attendance group by municipality_code
        ),
        ever as (
            select municipality_code, max(year) as last_attended_ever from marts.event_attendance group by all
        ),
        final as (
            select n.municipality_code, n.municipality_name, n.county_name,
                   coalesce(ce.county_events, 0)::integer as county_events,
                   coalesce(o.events_attended, 0)::integer as events_attended,
                   coalesce(o.events_attended, 0) / nullif(ce.county_events, 0) as attended_share,
                   coalesce(o.participants, 0)::integer as participants,
                   o.last_attended_year, ev.last_attended_ever,
                   coalesce(o.is_example, false) as is_example
            from marts.network_nodes n
            left join county_events ce using (county_code)
            left join own o using (municipality_code)
            left join ever ev using (municipality_code)
            where n.county_code in (select unnest(?::varchar[]))
        )
        select * from final order by attended_share nulls first, municipality_name
        """,
        [first_year, last_year, list(county_codes)],
    ).df()


def inspiration_days(con) -> pd.DataFrame:
    """Every inspiration day with its host: the joint event of both county boards, in full."""
    return con.execute(
        "select event_id, event_date, year, title, host_code, host_name, host_lon, host_lat, "
        "municipalities_attending, participants, is_example, origin, source "
        "from marts.events where event_type = 'inspirationsdag' order by event_date",
    ).df()


def classify_attendance(record: pd.DataFrame, rarely_share: float = RARELY_SHARE) -> pd.DataFrame:
    """Adds `attendance_class`: 'never' (no event in the period), 'rarely' (under the share),
    'regularly'; 'no_events' when the county had no events in the period."""
    def classify(row) -> str:
        if row.county_events == 0:
            return "no_events"
        if row.events_attended == 0:
            return "never"
        return "rarely" if row.attended_share < rarely_share else "regularly"

    return record.assign(attendance_class=[classify(row) for row in record.itertuples()])


def never_or_rarely(record: pd.DataFrame) -> pd.DataFrame:
    classified = classify_attendance(record)
    return classified[classified["attendance_class"].isin(["never", "rarely"])].reset_index(drop=True)


def host_labels(editions: pd.DataFrame) -> pd.DataFrame:
    """One row per host municipality: its position and the years it hosted ("2016, 2024")."""
    hosted = editions.dropna(subset=["host_code"])
    rows = []
    for code, group in hosted.groupby("host_code", sort=True):
        rows.append({"host_code": code, "host_name": group["host_name"].iloc[0],
                     "host_lon": group["host_lon"].iloc[0], "host_lat": group["host_lat"].iloc[0],
                     "years": [int(y) for y in sorted(group["year"])],
                     "is_example": bool(group["is_example"].any())})
    return pd.DataFrame(rows, columns=["host_code", "host_name", "host_lon", "host_lat", "years", "is_example"])


# --- queries: Finansiering ------------------------------------------------------------------

def funding_years(con) -> tuple[int, int] | None:
    first, last = con.execute("select min(year), max(year) from marts.funding").fetchall()[0]
    return None if first is None else (int(first), int(last))


def funding_by_source(con, county_codes: tuple[str, ...], areas: tuple[str, ...]) -> pd.DataFrame:
    """Per year and funder for the chosen counties: the amount, and per inhabitant of the
    municipalities that reported funding that year (a missing report does not count as 0)."""
    return con.execute(
        """
        with chosen as (
            select * from marts.funding
            where county_code in (select unnest(?::varchar[])) and area in (select unnest(?::varchar[]))
        ),
        reporting as (
            -- per inhabitant only when every reporting municipality's population is known:
            -- dividing by part of them would inflate the figure
            select year, case when bool_and(population is not null) then sum(population) end as population_reporting,
                   count(*) as municipalities_reporting
            from (select distinct year, municipality_code, population from chosen) group by year
        ),
        final as (
            select c.year, c.funder, sum(c.amount_sek) as amount_sek,
                   r.population_reporting, r.municipalities_reporting,
                   sum(c.amount_sek) / r.population_reporting as sek_per_inhabitant,
                   bool_or(c.is_example) as is_example
            from chosen c join reporting r using (year)
            group by c.year, c.funder, r.population_reporting, r.municipalities_reporting
        )
        select * from final order by year, funder
        """,
        [list(county_codes), list(areas)],
    ).df()


def funding_by_county(con, county_codes: tuple[str, ...], areas: tuple[str, ...]) -> pd.DataFrame:
    """Per county and year: total, external (not the municipality's own budget), the share of
    external money, and funding per inhabitant of the reporting municipalities."""
    return con.execute(
        """
        with chosen as (
            select * from marts.funding
            where county_code in (select unnest(?::varchar[])) and area in (select unnest(?::varchar[]))
        ),
        municipality_totals as (
            select county_code, county_name, year, municipality_code, any_value(population) as population,
                   sum(amount_sek) as amount_sek, sum(amount_sek) filter (where is_external) as external_sek,
                   bool_or(is_example) as is_example
            from chosen group by county_code, county_name, year, municipality_code
        ),
        final as (
            select county_code, county_name, year, count(*) as municipalities_reporting,
                   (select count(*) from marts.network_nodes n where n.county_code = t.county_code) as municipalities,
                   -- per inhabitant only when every reporting municipality's population is known
                   case when bool_and(population is not null) then sum(population) end as population_reporting,
                   sum(amount_sek) as amount_sek, coalesce(sum(external_sek), 0) as external_sek,
                   coalesce(sum(external_sek), 0) / nullif(sum(amount_sek), 0) * 100 as external_share_pct,
                   case when bool_and(population is not null) then sum(amount_sek) / sum(population) end
                       as sek_per_inhabitant,
                   bool_or(is_example) as is_example
            from municipality_totals t group by county_code, county_name, year
        )
        select * from final order by county_code, year
        """,
        [list(county_codes), list(areas)],
    ).df()


def funding_by_municipality(con, county_codes: tuple[str, ...], year: int, areas: tuple[str, ...]) -> pd.DataFrame:
    """Per municipality and funder in one year (long form), with the municipality's population."""
    return con.execute(
        "select municipality_code, municipality_name, county_name, funder, sum(amount_sek) as amount_sek, "
        "any_value(population) as population, any_value(population_year) as population_year, "
        "sum(amount_sek) / any_value(population) as sek_per_inhabitant, bool_or(is_example) as is_example "
        "from marts.funding "
        "where county_code in (select unnest(?::varchar[])) and year = ? and area in (select unnest(?::varchar[])) "
        "group by municipality_code, municipality_name, county_name, funder "
        "order by municipality_code, funder",
        [list(county_codes), year, list(areas)],
    ).df()


def funding_table(by_funder: pd.DataFrame) -> pd.DataFrame:
    """One row per municipality: amount per funder, total, external, share external, per inhabitant."""
    columns = ["municipality_name", "county_name", "population", "population_year", *[f"sek_{f}" for f in FUNDERS],
               "amount_sek", "external_sek", "external_share_pct", "sek_per_inhabitant"]
    if by_funder.empty:
        return pd.DataFrame(columns=columns)
    # pivot on the code alone: a missing population must not drop the municipality
    amounts = by_funder.pivot_table(index="municipality_code", columns="funder", values="amount_sek",
                                    aggfunc="sum", fill_value=0)
    amounts = amounts.reindex(columns=list(FUNDERS), fill_value=0).add_prefix("sek_").reset_index()
    about = by_funder.drop_duplicates("municipality_code")[
        ["municipality_code", "municipality_name", "county_name", "population", "population_year"]]
    wide = about.merge(amounts, on="municipality_code")
    wide["amount_sek"] = wide[[f"sek_{f}" for f in FUNDERS]].sum(axis=1)
    wide["external_sek"] = wide["amount_sek"] - wide["sek_kommun"]
    wide["external_share_pct"] = wide["external_sek"] / wide["amount_sek"].where(wide["amount_sek"] > 0) * 100
    wide["sek_per_inhabitant"] = wide["amount_sek"] / wide["population"]
    wide = wide.sort_values(["sek_per_inhabitant", "municipality_name"], ascending=[False, True])
    return wide[columns].reset_index(drop=True)


# --- tables as the pages show and export them -------------------------------------------------
# Each returns (frame, {column: (header text key, number format)}), as prevcap.tables does.

def link_period_text(link, lang: str) -> str:
    """'2019–2021', 'från 2014', 'odaterad' for one row of period_links."""
    if link.undated:
        return t("network.period.undated", lang)
    first = None if pd.isna(link.first_year) else int(link.first_year)
    last = None if pd.isna(link.last_year) else int(link.last_year)
    if first is not None and last is None:
        return t("network.period.from", lang, year=first)
    if first is None:
        return t("network.period.until", lang, year=last)
    return str(first) if first == last else f"{first}–{last}"


def collaboration_label(label: str | None, lang: str) -> str:
    """A collaboration's kind as the source writes it, translated when the text is a known one."""
    if not isinstance(label, str) or not label:
        return ""
    key = "network.collab." + label
    return t(key, lang) if key in texts() else label


def link_basis_text(link, lang: str) -> str:
    """What a link rests on: the roles shared, the agreements, the police area; empty for co-attendance."""
    if not isinstance(link.labels, str) or not link.labels:
        return ""
    parts = link.labels.split("; ")
    if link.kind == "shared_post":
        return "; ".join(t(f"network.role.{role}", lang) for part in parts for role in part.split(", "))
    if link.kind == "joint_agreement":
        return "; ".join(collaboration_label(part, lang) for part in parts)
    return link.labels


def links_display(links: pd.DataFrame, lang: str):
    ordered = links_table(links)
    frame = pd.DataFrame({
        "name_a": ordered["name_a"], "name_b": ordered["name_b"],
        "kind": [t(f"network.kind.{kind}", lang) for kind in ordered["kind"]],
        "weight": ordered["weight"],
        "unit": [t(f"network.unit_one.{kind}" if weight == 1 else f"network.unit.{kind}", lang)
                 for kind, weight in zip(ordered["kind"], ordered["weight"])],
        "period": [link_period_text(link, lang) for link in ordered.itertuples()],
        "basis": [link_basis_text(link, lang) for link in ordered.itertuples()],
        "crosses_county_border": [t("network.value.yes" if crosses else "network.value.no", lang)
                                  for crosses in ordered["crosses_county_border"]],
        "sources": ordered["sources"].fillna(""),
        "is_example": [t("network.value.yes" if example else "network.value.no", lang)
                       for example in ordered["is_example"]],
    })
    columns = {"name_a": ("network.col.municipality_a", None), "name_b": ("network.col.municipality_b", None),
               "kind": ("network.col.kind", None), "weight": ("network.col.weight", "localized"),
               "unit": ("network.col.unit", None), "period": ("network.col.period", None),
               "basis": ("network.col.basis", None), "crosses_county_border": ("network.col.crosses", None),
               "sources": ("network.col.source", None), "is_example": ("col.example", None)}
    return frame, columns


def partners_display(partners: pd.DataFrame):
    columns = {"municipality_name": ("col.municipality", None), "county_name": ("col.county", None),
               "partners": ("network.col.partners", "localized"),
               "partners_other_county": ("network.col.partners_other_county", "localized"),
               "strength": ("network.col.strength", "localized"),
               "partner_names": ("network.col.partner_names", None)}
    return partners[list(columns)].reset_index(drop=True), columns


def pairs_display(pairs: pd.DataFrame):
    columns = {"name_a": ("network.col.municipality_a", None), "name_b": ("network.col.municipality_b", None),
               "weight": ("network.col.total_weight", "localized"),
               "kind_count": ("network.col.kind_count", "localized"),
               **{f"weight_{kind}": (f"network.col.weight_{kind}", "localized") for kind in LINK_KINDS}}
    return pairs[list(columns)].reset_index(drop=True), columns


def attendance_display(record: pd.DataFrame, lang: str):
    classified = record if "attendance_class" in record else classify_attendance(record)
    frame = pd.DataFrame({
        "municipality_name": classified["municipality_name"], "county_name": classified["county_name"],
        "attendance_class": [t(f"events.class.{c}", lang) for c in classified["attendance_class"]],
        "events_attended": classified["events_attended"], "county_events": classified["county_events"],
        "attended_pct": (classified["attended_share"] * 100).round(0),
        "participants": classified["participants"],
        "last_attended_ever": classified["last_attended_ever"],
    })
    columns = {"municipality_name": ("col.municipality", None), "county_name": ("col.county", None),
               "attendance_class": ("events.col.class", None),
               "events_attended": ("events.col.attended", "localized"),
               "county_events": ("events.col.county_events", "localized"),
               "attended_pct": ("events.col.share", "%.0f %%"),
               "participants": ("events.col.participants", "localized"),
               "last_attended_ever": ("events.col.last_attended", "%d")}
    return frame, columns


def inspiration_display(editions: pd.DataFrame, lang: str):
    frame = pd.DataFrame({
        "year": editions["year"], "event_date": editions["event_date"].astype(str),
        "host_name": editions["host_name"].fillna(t("events.host.none", lang)),
        "municipalities_attending": editions["municipalities_attending"],
        "participants": editions["participants"],
        "origin": [t(f"events.origin.{o}", lang) for o in editions["origin"]],
    })
    columns = {"year": ("events.col.year", "%d"), "event_date": ("events.col.date", None),
               "host_name": ("events.col.host", None),
               "municipalities_attending": ("events.col.municipalities", "localized"),
               "participants": ("events.col.participants", "localized"), "origin": ("events.col.origin", None)}
    return frame, columns


def funding_display(table: pd.DataFrame):
    columns = {"municipality_name": ("col.municipality", None), "county_name": ("col.county", None),
               "population": ("col.population", "localized"), "population_year": ("col.population_year", "%d"),
               **{f"sek_{funder}": (f"funding.col.{funder}", "localized") for funder in FUNDERS},
               "amount_sek": ("funding.col.total", "localized"), "external_sek": ("funding.col.external", "localized"),
               "external_share_pct": ("funding.col.external_share", "%.0f %%"),
               "sek_per_inhabitant": ("funding.col.per_inhabitant", "localized")}
    frame = table[list(columns)].copy()
    frame["external_share_pct"] = frame["external_share_pct"].round(0)
    frame["sek_per_inhabitant"] = frame["sek_per_inhabitant"].round(0)
    return frame.reset_index(drop=True), columns


# --- small summaries the pages show -------------------------------------------------------------

def county_codes_of(nodes: pd.DataFrame) -> tuple[str, ...]:
    """Every county of the nodes: the map shows them all, since partners may lie outside the selection."""
    return tuple(sorted(nodes["county_code"].unique()))


def county_of(graph: nx.Graph) -> dict[str, str]:
    """Municipality name -> county code, for the county separators of the matrix."""
    return {data["name"]: data["county"] for _, data in graph.nodes(data=True)}


def attendance_counts(record: pd.DataFrame) -> dict[str, int]:
    classes = classify_attendance(record)["attendance_class"]
    return {cls: int((classes == cls).sum()) for cls in ("never", "rarely", "regularly", "no_events")}


def municipality_count(con, county_codes: tuple[str, ...]) -> int:
    return con.execute("select count(*) from marts.network_nodes where county_code in (select unnest(?::varchar[]))",
                       [list(county_codes)]).fetchall()[0][0]


def funding_kpis(by_county: pd.DataFrame, year: int) -> dict:
    """The chosen counties together in one year: total (million SEK), per inhabitant of the
    reporting municipalities, share external, and how many municipalities reported."""
    chosen = by_county[by_county["year"] == year]
    total = chosen["amount_sek"].sum()
    population_known = len(chosen) and chosen["population_reporting"].notna().all()
    return {
        "amount_msek": total / 1e6 if len(chosen) else None,
        "sek_per_inhabitant": total / chosen["population_reporting"].sum() if population_known else None,
        "external_share_pct": chosen["external_sek"].sum() / total * 100 if total else None,
        "municipalities_reporting": int(chosen["municipalities_reporting"].sum()),
    }


def kpi_text(value, decimals: int, unit: str, lang: str) -> str:
    """'49,9 kr', or 'saknas' (no unit) when the value is missing."""
    if value is None or pd.isna(value):
        return t("value.missing", lang)
    return f"{fmt.number(value, decimals, lang)} {unit}"
