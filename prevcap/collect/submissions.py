"""A municipality's yearly report, in the manner of a benchmarking club: the municipality fills in one
form a year (prefilled with last year's answers), submits it, and the county board accepts it or
returns it with a comment. Only an accepted report becomes a ledger batch, with both authors.

Every version of a report is kept in the ledger file (table report_versions: never updated, never
deleted), so a draft survives a closed browser and the way a report went is known. A report's content
is a plain dict of four parts (posts, funding, law, attendance), checked with the ETL's own rules.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field

import duckdb
import pandas as pd

from core.access import Role
from etl import build, ledger
from etl.kinds import KINDS, LAW_PARTS
from etl.readers import Sheet
from etl.validate import Context, MunicipalityIndex, Problem, validate
from etl.warehouse import staging_frame
from prevcap.collect.scope import authorise

DRAFT, SUBMITTED, RETURNED, ACCEPTED = "draft", "submitted", "returned", "accepted"
NOT_STARTED = "not_started"
STATUSES = (NOT_STARTED, DRAFT, SUBMITTED, RETURNED, ACCEPTED)
# the form's parts, the kind each becomes, and the columns of each row as the form holds them
PARTS = {
    "posts": ("staffing", ("role", "fte", "funded_by", "shared_with")),
    "funding": ("funding", ("funder", "area", "amount_sek")),
    "law": ("law_status", tuple(c.name for c in KINDS["law_status"].columns if c.name not in ("municipality", "year"))),
    "attendance": ("attendance", ("event_id", "participants")),
}

VERSIONS_SQL = """
create table if not exists report_versions (
    version_id        integer primary key,
    municipality_code varchar not null,
    year              integer not null,
    status            varchar not null check (status in ('draft', 'submitted', 'returned', 'accepted')),
    content           varchar not null,  -- JSON: posts, funding, law, attendance
    author            varchar not null,  -- who saved this version (e-mail)
    created_at        timestamp not null,
    comment           varchar,           -- returned: the county board's comment
    batch_id          integer            -- accepted: the ledger batch it became
);
"""


@dataclass
class Report:
    municipality_code: str
    year: int
    status: str = NOT_STARTED
    content: dict = field(default_factory=dict)
    author: str | None = None
    created_at: dt.datetime | None = None
    comment: str | None = None
    batch_id: int | None = None
    submitted_by: str | None = None  # the author of the version that was submitted last


@dataclass
class Outcome:
    problems: list[Problem] = field(default_factory=list)
    report: Report | None = None

    @property
    def ok(self) -> bool:
        return not self.problems


def empty_content() -> dict:
    return {"posts": [], "funding": [], "law": {}, "attendance": []}


# --- reading ------------------------------------------------------------------------------------------


def _versions(ws: build.Workspace, where: str = "", params=()) -> pd.DataFrame:
    with ledger.open_ledger(ws.ledger) as con:
        if (
            con is None
            or not con.execute("select 1 from duckdb_tables() where table_name = 'report_versions'").fetchall()
        ):
            return pd.DataFrame(
                columns=[
                    "version_id",
                    "municipality_code",
                    "year",
                    "status",
                    "content",
                    "author",
                    "created_at",
                    "comment",
                    "batch_id",
                ]
            )
        return con.execute(f"select * from report_versions {where} order by version_id", list(params)).df()


def current(ws: build.Workspace, municipality: str, year: int) -> Report:
    """The report's latest version, or a report not started."""
    versions = _versions(ws, "where municipality_code = ? and year = ?", [municipality, int(year)])
    if versions.empty:
        return Report(municipality, int(year))
    latest = versions.iloc[-1]
    submitted = versions[versions["status"] == SUBMITTED]
    return Report(
        municipality,
        int(year),
        latest["status"],
        json.loads(latest["content"]),
        latest["author"],
        latest["created_at"],
        latest["comment"] if pd.notna(latest["comment"]) else None,
        int(latest["batch_id"]) if pd.notna(latest["batch_id"]) else None,
        submitted["author"].iloc[-1] if len(submitted) else None,
    )


def history(ws: build.Workspace, municipality: str, year: int) -> pd.DataFrame:
    """Every version of a report: status, who, when, the comment."""
    return _versions(ws, "where municipality_code = ? and year = ?", [municipality, int(year)])[
        ["version_id", "status", "author", "created_at", "comment", "batch_id"]
    ]


def overview(ws: build.Workspace, codes: list[str], year: int) -> pd.DataFrame:
    """Per municipality: the status of its report for the year, when it last changed, what is missing, and
    when a version was last accepted (an accepted report stays in the dashboard while a new draft of it is
    being written: it still counts as reported)."""
    versions = _versions(ws, "where year = ?", [int(year)])
    latest = versions.groupby("municipality_code").tail(1).set_index("municipality_code") if len(versions) else None
    accepted = (
        versions[versions["status"] == ACCEPTED].groupby("municipality_code")["created_at"].max()
        if len(versions)
        else pd.Series(dtype="datetime64[ns]")
    )
    rows = []
    for code in codes:
        accepted_at = accepted.get(code, pd.NaT)
        if latest is not None and code in latest.index:
            row = latest.loc[code]
            rows.append(
                {
                    "municipality_code": code,
                    "status": row["status"],
                    "changed_at": row["created_at"],
                    "missing": missing_parts(json.loads(row["content"])),
                    "accepted_at": accepted_at,
                }
            )
        else:
            rows.append(
                {
                    "municipality_code": code,
                    "status": NOT_STARTED,
                    "changed_at": pd.NaT,
                    "missing": list(PARTS),
                    "accepted_at": pd.NaT,
                }
            )
    return pd.DataFrame(rows, columns=["municipality_code", "status", "changed_at", "missing", "accepted_at"])


