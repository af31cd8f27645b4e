"""The documented facts of a municipality, as its profile lists them: each row with its source link, the
free text as the source list writes it (in English), never a figure it does not state."""

from __future__ import annotations

import pandas as pd

from core import fmt
from core.i18n import t
from prevcap.tables import Columns


def _text(value) -> str:
    return value if isinstance(value, str) else ""


def _year(value, lang: str) -> str:
    return str(int(value)) if pd.notna(value) else t("facts.undated", lang)


def councils_table(councils: pd.DataFrame, lang: str) -> tuple[pd.DataFrame, Columns]:
    frame = pd.DataFrame(
        {
            "body": councils["body"],
            "status": [t(f"facts.council.{status}", lang) for status in councils["status"]],
            "meetings": [
                fmt.number(v, 0, lang) if pd.notna(v) else t("facts.not_stated", lang)
                for v in councils["meetings_per_year"]
            ],
            "responsible": [_text(v) for v in councils["responsible"]],
            "year": [_year(v, lang) for v in councils["year"]],
            "detail": [_text(v) for v in councils["detail"]],
            "source": councils["source"],
        }
    )
    columns: Columns = {
        "body": ("facts.col.body", None),
        "status": ("facts.col.status", None),
        "meetings": ("facts.col.meetings", None),
        "responsible": ("facts.col.responsible", None),
        "year": ("facts.col.year", None),
        "detail": ("cap.col.detail_as_written", None),
        "source": ("cap.col.source", "link"),
    }
    return frame, columns


def mentions_table(mentions: pd.DataFrame, lang: str) -> tuple[pd.DataFrame, Columns]:
    frame = pd.DataFrame(
        {
            "role": mentions["role"],
            "year": [_year(v, lang) for v in mentions["year"]],
            "fte": [
                f"{fmt.number(v, 2, lang)} {t('unit.fte', lang)}" if pd.notna(v) else t("facts.not_stated", lang)
                for v in mentions["fte"]
            ],
            "source": mentions["source"],
        }
    )
    columns: Columns = {
        "role": ("facts.col.role", None),
        "year": ("facts.col.year", None),
        "fte": ("facts.col.fte", None),
        "source": ("cap.col.source", "link"),
    }
    return frame, columns


def law_steps_table(steps: pd.DataFrame, lang: str) -> tuple[pd.DataFrame, Columns]:
    frame = pd.DataFrame(
        {
            "part": [t(f"cap.law.{part}", lang) for part in steps["part"]],
            "state": [t(f"facts.state.{state}", lang) for state in steps["state"]],
            "period": steps["period"],
            "detail": [_text(v) for v in steps["detail"]],
            "source": steps["source"],
        }
    )
    columns: Columns = {
        "part": ("facts.col.part", None),
        "state": ("facts.col.state", None),
        "period": ("facts.col.period", None),
        "detail": ("cap.col.detail_as_written", None),
        "source": ("cap.col.source", "link"),
    }
    return frame, columns


def funding_table(sums: pd.DataFrame, lang: str) -> tuple[pd.DataFrame, Columns]:
    frame = pd.DataFrame(
        {
            "year": sums["year"].astype(str),
            "funder": [t(f"funding.funder.{code}", lang) for code in sums["funder_code"]],
            "amount": [f"{fmt.number(v, 0, lang)} {t('unit.sek', lang)}" for v in sums["amount_sek"]],
            "purpose": [_text(v) for v in sums["purpose"]],
            "counted": [t("facts.counted.yes" if yearly else "facts.counted.no", lang) for yearly in sums["yearly"]],
            "detail": [_text(v) for v in sums["detail"]],
            "source": sums["source"],
        }
    )
    columns: Columns = {
        "year": ("facts.col.year", None),
        "funder": ("facts.col.funder", None),
        "amount": ("facts.col.amount", None),
        "purpose": ("facts.col.purpose", None),
        "counted": ("facts.col.counted", None),
        "detail": ("cap.col.detail_as_written", None),
        "source": ("cap.col.source", "link"),
    }
    return frame, columns
