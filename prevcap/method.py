"""The Metod och källor page's copy and tables: how every indicator, the norm and the index are
computed, and where every data set comes from."""

from __future__ import annotations

import math

import pandas as pd

from core import fmt
from core.i18n import t
from prevcap.domain.capacity import (
    COMPONENT_URL_NAMES,
    COMPONENTS,
    FUNDING_REFERENCE_SEK_PER_INHABITANT,
    PARTNERS_REFERENCE,
    Norm,
    Weights,
)
from prevcap.tables import Columns

# (indicator label, how it is computed, how a missing value is handled, data set) as text keys
METHOD_INDICATORS = (
    ("ind.fte_brott", "cap.def.fte_role", "cap.def.missing_staffing", "cap.dataset.staffing"),
    ("ind.fte_andt", "cap.def.fte_role", "cap.def.missing_staffing", "cap.dataset.staffing"),
    ("ind.fte_total", "cap.def.fte_total", "cap.def.missing_staffing", "cap.dataset.staffing"),
    ("ind.fte_per_10k", "cap.def.fte_per_10k", "cap.def.missing_staffing", "cap.dataset.staffing_population"),
    (
        "ind.funding_per_inhabitant",
        "cap.def.funding_per_inhabitant",
        "cap.def.missing_funding",
        "cap.dataset.funding_population",
    ),
    (
        "cap.ind.funding_external_share",
        "cap.def.funding_external_share",
        "cap.def.missing_funding_share",
        "cap.dataset.funding",
    ),
    ("ind.participants_per_1000", "cap.def.participants_per_1000", "cap.def.missing_events", "cap.dataset.attendance"),
    (
        "cap.ind.events_attended_share",
        "cap.def.events_attended_share",
        "cap.def.missing_events",
        "cap.dataset.attendance",
    ),
    ("cap.ind.partners", "cap.def.partners", "cap.def.missing_partners", "cap.dataset.collaborations"),
    ("cap.col.police", "cap.def.police", "cap.def.missing_police", "cap.dataset.police_agreements"),
    ("cap.col.law", "cap.def.law", "cap.def.missing_law", "cap.dataset.law_status"),
    ("col.population", "cap.def.population", "cap.def.missing_population", "cap.dataset.population"),
    ("cap.ind.density", "cap.def.density", "cap.def.missing_population", "cap.dataset.population_boundaries"),
    ("ind.crimes_per_100k", "cap.def.crimes_per_100k", "cap.def.missing_crimes", "cap.dataset.crime_kolada"),
    ("cap.ind.capacity_gap_fte", "cap.def.gap", "cap.def.missing_gap", "cap.dataset.staffing_population"),
    ("cap.ind.capacity_index", "cap.def.index", "cap.def.missing_index", "cap.dataset.all"),
)


def method_indicator_text(lang: str) -> str:
    """The indicators as a Markdown list: how each is computed, how a missing value shows, the data."""
    items = []
    for label, definition, missing, source in METHOD_INDICATORS:
        items.append(
            f"- **{t(label, lang)}.** {t(definition, lang)} "
            f"*{t('cap.method.col.missing', lang)}:* {t(missing, lang)} "
            f"*{t('cap.method.col.source', lang)}:* {t(source, lang)}."
        )
    return "\n".join(items)


NORM_EXAMPLE_POPULATIONS = (2_500, 5_000, 10_000, 25_000, 50_000, 80_000, 130_000)


def norm_examples(norm: Norm, lang: str) -> tuple[pd.DataFrame, Columns]:
    """The norm for a few populations, and how much of it is the base."""
    population = pd.Series(NORM_EXAMPLE_POPULATIONS, dtype="float64")
    need = norm.need(population)
    frame = pd.DataFrame(
        {
            "population": population.astype(int),
            "norm_fte": need.round(2),
            "base_share": (100 * norm.base_fte / need.where(need > 0)).round(0),
        }
    )
    columns: Columns = {
        "population": ("col.population", "localized"),
        "norm_fte": ("cap.col.norm_fte", "localized"),
        "base_share": ("cap.method.col.base_share", "localized"),
    }
    return frame, columns


