"""Tables and key-figure texts of the Finansiering page."""

from __future__ import annotations

import pandas as pd

from core import fmt
from core.i18n import t
from prevcap.domain.funding import FUNDERS


def funding_display(table: pd.DataFrame):
    columns = {
        "municipality_name": ("col.municipality", None),
        "county_name": ("col.county", None),
        "population": ("col.population", "localized"),
        "population_year": ("col.population_year", "%d"),
        **{f"sek_{funder}": (f"funding.col.{funder}", "localized") for funder in FUNDERS},
        "amount_sek": ("funding.col.total", "localized"),
        "external_sek": ("funding.col.external", "localized"),
        "external_share_pct": ("funding.col.external_share", "%.0f %%"),
        "sek_per_inhabitant": ("funding.col.per_inhabitant", "localized"),
    }
    frame = table[list(columns)].copy()
    frame["external_share_pct"] = frame["external_share_pct"].round(0)
    frame["sek_per_inhabitant"] = frame["sek_per_inhabitant"].round(0)
    return frame.reset_index(drop=True), columns


def kpi_text(value, decimals: int, unit: str, lang: str) -> str:
    """'49,9 kr', or 'saknas' (no unit) when the value is missing."""
    if value is None or pd.isna(value):
        return t("value.missing", lang)
    return f"{fmt.number(value, decimals, lang)} {unit}"
