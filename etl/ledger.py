"""The ledger: every accepted load, kept outside the derived warehouse, never deleted or overwritten.

It is its own DuckDB file (data/ledger.duckdb unless PREVCAP_LEDGER says otherwise). Each entry is
a load (a batch: its kind, the original file byte for byte with its sha256, who and when, its rows
as validated) or a revert of an earlier entry. Undoing is a new entry; reverting a revert brings the
batch back. The warehouse is rebuilt from reference data, example data and the active batches in
entry order, so the ledger, not the warehouse, is what an operator backs up.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import re
import threading
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

import duckdb
import pandas as pd

from etl.identifiers import quoted
from etl.kinds import KINDS
from etl.schema import ledger_columns, ledger_table
from etl.warehouse import registered

FORMAT_VERSION = "1"
# an entry's note: the rows that an earlier version kept only in the warehouse
NOTE_EARLIER_WAREHOUSE = "earlier_warehouse"

ENTRIES_SQL = """
create table if not exists ledger_info (
    key   varchar primary key,
    value varchar not null
);
create table if not exists entries (
    entry_id       integer primary key,
    action         varchar not null check (action in ('load', 'revert')),
    kinds          varchar[] not null,   -- the kinds whose rows a load holds; a revert: its target's
    target_id      integer,              -- a revert: the entry it undoes
    file_name      varchar,
    sha256         varchar,
    original       blob,                 -- the file as it was loaded, byte for byte
    author         varchar not null,     -- the OS user (command line) or the signed-in user
    created_at     timestamp not null,   -- UTC
    row_count      integer not null,
    rows_new       integer,
    rows_replaced  integer,
    rows_unchanged integer,
    note           varchar
);
"""

# Columns entries gained after the first ledgers were made: added to an older ledger when it is opened
# for writing (an older entry has them empty: a command-line load, no reviewer, no scope).
LATER_ENTRY_COLUMNS = {
    "channel": "varchar",  # 'cli' (python -m etl), 'upload' (Inläsning), 'report' (Rapportera)
    "reviewer": "varchar",  # a report: the admin who accepted it (its author reported it)
    "scope_municipality": "varchar",  # a report: the municipality and year whose rows it replaces whole
    "scope_year": "integer",
}

ENTRY_COLUMNS = (
    "entry_id",
    "action",
    "kinds",
    "target_id",
    "file_name",
    "sha256",
    "author",
    "created_at",
    "row_count",
    "rows_new",
    "rows_replaced",
    "rows_unchanged",
    "note",
    *LATER_ENTRY_COLUMNS,
)


class LedgerBusy(RuntimeError):
    """The ledger file is open for writing by another process (DuckDB allows one writer)."""


@dataclass
class Entry:
    """An entry about to be written (ids are given at commit, under the writer lock)."""

    action: str
    kinds: tuple[str, ...]
    author: str
    row_count: int
    file_name: str | None = None
    original: bytes | None = None
    # or where the original is: DuckDB reads it there and keeps it only if its sha256 is still `sha256`
    original_path: Path | None = None
    sha256: str | None = None
    target_id: int | None = None
    counts: tuple[int, int, int] | None = None  # new, replaced, unchanged
    note: str | None = None
    rows: dict[str, pd.DataFrame] = field(default_factory=dict)  # kind -> staging columns + source_row
    created_at: dt.datetime | None = None
    entry_id: int | None = None  # the id the caller's warehouse already uses; must be the next one
    channel: str = "cli"
    reviewer: str | None = None
    scope: tuple[str, int] | None = None  # (municipality, year) whose rows of the batch's kinds it replaces whole


def _create_row_tables(con) -> None:
    for kind_name, kind in KINDS.items():
        table = quoted(ledger_table(kind_name))
        # replaced_*: the row this one replaced when it was loaded (its origin and values as JSON)
        columns = {
            "batch_id": "integer not null",
            "source_row": "integer",
            "source_file": "varchar",
            "replaced_origin": "varchar",
            "replaced_values": "varchar",
            **ledger_columns(kind),
        }
        con.execute(
            f"create table if not exists {table} ("
            + ", ".join(f"{quoted(name)} {sql_type}" for name, sql_type in columns.items())
            + ")"
        )
        # a kind that gained a column since the ledger was made: the old rows have it empty
        present = {
            row[0]
            for row in con.execute(
                "select column_name from duckdb_columns() where table_name = ? and schema_name = 'main'",
                [ledger_table(kind_name)],
            ).fetchall()
        }
        for name, sql_type in columns.items():
            if name not in present:
                con.execute(f"alter table {table} add column {quoted(name)} {sql_type.replace(' not null', '')}")


def _initialise(con) -> None:
    """The tables, all or none: a writer killed while making a new ledger leaves no half of one."""
    con.execute("begin transaction")
    try:
        con.execute(ENTRIES_SQL)
        present = {
            row[0]
            for row in con.execute(
                "select column_name from duckdb_columns() where table_name = 'entries' and schema_name = 'main'"
            ).fetchall()
        }
        for name, sql_type in LATER_ENTRY_COLUMNS.items():
            if name not in present:
                con.execute(f"alter table entries add column {quoted(name)} {sql_type}")
        _create_row_tables(con)
        if not con.execute("select 1 from ledger_info where key = 'ledger_id'").fetchall():
            con.execute(
                "insert into ledger_info values ('ledger_id', ?), ('format_version', ?)",
                [str(uuid.uuid4()), FORMAT_VERSION],
            )
        con.execute("commit")
    except BaseException:
        con.execute("rollback")
        raise


@contextlib.contextmanager
def open_ledger(path: Path, write: bool = False, wait_s: float = 5.0):
    """A connection to the ledger. Reading a ledger that does not exist yet gives None: an empty
    ledger. DuckDB lets one process write a file; a reader retries for `wait_s`, then gives up."""
    path = Path(path)
    if not write and not path.exists():
        yield None
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    deadline = time.monotonic() + wait_s
    while True:
        try:
            con = duckdb.connect(str(path), read_only=not write)
            break
        except duckdb.IOException as error:
            if "lock" not in str(error).lower():
                raise  # not busy: damaged, or not a DuckDB file (etl.build.write_problem says which)
            if time.monotonic() > deadline:
                raise LedgerBusy(str(error)) from error
            time.sleep(0.1)
    try:
        if write:
            _initialise(con)
        elif not con.execute("select 1 from duckdb_tables() where table_name = 'entries'").fetchall():
            con.close()
            con = None
        yield con
    finally:
        if con is not None:
            con.close()


def ledger_id(con) -> str | None:
    if con is None:
        return None
    rows = con.execute("select value from ledger_info where key = 'ledger_id'").fetchall()
    return rows[0][0] if rows else None


def head(con) -> int:
    """The newest entry's id; 0 for an empty ledger."""
    if con is None:
        return 0
    return con.execute("select coalesce(max(entry_id), 0) from entries").fetchall()[0][0]


