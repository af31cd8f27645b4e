"""What a checked file would change, as tables a reader takes in at a glance: rows new, replaced and
unchanged per municipality, and every replaced value with its old value beside the new."""

from __future__ import annotations

import pandas as pd

from core.i18n import t, texts
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


def _shown(value, lang: str = "sv") -> str:
    if value is None or (not isinstance(value, (list, tuple)) and pd.isna(value)):
        return ""
    if isinstance(value, (list, tuple)):
        return ", ".join(map(str, value))
    if hasattr(value, "strftime"):
        return value.strftime("%Y-%m-%d")
    if isinstance(value, float):
        return f"{value:g}".replace(".", ",") if lang == "sv" else f"{value:g}"
    return str(value)


# The words the dashboard uses for a choice's codes (a role, a funder, a topic): the preview says
# "brottsförebyggande samordnare", not the stored code "brott". A code without a word shows as it is.
CHOICE_TEXTS = {
    "role": "network.role",
    "funded_by": "funding.funder",
    "funder": "funding.funder",
    "topic": "events.topic",
    "area": "funding.area",
}


def _choice(column_name: str, shown: str, lang: str) -> str:
    prefix = CHOICE_TEXTS.get(column_name)
    key = f"{prefix}.{shown}"
    return t(key, lang) if prefix and shown and key in texts() else shown


def _key_part(column_name: str, value, names: dict[str, str], lang: str) -> str:
    """A key's part as the reader calls it: a municipality by its name, a choice by its word."""
    if not isinstance(value, str):
        return _shown(value, lang)
    return names.get(value) or _choice(column_name, value, lang)


def header(column, lang: str) -> str:
    """A column as its reader calls it: in Swedish its first Swedish header (Årsarbetare), else the
    template's (fte)."""
    if lang == "sv" and column.aliases:
        return column.aliases[0][:1].upper() + column.aliases[0][1:]
    return column.name


def replaced_values(kind: str, diff: pd.DataFrame, names: dict[str, str], lang: str = "sv") -> pd.DataFrame:
    """key, column, old, new: one row per value a replaced row changes, with the column's header and the
    values as the reader writes them (decimal comma, municipality names)."""
    kind_ = KINDS[kind]
    keys = list(kind_.key_columns)
    by_stored = {column.column_name: column for column in kind_.columns}
    rows = []
    for _, row in diff[diff["status"] == "replaced"].iterrows():
        key = ", ".join(_key_part(k, row[k], names, lang) for k in keys)
        for column in [c for c in diff.columns if c.startswith("old_") and c != "old_origin"]:
            name = column[4:]
            old, new = _shown(row[column], lang), _shown(row[name], lang)
            if old != new:
                described = by_stored.get(name)
                if described is not None and described.kind == "municipality":
                    old, new = names.get(old, old), names.get(new, new)
                elif described is not None and described.kind == "choice":
                    old, new = _choice(name, old, lang), _choice(name, new, lang)
                rows.append(
                    {
                        "key": key,
                        "column": header(described, lang) if described is not None else name,
                        "old": old,
                        "new": new,
                        "old_origin": row.get("old_origin", ""),
                    }
                )
    return pd.DataFrame(rows, columns=["key", "column", "old", "new", "old_origin"])
