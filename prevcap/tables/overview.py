"""The Översikt table."""

from __future__ import annotations

import pandas as pd

from prevcap.indicators import INDICATORS
from prevcap.tables import Columns


def rounded(frame: pd.DataFrame) -> pd.DataFrame:
    """Indicator columns rounded to the decimals they are shown with."""
    frame = frame.copy()
    for column in frame.columns:
        if column in INDICATORS:
            frame[column] = frame[column].round(INDICATORS[column].decimals)
    return frame


def overview_table(municipalities: pd.DataFrame, lang: str = "sv") -> tuple[pd.DataFrame, Columns]:
    from prevcap.sources import figure_source

    municipalities = municipalities.assign(
        staffing_source_text=[
            figure_source(source, date, lang)
            for source, date in zip(municipalities["staffing_source"], municipalities["staffing_source_date"])
        ]
    )
    columns: Columns = {
        "municipality_name": ("col.municipality", None),
        "county_name": ("col.county", None),
        "population": ("col.population", "localized"),
        "population_year": ("col.population_year", "plain"),
        "fte_total": ("ind.fte_total", "localized"),
        "fte_per_10k": ("ind.fte_per_10k", "localized"),
        "funding_per_inhabitant": ("ind.funding_per_inhabitant", "localized"),
        "participants": ("ind.participants", "localized"),
        "participants_per_1000": ("ind.participants_per_1000", "localized"),
        "crimes_per_100k": ("ind.crimes_per_100k", "localized"),
        "crimes_source_text": ("col.crimes_source", None),
        "staffing_source_text": ("col.staffing_source", None),
    }
    if municipalities["crimes_per_100k"].isna().all():
        del columns["crimes_per_100k"], columns["crimes_source_text"]  # none loaded for the year
    return rounded(municipalities[list(columns)]), columns
