"""Capacity: the need norm, the gap between capacity and norm, the composite capacity index, the
most similar municipalities and the county median. Pure functions, data frame in, data frame out,
so that the pages, the report and the tests compute the same numbers."""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass, fields

import numpy as np
import pandas as pd

from prevcap.domain.funding import FUNDERS
from prevcap.indicators import PROFILE_COLUMNS


@dataclass(frozen=True)
class Norm:
    """The coordinator FTE a municipality needs: a base every municipality needs whatever its
    size, plus a part that grows with the population. Defaults and reasoning: Metod page."""

    base_fte: float = 1.0
    fte_per_10k: float = 0.2
    # the optional term of need (off by default): FTE per 1,000 reported crimes (Brå or Kolada)
    fte_per_1000_crimes: float = 0.0

    @property
    def uses_crimes(self) -> bool:
        return self.fte_per_1000_crimes > 0

    def need(self, population, crimes=None):
        """The FTE needed. With the crime term on, a municipality without a figure of reported crimes has
        no norm (NaN): its crimes are unknown, not zero."""
        need = self.base_fte + self.fte_per_10k * population / 10000
        if not self.uses_crimes:
            return need
        if crimes is None:
            crimes = population * np.nan
        return need + self.fte_per_1000_crimes * crimes / 1000


DEFAULT_NORM = Norm()


# Limits of the inputs on the pages (the ETL refuses more than 20 FTE per role).
NORM_BASE_RANGE = (0.0, 5.0, 0.1)  # min, max, step


NORM_PER_10K_RANGE = (0.0, 2.0, 0.05)


NORM_PER_1000_CRIMES_RANGE = (0.0, 2.0, 0.05)


# Gaps this close to zero are zero: FTE are reported in hundredths, floats are not exact.
GAP_TOLERANCE = 1e-9


def _crimes(frame: pd.DataFrame) -> pd.Series:
    if "reported_crimes" in frame:
        return frame["reported_crimes"].astype("float64")
    return pd.Series(np.nan, index=frame.index, dtype="float64")


def norm_need(frame: pd.DataFrame, norm: Norm) -> pd.Series:
    """Each municipality's norm in FTE, from its population (and its reported crimes, with that term on)."""
    return norm.need(frame["population"].astype("float64"), _crimes(frame) if norm.uses_crimes else None)


def with_norm(frame: pd.DataFrame, norm: Norm) -> pd.DataFrame:
    """Adds norm_fte, capacity_gap_fte (capacity − norm), capacity_gap_share (gap / norm) and
    gap_status: 'short' (below the norm), 'meets', 'not_reported' (no staffing report),
    'no_population' (staffing reported, but no population to set the norm by) or 'no_crimes' (staffing
    reported, but the crime term is on and the year has no figure of reported crimes): no gap is
    computed, never a gap of zero."""
    out = frame.copy()
    out["norm_fte"] = norm_need(out, norm)
    gap = out["fte_total"].astype("float64") - out["norm_fte"]
    gap = gap.where(gap.abs() > GAP_TOLERANCE, gap * 0)  # -1e-17 is 0, NaN stays NaN
    out["capacity_gap_fte"] = gap
    out["capacity_gap_share"] = gap / out["norm_fte"].where(out["norm_fte"] > 0)
    no_crimes = norm.uses_crimes & out["fte_total"].notna() & out["population"].notna() & _crimes(out).isna()
    no_population = out["fte_total"].notna() & out["population"].isna()
    out["gap_status"] = np.select(
        [no_crimes.to_numpy(), no_population.to_numpy(), gap.isna().to_numpy(), (gap < 0).to_numpy()],
        ["no_crimes", "no_population", "not_reported", "short"],
        "meets",
    )
    return out


@dataclass(frozen=True)
class Weights:
    """Weights of the index components. Only their ratios matter (the index divides by their sum)."""

    staffing: float = 40
    funding: float = 15
    participation: float = 15
    collaboration: float = 10
    police: float = 10
    law: float = 10

    def as_dict(self) -> dict[str, float]:
        return asdict(self)


DEFAULT_WEIGHTS = Weights()


COMPONENTS = tuple(field.name for field in fields(Weights))


# the weights' names in the URL (?vikt_bemanning=50)
COMPONENT_URL_NAMES = {
    "staffing": "bemanning",
    "funding": "finansiering",
    "participation": "deltagande",
    "collaboration": "samverkan",
    "police": "polis",
    "law": "lag",
}


