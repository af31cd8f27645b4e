"""The yearly report as the Rapportera form holds it: a report's content as the four tables and answers
the form's editors show, and what they give back as content again; the problems of the ETL's check as the
form numbers its rows and names its fields; the county board's comparison with last year; the county's
progress for Inrapportering. No Streamlit here: prevcap/ui/report_form.py draws it."""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

import pandas as pd

from core import fmt
from core.i18n import t
from etl.kinds import LAW_PARTS, ROLE_CHOICES
from etl.validate import Problem
from prevcap.collect import submissions
from prevcap.domain.funding import FUNDERS, FUNDING_AREAS

ROLES = tuple(dict.fromkeys(ROLE_CHOICES.values()))  # brott, andt, annan
POST_COLUMNS = submissions.PARTS["posts"][1]
FUNDING_COLUMNS = submissions.PARTS["funding"][1]
ATTENDANCE_COLUMNS = ("event_id", "event_date", "title", "participants")
# the answers of the Lag (2023:196) part, and what each stores
LAW_ANSWERS = {"yes": True, "no": False, "unanswered": None}
# the form's own field names for the sheet columns a problem can name (the sheet's are the ETL's)
FIELD_LABELS = {
    "role": "collect.col.role",
    "fte": "collect.col.fte",
    "funded_by": "collect.col.funded_by",
    "shared_with": "collect.col.shared_with",
    "funder": "collect.col.funder",
    "area": "collect.col.area",
    "amount_sek": "collect.col.amount_sek",
    "event_id": "collect.col.event",
    "participants": "collect.col.participants",
    **{part: f"cap.law.{part}" for part in LAW_PARTS},
}
# the columns of each part that identify a row (the ETL's key without municipality and year)
PART_KEYS = {"posts": ("role",), "funding": ("funder", "area"), "attendance": ("event_id",)}
LOCAL_TIME = ZoneInfo("Europe/Stockholm")


def _missing(value) -> bool:
    return value is None or value is pd.NA or value is pd.NaT or (isinstance(value, float) and math.isnan(value))


def _plain(value):
    """A cell as the content holds it: None for an empty cell, a float for a number, else text."""
    if _missing(value):
        return None
    if isinstance(value, str):
        return value.strip() or None
    if hasattr(value, "item"):  # numpy scalars
        value = value.item()
    return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else value


# --- content -> what the form shows ------------------------------------------------------------------


def _frame(rows: list[dict], columns, numbers=()) -> pd.DataFrame:
    frame = pd.DataFrame([[row.get(column) for column in columns] for row in rows], columns=list(columns), dtype=object)
    for column in numbers:
        frame[column] = pd.to_numeric(frame[column], errors="coerce").astype("float64")
    return frame


def posts_frame(content: dict) -> pd.DataFrame:
    return _frame(content.get("posts") or [], POST_COLUMNS, numbers=("fte",))


def funding_frame(content: dict) -> pd.DataFrame:
    return _frame(content.get("funding") or [], FUNDING_COLUMNS, numbers=("amount_sek",))


def attendance_frame(content: dict, events: pd.DataFrame) -> pd.DataFrame:
    """Every event of the year (event_id, event_date, title) with the participants the content gives
    (0 when it names none), and after them any event of the content that is not among them (the check
    then names it)."""
    given = {row.get("event_id"): row.get("participants") for row in content.get("attendance") or []}
    rows = [
        {
            "event_id": event.event_id,
            "event_date": event.event_date,
            "title": event.title,
            "participants": given.get(event.event_id, 0),
        }
        for event in events.itertuples()
    ]
    known = set(events["event_id"])
    rows += [
        {"event_id": event_id, "event_date": None, "title": event_id, "participants": participants}
        for event_id, participants in given.items()
        if event_id not in known
    ]
    return _frame(rows, ATTENDANCE_COLUMNS, numbers=("participants",))


@dataclass(frozen=True)
class LawAnswer:
    answer: str  # a key of LAW_ANSWERS
    date: dt.date | None
    link: str


def law_answers(content: dict) -> dict[str, LawAnswer]:
    """Per part of the law (coordinating_function, lagesbild, atgardsplan): in place, since when, where."""
    law = content.get("law") or {}
    answers = {}
    for part in LAW_PARTS:
        value = law.get(part)
        answer = next((code for code, stored in LAW_ANSWERS.items() if stored is value), "unanswered")
        answers[part] = LawAnswer(answer, _date(law.get(f"{part}_date")), law.get(f"{part}_link") or "")
    return answers


