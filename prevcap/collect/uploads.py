"""A county board's file through the browser: kept under a safe name, its kind found from its headers,
checked and previewed without writing, then loaded as a ledger batch with the signed-in user as its
author; the batches of the county, their original files, and a revert. Every write checks the role."""

from __future__ import annotations

import hashlib
import re
import tempfile
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from core import config
from core.access import Role
from etl import build, ledger
from etl.kinds import KINDS, SHEET_KINDS
from etl.readers import UnreadableFile, read_sheet
from etl.validate import Problem, map_header
from prevcap.collect.scope import authorise

BRA_HEADER = ["kommun", "antal", "per 100 000 inv."]  # Brå's CSV from 2023
SUFFIXES = (".csv", ".xlsx", ".txt", ".json")  # .json: a saved Kolada response


def max_upload_bytes() -> int:
    """prevcap.toml's max_upload_mb (default 10): the same limit Streamlit's uploader is given."""
    return int(float(config.setting("max_upload_mb", 10)) * 1_000_000)


def safe_file_name(name: str) -> str:
    """The name an upload is kept and shown under: its last part only (no folders, no '..'), letters,
    digits and a few signs, no markup or control characters, at most 100 characters, its suffix kept."""
    base = re.split(r"[\\/]", str(name))[-1]
    base = unicodedata.normalize("NFC", base)
    stem, dot, suffix = base.rpartition(".")
    if not dot:
        stem, suffix = base, ""
    stem = re.sub(r"[^\w\s.,()+-]", "_", stem, flags=re.UNICODE)
    stem = re.sub(r"[\s_]+", "_", stem).strip("._ ") or "fil"
    suffix = re.sub(r"[^A-Za-z0-9]", "", suffix)[:5].lower()
    return stem[:100] + (f".{suffix}" if suffix else "")


@dataclass
class Upload:
    """A file the user gave, kept in a private folder of the server."""

    name: str
    path: Path
    sha256: str
    size: int


def keep(data: bytes, name: str) -> tuple[Upload | None, list[Problem]]:
    """Keep the bytes under a safe name, or say why not (too large, a kind of file that is not read)."""
    limit = max_upload_bytes()
    if len(data) > limit:
        return None, [
            Problem(
                None, None, "collect.err.too_large", {"size": f"{len(data) / 1e6:.1f}", "limit": f"{limit / 1e6:g}"}
            )
        ]
    safe = safe_file_name(name)
    if Path(safe).suffix.lower() not in SUFFIXES:
        return None, [Problem(None, None, "etl.err.bad_suffix", {"suffix": Path(safe).suffix or "–"})]
    folder = Path(tempfile.mkdtemp(prefix="prevcap-upload-"))
    path = folder / safe
    path.write_bytes(data)
    return Upload(safe, path, hashlib.sha256(data).hexdigest(), len(data)), []


def detect_kind(path: Path) -> tuple[str | None, list[Problem]]:
    """The kind whose required columns the headers hold (the most columns matched wins); a problem when
    none fits or two fit equally. A saved Kolada response (.json) and Brå's CSV of reported crimes
    (header 'Kommun;Antal;Per 100 000 inv.') are recognised as published; Brå's 2021 file has no
    header, and its kind is chosen by hand."""
    if path.suffix.lower() == ".json":
        return "kolada", []
    try:
        sheet = read_sheet(path)
    except UnreadableFile as error:
        return None, [Problem(None, None, error.reason, error.values)]
    if [str(cell).strip().casefold() for cell in sheet.header] == BRA_HEADER:
        return "crime", []
    scores = {}
    for name in SHEET_KINDS:
        kind = KINDS[name]
        positions, _ = map_header(kind, sheet.header)
        if all(column.name in positions for column in kind.columns if column.required):
            scores[name] = len(positions)
    if not scores:
        return None, [Problem(1, None, "collect.err.kind_unknown", {})]
    best = max(scores.values())
    fitting = sorted(name for name, score in scores.items() if score == best)
    if len(fitting) > 1:
        return None, [Problem(1, None, "collect.err.kind_ambiguous", {"kinds": ", ".join(fitting)})]
    return fitting[0], []


@dataclass
class Preview:
    kind: str
    result: build.LoadResult
    scope_problems: list[Problem] = field(default_factory=list)

    @property
    def problems(self) -> list[Problem]:
        return self.result.problems + self.scope_problems

    @property
    def ok(self) -> bool:
        return not self.problems


