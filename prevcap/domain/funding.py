"""Funding: the funders in the order every page and chart lists them, the areas, and the
per-municipality table and key figures of the Finansiering page."""

from __future__ import annotations

import pandas as pd

FUNDERS = ("kommun", "lansstyrelsen", "fohm", "bra", "annan")


FUNDING_AREAS = ("brott", "andt", "bada")


def funding_table(by_funder: pd.DataFrame) -> pd.DataFrame:
    """One row per municipality: amount per funder, total, external, share external, per inhabitant."""
    columns = [
        "municipality_name",
        "county_name",
        "population",
        "population_year",
        *[f"sek_{f}" for f in FUNDERS],
        "amount_sek",
        "external_sek",
        "external_share_pct",
        "sek_per_inhabitant",
    ]
    if by_funder.empty:
        return pd.DataFrame(columns=columns)
    # pivot on the code alone: a missing population must not drop the municipality
    amounts = by_funder.pivot_table(
        index="municipality_code", columns="funder", values="amount_sek", aggfunc="sum", fill_value=0
    )
    amounts = amounts.reindex(columns=list(FUNDERS), fill_value=0).add_prefix("sek_").reset_index()
    about = by_funder.drop_duplicates("municipality_code")[
        ["municipality_code", "municipality_name", "county_name", "population", "population_year"]
    ]
    wide = about.merge(amounts, on="municipality_code")
    wide["amount_sek"] = wide[[f"sek_{f}" for f in FUNDERS]].sum(axis=1)
    external = by_funder[by_funder["is_external"]].groupby("municipality_code")["amount_sek"].sum()
    wide["external_sek"] = wide["municipality_code"].map(external).fillna(0.0)
    wide["external_share_pct"] = wide["external_sek"] / wide["amount_sek"].where(wide["amount_sek"] > 0) * 100
    wide["sek_per_inhabitant"] = wide["amount_sek"] / wide["population"]
    wide = wide.sort_values(["sek_per_inhabitant", "municipality_name"], ascending=[False, True])
    return wide[columns].reset_index(drop=True)


def funding_kpis(by_county: pd.DataFrame, year: int) -> dict:
    """The chosen counties together in one year: total (million SEK), per inhabitant of the
    reporting municipalities, share external, and how many municipalities reported."""
    chosen = by_county[by_county["year"] == year]
    total = chosen["amount_sek"].sum()
    population_known = len(chosen) and chosen["population_reporting"].notna().all()
    return {
        "amount_msek": total / 1e6 if len(chosen) else None,
        "sek_per_inhabitant": total / chosen["population_reporting"].sum() if population_known else None,
        "external_share_pct": chosen["external_sek"].sum() / total * 100 if total else None,
        "municipalities_reporting": int(chosen["municipalities_reporting"].sum()),
    }