def missing_parts(content: dict) -> list[str]:
    """The parts of the form with nothing in them."""
    missing = [part for part in ("posts", "funding", "attendance") if not content.get(part)]
    law = content.get("law") or {}
    if not any(law.get(part) is not None for part in LAW_PARTS):
        missing.append("law")
    return [part for part in PARTS if part in missing]


# --- last year's answers ---------------------------------------------------------------------------------


def prefill(con, municipality: str, year: int) -> dict:
    """A new report's content: last year's posts, funding and Lag (2023:196) status as the warehouse has
    them, and this year's events with no participants yet. Two posts (crime prevention, ANDT) at 0 FTE
    when there is nothing to go on, so that a report of no coordinator says so."""
    previous = int(year) - 1
    posts = [
        dict(zip(("role", "fte", "funded_by", "shared_with"), row))
        for row in con.execute(
            "select role, fte, funded_by, shared_with_code from staging.staffing where municipality_code = ? "
            "and year = ? order by role",
            [municipality, previous],
        ).fetchall()
    ]
    last_year_posts = bool(posts)
    if not posts:
        posts = [
            {"role": "brott", "fte": 0.0, "funded_by": None, "shared_with": None},
            {"role": "andt", "fte": 0.0, "funded_by": None, "shared_with": None},
        ]
    funding = [
        dict(zip(("funder", "area", "amount_sek"), row))
        for row in con.execute(
            "select funder, area, amount_sek from staging.funding where municipality_code = ? and year = ? "
            "order by funder, area",
            [municipality, previous],
        ).fetchall()
    ]
    law_columns = PARTS["law"][1]
    law_row = con.execute(
        f"select {', '.join(law_columns)} from staging.law_status where municipality_code = ? and year <= ? "
        "order by year desc limit 1",
        [municipality, previous],
    ).fetchall()
    law = {name: _plain(value) for name, value in zip(law_columns, law_row[0])} if law_row else {}
    attendance = [
        {"event_id": event_id, "participants": participants}
        for event_id, participants in con.execute(
            "select e.event_id, coalesce(a.participants, 0) from staging.events e left join staging.attendance a "
            "on a.event_id = e.event_id and a.municipality_code = ? where year(e.event_date) = ? "
            "and e.event_id not in (select event_id from staging.event_totals) order by e.event_date",
            [municipality, int(year)],
        ).fetchall()
    ]
    # whether the posts are last year's (False: the two posts at 0 FTE are a starting point, not a figure)
    return {"posts": posts, "funding": funding, "law": law, "attendance": attendance, LAST_YEAR_POSTS: last_year_posts}


# a prefill's flag: its posts are last year's report, not the starting point of two posts at 0 FTE
LAST_YEAR_POSTS = "last_year_posts"


def _plain(value):
    return value.isoformat() if hasattr(value, "isoformat") else value


# --- checking a report with the ETL's rules ----------------------------------------------------------------


def _text(value) -> str:
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return ""
    if isinstance(value, bool):
        return "ja" if value else "nej"
    if isinstance(value, float):
        return f"{value:g}"
    return str(value).strip()


def sheets(content: dict, municipality: str, year: int) -> dict[str, Sheet]:
    """Each part of the form as the sheet of its kind, row 1 the header, as a file would hold it: so that
    every rule of the ETL applies and every problem names a row of the form."""
    out = {}
    for part, (_kind, columns) in PARTS.items():
        value = content.get(part)
        rows = [value] if part == "law" else list(value or [])
        if part == "law" and not any(_text(v) for v in (value or {}).values()):
            rows = []
        if part == "attendance":
            header = ["event_id", "municipality", *columns[1:]]
            data = [[_text(r.get("event_id")), municipality, *(_text(r.get(c)) for c in columns[1:])] for r in rows]
        else:
            header = ["municipality", "year", *columns]
            data = [[municipality, str(year), *(_text(r.get(c)) for c in columns)] for r in rows]
        out[part] = Sheet(header, [(number, cells) for number, cells in enumerate(data, start=2)])
    return out