def preview(ws: build.Workspace, role: Role, kind: str, upload: Upload, names: dict[str, str]) -> Preview:
    """What loading the file would do, checked against the role; nothing is written."""
    result = build.preview_file(ws, kind, upload.path)
    scope_problems = []
    if result.ok and result.diff is not None:
        scope_problems = authorise(role, kind, names)(result.diff)
    return Preview(kind, result, scope_problems)


def confirm(ws: build.Workspace, role: Role, kind: str, upload: Upload, names: dict[str, str]) -> build.LoadResult:
    """Load the file as a batch by the signed-in admin; the role is checked again under the writer lock."""
    if not role.is_admin:
        return build.LoadResult(
            kind, upload.path, [Problem(None, None, "auth.not_allowed.admin", {"email": role.email or "–"})]
        )
    return build.load_file(
        ws,
        kind,
        upload.path,
        role.email,
        channel="upload",
        file_name=upload.name,
        authorise=authorise(role, kind, names),
    )


def problem_table(problems: list[Problem], lang: str) -> pd.DataFrame:
    """Every problem as a row: the row as the spreadsheet shows it, the column, the value, what is wrong."""
    from core.i18n import t

    return pd.DataFrame(
        {
            "row": pd.array([p.row for p in problems], dtype="Int64"),
            "column": [p.column or "" for p in problems],
            "value": [str(p.values.get("value", "")) for p in problems],
            "problem": [t(p.key, lang, **p.values) for p in problems],
        }
    )


# --- the batches of a county --------------------------------------------------------------------------


def batch_codes(ws: build.Workspace) -> dict[int, set[str]]:
    """Batch id -> the municipalities its rows are about (members of a collaboration included)."""
    from etl.history import _municipal_columns
    from etl.identifiers import quoted
    from etl.schema import ledger_table

    found: dict[int, set[str]] = {}
    with ledger.open_ledger(ws.ledger) as con:
        if con is None:
            return found
        present = {row[0] for row in con.execute("select table_name from duckdb_tables()").fetchall()}
        for kind_name in KINDS:
            if ledger_table(kind_name) not in present:
                continue
            columns = [f"{quoted(column)}::varchar" for column in _municipal_columns(kind_name)]
            if kind_name == "collaborations":
                columns = ["unnest(municipality_codes)"]
            for column in columns:
                for batch_id, code in con.execute(
                    f"select distinct batch_id, {column} from {quoted(ledger_table(kind_name))}"
                ).fetchall():
                    if code:
                        found.setdefault(batch_id, set()).add(code)
    return found


def county_batches(ws: build.Workspace, role: Role) -> pd.DataFrame:
    """The ledger's entries about the admin's municipalities, newest first, with who and when."""
    with ledger.open_ledger(ws.ledger) as con:
        frame = ledger.entries(con)
    if frame.empty:
        return frame
    codes = batch_codes(ws)
    targets = dict(zip(frame["entry_id"], frame["target_id"]))

    def about(entry_id, action) -> set[str]:
        return codes.get(int(targets[entry_id]) if action == "revert" else int(entry_id), set())

    mine = [bool(role.writable(about(e, a))) for e, a in zip(frame["entry_id"], frame["action"])]
    return frame[mine].sort_values("entry_id", ascending=False).reset_index(drop=True)


def original_file(ws: build.Workspace, role: Role, entry_id: int) -> tuple[str | None, bytes | None]:
    """A batch's file as it was loaded, for an admin of its municipalities."""
    if not role.is_admin or not role.writable(batch_codes(ws).get(entry_id, set())):
        return None, None
    with ledger.open_ledger(ws.ledger) as con:
        return ledger.original_file(con, entry_id) if con is not None else (None, None)


def revert(ws: build.Workspace, role: Role, entry_id: int) -> build.RevertResult:
    """Undo a batch (or a revert) of the admin's municipalities: every municipality it holds must be theirs."""
    with ledger.open_ledger(ws.ledger) as con:
        frame = ledger.entries(con)
    target = frame[frame["entry_id"] == entry_id]
    batch = int(target["target_id"].iloc[0]) if len(target) and target["action"].iloc[0] == "revert" else entry_id
    codes = batch_codes(ws).get(batch, set())
    if not role.is_admin or not codes or len(role.writable(codes)) != len(codes):
        return build.RevertResult(
            entry_id,
            [Problem(None, None, "collect.err.not_yours", {"name": ", ".join(sorted(codes)) or str(entry_id)})],
        )
    return build.revert(ws, entry_id, role.email)
