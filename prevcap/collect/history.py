"""The ledger's batches as the county board reads them on Inläsning: what, who, when, how many rows."""

from __future__ import annotations

import pandas as pd

from core.i18n import t, texts
from prevcap.tables import Columns


def _kinds_text(kinds, lang: str) -> str:
    known = texts()
    return ", ".join(t(f"collect.kind.{k}", lang) if f"collect.kind.{k}" in known else k for k in kinds)


def batch_table(batches: pd.DataFrame, lang: str) -> tuple[pd.DataFrame, Columns]:
    """Newest first: id, what (file, report or revert), kinds, who, when, rows new/replaced/unchanged, status.
    Who is the author's e-mail: for the county board's eyes only (the page is theirs)."""
    what = []
    for action, target, name, channel in zip(
        batches["action"], batches["target_id"], batches["file_name"], batches["channel"]
    ):
        if action == "revert":
            what.append(t("collect.history.reverts", lang, id=int(target)))
        elif channel == "report":
            what.append(t("collect.history.report", lang, file=name or ""))
        else:
            what.append(name or "")
    frame = pd.DataFrame(
        {
            "entry_id": batches["entry_id"].astype(int),
            "what": what,
            "kinds": [_kinds_text(kinds, lang) for kinds in batches["kinds"]],
            "author": batches["author"],
            "created": pd.to_datetime(batches["created_at"]).dt.strftime("%Y-%m-%d %H:%M UTC"),
            "rows_new": batches["rows_new"].astype("Int64"),
            "rows_replaced": batches["rows_replaced"].astype("Int64"),
            "rows_unchanged": batches["rows_unchanged"].astype("Int64"),
            "status": [t(f"cap.method.batch.{status}", lang) for status in batches["status"]],
        }
    )
    columns: Columns = {
        "entry_id": ("cap.method.col.batch", "plain"),
        "what": ("cap.method.col.file", None),
        "kinds": ("cap.method.col.dataset", None),
        "author": ("collect.col.author", None),
        "created": ("cap.method.col.loaded_at", None),
        "rows_new": ("collect.col.new", "localized"),
        "rows_replaced": ("collect.col.replaced", "localized"),
        "rows_unchanged": ("collect.col.unchanged", "localized"),
        "status": ("cap.method.col.status", None),
    }
    return frame, columns