def _date(value) -> dt.date | None:
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


# --- what the form gives back -> content ------------------------------------------------------------------


def content_from_form(
    posts: pd.DataFrame, funding: pd.DataFrame, law: dict[str, LawAnswer], attendance: pd.DataFrame
) -> dict:
    """A report's content (submissions' four parts) from the editors' tables and the law's answers. A row
    left wholly empty (added, then not filled in) is dropped; every other row goes to the check as it is."""

    def rows(frame: pd.DataFrame, columns) -> list[dict]:
        out = []
        for record in frame.to_dict("records"):
            row = {column: _plain(record.get(column)) for column in columns}
            if any(value is not None for value in row.values()):
                out.append(row)
        return out

    law_content = {}
    for part, answer in law.items():
        law_content[part] = LAW_ANSWERS[answer.answer]
        law_content[f"{part}_date"] = answer.date.isoformat() if answer.date else None
        law_content[f"{part}_link"] = (answer.link or "").strip() or None
    attendance_rows = [
        {"event_id": row["event_id"], "participants": row["participants"]}
        for row in rows(attendance, ("event_id", "participants"))
        if row["event_id"] is not None
    ]
    for row in attendance_rows:
        if isinstance(row["participants"], float) and row["participants"].is_integer():
            row["participants"] = int(row["participants"])
    return {
        "posts": rows(posts, POST_COLUMNS),
        "funding": rows(funding, FUNDING_COLUMNS),
        "law": law_content,
        "attendance": attendance_rows,
    }


# --- problems as the form shows them ---------------------------------------------------------------------


@dataclass(frozen=True)
class FormProblem:
    part: str
    row: int | None  # the row of the form's table (1: the first), None for the part as a whole
    column: str | None  # the sheet column the problem names (role, fte, coordinating_function_link ...)
    key: str
    values: dict = field(default_factory=dict)

    def field_label(self, lang: str) -> str:
        if self.column is None:
            return ""
        for part in LAW_PARTS:  # a law part's date and link
            if self.column in (f"{part}_date", f"{part}_link"):
                which = "date" if self.column.endswith("_date") else "link"
                return t(f"collect.col.law_{which}", lang, part=t(f"cap.law.{part}", lang))
        return t(FIELD_LABELS[self.column], lang) if self.column in FIELD_LABELS else self.column

    def text(self, lang: str) -> str:
        """The message, with a duplicate's other row as the form numbers it and its key as the form names it."""
        values = dict(self.values)
        if self.key == "etl.err.duplicate_key":
            values["other"] = int(values["other"]) - 1
            values["key"] = ", ".join(t(FIELD_LABELS[column], lang) for column in PART_KEYS.get(self.part, ()))
        return t(self.key, lang, **values)


def form_problems(problems: list[tuple[str, Problem]]) -> dict[str, list[FormProblem]]:
    """submissions.check's [(part, problem)] by part, each row as the form numbers it: the sheet's row 1 is
    its header, so the form's first row is the sheet's row 2. The law part is one row: no number."""
    by_part: dict[str, list[FormProblem]] = {part: [] for part in submissions.PARTS}
    for part, problem in problems:
        row = None if part == "law" or problem.row is None or problem.row < 2 else problem.row - 1
        by_part.setdefault(part, []).append(FormProblem(part, row, problem.column, problem.key, dict(problem.values)))
    return by_part


def refusal_texts(problems: list[Problem], lang: str) -> list[str]:
    """A write's refusals (not yours, already submitted, a comment needed, a rule broken after all): their
    messages, naming the row and column when they have one."""
    name = t("collect.form.report_name", lang)
    return [
        problem.message(name, lang)
        if problem.row is not None or problem.column is not None
        else t(problem.key, lang, **problem.values)
        for problem in problems
    ]


def problem_table(problems: list[FormProblem], lang: str) -> pd.DataFrame:
    """A part's problems: row of the form, field, message."""
    return pd.DataFrame(
        {
            "row": pd.array([problem.row for problem in problems], dtype="Int64"),
            "field": [problem.field_label(lang) for problem in problems],
            "message": [problem.text(lang) for problem in problems],
        }
    )


