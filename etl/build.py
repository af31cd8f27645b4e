"""`python -m etl build`, `load` and `revert`: files in, ledger and warehouse out, all or nothing.

The warehouse is derived: reference data, plus the example data (unless switched off), plus every
active batch of the ledger in ledger order. A load validates a file, writes the batch to the ledger
and applies it to a copy of the warehouse; a revert adds an entry and rebuilds. Every write holds
the one writer lock, and a batch is committed to the ledger only once its warehouse passed the
data tests, just before that warehouse is swapped in. A writer killed between the two leaves a
warehouse behind the ledger; the next writer sees it (meta.build) and rebuilds first.
"""

from __future__ import annotations

import datetime as dt
import getpass
import hashlib
import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

import duckdb
import pandas as pd
import pyarrow as pa

from core import config
from core.config import Scope
from etl import columnar, ledger, reference, reference_facts, reference_network
from etl.identifiers import quoted
from etl.kinds import KINDS
from etl.locking import WriterBusy, writer_lock
from etl.readers import Limits, UnreadableFile, read_sheet
from etl.schema import ledger_columns
from etl.validate import Context, MunicipalityIndex, Problem, validate
from etl.warehouse import (
    DataTestsFailed,
    WarehouseReadOnly,
    apply_batch,
    apply_frame,
    build_info,
    code_version,
    create_schema,
    diff_rows,
    insert,
    matched_rows,
    record_batches,
    record_build,
    record_dataset,
    record_example_and_loaded,
    refresh_marts,
    registered,
    staging_frame,
    stepping_aside,
    writing,
)

# Kinds are applied in this order (example data, and the kinds of one batch), so that attendance
# finds its events.
LOAD_ORDER = (
    "events",
    "attendance",
    "staffing",
    "funding",
    "collaborations",
    "law_status",
    "population",
    "crime",
    "kolada",
)


@dataclass(frozen=True)
class Workspace:
    """Everything a write reads and writes: the warehouse, the ledger, the scope and the example data
    (None: no example data)."""

    warehouse: Path
    ledger: Path
    scope: Scope
    example_dir: Path | None
    all_municipalities: bool = False
    lock_timeout_s: float = 120.0

    @classmethod
    def configured(cls) -> "Workspace":
        """As prevcap.toml and the environment say (PREVCAP_DB, PREVCAP_LEDGER, PREVCAP_COUNTIES)."""
        scope = config.scope()
        example_dir = None
        if config.example_data_enabled():
            example_dir = config.example_dir(all_of_sweden=not scope.counties)
        return cls(
            config.warehouse_path(),
            config.ledger_path(),
            scope,
            example_dir,
            all_municipalities=scope.counties is None,
            lock_timeout_s=config.write_lock_timeout_s(),
        )

    def lock(self):
        return writer_lock(self.ledger, self.warehouse, self.lock_timeout_s)


@dataclass
class LoadResult:
    kind: str
    file: Path
    problems: list[Problem] = field(default_factory=list)
    rows: int = 0
    new: int = 0
    replaced: int = 0
    unchanged: int = 0
    stepped_aside: int = 0  # example rows of the same kind, municipality and year no longer used
    ignored_columns: list[str] = field(default_factory=list)
    # what the file does that does not refuse it but that the user should know (hidden rows, another sheet read)
    warnings: list[Problem] = field(default_factory=list)
    batch_id: int | None = None
    outside_scope: int = 0  # a public source's rows of municipalities or years outside the warehouse
    # Brå's file: its year and the rows that are not municipalities (city districts, totals)
    skipped: dict = field(default_factory=dict)
    diff: pd.DataFrame | None = None  # each row: new, replaced (with the old values) or unchanged

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass
class RevertResult:
    target_id: int
    problems: list[Problem] = field(default_factory=list)
    entry_id: int | None = None
    restored: bool = False  # the target was a revert: its batch is back

    @property
    def ok(self) -> bool:
        return not self.problems


class Rejected(Exception):
    def __init__(self, result: LoadResult):
        super().__init__(f"{result.file}: {len(result.problems)} problems")
        self.result = result


def current_author() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "okänd"


# --- reading and checking a file ----------------------------------------------------------


def _context(con, scope: Scope) -> Context:
    in_scope = [row[0] for row in con.execute("select municipality_code from staging.municipalities").fetchall()]
    events = frozenset(row[0] for row in con.execute("select event_id from staging.events").fetchall())
    return Context(
        MunicipalityIndex(reference.all_municipality_names(), in_scope), scope.first_year, scope.last_year, events
    )