WEIGHT_RANGE = (0, 100, 5)


# Reference values: a component reaches 1 (full marks) at its reference value, and is capped there.
FUNDING_REFERENCE_SEK_PER_INHABITANT = 100.0


PARTNERS_REFERENCE = 3


POLICE_SCORES = {"in_force": 1.0, "undated": 0.5, "none": 0.0}


# Below this share of the total weight available, the index is not computed.
MIN_WEIGHT_SHARE = 0.5


def index_components(frame: pd.DataFrame, norm: Norm) -> pd.DataFrame:
    """Each component scaled to 0–1 (NaN = missing), one column per component, same index as frame."""
    need = norm_need(frame, norm)
    fte = frame["fte_total"].astype("float64")
    staffing = (fte / need.where(need > 0)).clip(upper=1.0)
    staffing = staffing.where(~(need <= 0) | fte.isna(), 1.0)  # a norm of zero is met by any report
    law_reported = frame["law_parts_reported"].astype("float64")
    return pd.DataFrame(
        {
            "staffing": staffing,
            "funding": (frame["funding_per_inhabitant"].astype("float64") / FUNDING_REFERENCE_SEK_PER_INHABITANT).clip(
                upper=1.0
            ),
            "participation": frame["events_attended_share"].astype("float64"),
            "collaboration": (frame["partners"].astype("float64") / PARTNERS_REFERENCE).clip(upper=1.0),
            "police": frame["police_agreement_status"].map(POLICE_SCORES).astype("float64"),
            "law": frame["law_parts_in_place"].astype("float64") / law_reported.where(law_reported > 0),
        },
        index=frame.index,
    )


def capacity_index(components: pd.DataFrame, weights: Weights) -> pd.DataFrame:
    """capacity_index (0–100): the weighted mean of the available components × 100, and
    index_coverage: the share of the total weight that was available. Missing components are left
    out of both sums; below MIN_WEIGHT_SHARE coverage the index is missing."""
    w = pd.Series(weights.as_dict(), dtype="float64")[list(components.columns)]
    total = float(w.sum())
    available = components.notna()
    weight_available = available.mul(w, axis=1).sum(axis=1)
    weighted_sum = components.fillna(0).mul(w, axis=1).sum(axis=1)
    coverage = weight_available / total if total > 0 else weight_available * np.nan
    index = 100 * weighted_sum / weight_available.where(weight_available > 0)
    index = index.where(coverage >= MIN_WEIGHT_SHARE - 1e-12)
    return pd.DataFrame({"capacity_index": index, "index_coverage": coverage}, index=components.index)


def assess(frame: pd.DataFrame, norm: Norm = DEFAULT_NORM, weights: Weights = DEFAULT_WEIGHTS) -> pd.DataFrame:
    """The capacity frame with the norm, the gap, the index components (component_*) and the index."""
    out = with_norm(frame, norm)
    components = index_components(out, norm)
    out = out.join(components.add_prefix("component_")).join(capacity_index(components, weights))
    return out


def one_year(assessed_years: pd.DataFrame, year: int, county_codes: tuple[str, ...] | None = None) -> pd.DataFrame:
    """The rows of one year, of the given counties (all when None)."""
    chosen = assessed_years["year"] == year
    if county_codes is not None:
        chosen &= assessed_years["county_code"].isin(county_codes)
    return assessed_years[chosen]


def one_municipality(assessed_years: pd.DataFrame, code: str) -> pd.DataFrame:
    return assessed_years[assessed_years["municipality_code"] == code]


def profile_row(assessed_years: pd.DataFrame, code: str, year: int) -> pd.Series:
    """One municipality in one year (every municipality has a row for every year of the marts)."""
    return one_year(one_municipality(assessed_years, code), year).iloc[0]


def gap_summary(assessed: pd.DataFrame) -> dict[str, float | int]:
    """Counts and sums of one year: how many fall short, by how much in all, how many did not report,
    and how many reported but have no population to set their norm by."""
    short = assessed[assessed["gap_status"] == "short"]
    return {
        "municipalities": len(assessed),
        "short": len(short),
        "meets": int((assessed["gap_status"] == "meets").sum()),
        "not_reported": int((assessed["gap_status"] == "not_reported").sum()),
        "no_crimes": int((assessed["gap_status"] == "no_crimes").sum()),
        "no_population": int((assessed["gap_status"] == "no_population").sum()),
        "shortfall_fte": max(0.0, float(-short["capacity_gap_fte"].sum())),  # never "−0,00"
        "median_index": float(assessed["capacity_index"].median())
        if assessed["capacity_index"].notna().any()
        else math.nan,
    }