PROBLEM_COLUMNS = {
    "row": ("collect.problems.row", "plain"),
    "field": ("collect.problems.field", None),
    "message": ("collect.problems.message", None),
}


# --- the report's status ------------------------------------------------------------------------------


def local_time(value) -> str:
    """A version's time (UTC, as the ledger keeps it) as a Swedish reader's clock shows it: '2026-12-01 22:45'."""
    if _missing(value):
        return ""
    stamp = pd.Timestamp(value)
    stamp = stamp.tz_localize("UTC") if stamp.tzinfo is None else stamp
    return stamp.tz_convert(LOCAL_TIME).strftime("%Y-%m-%d %H:%M")


def empty_parts(content: dict, events: pd.DataFrame) -> list[str]:
    """The parts the form leaves empty (submissions.missing_parts), but attendance in a year without events:
    there is nothing to fill in."""
    return [part for part in submissions.missing_parts(content) if not (part == "attendance" and events.empty)]


def missing_text(parts: list[str], lang: str) -> str:
    return ", ".join(t(f"collect.part.{part}", lang) for part in parts)


def report_years(context_years, today: dt.date, last_year: int) -> list[int]:
    """The years a report can be made for, newest first: the warehouse's years, and every year after
    them up to this calendar year when prevcap.toml's last year allows it (a municipality reports the year
    before the data of it reaches the dashboard)."""
    years = set(int(year) for year in context_years)
    newest = max(years) if years else today.year
    years |= set(range(newest + 1, min(today.year, int(last_year)) + 1))
    return sorted(years, reverse=True)


# --- the county board's comparison: last year -> this report --------------------------------------------


def _answer_label(value, lang: str) -> str:
    code = next((code for code, stored in LAW_ANSWERS.items() if stored is value), "unanswered")
    return t(f"collect.law.{code}", lang)


def compare_posts(last: dict, report: dict, lang: str) -> tuple[pd.DataFrame, dict]:
    """FTE per role, last year and in this report (a role neither has is left out)."""

    def by_role(content):
        totals: dict[str, float] = {}
        for post in content.get("posts") or []:
            fte = _number(post.get("fte"))
            if post.get("role") in ROLES and fte is not None:
                totals[post["role"]] = totals.get(post["role"], 0.0) + fte
        return totals

    known = last.get(submissions.LAST_YEAR_POSTS, True)  # no report last year: nothing to compare, not 0
    before, now = (by_role(last) if known else {}), by_role(report)
    roles = [role for role in ROLES if role in before or role in now]
    frame = pd.DataFrame(
        {
            "label": [t(f"network.role.{role}", lang) for role in roles],
            "last_year": [before.get(role, math.nan) for role in roles],
            "report": [now.get(role, math.nan) for role in roles],
        }
    )
    frame.loc[len(frame)] = [
        t("collect.compare.total", lang),
        sum(before.values()) if known else math.nan,
        sum(now.values()),
    ]
    return frame, _compare_columns("collect.col.role", "localized")


def compare_funding(last: dict, report: dict, lang: str) -> tuple[pd.DataFrame, dict]:
    """Amounts per funder and area, last year and in this report, and the totals."""

    def by_source(content):
        amounts: dict[tuple[str, str], float] = {}
        for row in content.get("funding") or []:
            amount = _number(row.get("amount_sek"))
            if amount is not None:
                key = (row.get("funder"), row.get("area") or "bada")
                amounts[key] = amounts.get(key, 0.0) + amount
        return amounts

    before, now = by_source(last), by_source(report)
    order = {(funder, area): (i, j) for i, funder in enumerate(FUNDERS) for j, area in enumerate(FUNDING_AREAS)}
    keys = sorted(set(before) | set(now), key=lambda key: order.get(key, (99, 99)))
    frame = pd.DataFrame(
        {
            "label": [_source_label(funder, area, lang) for funder, area in keys],
            "last_year": [before.get(key, math.nan) for key in keys],
            "report": [now.get(key, math.nan) for key in keys],
        }
    )
    frame.loc[len(frame)] = [t("collect.compare.total", lang), sum(before.values()), sum(now.values())]
    return frame, _compare_columns("collect.col.funder", "localized")


