"""Tables and texts of the Samverkan page: the links, the partners, the pairs."""

from __future__ import annotations

import pandas as pd

from core.i18n import t, texts
from prevcap.domain.network import LINK_KINDS, links_table


def link_period_text(link, lang: str) -> str:
    """'2019–2021', 'från 2014', 'odaterad' for one row of period_links."""
    if link.undated:
        return t("network.period.undated", lang)
    first = None if pd.isna(link.first_year) else int(link.first_year)
    last = None if pd.isna(link.last_year) else int(link.last_year)
    if first is not None and last is None:
        return t("network.period.from", lang, year=first)
    if first is None:
        return t("network.period.until", lang, year=last)
    return str(first) if first == last else f"{first}–{last}"


def collaboration_label(label: str | None, lang: str) -> str:
    """A collaboration's kind as the source writes it, translated when the text is a known one."""
    if not isinstance(label, str) or not label:
        return ""
    key = "network.collab." + label
    return t(key, lang) if key in texts() else label


def link_basis_text(link, lang: str) -> str:
    """What a link rests on: the roles shared, the agreements, the police area; empty for co-attendance."""
    if not isinstance(link.labels, str) or not link.labels:
        return ""
    parts = link.labels.split("; ")
    if link.kind == "shared_post":
        return "; ".join(t(f"network.role.{role}", lang) for part in parts for role in part.split(", "))
    if link.kind == "joint_agreement":
        return "; ".join(collaboration_label(part, lang) for part in parts)
    return link.labels


def links_display(links: pd.DataFrame, lang: str):
    ordered = links_table(links)
    frame = pd.DataFrame(
        {
            "name_a": ordered["name_a"],
            "name_b": ordered["name_b"],
            "kind": [t(f"network.kind.{kind}", lang) for kind in ordered["kind"]],
            "weight": ordered["weight"],
            "unit": [
                t(f"network.unit_one.{kind}" if weight == 1 else f"network.unit.{kind}", lang)
                for kind, weight in zip(ordered["kind"], ordered["weight"])
            ],
            "period": [link_period_text(link, lang) for link in ordered.itertuples()],
            "basis": [link_basis_text(link, lang) for link in ordered.itertuples()],
            "crosses_county_border": [
                t("network.value.yes" if crosses else "network.value.no", lang)
                for crosses in ordered["crosses_county_border"]
            ],
            "sources": ordered["sources"].fillna(""),
            "is_example": [
                t("network.value.yes" if example else "network.value.no", lang) for example in ordered["is_example"]
            ],
        }
    )
    columns = {
        "name_a": ("network.col.municipality_a", None),
        "name_b": ("network.col.municipality_b", None),
        "kind": ("network.col.kind", None),
        "weight": ("network.col.weight", "localized"),
        "unit": ("network.col.unit", None),
        "period": ("network.col.period", None),
        "basis": ("network.col.basis", None),
        "crosses_county_border": ("network.col.crosses", None),
        "sources": ("network.col.source", None),
        "is_example": ("col.example", None),
    }
    return frame, columns


def partners_display(partners: pd.DataFrame):
    columns = {
        "municipality_name": ("col.municipality", None),
        "county_name": ("col.county", None),
        "partners": ("network.col.partners", "localized"),
        "partners_other_county": ("network.col.partners_other_county", "localized"),
        "strength": ("network.col.strength", "localized"),
        "partner_names": ("network.col.partner_names", None),
    }
    return partners[list(columns)].reset_index(drop=True), columns


def pairs_display(pairs: pd.DataFrame):
    columns = {
        "name_a": ("network.col.municipality_a", None),
        "name_b": ("network.col.municipality_b", None),
        "weight": ("network.col.total_weight", "localized"),
        "kind_count": ("network.col.kind_count", "localized"),
        **{f"weight_{kind}": (f"network.col.weight_{kind}", "localized") for kind in LINK_KINDS},
    }
    return pairs[list(columns)].reset_index(drop=True), columns
