"""Writing to the DuckDB warehouse: always all or nothing.

Every write works on a copy of the warehouse file and swaps it in with one atomic rename
only after every step and the data tests passed, so a failed load leaves the warehouse exactly
as it was and the dashboard, which reads the file, never waits for the ETL (nor the ETL for it).
The rows of a load go in through apply_batch(), the one way a batch reaches the staging tables,
whether it is loaded now or replayed from the ledger by a rebuild.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import stat
import tempfile
from pathlib import Path
from typing import Callable

import duckdb
import pandas as pd
import pyarrow as pa

from etl.checks import failing_tests
from etl.identifiers import quoted
from etl.kinds import KINDS
from etl.schema import staging_sql

SQL_DIR = Path(__file__).parent / "sql"
FORMAT_VERSION = "2"  # 2: built from the ledger (meta.build); 1: loads lived in the warehouse alone


class DataTestsFailed(Exception):
    def __init__(self, failures: list[tuple[str, int]]):
        super().__init__("; ".join(f"{name} ({count})" for name, count in failures))
        self.failures = failures


class WarehouseReadOnly(PermissionError):
    """The warehouse file, or its folder, is marked read-only: it is not replaced behind the owner's back."""

    def __init__(self, path: Path):
        super().__init__(f"read-only: {path}")
        self.path = path


def _marked_read_only(path: Path) -> bool:
    """No write permission in the file's mode bits, or for this user: judged by the mode too, so that a
    0444 file counts as read-only also for root, who could write it anyway."""
    return not (path.stat().st_mode & stat.S_IWUSR) or not os.access(path, os.W_OK)


def check_writable(path: Path) -> None:
    """Before any write: the warehouse file (when there is one) and its folder must be writable."""
    path = Path(path)
    if path.exists() and _marked_read_only(path):
        raise WarehouseReadOnly(path)
    folder = next((parent for parent in [path.parent, *path.parent.parents] if parent.exists()), None)
    if folder is not None and _marked_read_only(folder):
        raise WarehouseReadOnly(folder)


@contextlib.contextmanager
def writing(path: Path, fresh: bool = False, before_swap: Callable[[], None] | None = None):
    """A connection to a private copy of the warehouse; swapped in on success, dropped on error.

    `before_swap` runs after the data tests passed and the copy is closed, just before the rename:
    the ledger commits there, so that a batch is in the ledger only if its warehouse was good."""
    path = Path(path)
    check_writable(path)
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
        if before_swap is not None:
            before_swap()
        os.replace(tmp, path)
    finally:
        for leftover in (tmp, tmp.with_name(tmp.name + ".wal")):
            leftover.unlink(missing_ok=True)


def create_schema(con, first_year: int, last_year: int) -> None:
    con.execute((SQL_DIR / "schema.sql").read_text(encoding="utf-8"))
    con.execute(staging_sql(first_year, last_year))


def refresh_marts(con) -> None:
    """marts.sql first, then the marts of each area (marts_*.sql), in name order."""
    for path in [SQL_DIR / "marts.sql", *sorted(SQL_DIR.glob("marts_*.sql"))]:
        con.execute(path.read_text(encoding="utf-8"))


def as_arrow(frame: pd.DataFrame):
    """The frame as an Arrow table for DuckDB to read: it scans Arrow's columns about twice as fast as a
    data frame's (a million rows: 0.5 s against 1.0 s) and the conversion costs hundredths. A frame Arrow
    cannot hold as it is (mixed types in a column) is read as the data frame."""
    try:
        return pa.Table.from_pandas(frame, preserve_index=False)
    except (pa.ArrowException, TypeError, ValueError):
        return frame


@contextlib.contextmanager
def registered(con, frame: pd.DataFrame, view: str = "incoming"):
    """The data frame as a view that SQL can read, for the length of the block."""
    con.register(view, as_arrow(frame))
    try:
        yield quoted(view)
    finally:
        con.unregister(view)


def insert(con, table: str, frame: pd.DataFrame, select: str = "*") -> None:
    """Insert a data frame's rows by column name; `select` may transform them on the way."""
    with registered(con, frame) as incoming:
        con.execute(f"insert into {quoted(table)} by name select {select} from {incoming}")


