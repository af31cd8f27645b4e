"""The source line under every chart, table and report: where the figures come from, with dates."""
from __future__ import annotations

import pandas as pd

from prevcap.i18n import t


def source_line(datasets: pd.DataFrame, lang: str) -> str:
    """From meta.datasets (prevcap.queries.datasets): population with its date, example data,
    loaded files and the boundaries."""
    parts = []
    population = datasets[(datasets["dataset"] == "population") & (datasets["origin"] == "reference")]
    if len(population):
        parts.append(t("source.population", lang, date=population["source_date"].iloc[0] or "–"))
    if (datasets["origin"] == "example").any():
        parts.append(t("source.example", lang))
    loaded = sorted(datasets.loc[datasets["origin"] == "loaded", "source_file"].unique())
    if loaded:
        parts.append(t("source.loaded", lang, files=", ".join(loaded)))
    boundaries = datasets[datasets["dataset"] == "municipalities"]
    if len(boundaries):
        parts.append(t("source.boundaries", lang, source=boundaries["source"].iloc[0].split(" (")[0]))
    return t("source.line", lang, sources="; ".join(parts))