def check(
    con, content: dict, municipality: str, year: int, scope
) -> tuple[dict[str, pd.DataFrame], list[tuple[str, Problem]]]:
    """(rows per kind as staging columns, [(part, problem)]) for a report's content."""
    in_scope = [row[0] for row in con.execute("select municipality_code from staging.municipalities").fetchall()]
    events = frozenset(row[0] for row in con.execute("select event_id from staging.events").fetchall())
    names = con.execute("select municipality_code, municipality_name, county_code from staging.municipalities").df()
    context = Context(MunicipalityIndex(names, in_scope), scope.first_year, scope.last_year, events)
    frames, problems = {}, []
    for part, sheet in sheets(content, municipality, year).items():
        kind = PARTS[part][0]
        if not sheet.rows:
            frames[kind] = staging_frame(kind, [])
            continue
        checked = validate(kind, sheet, context)
        problems += [(part, problem) for problem in checked.problems]
        frames[kind] = staging_frame(kind, checked.records)
    return frames, problems


# --- writing: every change a new version, checked against the role -------------------------------------------


def _append(
    ws: build.Workspace,
    report: Report,
    status: str,
    content: dict,
    author: str,
    comment: str | None = None,
    batch_id: int | None = None,
) -> Report:
    with ledger.open_ledger(ws.ledger, write=True) as con:
        con.execute(VERSIONS_SQL)
        version = con.execute("select coalesce(max(version_id), 0) + 1 from report_versions").fetchall()[0][0]
        created = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None, microsecond=0)
        con.execute(
            "insert into report_versions values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                version,
                report.municipality_code,
                report.year,
                status,
                json.dumps(content, ensure_ascii=False),
                author,
                created,
                comment,
                batch_id,
            ],
        )
        con.execute("checkpoint")
    return current(ws, report.municipality_code, report.year)


def _refusal(key: str, **values) -> Outcome:
    return Outcome([Problem(None, None, key, values)])


def _may_edit(role: Role, municipality: str) -> Outcome | None:
    if not role.may_report or not role.email:
        return _refusal("auth.not_allowed.reporter", email=role.email or "–")
    if not role.may_write(municipality):
        return _refusal("collect.err.not_yours", name=municipality)
    return None


def save_draft(ws: build.Workspace, role: Role, municipality: str, year: int, content: dict) -> Outcome:
    """Keep what is filled in so far (nothing is checked yet: a draft may be half done)."""
    refused = _may_edit(role, municipality)
    if refused:
        return refused
    report = current(ws, municipality, year)
    if report.status == SUBMITTED:
        return _refusal("collect.err.already_submitted")
    with ws.lock():
        return Outcome(report=_append(ws, report, DRAFT, content, role.email))


def submit(ws: build.Workspace, role: Role, municipality: str, year: int, content: dict) -> Outcome:
    """Hand the report to the county board: it must pass every rule first."""
    refused = _may_edit(role, municipality)
    if refused:
        return refused
    report = current(ws, municipality, year)
    if report.status == SUBMITTED:
        return _refusal("collect.err.already_submitted")
    con = duckdb.connect(str(ws.warehouse), read_only=True)
    try:
        _, problems = check(con, content, municipality, year, ws.scope)
    finally:
        con.close()
    if problems:
        return Outcome([problem for _, problem in problems])
    with ws.lock():
        return Outcome(report=_append(ws, report, SUBMITTED, content, role.email))


def return_report(ws: build.Workspace, role: Role, municipality: str, year: int, comment: str) -> Outcome:
    """Send a submitted report back to the municipality, saying why."""
    if not role.is_admin or not role.may_write(municipality):
        return _refusal("collect.err.not_yours", name=municipality)
    report = current(ws, municipality, year)
    if report.status != SUBMITTED:
        return _refusal("collect.err.not_submitted")
    if not (comment or "").strip():
        return _refusal("collect.err.comment_needed")
    with ws.lock():
        return Outcome(report=_append(ws, report, RETURNED, report.content, role.email, comment.strip()[:2000]))


def accept(ws: build.Workspace, role: Role, municipality: str, year: int, names: dict[str, str]) -> Outcome:
    """Accept a submitted report: it becomes one ledger batch (author: the reporter; reviewer: the admin),
    which replaces the municipality's rows of the year whole."""
    if not role.is_admin or not role.may_write(municipality):
        return _refusal("collect.err.not_yours", name=municipality)
    report = current(ws, municipality, year)
    if report.status != SUBMITTED:
        return _refusal("collect.err.not_submitted")
    con = duckdb.connect(str(ws.warehouse), read_only=True)
    try:
        frames, problems = check(con, report.content, municipality, year, ws.scope)
    finally:
        con.close()
    if problems:
        return Outcome([problem for _, problem in problems])
    original = json.dumps(
        {"municipality": municipality, "year": int(year), **report.content}, ensure_ascii=False, indent=1
    ).encode()
    file_name = f"rapport_{municipality}_{int(year)}.json"
    loaded = build.load_report(
        ws,
        frames,
        municipality,
        int(year),
        author=report.submitted_by or report.author,
        reviewer=role.email,
        original=original,
        file_name=file_name,
        authorise=lambda kind, frame: authorise(role, kind, names)(frame),
    )
    if not loaded.ok:
        return Outcome(loaded.problems)
    with ws.lock():
        return Outcome(report=_append(ws, report, ACCEPTED, report.content, role.email, batch_id=loaded.batch_id))
