"""`python -m etl history`: the ledger's batches, and one key's values over time."""

from __future__ import annotations

import json

import pandas as pd

from core.i18n import t
from etl import ledger, reference
from etl.identifiers import quoted
from etl.kinds import KINDS
from etl.schema import ledger_table
from etl.validate import MunicipalityIndex


class UnknownMunicipality(ValueError):
    def __init__(self, value: str):
        super().__init__(value)
        self.value = value


def municipality_code(value: str) -> str:
    names = reference.all_municipality_names()
    code, problem = MunicipalityIndex(names, names["municipality_code"]).resolve(value)
    if problem is not None:
        raise UnknownMunicipality(value)
    return code


def _municipal_columns(kind_name: str) -> list[str]:
    return [c.column_name for c in KINDS[kind_name].stored_columns if c.kind == "municipality"]


def batches_touching(con, code: str) -> set[int]:
    """The batches with a row about the municipality (as its municipality, host, partner or member)."""
    found: set[int] = set()
    for kind_name in KINDS:
        conditions = [f"{quoted(column)} = ?" for column in _municipal_columns(kind_name)]
        params = [code] * len(conditions)
        if kind_name == "collaborations":
            conditions.append("list_contains(municipality_codes, ?)")
            params.append(code)
        if conditions:
            found |= {
                row[0]
                for row in con.execute(
                    f"select distinct batch_id from {quoted(ledger_table(kind_name))} where " + " or ".join(conditions),
                    params,
                ).fetchall()
            }
    return found


def when_text(value) -> str:
    return pd.Timestamp(value).strftime("%Y-%m-%d %H:%M") + " UTC"


def _table(header: list[str], rows: list[list[str]]) -> list[str]:
    widths = [max(len(str(cell)) for cell in column) for column in zip(header, *rows)]
    lines = ["  ".join(str(cell).ljust(width) for cell, width in zip(header, widths)).rstrip()]
    lines.append("  ".join("-" * width for width in widths))
    lines += ["  ".join(str(cell).ljust(width) for cell, width in zip(row, widths)).rstrip() for row in rows]
    return lines


def _count(value) -> str:
    return "" if value is None or pd.isna(value) else str(int(value))


def batch_lines(ws, kind: str | None, municipality: str | None, lang: str) -> list[str]:
    code = municipality_code(municipality) if municipality else None
    with ledger.open_ledger(ws.ledger) as con:
        frame = ledger.entries(con)
        touching = batches_touching(con, code) if (code and con is not None) else None
    if frame.empty:
        return [t("etl.history.empty", lang, ledger=ws.ledger)]
    targets = dict(zip(frame["entry_id"], frame["kinds"]))
    rows = []
    for entry in frame.itertuples():
        kinds = list(entry.kinds)
        if kind and kind not in kinds:
            continue
        if touching is not None and not (
            entry.entry_id in touching or (entry.action == "revert" and entry.target_id in touching)
        ):
            continue
        if entry.action == "revert":
            what = t("etl.history.reverts", lang, id=int(entry.target_id))
            kinds = list(targets.get(entry.target_id, kinds))
        elif entry.note == ledger.NOTE_EARLIER_WAREHOUSE:
            what = t("etl.history.earlier_warehouse", lang, files=entry.file_name or "")
        else:
            what = entry.file_name or ""
        rows.append(
            [
                str(entry.entry_id),
                t(f"etl.history.action.{entry.action}", lang),
                ", ".join(kinds),
                what,
                entry.author,
                when_text(entry.created_at),
                _count(entry.rows_new),
                _count(entry.rows_replaced),
                _count(entry.rows_unchanged),
                t(f"etl.history.status.{entry.status}", lang),
            ]
        )
    if not rows:
        return [t("etl.history.none_match", lang)]
    header = [
        t(f"etl.history.col.{name}", lang)
        for name in ("id", "action", "kind", "file", "who", "when", "new", "replaced", "unchanged", "status")
    ]
    return _table(header, rows)


def key_history(ws, kind_name: str, code: str, year: int | None) -> pd.DataFrame:
    """Every ledger row of the kind for the municipality (and year), oldest first, with its batch,
    who and when, the status and what it replaced when it was loaded."""
    kind = KINDS[kind_name]
    with ledger.open_ledger(ws.ledger) as con:
        if con is None:
            return pd.DataFrame()
        entries = ledger.entries(con)
        condition, params = f"{quoted(_municipal_columns(kind_name)[0])} = ?", [code]
        if year is not None and "year" in kind.key:
            condition += " and year = ?"
            params.append(year)
        rows = con.execute(
            f"select * from {quoted(ledger_table(kind_name))} where {condition} order by batch_id, source_row", params
        ).df()
    return rows.merge(
        entries[["entry_id", "author", "created_at", "status"]], left_on="batch_id", right_on="entry_id", how="left"
    )


def _value_text(value, lang: str) -> str:
    from core import fmt

    if value is None or (not isinstance(value, (list, tuple)) and pd.isna(value)):
        return "–"
    if isinstance(value, bool):
        return t("etl.history.yes" if value else "etl.history.no", lang)
    if isinstance(value, float):
        return fmt.number(value, 0 if value.is_integer() else len(f"{value:g}".split(".")[-1]), lang)
    if isinstance(value, (list, tuple)):
        return "|".join(map(str, value))
    if hasattr(value, "strftime"):
        return value.strftime("%Y-%m-%d")
    return str(value)


def _label(column: str, lang: str) -> str:
    return t(f"etl.col.{column}", lang)


def key_history_lines(ws, kind_name: str, municipality: str, year: int | None, lang: str) -> list[str]:
    code = municipality_code(municipality)
    rows = key_history(ws, kind_name, code, year)
    if rows.empty:
        return [t("etl.history.key_none", lang, kind=kind_name, municipality=code, year=year or "")]
    kind = KINDS[kind_name]
    keys = list(kind.key_columns)
    values = [c.column_name for c in kind.stored_columns if c.column_name not in keys]
    lines = []
    for key, group in rows.groupby(keys, sort=True, dropna=False):
        key = key if isinstance(key, tuple) else (key,)
        lines.append(
            ", ".join(f"{_label(name, lang)} {_value_text(value, lang)}" for name, value in zip(keys, key)) + ":"
        )
        for row in group.itertuples():
            shown = ", ".join(f"{_label(name, lang)} {_value_text(getattr(row, name), lang)}" for name in values)
            if row.replaced_values is None or pd.isna(row.replaced_values):
                before = t("etl.history.replaced_nothing", lang)
            else:
                old = json.loads(row.replaced_values)
                before = t(
                    "etl.history.replaced",
                    lang,
                    values=", ".join(f"{_label(name, lang)} {_value_text(old.get(name), lang)}" for name in values),
                    origin=t(f"etl.history.origin.{row.replaced_origin}", lang),
                )
            lines.append(
                "  "
                + t(
                    "etl.history.key_row",
                    lang,
                    id=int(row.batch_id),
                    when=when_text(row.created_at),
                    who=row.author,
                    values=shown,
                    before=before,
                    status=t(f"etl.history.status.{row.status}", lang),
                )
            )
    return lines
