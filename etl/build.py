"""`python -m etl build` and `python -m etl load`: files in, warehouse out, all or nothing."""
from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from etl import reference, reference_network
from etl.kinds import KINDS
from etl.readers import UnreadableFile, read_sheet
from etl.validate import Context, MunicipalityIndex, Problem, validate
from etl.warehouse import create_schema, insert, record_dataset, refresh_marts, writing, write_records
from prevcap.config import EXAMPLE_DIR, Scope

# Example data is loaded in this order, so attendance finds its events.
LOAD_ORDER = ("events", "attendance", "staffing", "funding", "collaborations", "law_status", "population")


@dataclass
class LoadResult:
    kind: str
    file: Path
    problems: list[Problem] = field(default_factory=list)
    rows: int = 0
    new: int = 0
    replaced: int = 0
    ignored_columns: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def _context(con, scope: Scope) -> Context:
    in_scope = [row[0] for row in con.execute("select municipality_code from staging.municipalities").fetchall()]
    events = frozenset(row[0] for row in con.execute("select event_id from staging.events").fetchall())
    return Context(MunicipalityIndex(reference.all_municipality_names(), in_scope),
                   scope.first_year, scope.last_year, events)


def _load_into(con, kind: str, path: Path, origin: str, scope: Scope) -> LoadResult:
    result = LoadResult(kind, path)
    try:
        sheet = read_sheet(path)
    except UnreadableFile as error:
        result.problems.append(Problem(None, None, error.reason, error.values))
        return result
    checked = validate(kind, sheet, _context(con, scope))
    result.ignored_columns = checked.ignored_columns
    if checked.problems:
        result.problems = checked.problems
        return result
    result.rows = len(checked.records)
    result.new, result.replaced = write_records(con, kind, checked.records, origin, path.name)
    source = "Exempeldata (prevcap, fast slumpfrö)" if origin == "example" else f"Inläst fil {path.name}"
    source_date = None if origin == "example" else dt.date.today().isoformat()
    record_dataset(con, kind, origin, path.name, source, source_date)
    return result


class Rejected(Exception):
    def __init__(self, result: LoadResult):
        super().__init__(f"{result.file}: {len(result.problems)} problems")
        self.result = result


def load_file(db_path: Path, kind: str, path: Path, scope: Scope) -> LoadResult:
    """Validate and load one file; on any problem nothing is written and the problems are returned."""
    if kind not in KINDS:
        raise ValueError(kind)
    try:
        with writing(db_path) as con:
            result = _load_into(con, kind, Path(path), "loaded", scope)
            if not result.ok:
                raise Rejected(result)
            refresh_marts(con)
    except Rejected as rejected:
        return rejected.result
    return result


# --- reference data ---------------------------------------------------------------

def _stable_id(prefix: str, *parts: str) -> str:
    return prefix + hashlib.sha1("|".join(parts).encode()).hexdigest()[:10]