def staging_frame(kind_name: str, records: list[dict]) -> pd.DataFrame:
    """Validated records as the staging table's columns (a collaboration's members as a list),
    with each row's spreadsheet row number."""
    kind = KINDS[kind_name]
    frame = pd.DataFrame(
        {
            column.column_name: pd.Series([r.get(column.name) for r in records], dtype=object)
            for column in kind.stored_columns
        }
    )
    if kind_name == "collaborations":
        frame["municipality_codes"] = pd.Series([list(r["municipalities"]) for r in records], dtype=object)
    frame["source_row"] = pd.Series([r.get("_row") for r in records], dtype="Int64")
    return frame


# --- one batch into the staging tables -----------------------------------------------------


def _pairs_sql(kind_name: str, rows: str) -> str:
    """(municipality_code, year) of the rows of a step-aside kind: what example rows make way for."""
    if KINDS[kind_name].step_aside == ("municipality", "event_year"):
        return (
            f"select distinct r.municipality_code, year(e.event_date) as year from {rows} r "
            "join staging.events e using (event_id)"
        )
    return f"select distinct municipality_code, year from {rows}"


def stepping_aside(con, kind_name: str, rows: str) -> int:
    """How many example rows the rows (a relation in staging columns) make step aside, their own
    keys included."""
    kind = KINDS[kind_name]
    if not kind.step_aside:
        return 0
    table = quoted(kind.table)
    if kind.step_aside == ("municipality", "event_year"):
        target = (
            f"select t.municipality_code, year(e.event_date) as year from {table} t "
            "join staging.events e using (event_id) where t.origin = 'example'"
        )
    else:
        target = f"select municipality_code, year from {table} where origin = 'example'"
    return con.execute(
        f"select count(*) from ({target}) t join ({_pairs_sql(kind_name, rows)}) p using (municipality_code, year)"
    ).fetchall()[0][0]


def apply_batch(
    con, kind_name: str, rows: str, batch_id: int | None, origin: str = "loaded", scope: tuple[str, int] | None = None
) -> None:
    """Put one batch's rows of a kind into staging: `rows` is a relation (table or view) in the
    staging columns, with source_file. For a kind, municipality and year the batch speaks of, the
    example rows step aside; a row whose key exists replaces it, whatever its origin. A batch with a
    scope (a municipality's report for a year) first removes every row of the kind for that
    municipality and year: it is the whole answer."""
    kind = KINDS[kind_name]
    table = quoted(kind.table)
    if scope is not None and kind.step_aside:
        municipality, year = scope
        if kind.step_aside == ("municipality", "event_year"):
            con.execute(
                f"delete from {table} t using staging.events e where e.event_id = t.event_id "
                "and t.municipality_code = ? and year(e.event_date) = ?",
                [municipality, year],
            )
        else:
            con.execute(f"delete from {table} where municipality_code = ? and year = ?", [municipality, year])
    # the municipality's own figures of a year are the whole of them: the year's example rows, and the
    # documented facts that stood in for them (etl/reference_facts.py), step aside
    if kind.step_aside and origin == "loaded":
        pairs = _pairs_sql(kind_name, rows)
        if kind.step_aside == ("municipality", "event_year"):
            con.execute(
                f"delete from {table} t using staging.events e, ({pairs}) p "
                "where t.origin in ('example', 'reference') and e.event_id = t.event_id "
                "and t.municipality_code = p.municipality_code and year(e.event_date) = p.year"
            )
        else:
            con.execute(
                f"delete from {table} t using ({pairs}) p where t.origin in ('example', 'reference') "
                "and t.municipality_code = p.municipality_code and t.year = p.year"
            )
    on = " and ".join(f"t.{quoted(k)} = r.{quoted(k)}" for k in kind.key_columns)
    if kind_name == "collaborations":
        con.execute(
            f"delete from staging.collaboration_members m using {rows} r where m.collaboration_id = r.collaboration_id"
        )
    con.execute(f"delete from {table} t using {rows} r where {on}")
    columns = ", ".join(quoted(column.column_name) for column in kind.stored_columns if column.name != "source")
    if any(column.name == "source" for column in kind.stored_columns):
        # a collaboration or event without a source cites the file it was loaded from
        columns += ", coalesce(source, source_file) as source" if kind_name == "collaborations" else ", source"
    con.execute(
        f"insert into {table} by name select {columns}, ? as origin, source_file, ? as batch_id from {rows}",
        [origin, batch_id],
    )
    if kind_name == "collaborations":
        con.execute(
            "insert into staging.collaboration_members "
            f"select distinct collaboration_id, unnest(municipality_codes) from {rows}"
        )