def entries(con) -> pd.DataFrame:
    """Every entry, oldest first, with its status (never the original file)."""
    if con is None:
        return pd.DataFrame(columns=[*ENTRY_COLUMNS, "status"])
    present = {
        row[0]
        for row in con.execute(
            "select column_name from duckdb_columns() where table_name = 'entries' and schema_name = 'main'"
        ).fetchall()
    }
    # a ledger made before a column existed, read without writing: the column is empty
    columns = ", ".join(quoted(c) if c in present else f"null as {quoted(c)}" for c in ENTRY_COLUMNS)
    frame = con.execute(f"select {columns} from entries order by entry_id").df()
    frame["status"] = frame["entry_id"].map(statuses(frame))
    return frame


def entry_row(entry: Entry, entry_id: int) -> dict:
    """An entry not yet written, as a row of entries(): for a warehouse built with it before the commit."""
    new, replaced, unchanged = entry.counts or (None, None, None)
    return {
        "entry_id": entry_id,
        "action": entry.action,
        "kinds": list(entry.kinds),
        "target_id": entry.target_id,
        "file_name": entry.file_name,
        "sha256": entry.sha256,
        "author": entry.author,
        "created_at": entry.created_at,
        "row_count": entry.row_count,
        "rows_new": new,
        "rows_replaced": replaced,
        "rows_unchanged": unchanged,
        "note": entry.note,
        "channel": entry.channel,
        "reviewer": entry.reviewer,
        "scope_municipality": entry.scope[0] if entry.scope else None,
        "scope_year": entry.scope[1] if entry.scope else None,
    }


def with_entry(entries_frame: pd.DataFrame, entry: Entry, entry_id: int) -> pd.DataFrame:
    """The entries with one more (not yet written), statuses worked out again."""
    frame = (
        pd.concat(
            [entries_frame.drop(columns="status", errors="ignore"), pd.DataFrame([entry_row(entry, entry_id)])],
            ignore_index=True,
        )
        if len(entries_frame)
        else pd.DataFrame([entry_row(entry, entry_id)])
    )
    frame["status"] = frame["entry_id"].map(statuses(frame))
    return frame


def statuses(frame: pd.DataFrame) -> dict[int, str]:
    """'active' or 'reverted' for every entry. A revert always targets an older entry, so going
    from the newest down, every revert's own status is known before its target's."""
    in_effect: dict[int, bool] = {}
    reverting: dict[int, list[int]] = {}
    for entry_id, action, target in zip(frame["entry_id"], frame["action"], frame["target_id"]):
        if action == "revert":
            reverting.setdefault(int(target), []).append(int(entry_id))
    for entry_id in sorted((int(e) for e in frame["entry_id"]), reverse=True):
        in_effect[entry_id] = not any(in_effect[revert] for revert in reverting.get(entry_id, []))
    return {entry_id: "active" if on else "reverted" for entry_id, on in in_effect.items()}