def _checked(
    con, kind: str, path: Path, scope: Scope, year: int | None = None, raw: bytes | None = None
) -> tuple[LoadResult, pd.DataFrame | None]:
    """Read and validate a file against the warehouse on `con`: the result, and the rows as staging columns.
    `raw`: the file's bytes when the caller has read them already."""
    if KINDS[kind].reader != "sheet" or (kind == "population" and _is_scb_table(path)):
        return _checked_public(con, kind, path, scope, year)
    result = LoadResult(kind, path)
    context, limits = _context(con, scope), Limits.configured()
    # a clean CSV file column by column; anything else (and any problem) row by row, where it is named
    csv_file = path.suffix.lower() in (".csv", ".txt") and path.is_file()
    size = len(raw) if raw is not None else (path.stat().st_size if csv_file else 0)
    if csv_file and size <= limits.max_file_mb * 1e6:
        bulk = columnar.staging_table(kind, path, raw, context, limits)
        if bulk is not None:
            frame, result.ignored_columns = bulk
            result.rows = len(frame)
            return result, frame
    try:
        sheet = read_sheet(path)
    except UnreadableFile as error:
        result.problems.append(Problem(None, None, error.reason, error.values))
        return result, None
    checked = validate(kind, sheet, context)
    result.ignored_columns = checked.ignored_columns
    result.warnings = checked.warnings
    if checked.problems:
        result.problems = checked.problems
        return result, None
    result.rows = len(checked.records)
    return result, staging_frame(kind, checked.records)


def _is_scb_table(path: Path) -> bool:
    from etl import scb

    return Path(path).is_file() and scb.looks_like_scb(path)


def _checked_public(
    con, kind: str, path: Path, scope: Scope, year: int | None
) -> tuple[LoadResult, pd.DataFrame | None]:
    """A public source's file as it publishes it (Brå's CSV, a saved Kolada response, SCB's population
    table). It speaks of every municipality of Sweden: the rows of the warehouse's municipalities and
    years are kept, the rest are counted (the original file keeps them)."""
    from etl import bra, kolada, scb

    result = LoadResult(kind, path)
    if not path.is_file():
        result.problems.append(Problem(None, None, "etl.err.no_such_file", {}))
        return result, None
    if kind == "crime":
        read = bra.read_bra_crimes(path, year, reference.all_municipality_names())
        result.problems, result.skipped = (
            list(read.problems),
            {"districts": read.skipped_districts, "totals": read.skipped_totals, "year": read.year},
        )
        frame = read.frame.drop(columns=["source_file"])
    elif kind == "population":
        read = scb.read_scb_population(path, reference.all_municipality_names())
        result.problems = list(read.problems)
        result.skipped = {"scb": True, "totals": read.skipped_totals, "missing": read.skipped_missing}
        frame = read.frame
    else:
        try:
            frame = kolada.read_kolada_file(path).drop(columns=["fetched_at"])
        except kolada.KoladaError as error:
            result.problems.append(Problem(None, None, error.key, error.values))
            return result, None
    if result.problems:
        return result, None
    in_scope = {row[0] for row in con.execute("select municipality_code from staging.municipalities").fetchall()}
    keep = frame["municipality_code"].isin(in_scope) & frame["year"].between(scope.first_year, scope.last_year)
    result.outside_scope = int((~keep).sum())
    frame = frame[keep].reset_index(drop=True)
    result.rows = len(frame)
    columns = [column.column_name for column in KINDS[kind].stored_columns]
    frame = frame.astype(object).where(frame.notna(), None)[columns]
    return result, frame.assign(source_row=pd.Series(range(2, len(frame) + 2), dtype="Int64"))


def _counts(con, kind: str, frame: pd.DataFrame, result: LoadResult, every_row: bool = True) -> pd.DataFrame:
    """The counts of new, replaced and unchanged rows and of the example rows stepping aside. `every_row`:
    the row-by-row difference goes into result.diff (a preview shows it); otherwise only the rows whose key
    is there already are compared (a load: most rows of a big one are new). Returns those rows."""
    if every_row:
        result.diff = diff_rows(con, kind, frame)
        matched = result.diff[result.diff["status"] != "new"]
    else:
        matched = matched_rows(con, kind, frame)
    status = matched["status"]
    result.replaced, result.unchanged = int((status == "replaced").sum()), int((status == "unchanged").sum())
    result.new = len(frame) - len(matched)
    with registered(con, frame.assign(source_file=""), "counted_rows") as rows:
        result.stepped_aside = stepping_aside(con, kind, rows) - int((matched["old_origin"] == "example").sum())
    return matched


def preview_file(ws: Workspace, kind: str, path: Path, year: int | None = None) -> LoadResult:
    """What loading the file would do, without writing anything: the problems, or the counts and the
    row-by-row difference (new / replaced with old → new / unchanged)."""
    if Path(path).is_dir():
        return LoadResult(kind, path, [Problem(None, None, "fault.is_directory", {})])
    if kind not in KINDS:
        raise ValueError(kind)
    path = Path(path)
    with ws.lock():
        _ensure_current(ws)
        con = duckdb.connect(str(ws.warehouse), read_only=True)
        try:
            result, frame = _checked(con, kind, path, ws.scope, year)
            if frame is not None:
                _counts(con, kind, frame, result)
        finally:
            con.close()
    return result


