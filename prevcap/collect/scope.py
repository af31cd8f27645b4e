"""Whether a role may write the rows of a batch: the check every browser write runs under the writer
lock (etl.build's `authorise`), so that a reporter never writes for another municipality and an admin
never for another county, whatever a page offered."""

from __future__ import annotations

import pandas as pd

from core.access import Role
from etl.validate import Problem

# the columns that say whose figures a row holds, per kind (collaborations: any of its members)
MUNICIPALITY_COLUMNS = {
    "staffing": ("municipality_code",),
    "funding": ("municipality_code",),
    "attendance": ("municipality_code",),
    "population": ("municipality_code",),
    "law_status": ("municipality_code",),
    "events": ("host_code",),
}
# crime and kolada are not here: a public source's published figures are no county's own, and any
# admin may load the file as the source publishes it


def authorise(role: Role, kind: str, names: dict[str, str] | None = None):
    """A check for etl.build.load_file / load_report: the problems of rows the role may not write."""
    names = names or {}

    def check(frame: pd.DataFrame) -> list[Problem]:
        problems = []
        rows = frame.get("source_row", pd.Series([None] * len(frame), index=frame.index))
        if kind == "collaborations":
            for row, members in zip(rows, frame["municipality_codes"]):
                if not role.writable(members):
                    problems.append(_problem(row, "municipalities", ", ".join(names.get(m, m) for m in members)))
            return problems
        for column in MUNICIPALITY_COLUMNS.get(kind, ()):
            for row, code in zip(rows, frame[column]):
                if code is None or (isinstance(code, float) and pd.isna(code)):
                    continue  # an event without a host
                if not role.may_write(code):
                    problems.append(_problem(row, _header(kind, column), names.get(code, code)))
        return problems

    return check


def _header(kind: str, column: str) -> str:
    """The column as the template names it (municipality), not as the warehouse stores it (municipality_code)."""
    from etl.kinds import KINDS

    return next((c.name for c in KINDS[kind].columns if c.column_name == column), column)


def _problem(row, column: str, name: str) -> Problem:
    row = None if row is None or pd.isna(row) else int(row)
    return Problem(row, column, "collect.err.not_yours", {"name": name, "value": name})
