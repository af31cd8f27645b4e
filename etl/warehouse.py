"""Writing to the DuckDB warehouse: always all or nothing.

Every write works on a copy of the warehouse file and swaps it in with one atomic rename
only after the data tests pass, so a failed load leaves the warehouse exactly as it was
and the dashboard, which reads the file, never waits for the ETL (nor the ETL for it).
"""
from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from pathlib import Path

import duckdb
import pandas as pd

from etl.checks import failing_tests
from etl.identifiers import quoted

SQL_DIR = Path(__file__).parent / "sql"


class DataTestsFailed(Exception):
    def __init__(self, failures: list[tuple[str, int]]):
        super().__init__("; ".join(f"{name} ({count})" for name, count in failures))
        self.failures = failures


@contextlib.contextmanager
def writing(path: Path, fresh: bool = False):
    """A connection to a private copy of the warehouse; swapped in on success, dropped on error."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, tmp_name = tempfile.mkstemp(prefix=path.name + ".tmp", dir=path.parent)
    os.close(handle)
    tmp = Path(tmp_name)
    tmp.unlink()
    try:
        if not fresh:
            shutil.copyfile(path, tmp)
        con = duckdb.connect(str(tmp))
        try:
            yield con
            failures = failing_tests(con)
            if failures:
                raise DataTestsFailed(failures)
            con.execute("checkpoint")
        finally:
            con.close()
        os.replace(tmp, path)
    finally:
        for leftover in (tmp, tmp.with_name(tmp.name + ".wal")):
            leftover.unlink(missing_ok=True)


def create_schema(con) -> None:
    con.execute((SQL_DIR / "schema.sql").read_text(encoding="utf-8"))


def refresh_marts(con) -> None:
    """marts.sql first, then the marts of each area (marts_*.sql), in name order."""
    for path in [SQL_DIR / "marts.sql", *sorted(SQL_DIR.glob("marts_*.sql"))]:
        con.execute(path.read_text(encoding="utf-8"))


STAGING_COLUMNS = {
    # kind -> (table, {staging column: record field})
    "staffing": ("staging.staffing", {"municipality_code": "municipality", "year": "year", "role": "role",
                                      "fte": "fte", "funded_by": "funded_by", "shared_with_code": "shared_with"}),
    "events": ("staging.events", {"event_id": "event_id", "event_date": "date", "title": "title",
                                  "event_type": "event_type", "organiser": "organiser", "host_code": "host",
                                  "topic": "topic", "source": "source"}),
    "attendance": ("staging.attendance", {"event_id": "event_id", "municipality_code": "municipality",
                                          "participants": "participants"}),
    "funding": ("staging.funding", {"municipality_code": "municipality", "year": "year", "funder": "funder",
                                    "area": "area", "amount_sek": "amount_sek"}),
    "collaborations": ("staging.collaborations", {"collaboration_id": "collaboration_id", "kind": "kind",
                                                  "start_date": "start", "end_date": "end", "detail": "detail",
                                                  "source": "source"}),
    "population": ("staging.population", {"municipality_code": "municipality", "year": "year",
                                          "population": "population", "quality": "quality", "source": "source"}),
    "law_status": ("staging.law_status", {"municipality_code": "municipality", "year": "year",
                                          "coordinating_function": "coordinating_function",
                                          "lagesbild": "lagesbild", "atgardsplan": "atgardsplan"}),
}


@contextlib.contextmanager
def registered(con, frame: pd.DataFrame, view: str = "incoming"):
    """The data frame as a view that SQL can read, for the length of the block."""
    con.register(view, frame)
    try:
        yield quoted(view)
    finally:
        con.unregister(view)


def insert(con, table: str, frame: pd.DataFrame, select: str = "*") -> None:
    """Insert a data frame's rows by column name; `select` may transform them on the way."""
    with registered(con, frame) as incoming:
        con.execute(f"insert into {quoted(table)} by name select {select} from {incoming}")


def key_columns(con, table: str) -> list[str]:
    schema, name = table.split(".")
    row = con.execute(
        "select constraint_column_names from duckdb_constraints() "
        "where schema_name = ? and table_name = ? and constraint_type = 'PRIMARY KEY'",
        [schema, name],
    ).fetchall()[0]
    return list(row[0])


def upsert(con, table: str, frame: pd.DataFrame) -> tuple[int, int]:
    """Insert rows; a row whose key exists replaces the old one. Returns (new, replaced)."""
    on = " and ".join(f"t.{quoted(k)} = i.{quoted(k)}" for k in key_columns(con, table))
    with registered(con, frame) as incoming:
        replaced = con.execute(f"select count(*) from {quoted(table)} t join {incoming} i on {on}").fetchall()[0][0]
        con.execute(f"delete from {quoted(table)} t using {incoming} i where {on}")
    insert(con, table, frame)
    return len(frame) - replaced, replaced


def write_records(con, kind: str, records: list[dict], origin: str, source_file: str) -> tuple[int, int]:
    table, mapping = STAGING_COLUMNS[kind]
    frame = pd.DataFrame({column: [r.get(field) for r in records] for column, field in mapping.items()})
    frame["origin"] = origin
    frame["source_file"] = source_file
    if kind == "collaborations":
        frame["source"] = frame["source"].fillna(source_file)
        members = pd.DataFrame(
            [(r["collaboration_id"], code) for r in records for code in r["municipalities"]],
            columns=["collaboration_id", "municipality_code"],
        )
        with registered(con, frame[["collaboration_id"]]) as incoming:
            con.execute("delete from staging.collaboration_members "
                        f"where collaboration_id in (select collaboration_id from {incoming})")
        result = upsert(con, table, frame)
        insert(con, "staging.collaboration_members", members)
        return result
    return upsert(con, table, frame)


def record_dataset(con, dataset: str, origin: str, source_file: str, source: str, source_date: str | None) -> None:
    """Note in meta.datasets how many rows of a data set came from which file."""
    table, _ = STAGING_COLUMNS.get(dataset, (f"staging.{dataset}", None))
    rows = con.execute(f"select count(*) from {quoted(table)} where source_file = ?", [source_file]).fetchall()[0][0]
    con.execute("delete from meta.datasets where dataset = ? and source_file = ?", [dataset, source_file])
    con.execute("insert into meta.datasets values (?, ?, ?, ?, ?, ?)",
                [dataset, origin, source_file, rows, source, source_date])