def index_component_text(lang: str) -> str:
    """How each part of the index is scaled to 0–1, as a Markdown list."""
    return "\n".join(
        f"- **{t(f'cap.component.{component}', lang)}:** "
        + t(
            f"cap.method.component.{component}",
            lang,
            funding=fmt.number(FUNDING_REFERENCE_SEK_PER_INHABITANT, 0, lang),
            partners=PARTNERS_REFERENCE,
        )
        for component in COMPONENTS
    )


def index_component_table(weights: Weights, lang: str) -> tuple[pd.DataFrame, Columns]:
    """The parts of the index with their weights and the link parameter that changes each."""
    total = sum(weights.as_dict().values())
    frame = pd.DataFrame(
        [
            {
                "component": t(f"cap.component.{component}", lang),
                "weight": getattr(weights, component),
                "weight_share": round(100 * getattr(weights, component) / total) if total else math.nan,
                "url": f"vikt_{COMPONENT_URL_NAMES[component]}",
            }
            for component in COMPONENTS
        ]
    )
    columns: Columns = {
        "component": ("cap.method.col.component", None),
        "weight": ("cap.method.col.weight", "localized"),
        "weight_share": ("cap.method.col.weight_share", "localized"),
        "url": ("cap.method.col.url", None),
    }
    return frame, columns


def sources_table(datasets: pd.DataFrame, lang: str) -> tuple[pd.DataFrame, Columns]:
    """meta.datasets as a reader wants it: what, real or example, which file, how many rows, source, date."""
    from core.i18n import texts

    known = texts()

    def name(dataset: str) -> str:
        key = f"cap.dataset.{dataset}"
        return t(key, lang) if key in known else dataset

    frame = pd.DataFrame(
        {
            "dataset": [name(d) for d in datasets["dataset"]],
            "origin": [t(f"cap.origin.{o}", lang) if f"cap.origin.{o}" in known else o for o in datasets["origin"]],
            "source_file": datasets["source_file"],
            "rows": datasets["rows"].astype(int),
            "source": datasets["source"],
            "source_date": [
                d if isinstance(d, str) and d else t("cap.method.no_date", lang) for d in datasets["source_date"]
            ],
            "batch_id": datasets["batch_id"].astype("Int64") if "batch_id" in datasets else pd.NA,
        }
    )
    columns: Columns = {
        "dataset": ("cap.method.col.dataset", None),
        "origin": ("cap.method.col.origin", None),
        "source_date": ("cap.method.col.date", None),
        "rows": ("cap.method.col.rows", "localized"),
        "source_file": ("cap.method.col.file", None),
        "batch_id": ("cap.method.col.batch", "plain"),
        "source": ("cap.method.col.source", None),
    }
    return frame[list(columns)], columns


def batches_table(batches: pd.DataFrame, lang: str) -> tuple[pd.DataFrame, Columns]:
    """The ledger's entries the warehouse was built from (meta.batches), newest first, as a reader
    wants them; never who loaded them (that stays in the ledger)."""
    from core.i18n import texts

    known = texts()

    def kinds_text(kinds) -> str:
        return ", ".join(t(f"cap.dataset.{k}", lang) if f"cap.dataset.{k}" in known else k for k in kinds)

    newest = batches.sort_values("entry_id", ascending=False)
    frame = pd.DataFrame(
        {
            "entry_id": newest["entry_id"].astype(int),
            "what": [
                t("cap.method.batch.revert", lang, id=int(target))
                if action == "revert"
                else t("cap.method.batch.earlier", lang)
                if note == "earlier_warehouse"
                else (name or "")
                for action, target, name, note in zip(
                    newest["action"], newest["target_id"], newest["file_name"], newest["note"]
                )
            ],
            "kinds": [kinds_text(k) for k in newest["kinds"]],
            "created": pd.to_datetime(newest["created_at"]).dt.strftime("%Y-%m-%d %H:%M UTC"),
            "rows": newest["row_count"].astype(int),
            "status": [t(f"cap.method.batch.{status}", lang) for status in newest["status"]],
        }
    )
    columns: Columns = {
        "entry_id": ("cap.method.col.batch", "plain"),
        "what": ("cap.method.col.file", None),
        "kinds": ("cap.method.col.dataset", None),
        "created": ("cap.method.col.loaded_at", None),
        "rows": ("cap.method.col.rows", "localized"),
        "status": ("cap.method.col.status", None),
    }
    return frame, columns