def load_reference(con, scope: Scope) -> None:
    counties = reference.counties(scope).assign(origin="reference", source_file=reference.COUNTY_FILE)
    insert(con, "staging.counties", counties)
    municipalities = reference.municipalities(scope)
    frame = pd.DataFrame(municipalities.drop(columns="geometry"))
    frame["geometry"] = municipalities.geometry.to_wkb()
    insert(con, "staging.municipalities", frame.assign(origin="reference", source_file=reference.BOUNDARY_FILE),
           select="* replace (st_geomfromwkb(geometry) as geometry)")
    record_dataset(con, "municipalities", "reference", reference.BOUNDARY_FILE, reference.BOUNDARY_SOURCE, None)
    in_scope = set(municipalities["municipality_code"])

    population = reference.read_reference_csv("population_scb.csv")
    population = population[population["municipality_code"].isin(in_scope)]
    insert(con, "staging.population", pd.DataFrame({
        "municipality_code": population["municipality_code"], "year": population["year"].astype(int),
        "population": population["population"].astype(int), "quality": population["quality"],
        "source": population["source"], "origin": "reference", "source_file": "population_scb.csv"}))
    record_dataset(con, "population", "reference", "population_scb.csv",
                   "SCB, Folkmängd 31 december (via regionfakta.com; några sekundära källor)",
                   _latest_update(population["source"]))

    police = reference.read_reference_csv("police_agreements.csv")
    police = police[police["municipality_code"].isin(in_scope) & ~police["kind"].str.startswith("any")]
    insert(con, "staging.police_agreements", pd.DataFrame({
        "agreement_id": [_stable_id("ref-", *row) for row in police[["municipality_code", "kind", "period"]].values],
        "municipality_code": police["municipality_code"], "kind": police["kind"], "period": police["period"],
        "detail": police["detail"], "source": police["source"],
        "origin": "reference", "source_file": "police_agreements.csv"}))
    record_dataset(con, "police_agreements", "reference", "police_agreements.csv",
                   "Polisen och kommunernas webbplatser (medborgarlöften, samverkansöverenskommelser)", None)

    collaborations = reference.read_reference_csv("collaborations_known.csv")
    members = collaborations["municipality_codes"].str.split(";")
    keep = members.map(lambda codes: len(set(codes) & in_scope) >= 2)
    collaborations, members = collaborations[keep], members[keep]
    ids = [_stable_id("ref-", row.municipality_codes, row.kind, row.start) for row in collaborations.itertuples()]
    insert(con, "staging.collaborations", pd.DataFrame({
        "collaboration_id": ids, "kind": collaborations["kind"],
        "start_date": collaborations["start"].map(lambda s: _period_date(s, False)),
        "end_date": collaborations["end"].map(lambda s: _period_date(s, True)),
        "detail": collaborations["detail"], "source": collaborations["source"],
        "origin": "reference", "source_file": "collaborations_known.csv"}))
    insert(con, "staging.collaboration_members", pd.DataFrame(
        [(cid, code) for cid, codes in zip(ids, members) for code in codes if code in in_scope],
        columns=["collaboration_id", "municipality_code"]))
    record_dataset(con, "collaborations", "reference", "collaborations_known.csv",
                   "Kommunernas och Brås webbplatser (dokumenterade gemensamma överenskommelser)", None)
    reference_network.load_police_areas(con, in_scope)

    events = reference.read_reference_csv("events_known.csv")
    events = events[events["host_municipality_code"].isin(in_scope)]
    insert(con, "staging.events", pd.DataFrame({
        "event_id": events["date"] + "-" + events["event_type"], "event_date": pd.to_datetime(events["date"]).dt.date,
        "title": events["title"], "event_type": events["event_type"], "organiser": events["organiser"],
        "host_code": events["host_municipality_code"],
        "topic": events["topic"].str.lower().map({"brott+andt": "bada", "andt": "andt", "brott": "brott"}),
        "source": events["source"], "origin": "reference", "source_file": "events_known.csv"}))
    record_dataset(con, "events", "reference", "events_known.csv", "Brå och Kalix kommun (dokumenterade evenemang)", None)

    mentions = reference.read_reference_csv("coordinators_mentioned.csv")
    mentions = mentions[mentions["municipality_code"].isin(in_scope) & (mentions["source"] != "")]
    insert(con, "staging.coordinator_mentions", pd.DataFrame({
        "municipality_code": mentions["municipality_code"], "role": mentions["role"],
        "year": pd.to_numeric(mentions["year"]).astype("Int64"), "source": mentions["source"],
        "origin": "reference", "source_file": "coordinators_mentioned.csv"}))


def _period_date(text: str, end: bool):
    from etl.validate import parse_date

    return parse_date(text, end_of_period=end) if text else None


def _latest_update(sources: pd.Series) -> str | None:
    """The newest 'uppd. YYYY-MM-DD' the sources mention: the population figures' date."""
    dates = sources.str.extract(r"uppd\. (\d{4}-\d{2}-\d{2})")[0].dropna()
    return dates.max() if len(dates) else None


def build(db_path: Path, scope: Scope, example_dir: Path = EXAMPLE_DIR, all_municipalities: bool = False) -> list[LoadResult]:
    """Build the warehouse anew from reference data and the example data set."""
    from etl.sample import sample_files, write_sample

    files = sample_files(example_dir)
    if not files:
        files = write_sample(example_dir, scope, all_municipalities=all_municipalities)
    results = []
    with writing(db_path, fresh=True) as con:
        create_schema(con)
        con.execute("insert into meta.scope values ('counties', ?), ('first_year', ?), ('last_year', ?)",
                    [",".join(scope.counties) if scope.counties else "all", str(scope.first_year), str(scope.last_year)])
        load_reference(con, scope)
        for kind in LOAD_ORDER:
            if kind in files:
                result = _load_into(con, kind, files[kind], "example", scope)
                results.append(result)
                if not result.ok:
                    raise Rejected(result)
        refresh_marts(con)
    return results