def apply_frame(
    con,
    kind_name: str,
    frame: pd.DataFrame,
    source_file: str,
    batch_id: int | None,
    origin: str = "loaded",
    scope: tuple[str, int] | None = None,
) -> None:
    """apply_batch for rows in a data frame (a load now, or the example data)."""
    with registered(con, frame.assign(source_file=source_file), "batch_rows") as rows:
        apply_batch(con, kind_name, rows, batch_id, origin, scope)


# --- what a batch would change ------------------------------------------------------------


def diff_rows(con, kind_name: str, frame: pd.DataFrame) -> pd.DataFrame:
    """Each incoming row against the warehouse: 'new' (key not there), 'unchanged' (same values)
    or 'replaced' (with the old values beside the new, in columns old_<column>) and the old row's
    origin. Compared in SQL, set against set: a load of a million rows is compared in a second."""
    compared = _compared(con, kind_name, frame, every_row=True)
    # a kind's own column called status (Kolada's) gives way to the comparison's, as before
    return pd.concat([frame.drop(columns="status", errors="ignore").reset_index(drop=True), compared], axis=1)


def matched_rows(con, kind_name: str, frame: pd.DataFrame) -> pd.DataFrame:
    """The incoming rows whose key the warehouse holds already, as diff_rows gives them ('replaced' or
    'unchanged', with the old values), in the column `ordinal` their position in the frame: what a load
    needs (a big load is mostly new rows, which are only counted)."""
    return _compared(con, kind_name, frame, every_row=False)


def _compared(con, kind_name: str, frame: pd.DataFrame, every_row: bool) -> pd.DataFrame:
    kind = KINDS[kind_name]
    keys = list(kind.key_columns)
    values = [column.column_name for column in kind.stored_columns if column.column_name not in keys]
    old = quoted(kind.table)
    if kind_name == "collaborations":
        old = (
            f"(select t.*, coalesce(m.codes, []) as municipality_codes from {old} t left join ("
            "select collaboration_id, list(municipality_code order by municipality_code) as codes "
            "from staging.collaboration_members group by all) m using (collaboration_id))"
        )
        values.append("municipality_codes")

    def same(column: str) -> str:
        if column == "municipality_codes":  # a member list in any order, none as no members
            return "list_sort(coalesce(i.municipality_codes, [])) = list_sort(t.municipality_codes)"
        return f"i.{quoted(column)} is not distinct from t.{quoted(column)}"

    incoming = frame[keys + values].assign(_ordinal=range(len(frame)))
    with registered(con, incoming, "incoming_rows") as rows:
        on = " and ".join(f"t.{quoted(k)} = i.{quoted(k)}" for k in keys)
        old_columns = ", ".join(f"t.{quoted(c)} as {quoted('old_' + c)}" for c in [*values, "origin"])
        unchanged = " and ".join(same(c) for c in values) or "true"
        status = (
            f"case when t.{quoted(keys[0])} is null then 'new' when {unchanged} then 'unchanged' else 'replaced' end"
        )
        if every_row:
            sql = (
                f"select {old_columns}, {status} as status from {rows} i left join {old} t on {on} order by i._ordinal"
            )
        else:
            sql = (
                f"select i._ordinal as ordinal, {old_columns}, {status} as status "
                f"from {rows} i join {old} t on {on} order by i._ordinal"
            )
        compared = con.sql(sql).to_arrow_table()
    # Arrow-backed: a million rows of mostly missing old values cost a bitmap, not a million None
    return compared.to_pandas(types_mapper=pd.ArrowDtype)


# --- provenance: meta.datasets and meta.batches --------------------------------------------