def active_loads(frame: pd.DataFrame) -> list[int]:
    """The loads whose rows the warehouse holds, in ledger order."""
    return [int(e) for e in frame.loc[(frame["action"] == "load") & (frame["status"] == "active"), "entry_id"]]


def append(con, entry: Entry) -> int:
    """Write one entry and its rows in one transaction; returns its id. The caller holds the writer lock."""
    con.execute("begin transaction")
    try:
        entry_id = _write(con, entry)
        con.execute("commit")
    except BaseException:
        con.execute("rollback")
        raise
    con.execute("checkpoint")
    return entry_id


class FileChanged(RuntimeError):
    """The file changed on disk while it was being loaded: what was checked is not what would be kept."""

    def __init__(self, path: Path):
        super().__init__(str(path))
        self.path = path


# characters DuckDB's read_blob takes as a pattern: such a path's bytes are handed over from Python
GLOB_CHARACTERS = re.compile(r"[*?\[\]{}]")


def _write(con, entry: Entry) -> int:
    """The entry and its rows, inside the caller's transaction; its id."""
    entry_id = head(con) + 1
    if entry.entry_id is not None and entry.entry_id != entry_id:
        raise RuntimeError(f"ledger entry {entry.entry_id} expected, but the next id is {entry_id}")
    created = entry.created_at or dt.datetime.now(dt.timezone.utc).replace(tzinfo=None, microsecond=0)
    values = entry_row(entry, entry_id) | {"created_at": created}
    path = entry.original_path
    names = ", ".join([*values, "original"])
    if path is not None and not GLOB_CHARACTERS.search(str(path)):
        # DuckDB reads the file itself (the bytes never pass through Python), and keeps it only if it is
        # still the file that was checked
        con.execute(
            f"insert into entries ({names}) select {', '.join('?' * len(values))}, content "
            "from read_blob(?) where sha256(content) = ?",
            [*values.values(), str(path), entry.sha256],
        )
        if not con.execute("select count(*) from entries where entry_id = ?", [entry_id]).fetchall()[0][0]:
            raise FileChanged(path)
    else:
        original = entry.original
        if path is not None:
            original = Path(path).read_bytes()
            if hashlib.sha256(original).hexdigest() != entry.sha256:
                raise FileChanged(path)
        con.execute(
            f"insert into entries ({names}) values ({', '.join('?' * (len(values) + 1))})", [*values.values(), original]
        )
    for kind_name, rows in entry.rows.items():
        with registered(con, rows, "entry_rows") as frame:
            con.execute(
                f"insert into {quoted(ledger_table(kind_name))} by name select *, ? as batch_id from {frame}",
                [entry_id],
            )
    return entry_id


class Pending:
    """An entry written in the background, in a transaction of its own connection, while the caller makes
    the warehouse it belongs to: `commit()` once that warehouse passed its tests (the entry's id), or
    `close()` without a commit, which rolls it back. The caller holds the writer lock throughout; a
    process killed before the commit leaves the ledger as it was. `threads`: DuckDB's threads for the
    ledger's connection (the caller's warehouse is written meanwhile on the others)."""

    def __init__(self, path: Path, entry: Entry, wait_s: float = 5.0, threads: int | None = None):
        self._path, self.entry, self._wait_s, self._threads = Path(path), entry, wait_s, threads
        self._stack = contextlib.ExitStack()
        self._con = None
        self._in_transaction = False
        self._entry_id: int | None = None
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="ledger-entry", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            self._con = self._stack.enter_context(open_ledger(self._path, write=True, wait_s=self._wait_s))
            if self._threads is not None:
                self._con.execute("set threads = ?", [self._threads])
            self._con.execute("begin transaction")
            self._in_transaction = True
            self._entry_id = _write(self._con, self.entry)
            self.entry.rows = {}  # written: the caller needs only the entry's own fields from here on
        except BaseException as error:  # raised again in the caller's thread, by commit()
            self._error = error

    def commit(self) -> int:
        self._thread.join()
        if self._error is not None:
            raise self._error
        self._con.execute("commit")
        self._in_transaction = False
        try:
            self._con.execute("checkpoint")
        finally:
            self.close()
        return self._entry_id

    def close(self) -> None:
        """Roll back what was not committed and close the connection."""
        self._thread.join()
        try:
            if self._in_transaction:
                self._in_transaction = False
                self._con.execute("rollback")
        finally:
            self._con = None
            self._stack.close()


def original_file(con, entry_id: int) -> tuple[str | None, bytes | None]:
    rows = con.execute("select file_name, original from entries where entry_id = ?", [entry_id]).fetchall()
    return rows[0] if rows else (None, None)


def migrated_from(con, sha256: str) -> bool:
    """Whether an earlier warehouse with these bytes was moved into the ledger already."""
    if con is None:
        return False
    return bool(
        con.execute("select 1 from entries where note = ? and sha256 = ?", [NOTE_EARLIER_WAREHOUSE, sha256]).fetchall()
    )