def _source_label(funder, area, lang: str) -> str:
    funder_label = t(f"funding.funder.{funder}", lang) if funder in FUNDERS else str(funder)
    area_label = t(f"funding.area.{area}", lang) if area in FUNDING_AREAS else str(area)
    return f"{funder_label} – {area_label}"


def compare_law(last: dict, report: dict, lang: str) -> tuple[pd.DataFrame, dict]:
    before, now = last.get("law") or {}, report.get("law") or {}
    frame = pd.DataFrame(
        {
            "label": [t(f"cap.law.{part}", lang) for part in LAW_PARTS],
            "last_year": [_answer_label(before.get(part), lang) for part in LAW_PARTS],
            "report": [_answer_label(now.get(part), lang) for part in LAW_PARTS],
        }
    )
    return frame, _compare_columns("collect.col.law_part", None)


def compare_attendance(in_dashboard: dict, report: dict, events: pd.DataFrame, lang: str):
    """Participants per event of the year: as the dashboard has them now, and in this report."""
    titles = dict(zip(events["event_id"], events["title"]))
    before = {row["event_id"]: _number(row.get("participants")) for row in in_dashboard.get("attendance") or []}
    now = {row["event_id"]: _number(row.get("participants")) for row in report.get("attendance") or []}
    ids = list(dict.fromkeys([*titles, *now]))
    ids = [event_id for event_id in ids if event_id in before or event_id in now]
    frame = pd.DataFrame(
        {
            "label": [titles.get(event_id, event_id) for event_id in ids],
            "last_year": [before.get(event_id, math.nan) for event_id in ids],
            "report": [now.get(event_id, math.nan) for event_id in ids],
        }
    )
    columns = _compare_columns("collect.col.event", "localized")
    columns["last_year"] = ("collect.compare.in_dashboard", "localized")
    return frame, columns


def _compare_columns(label_key: str, number_format: str | None) -> dict:
    return {
        "label": (label_key, None),
        "last_year": ("collect.compare.last_year", number_format),
        "report": ("collect.compare.report", number_format),
    }


def _number(value) -> float | None:
    if _missing(value):
        return None
    try:
        return float(str(value).replace(",", ".")) if isinstance(value, str) else float(value)
    except ValueError:
        return None


# --- Inrapportering: the county's reports ---------------------------------------------------------------


@dataclass(frozen=True)
class Progress:
    total: int
    accepted: int
    submitted: int

    @property
    def share(self) -> float:
        return self.accepted / self.total if self.total else 0.0


def status_table(
    overview: pd.DataFrame, names: dict[str, str], lang: str, events_in_year: bool = True
) -> tuple[pd.DataFrame, dict]:
    """submissions.overview's rows as Inrapportering lists them: by name, status, the last accepted version
    and missing parts in words (attendance is not missing in a year without events)."""
    frame = pd.DataFrame(
        {
            "municipality_name": [names.get(code, code) for code in overview["municipality_code"]],
            "status": [t(f"collect.status.{status}", lang) for status in overview["status"]],
            "changed_at": [local_time(value) for value in overview["changed_at"]],
            "accepted_at": [local_time(value) for value in overview["accepted_at"]],
            "missing": [
                missing_text([p for p in parts if events_in_year or p != "attendance"], lang)
                for parts in overview["missing"]
            ],
        }
    )
    order = sorted(range(len(frame)), key=lambda i: fmt.swedish_key(frame["municipality_name"].iloc[i]))
    columns = {
        "municipality_name": ("col.municipality", None),
        "status": ("collect.col.status", None),
        "changed_at": ("collect.col.changed_at", None),
        "accepted_at": ("collect.col.accepted_at", None),
        "missing": ("collect.col.missing", None),
    }
    return frame.iloc[order].reset_index(drop=True), columns


def progress(overview: pd.DataFrame) -> Progress:
    """How many reports are accepted (a version accepted, even if a new draft of it is being written), and
    how many wait for review."""
    statuses = list(overview["status"])
    accepted = int(((overview["status"] == submissions.ACCEPTED) | overview["accepted_at"].notna()).sum())
    return Progress(len(statuses), accepted, statuses.count(submissions.SUBMITTED))


def by_name(codes, names: dict[str, str]) -> list[str]:
    """Municipality codes in the order a Swedish reader looks for their names."""
    return sorted(codes, key=lambda code: fmt.swedish_key(names.get(code, code)))