def record_dataset(con, dataset: str, origin: str, source_file: str, source: str, source_date: str | None) -> None:
    """Note in meta.datasets how many rows of a reference data set came from which file."""
    table = KINDS[dataset].table if dataset in KINDS else f"staging.{dataset}"
    rows = con.execute(
        f"select count(*) from {quoted(table)} where source_file = ? and origin = ?", [source_file, origin]
    ).fetchall()[0][0]
    con.execute(
        "delete from meta.datasets where dataset = ? and origin = ? and source_file = ?", [dataset, origin, source_file]
    )
    con.execute(
        "insert into meta.datasets values (?, ?, ?, null, ?, ?, ?, null)",
        [dataset, origin, source_file, rows, source, source_date],
    )


EXAMPLE_SOURCE = "Exempeldata (prevcap, fast slumpfrö)"


def record_example_and_loaded(con) -> None:
    """meta.datasets for the example and loaded rows, counted from what the staging tables hold
    after every batch: a file whose rows were all replaced disappears from the list."""
    con.execute("delete from meta.datasets where origin in ('example', 'loaded')")
    for kind_name, kind in KINDS.items():
        con.execute(
            "insert into meta.datasets "
            f"select ?, s.origin, s.source_file, s.batch_id, count(*), "
            "case when s.origin = 'example' then ? else 'Inläst fil ' || s.source_file end, "
            "strftime(b.created_at, '%Y-%m-%d'), b.channel "
            f"from {quoted(kind.table)} s left join meta.batches b on b.entry_id = s.batch_id "
            "where s.origin in ('example', 'loaded') group by all",
            [kind_name, EXAMPLE_SOURCE],
        )


def record_batches(con, ledger_entries: pd.DataFrame) -> None:
    con.execute("delete from meta.batches")
    if len(ledger_entries):
        frame = ledger_entries.drop(columns=["author", "reviewer"], errors="ignore")
        insert(con, "meta.batches", frame)


def code_version() -> str:
    """A digest of what a warehouse is derived with: the ETL's code, its SQL and the reference data. A
    warehouse built by other code (an upgrade: new columns, new marts) is rebuilt from the ledger rather
    than read by queries that expect what it lacks."""
    import hashlib

    from core.config import ROOT

    digest = hashlib.sha256()
    for pattern in ("etl/*.py", "etl/sql/*.sql", "data/reference/*.csv"):
        for path in sorted(ROOT.glob(pattern)):
            digest.update(path.relative_to(ROOT).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:16]


def record_build(con, ledger_id: str | None, ledger_head: int, example_data: bool) -> None:
    con.execute("delete from meta.build")
    con.execute(
        "insert into meta.build values ('format_version', ?), ('ledger_id', ?), ('ledger_head', ?), "
        "('example_data', ?), ('code_version', ?)",
        [FORMAT_VERSION, ledger_id or "", str(ledger_head), str(example_data).lower(), code_version()],
    )


def build_info(con) -> dict[str, str] | None:
    """meta.build of a warehouse; None for one made before the ledger."""
    if not con.execute("select 1 from duckdb_tables() where schema_name = 'meta' and table_name = 'build'").fetchall():
        return None
    return dict(con.execute("select key, value from meta.build").fetchall())


def table_digests(con) -> dict[str, str]:
    """An md5 of every table's rows in a fixed order: two warehouses with the same digests hold the
    same data (geometry as its WKB)."""
    digests = {}
    tables = con.execute("select schema_name, table_name from duckdb_tables() order by all").fetchall()
    for schema, name in tables:
        table = quoted(f"{schema}.{name}")
        columns = con.execute(
            "select column_name, data_type from duckdb_columns() "
            "where schema_name = ? and table_name = ? order by column_index",
            [schema, name],
        ).fetchall()
        parts = ", ".join(
            "coalesce("
            + (f"st_aswkb({quoted(c)})::varchar" if t.startswith("GEOMETRY") else f"{quoted(c)}::varchar")
            + ", '\u2205')"
            for c, t in columns
        )
        digests[f"{schema}.{name}"] = con.execute(
            f"select md5(coalesce(string_agg(row_text, chr(10) order by row_text), '')) "
            f"from (select concat_ws(chr(31), {parts}) as row_text from {table})"
        ).fetchall()[0][0]
    return digests
