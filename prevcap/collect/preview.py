"""What a checked file would change, as tables a reader takes in at a glance: rows new, replaced and
unchanged per municipality, and every replaced value with its old value beside the new."""

from __future__ import annotations

import pandas as pd

from etl.kinds import KINDS

STATUSES = ("new", "replaced", "unchanged")


def _whose(kind: str) -> str | None:
    kind_ = KINDS[kind]
    for column in kind_.stored_columns:
        if column.kind == "municipality":
            return column.column_name
    return None


def per_municipality(kind: str, diff: pd.DataFrame, names: dict[str, str]) -> pd.DataFrame:
    """municipality, new, replaced, unchanged: one row per municipality of the file (or per file, for a
    kind without one)."""
    column = _whose(kind)
    frame = diff.assign(
        whose=diff[column].map(lambda code: names.get(code, code) if isinstance(code, str) else "–") if column else "–"
    )
    counts = frame.groupby(["whose", "status"]).size().unstack(fill_value=0)
    counts = counts.reindex(columns=list(STATUSES), fill_value=0).reset_index()
    return counts.rename(columns={"whose": "municipality"}).sort_values("municipality").reset_index(drop=True)


def _shown(value) -> str:
    if value is None or (not isinstance(value, (list, tuple)) and pd.isna(value)):
        return ""
    if isinstance(value, (list, tuple)):
        return ", ".join(map(str, value))
    if hasattr(value, "strftime"):
        return value.strftime("%Y-%m-%d")
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def replaced_values(kind: str, diff: pd.DataFrame, names: dict[str, str]) -> pd.DataFrame:
    """key, column, old, new: one row per value a replaced row changes."""
    kind_ = KINDS[kind]
    keys = list(kind_.key_columns)
    rows = []
    for _, row in diff[diff["status"] == "replaced"].iterrows():
        key = ", ".join(names.get(row[k], _shown(row[k])) if isinstance(row[k], str) else _shown(row[k]) for k in keys)
        for column in [c for c in diff.columns if c.startswith("old_") and c != "old_origin"]:
            name = column[4:]
            old, new = _shown(row[column]), _shown(row[name])
            if old != new:
                rows.append(
                    {"key": key, "column": name, "old": old, "new": new, "old_origin": row.get("old_origin", "")}
                )
    return pd.DataFrame(rows, columns=["key", "column", "old", "new", "old_origin"])