def similar_municipalities(profiles: pd.DataFrame, code: str, count: int = 3) -> list[str]:
    """The `count` municipalities closest to `code` in population and sparsity (inhabitants per km²).

    Distance: Euclidean on the natural logarithms of both, so that 2,000 against 4,000 inhabitants
    weighs as much as 40,000 against 80,000. `profiles`: one row per municipality (one year).
    Ties go to the lower municipality code, so the answer is always the same."""
    usable = profiles[(profiles["population"] > 0) & (profiles["inhabitants_per_km2"] > 0)]
    own = usable[usable["municipality_code"] == code]
    if own.empty:
        return []
    log_population = np.log(usable["population"].astype("float64"))
    log_density = np.log(usable["inhabitants_per_km2"].astype("float64"))
    distance = np.hypot(
        log_population - math.log(float(own["population"].iloc[0])),
        log_density - math.log(float(own["inhabitants_per_km2"].iloc[0])),
    )
    ranked = pd.DataFrame({"municipality_code": usable["municipality_code"], "distance": distance})
    ranked = ranked[ranked["municipality_code"] != code].sort_values(["distance", "municipality_code"])
    return ranked["municipality_code"].head(count).tolist()


def county_median(assessed_years: pd.DataFrame, county_code: str, columns: list[str]) -> pd.DataFrame:
    """Per year, the median of each column over the county's municipalities that have a value."""
    county = assessed_years[assessed_years["county_code"] == county_code]
    return county.groupby("year")[columns].median().reset_index()


def profile_series(assessed_years: pd.DataFrame, code: str, similar: list[str]) -> pd.DataFrame:
    """Long frame for the profile charts: year, series ('municipality', 'median', 'similar'),
    municipality_code, label, and one column per profile indicator."""
    own = assessed_years[assessed_years["municipality_code"] == code]
    if own.empty:
        return pd.DataFrame(columns=["year", "series", "municipality_code", "label", *PROFILE_COLUMNS])
    county_code = own["county_code"].iloc[0]
    median = county_median(assessed_years, county_code, PROFILE_COLUMNS)
    median = median.assign(series="median", municipality_code=None, label=None)
    others = assessed_years[assessed_years["municipality_code"].isin(similar)]
    parts = [
        own.assign(series="municipality", label=own["municipality_name"]),
        median,
        others.assign(series="similar", label=others["municipality_name"]),
    ]
    keep = ["year", "series", "municipality_code", "label", *PROFILE_COLUMNS]
    frame = pd.concat([part[keep] for part in parts], ignore_index=True)
    order = {"municipality": 0, "median": 1, "similar": 2}
    similar_rank = {c: i for i, c in enumerate(similar)}
    frame["_order"] = frame["series"].map(order) * 100 + frame["municipality_code"].map(similar_rank).fillna(0)
    return frame.sort_values(["_order", "year"]).drop(columns="_order").reset_index(drop=True)


def funding_by_source_long(assessed_years: pd.DataFrame, code: str) -> pd.DataFrame:
    """year, funder, sek_per_inhabitant for one municipality's reported years (for a stacked bar)."""
    own = assessed_years[(assessed_years["municipality_code"] == code) & assessed_years["funding_sek"].notna()]
    columns = {f"funding_{funder}_per_inhabitant": funder for funder in FUNDERS}
    long = own[["year", *columns]].melt(id_vars="year", var_name="funder", value_name="sek_per_inhabitant")
    long["funder"] = long["funder"].map(columns)
    return long.sort_values(["year", "funder"]).reset_index(drop=True)


def index_breakdown(assessed_row: pd.Series, weights: Weights) -> pd.DataFrame:
    """component, score (0–100, NaN = missing) and weight share, for one municipality and year."""
    total = sum(weights.as_dict().values())
    return pd.DataFrame(
        {
            "component": list(COMPONENTS),
            "score": [
                assessed_row[f"component_{c}"] * 100 if pd.notna(assessed_row[f"component_{c}"]) else math.nan
                for c in COMPONENTS
            ],
            "weight_share": [getattr(weights, c) / total if total else math.nan for c in COMPONENTS],
        }
    )