# --- load ----------------------------------------------------------------------------------


def load_file(
    ws: Workspace,
    kind: str,
    path: Path,
    author: str | None = None,
    *,
    channel: str = "cli",
    file_name: str | None = None,
    authorise=None,
    year: int | None = None,
) -> LoadResult:
    """Validate and load one file as a ledger batch; on any problem nothing is written anywhere
    and the problems are returned.

    `file_name`: the name the ledger records (an upload's own name; `path` is where it was saved).
    `authorise(frame) -> list[Problem]`: checked on the validated rows under the writer lock, just before
    anything is written: the signed-in user's right to write every row (prevcap.collect)."""
    if kind not in KINDS:
        raise ValueError(kind)
    path = Path(path)
    if Path(path).is_dir():
        return LoadResult(kind, path, [Problem(None, None, "fault.is_directory", {})])
    try:
        with ws.lock():
            try:
                _ensure_current(ws)
            except (duckdb.Error, OSError, DataTestsFailed, ledger.LedgerBusy) as error:
                return LoadResult(kind, path, [_write_problem(error)])
            return _load_locked(
                ws, kind, path, author or current_author(), channel, file_name or path.name, authorise, year
            )
    except WriterBusy as busy:
        return LoadResult(
            kind,
            path,
            [Problem(None, None, "etl.err.writer_busy", {"seconds": f"{busy.timeout_s:g}", "lock": busy.lock_path})],
        )


def _load_locked(
    ws: Workspace, kind: str, path: Path, author: str, channel: str, file_name: str, authorise, year=None
) -> LoadResult:
    try:
        sha256 = _file_digest(path) if path.is_file() else None
    except OSError as error:
        return LoadResult(kind, path, [Problem(None, None, "etl.err.unreadable", {"detail": error.strerror})])
    pending: ledger.Pending | None = None

    def commit() -> None:
        result.batch_id = pending.commit()

    try:
        with writing(ws.warehouse, before_swap=commit) as con:
            warehouse_threads, ledger_threads = shared_threads(os.cpu_count() or 1)
            con.execute("set threads = ?", [warehouse_threads])
            result, frame = _checked(con, kind, path, ws.scope, year)
            if result.ok and authorise is not None:
                result.problems = list(authorise(frame))
            if not result.ok:
                raise Rejected(result)
            matched = _counts(con, kind, frame, result, every_row=False)
            with ledger.open_ledger(ws.ledger, write=True) as lcon:  # made here if it is the first load
                entries = ledger.entries(lcon)
                batch_id = ledger.head(lcon) + 1
                lid = ledger.ledger_id(lcon)
            created = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None, microsecond=0)
            entry = ledger.Entry(
                action="load",
                kinds=(kind,),
                author=author,
                row_count=result.rows,
                file_name=file_name,
                entry_id=batch_id,
                original_path=path,
                sha256=sha256,
                created_at=created,
                counts=(result.new, result.replaced, result.unchanged),
                rows={kind: _ledger_rows(kind, frame, matched, file_name)},
                channel=channel,
            )
            # the ledger's entry is written meanwhile, and committed only once this warehouse passed its tests
            pending = ledger.Pending(ws.ledger, entry, threads=ledger_threads)
            apply_frame(con, kind, frame.drop(columns="source_row"), file_name, batch_id)
            del frame, matched, entry
            all_entries = ledger.with_entry(entries, pending.entry, batch_id)
            _finish(con, all_entries, lid, batch_id, ws.example_dir is not None)
    except Rejected as rejected:
        return rejected.result
    except ledger.FileChanged:
        return LoadResult(kind, path, [Problem(None, None, "etl.err.file_changed", {})])
    except (duckdb.Error, OSError, DataTestsFailed, ledger.LedgerBusy) as error:
        return LoadResult(kind, path, [_write_problem(error)])
    finally:
        if pending is not None:
            pending.close()
    return result


def shared_threads(processors: int) -> tuple[int, int]:
    """DuckDB's threads for the warehouse and for the ledger while a load writes both at once: the
    processors split between them. Each taking them all made them fight over them: on 2 processors a
    million-row load took 4.6 s with 2 threads each and 4.1 s with one each (bench/bench_load.py)."""
    ledger_threads = max(1, processors // 2)
    return max(1, processors - ledger_threads), ledger_threads


def _file_digest(path: Path) -> str:
    """The file's sha256, read in blocks (a big file is never held whole)."""
    with open(path, "rb") as handle:
        return hashlib.file_digest(handle, "sha256").hexdigest()


@dataclass
class ReportResult:
    problems: list[Problem] = field(default_factory=list)
    batch_id: int | None = None
    rows: int = 0

    @property
    def ok(self) -> bool:
        return not self.problems


def load_report(
    ws: Workspace,
    frames: dict[str, pd.DataFrame],
    municipality: str,
    year: int,
    *,
    author: str,
    reviewer: str,
    original: bytes,
    file_name: str,
    authorise=None,
) -> ReportResult:
    """A municipality's accepted report for a year as one ledger batch: `frames` are its validated rows per
    kind (staging columns, as etl.warehouse.staging_frame gives them). The report is the municipality's
    whole answer for the year: it replaces every row of its kinds for that municipality and year, whatever
    loaded or reported them before, and a kind reported empty leaves none. `authorise(kind, frame)` gives the
    problems of rows the signed-in user may not write, checked under the writer lock."""
    result = ReportResult()
    kinds = tuple(kind for kind in LOAD_ORDER if kind in frames)
    try:
        with ws.lock():
            _ensure_current(ws)
            entry = None

            def commit() -> None:
                with ledger.open_ledger(ws.ledger, write=True) as lcon:
                    result.batch_id = ledger.append(lcon, entry)

            with writing(ws.warehouse, before_swap=commit) as con:
                if authorise is not None:
                    result.problems = [p for kind in kinds for p in authorise(kind, frames[kind])]
                    if result.problems:
                        raise _Refused()
                with ledger.open_ledger(ws.ledger, write=True) as lcon:
                    entries, batch_id, lid = ledger.entries(lcon), ledger.head(lcon) + 1, ledger.ledger_id(lcon)
                rows = {}
                for kind in kinds:
                    matched = matched_rows(con, kind, frames[kind]) if len(frames[kind]) else None
                    rows[kind] = (
                        _ledger_rows(kind, frames[kind].reset_index(drop=True), matched, file_name)
                        if matched is not None
                        else frames[kind].assign(source_file=file_name)[
                            ["source_row", "source_file", *ledger_columns(KINDS[kind])]
                        ]
                    )
                result.rows = sum(len(frame) for frame in frames.values())
                entry = ledger.Entry(
                    action="load",
                    kinds=kinds,
                    author=author,
                    row_count=result.rows,
                    file_name=file_name,
                    entry_id=batch_id,
                    original=original,
                    sha256=hashlib.sha256(original).hexdigest(),
                    created_at=dt.datetime.now(dt.timezone.utc).replace(tzinfo=None, microsecond=0),
                    rows=rows,
                    channel="report",
                    reviewer=reviewer,
                    scope=(municipality, int(year)),
                )
                for kind in kinds:
                    apply_frame(
                        con,
                        kind,
                        frames[kind].drop(columns="source_row", errors="ignore"),
                        file_name,
                        batch_id,
                        scope=(municipality, int(year)),
                    )
                _finish(con, ledger.with_entry(entries, entry, batch_id), lid, batch_id, ws.example_dir is not None)
    except _Refused:
        pass
    except WriterBusy as busy:
        result.problems.append(
            Problem(None, None, "etl.err.writer_busy", {"seconds": f"{busy.timeout_s:g}", "lock": busy.lock_path})
        )
    except (duckdb.Error, OSError, DataTestsFailed, ledger.LedgerBusy) as error:
        result.problems.append(_write_problem(error))
    return result


class _Refused(Exception):
    """Nothing is written: the problems are in the result."""


def _ledger_rows(kind: str, frame: pd.DataFrame, matched: pd.DataFrame, file_name: str) -> pd.DataFrame:
    """A batch's rows for the ledger: as validated, with what each replaced when it was loaded. `matched`:
    the rows whose key was there already (diff_rows' rows that are not new, or matched_rows'), looked at
    one by one; a big load is mostly new rows."""
    columns = ledger_columns(KINDS[kind])
    values = [c for c in matched.columns if c.startswith("old_") and c != "old_origin"]
    replaced: list = [None] * len(frame)
    origins: list = [None] * len(frame)
    positions = matched["ordinal"] if "ordinal" in matched else matched.index
    for position, origin, row in zip(
        positions, matched["old_origin"], matched[values].itertuples(index=False, name=None)
    ):
        replaced[position] = json.dumps({c[4:]: _plain(v) for c, v in zip(values, row)}, ensure_ascii=False)
        origins[position] = origin
    text = pd.ArrowDtype(pa.string())
    return frame.assign(
        source_file=file_name,
        replaced_origin=pd.Series(origins, index=frame.index, dtype=text),
        replaced_values=pd.Series(replaced, index=frame.index, dtype=text),
    )[["source_row", "source_file", "replaced_origin", "replaced_values", *columns]]


def _plain(value):
    """A value as JSON can hold it."""
    if isinstance(value, (list, tuple)):
        return list(value)
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return None
    if hasattr(value, "isoformat"):
        return value.date().isoformat() if hasattr(value, "hour") else value.isoformat()
    if hasattr(value, "item"):
        return value.item()
    return value


def _write_problem(error: Exception) -> Problem:
    """A failure while writing, as a message: never a traceback."""
    return write_problem(error)


# what DuckDB says when the file at the warehouse's path is not a whole DuckDB database
DAMAGED_SIGNS = ("not a valid duckdb database", "could not read enough bytes", "invalid database header")
DISK_FULL_SIGNS = ("no space left on device", "disk full", "not enough space")


def write_problem(error: Exception) -> Problem:
    """A failure of reading or writing the warehouse or the ledger, as one sentence in the user's language:
    a read-only file, a damaged warehouse, a full disk, no permission; never a traceback."""
    import errno

    text = str(error).lower()
    if isinstance(error, WarehouseReadOnly):
        return Problem(None, None, "fault.read_only", {"path": str(error.path)})
    if isinstance(error, DataTestsFailed):
        return Problem(None, None, "etl.err.data_tests", {"tests": str(error)})
    if isinstance(error, ledger.LedgerBusy):
        return Problem(None, None, "etl.err.ledger_busy", {"detail": str(error)})
    if (isinstance(error, OSError) and error.errno in (errno.ENOSPC, errno.EDQUOT)) or any(
        sign in text for sign in DISK_FULL_SIGNS
    ):
        return Problem(None, None, "fault.disk_full", {})
    if isinstance(error, PermissionError):
        return Problem(None, None, "fault.permission", {"path": str(error.filename or "")})
    if is_damaged(error):
        found = re.search(r'file "([^"]+)"', str(error))
        path = found.group(1) if found else ""
        # the ledger holds the users' data: it is never rebuilt, only restored
        name = Path(path).name if path else ""
        key = (
            "fault.ledger_damaged"
            if name and (name == config.ledger_path().name or "ledger" in name)
            else "fault.damaged"
        )
        return Problem(None, None, key, {"path": path})
    if isinstance(error, OSError):
        return Problem(
            None,
            None,
            "etl.err.write_failed",
            {"detail": f"{error.strerror or error}" + (f" ({error.filename})" if error.filename else "")},
        )
    return Problem(None, None, "etl.err.database", {"detail": str(error).splitlines()[0]})


# --- revert --------------------------------------------------------------------------------


def revert(ws: Workspace, entry_id: int, author: str | None = None) -> RevertResult:
    """Undo an entry with a new entry, and rebuild: the values underneath come back (an earlier
    batch's, or the example's). Reverting a revert brings its batch back."""
    result = RevertResult(entry_id)
    try:
        with ws.lock():
            try:
                _ensure_current(ws)
            except (duckdb.Error, OSError, DataTestsFailed, ledger.LedgerBusy) as error:
                result.problems.append(_write_problem(error))
                return result
            with ledger.open_ledger(ws.ledger) as lcon:
                entries = ledger.entries(lcon)
            target = entries[entries["entry_id"] == entry_id]
            if target.empty:
                result.problems.append(Problem(None, None, "etl.err.no_such_batch", {"id": entry_id}))
                return result
            if target["status"].iloc[0] != "active":
                result.problems.append(Problem(None, None, "etl.err.already_reverted", {"id": entry_id}))
                return result
            result.restored = target["action"].iloc[0] == "revert"
            pending = ledger.Entry(
                action="revert",
                kinds=tuple(target["kinds"].iloc[0]),
                author=author or current_author(),
                row_count=0,
                target_id=int(entry_id),
                created_at=dt.datetime.now(dt.timezone.utc).replace(tzinfo=None, microsecond=0),
            )
            try:
                result.entry_id = _rebuild(ws, pending)
            except (duckdb.Error, OSError, DataTestsFailed, ledger.LedgerBusy) as error:
                result.problems.append(_write_problem(error))
    except WriterBusy as busy:
        result.problems.append(
            Problem(None, None, "etl.err.writer_busy", {"seconds": f"{busy.timeout_s:g}", "lock": busy.lock_path})
        )
    return result


# --- build ---------------------------------------------------------------------------------


def build(ws: Workspace) -> Path | None:
    """Build the warehouse anew from reference data, the example data and the ledger. A warehouse of
    the version before the ledger first gives its loaded rows to the ledger; a damaged one is moved
    aside (its new name is returned)."""
    with ws.lock():
        aside = set_aside_if_damaged(ws)
        migrate_earlier_warehouse(ws)
        _rebuild(ws)
    return aside


def is_damaged(error: Exception) -> bool:
    return isinstance(error, duckdb.Error) and any(sign in str(error).lower() for sign in DAMAGED_SIGNS)


def set_aside_if_damaged(ws: Workspace) -> Path | None:
    """A warehouse file DuckDB cannot open is renamed aside (never deleted: it may be someone's file that
    was given the wrong name), so that the build can make a whole warehouse from the ledger in its place."""
    if not ws.warehouse.exists():
        return None
    try:
        duckdb.connect(str(ws.warehouse), read_only=True).close()
        return None
    except duckdb.Error as error:
        if not is_damaged(error):
            raise
    stamp = dt.datetime.now().strftime("%Y%m%dT%H%M%S")
    aside = ws.warehouse.with_name(f"{ws.warehouse.name}.damaged-{stamp}")
    ws.warehouse.rename(aside)
    wal = ws.warehouse.with_name(ws.warehouse.name + ".wal")
    if wal.exists():
        wal.rename(aside.with_name(aside.name + ".wal"))
    return aside


def _ensure_current(ws: Workspace) -> None:
    """Under the lock: build the warehouse when it is missing, made before the ledger, or behind it."""
    if not ws.warehouse.exists():
        _rebuild(ws)
        return
    con = duckdb.connect(str(ws.warehouse), read_only=True)
    try:
        info = build_info(con)
    finally:
        con.close()
    if info is None:
        migrate_earlier_warehouse(ws)
        _rebuild(ws)
        return
    if info.get("code_version") != code_version():
        _rebuild(ws)  # built by other code: the load goes into a warehouse of this version
        return
    with ledger.open_ledger(ws.ledger) as lcon:
        lid, last = ledger.ledger_id(lcon), ledger.head(lcon)
    built_from = (info.get("ledger_id") or None, int(info.get("ledger_head") or 0))
    if last == 0 and built_from[1] == 0:
        return  # no batches on either side
    if built_from != (lid, last):
        _rebuild(ws)


def is_current(ws: Workspace) -> bool | None:
    """Whether the warehouse reflects the ledger (None: cannot tell now, a writer holds the ledger).
    For readers: the dashboard checks it at start."""
    if not ws.warehouse.exists():
        return False
    con = duckdb.connect(str(ws.warehouse), read_only=True)
    try:
        info = build_info(con)
    finally:
        con.close()
    if info is None or info.get("code_version") != code_version():
        return False  # made before the ledger, or by other code (an upgrade): rebuilt from the ledger
    try:
        with ledger.open_ledger(ws.ledger, wait_s=0.5) as lcon:
            lid, last = ledger.ledger_id(lcon), ledger.head(lcon)
    except ledger.LedgerBusy:
        return None
    built_from = (info.get("ledger_id") or None, int(info.get("ledger_head") or 0))
    return (last == 0 and built_from[1] == 0) or built_from == (lid, last)


def _rebuild(ws: Workspace, pending: ledger.Entry | None = None) -> int | None:
    """The warehouse from nothing: reference, example, then the active batches in ledger order.
    With a pending revert, the ledger gets it just before the new warehouse is swapped in; returns
    its id."""
    from etl.sample import sample_files, write_sample

    files = {}
    if ws.example_dir is not None:
        files = sample_files(ws.example_dir)
        if not files:
            files = write_sample(ws.example_dir, ws.scope, all_municipalities=ws.all_municipalities)
    with ledger.open_ledger(ws.ledger) as lcon:
        entries, lid, last = ledger.entries(lcon), ledger.ledger_id(lcon), ledger.head(lcon)
    committed: list[int] = []
    if pending is not None:
        pending_id = last + 1
        entries = ledger.with_entry(entries, pending, pending_id)
        last = pending_id

    def commit() -> None:
        if pending is not None:
            with ledger.open_ledger(ws.ledger, write=True) as write_con:
                committed.append(ledger.append(write_con, pending))

    with writing(ws.warehouse, fresh=True, before_swap=commit) as con:
        create_schema(con, ws.scope.first_year, ws.scope.last_year)
        counties = ",".join(ws.scope.counties) if ws.scope.counties else "all"
        con.execute(
            "insert into meta.scope values ('counties', ?), ('first_year', ?), ('last_year', ?)",
            [counties, str(ws.scope.first_year), str(ws.scope.last_year)],
        )
        load_reference(con, ws.scope)
        for kind in LOAD_ORDER:
            if kind in files:
                result, frame = _checked(con, kind, files[kind], ws.scope)
                if not result.ok:
                    raise Rejected(result)
                apply_frame(con, kind, frame.drop(columns="source_row"), files[kind].name, None, origin="example")
        reference_facts.apply_facts(con, _in_scope(con))
        if len(entries):
            _replay(con, ws, ledger.active_loads(entries))
        _finish(con, entries, lid, last, ws.example_dir is not None)
    return committed[0] if committed else None


def _replay(con, ws: Workspace, batch_ids: list[int]) -> None:
    """The active batches' rows, from the ledger, in ledger order; rows outside the warehouse's
    municipalities are left in the ledger (the scope may have changed since they were loaded)."""
    if not batch_ids:
        return
    con.execute(f"attach {_sql_path(ws.ledger)} as ledger (read_only)")
    try:
        kinds_of = dict(
            con.execute(
                "select entry_id, kinds from ledger.entries where entry_id in (select unnest(?::integer[]))",
                [batch_ids],
            ).fetchall()
        )
        # a report replaces its municipality's rows of the year whole (an older ledger has no scopes)
        scopes = {}
        if con.execute(
            "select 1 from duckdb_columns() where database_name = 'ledger' and table_name = 'entries' "
            "and column_name = 'scope_municipality'"
        ).fetchall():
            scopes = {
                entry_id: (municipality, year)
                for entry_id, municipality, year in con.execute(
                    "select entry_id, scope_municipality, scope_year from ledger.entries "
                    "where scope_municipality is not null and entry_id in (select unnest(?::integer[]))",
                    [batch_ids],
                ).fetchall()
            }
        for batch_id in batch_ids:
            for kind_name in sorted(kinds_of[batch_id], key=LOAD_ORDER.index):
                kind = KINDS[kind_name]
                columns = ", ".join(quoted(name) for name in ["source_file", *ledger_columns(kind)])
                municipal = [c.column_name for c in kind.stored_columns if c.kind == "municipality"]
                in_scope = (
                    " and ".join(
                        f"({quoted(c)} is null or {quoted(c)} in "
                        "(select municipality_code from staging.municipalities))"
                        for c in municipal
                    )
                    or "true"
                )
                con.execute(
                    f"create or replace temp table replayed as select {columns} "
                    f"from ledger.{quoted('rows_' + kind_name)} where batch_id = ? and {in_scope} "
                    "order by source_row",
                    [batch_id],
                )
                if kind_name == "collaborations":
                    codes = [
                        row[0] for row in con.execute("select municipality_code from staging.municipalities").fetchall()
                    ]
                    con.execute(
                        "update replayed set municipality_codes = "
                        "list_sort(list_intersect(municipality_codes, ?::varchar[]))",
                        [codes],
                    )
                    con.execute("delete from replayed where len(municipality_codes) < 2")
                apply_batch(con, kind_name, "replayed", batch_id, scope=scopes.get(batch_id))
        con.execute("drop table if exists replayed")
    finally:
        con.execute("detach ledger")


def _sql_path(path: Path) -> str:
    from etl.identifiers import literal

    return literal(str(Path(path).resolve()))


def _finish(con, entries: pd.DataFrame, ledger_id: str | None, ledger_head: int, example_data: bool) -> None:
    record_batches(con, entries)
    record_example_and_loaded(con)
    record_build(con, ledger_id, ledger_head, example_data)
    refresh_marts(con)


# --- upgrading a warehouse made before the ledger --------------------------------------------


def migrate_earlier_warehouse(ws: Workspace) -> int | None:
    """A warehouse built by the version before the ledger kept its loaded rows (origin 'loaded') only
    in itself. Move them into the ledger as one batch marked as coming from the earlier warehouse,
    before anything is rebuilt; the warehouse's sha256 makes sure this happens once."""
    if not ws.warehouse.exists():
        return None
    con = duckdb.connect(str(ws.warehouse), read_only=True)
    try:
        if build_info(con) is not None:
            return None
        tables = {f"{s}.{t}" for s, t in con.execute("select schema_name, table_name from duckdb_tables()").fetchall()}
        rows: dict[str, pd.DataFrame] = {}
        for kind_name, kind in KINDS.items():
            if kind.table not in tables:
                continue
            frame = con.execute(f"select * from {quoted(kind.table)} where origin = 'loaded'").df()
            if frame.empty:
                continue
            if kind_name == "collaborations":
                members = dict(
                    con.execute(
                        "select collaboration_id, list(municipality_code order by municipality_code) "
                        "from staging.collaboration_members group by all"
                    ).fetchall()
                )
                frame["municipality_codes"] = frame["collaboration_id"].map(members)
            for column in kind.stored_columns:
                if column.kind == "date" and column.column_name in frame:
                    frame[column.column_name] = pd.to_datetime(frame[column.column_name]).dt.date.astype(object)
                    frame.loc[frame[column.column_name].isna(), column.column_name] = None
            keep = ["source_file", *ledger_columns(kind)]
            rows[kind_name] = frame[[c for c in keep if c in frame]].assign(source_row=pd.NA)
    finally:
        con.close()
    if not rows:
        return None
    sha = hashlib.sha256(ws.warehouse.read_bytes()).hexdigest()
    with ledger.open_ledger(ws.ledger, write=True) as lcon:
        if ledger.migrated_from(lcon, sha):
            return None
        files = sorted({name for frame in rows.values() for name in frame["source_file"].dropna()})
        entry = ledger.Entry(
            action="load",
            kinds=tuple(k for k in LOAD_ORDER if k in rows),
            author=current_author(),
            row_count=sum(len(frame) for frame in rows.values()),
            file_name=", ".join(files),
            sha256=sha,
            note=ledger.NOTE_EARLIER_WAREHOUSE,
            rows=rows,
            counts=(sum(len(frame) for frame in rows.values()), 0, 0),
        )
        return ledger.append(lcon, entry)


# --- reference data ---------------------------------------------------------------


def _stable_id(prefix: str, *parts: str) -> str:
    return prefix + hashlib.sha1("|".join(parts).encode()).hexdigest()[:10]


def load_reference(con, scope: Scope) -> None:
    counties = reference.counties(scope).assign(origin="reference", source_file=reference.COUNTY_FILE)
    insert(con, "staging.counties", counties)
    municipalities = reference.municipalities(scope)
    frame = pd.DataFrame(municipalities.drop(columns="geometry"))
    frame["geometry"] = municipalities.geometry.to_wkb()
    insert(
        con,
        "staging.municipalities",
        frame.assign(origin="reference", source_file=reference.BOUNDARY_FILE),
        select="* replace (st_geomfromwkb(geometry) as geometry)",
    )
    record_dataset(con, "municipalities", "reference", reference.BOUNDARY_FILE, reference.BOUNDARY_SOURCE, None)
    in_scope = set(municipalities["municipality_code"])

    population = reference.read_reference_csv("population_scb.csv")
    population = population[population["municipality_code"].isin(in_scope)]
    insert(
        con,
        "staging.population",
        pd.DataFrame(
            {
                "municipality_code": population["municipality_code"],
                "year": population["year"].astype(int),
                "population": population["population"].astype(int),
                "quality": population["quality"],
                "source": population["source"],
                "origin": "reference",
                "source_file": "population_scb.csv",
            }
        ),
    )
    record_dataset(
        con,
        "population",
        "reference",
        "population_scb.csv",
        "SCB, Folkmängd 31 december (via regionfakta.com; några sekundära källor)",
        _latest_update(population["source"]),
    )

    police = reference.read_reference_csv("police_agreements.csv")
    police = police[police["municipality_code"].isin(in_scope) & ~police["kind"].str.startswith("any")]
    insert(
        con,
        "staging.police_agreements",
        pd.DataFrame(
            {
                "agreement_id": [
                    _stable_id("ref-", *row) for row in police[["municipality_code", "kind", "period"]].values
                ],
                "municipality_code": police["municipality_code"],
                "kind": police["kind"],
                "period": police["period"],
                "detail": police["detail"],
                "source": police["source"],
                "origin": "reference",
                "source_file": "police_agreements.csv",
            }
        ),
    )
    record_dataset(
        con,
        "police_agreements",
        "reference",
        "police_agreements.csv",
        "Polisen och kommunernas webbplatser (medborgarlöften, samverkansöverenskommelser)",
        None,
    )

    collaborations = reference.read_reference_csv("collaborations_known.csv")
    members = collaborations["municipality_codes"].str.split(";")
    keep = members.map(lambda codes: len(set(codes) & in_scope) >= 2)
    collaborations, members = collaborations[keep], members[keep]
    ids = [_stable_id("ref-", row.municipality_codes, row.kind, row.start) for row in collaborations.itertuples()]
    insert(
        con,
        "staging.collaborations",
        pd.DataFrame(
            {
                "collaboration_id": ids,
                "kind": collaborations["kind"],
                "start_date": collaborations["start"].map(lambda s: _period_date(s, False)),
                "end_date": collaborations["end"].map(lambda s: _period_date(s, True)),
                "detail": collaborations["detail"],
                "source": collaborations["source"],
                "origin": "reference",
                "source_file": "collaborations_known.csv",
            }
        ),
    )
    insert(
        con,
        "staging.collaboration_members",
        pd.DataFrame(
            [(cid, code) for cid, codes in zip(ids, members) for code in codes if code in in_scope],
            columns=["collaboration_id", "municipality_code"],
        ),
    )
    record_dataset(
        con,
        "collaborations",
        "reference",
        "collaborations_known.csv",
        "Kommunernas och Brås webbplatser (dokumenterade gemensamma överenskommelser)",
        None,
    )
    reference_network.load_police_areas(con, in_scope)

    events = reference.read_reference_csv("events_known.csv")
    events = events[events["host_municipality_code"].isin(in_scope)]
    insert(
        con,
        "staging.events",
        pd.DataFrame(
            {
                "event_id": events["date"] + "-" + events["event_type"],
                "event_date": pd.to_datetime(events["date"]).dt.date,
                "title": events["title"],
                "event_type": events["event_type"],
                "organiser": events["organiser"],
                "host_code": events["host_municipality_code"],
                "topic": events["topic"].str.lower().map({"brott+andt": "bada", "andt": "andt", "brott": "brott"}),
                "source": events["source"],
                "origin": "reference",
                "source_file": "events_known.csv",
            }
        ),
    )
    record_dataset(
        con,
        "events",
        "reference",
        "events_known.csv",
        "Brå, kommunerna och arrangörerna (dokumenterade evenemang)",
        None,
    )

    reference_facts.load_facts(con, in_scope)


def _in_scope(con) -> set[str]:
    return {row[0] for row in con.execute("select municipality_code from staging.municipalities").fetchall()}


def _period_date(text: str, end: bool):
    from etl.validate import parse_date

    return parse_date(text, end_of_period=end) if text else None


def _latest_update(sources: pd.Series) -> str | None:
    """The newest 'uppd. YYYY-MM-DD' the sources mention: the population figures' date."""
    dates = sources.str.extract(r"uppd\. (\d{4}-\d{2}-\d{2})")[0].dropna()
    return dates.max() if len(dates) else None
