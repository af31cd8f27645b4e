"""Capacity: the need norm, the gap between capacity and norm, the composite capacity index, the
most similar municipalities, and the queries of the capacity marts.

The query functions take a DuckDB connection and hashable arguments (the pages cache them with
ui.query); everything else is a pure function, data frame in, data frame out, so that the
Kapacitet and Kommun pages, the report export and the tests compute the same numbers.
"""
from __future__ import annotations

import math
from dataclasses import asdict, dataclass, fields

import numpy as np
import pandas as pd

from core import fmt
from core.i18n import t

# --- the need norm --------------------------------------------------------------------------


@dataclass(frozen=True)
class Norm:
    """The coordinator FTE a municipality needs: a base every municipality needs whatever its
    size, plus a part that grows with the population. Defaults and reasoning: Metod page."""

    base_fte: float = 1.0
    fte_per_10k: float = 0.2

    def need(self, population):
        return self.base_fte + self.fte_per_10k * population / 10000


DEFAULT_NORM = Norm()

# Limits of the inputs on the pages (the ETL refuses more than 20 FTE per role).
NORM_BASE_RANGE = (0.0, 5.0, 0.1)       # min, max, step
NORM_PER_10K_RANGE = (0.0, 2.0, 0.05)

# Gaps this close to zero are zero: FTE are reported in hundredths, floats are not exact.
GAP_TOLERANCE = 1e-9


def with_norm(frame: pd.DataFrame, norm: Norm) -> pd.DataFrame:
    """Adds norm_fte, capacity_gap_fte (capacity − norm), capacity_gap_share (gap / norm) and
    gap_status: 'short' (below the norm), 'meets', or 'not_reported' (no staffing report or no
    population: no gap is computed, never a gap of zero)."""
    out = frame.copy()
    out["norm_fte"] = norm.need(out["population"].astype("float64"))
    gap = out["fte_total"].astype("float64") - out["norm_fte"]
    gap = gap.where(gap.abs() > GAP_TOLERANCE, gap * 0)  # -1e-17 is 0, NaN stays NaN
    out["capacity_gap_fte"] = gap
    out["capacity_gap_share"] = gap / out["norm_fte"].where(out["norm_fte"] > 0)
    out["gap_status"] = np.select([gap.isna(), gap < 0], ["not_reported", "short"], "meets")
    return out


# --- the composite capacity index --------------------------------------------------------------


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
COMPONENT_URL_NAMES = {"staffing": "bemanning", "funding": "finansiering", "participation": "deltagande",
                       "collaboration": "samverkan", "police": "polis", "law": "lag"}
WEIGHT_RANGE = (0, 100, 5)

# Reference values: a component reaches 1 (full marks) at its reference value, and is capped there.
FUNDING_REFERENCE_SEK_PER_INHABITANT = 100.0
PARTNERS_REFERENCE = 3
POLICE_SCORES = {"in_force": 1.0, "undated": 0.5, "none": 0.0}
# Below this share of the total weight available, the index is not computed.
MIN_WEIGHT_SHARE = 0.5


def index_components(frame: pd.DataFrame, norm: Norm) -> pd.DataFrame:
    """Each component scaled to 0–1 (NaN = missing), one column per component, same index as frame."""
    need = norm.need(frame["population"].astype("float64"))
    fte = frame["fte_total"].astype("float64")
    staffing = (fte / need.where(need > 0)).clip(upper=1.0)
    staffing = staffing.where(~(need <= 0) | fte.isna(), 1.0)  # a norm of zero is met by any report
    law_reported = frame["law_parts_reported"].astype("float64")
    return pd.DataFrame({
        "staffing": staffing,
        "funding": (frame["funding_per_inhabitant"].astype("float64")
                    / FUNDING_REFERENCE_SEK_PER_INHABITANT).clip(upper=1.0),
        "participation": frame["events_attended_share"].astype("float64"),
        "collaboration": (frame["partners"].astype("float64") / PARTNERS_REFERENCE).clip(upper=1.0),
        "police": frame["police_agreement_status"].map(POLICE_SCORES).astype("float64"),
        "law": frame["law_parts_in_place"].astype("float64") / law_reported.where(law_reported > 0),
    }, index=frame.index)


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
    """Counts and sums of one year: how many fall short, by how much in all, how many did not report."""
    short = assessed[assessed["gap_status"] == "short"]
    return {
        "municipalities": len(assessed),
        "short": len(short),
        "meets": int((assessed["gap_status"] == "meets").sum()),
        "not_reported": int((assessed["gap_status"] == "not_reported").sum()),
        "shortfall_fte": max(0.0, float(-short["capacity_gap_fte"].sum())),  # never "−0,00"
        "median_index": float(assessed["capacity_index"].median()) if assessed["capacity_index"].notna().any()
        else math.nan,
    }


# --- similar municipalities and the county median -------------------------------------------------


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
    distance = np.hypot(log_population - math.log(float(own["population"].iloc[0])),
                        log_density - math.log(float(own["inhabitants_per_km2"].iloc[0])))
    ranked = pd.DataFrame({"municipality_code": usable["municipality_code"], "distance": distance})
    ranked = ranked[ranked["municipality_code"] != code].sort_values(["distance", "municipality_code"])
    return ranked["municipality_code"].head(count).tolist()


def county_median(assessed_years: pd.DataFrame, county_code: str, columns: list[str]) -> pd.DataFrame:
    """Per year, the median of each column over the county's municipalities that have a value."""
    county = assessed_years[assessed_years["county_code"] == county_code]
    return county.groupby("year")[columns].median().reset_index()


# --- indicators as the pages show them ------------------------------------------------------------


@dataclass(frozen=True)
class ProfileIndicator:
    column: str
    label: str      # text key
    unit: str       # text key
    decimals: int
    percent: bool = False   # a share 0–1 shown as per cent
    signed: bool = False    # shown with + or −
    reported: str | None = None  # the reported figure it is computed from, when divided by the population


PROFILE_INDICATORS: tuple[ProfileIndicator, ...] = (
    ProfileIndicator("fte_total", "ind.fte_total", "unit.fte", 2),
    ProfileIndicator("fte_brott", "ind.fte_brott", "unit.fte", 2),
    ProfileIndicator("fte_andt", "ind.fte_andt", "unit.fte", 2),
    ProfileIndicator("fte_per_10k", "ind.fte_per_10k", "unit.fte_per_10k", 2, reported="fte_total"),
    ProfileIndicator("capacity_gap_fte", "cap.ind.capacity_gap_fte", "unit.fte", 2, signed=True, reported="fte_total"),
    ProfileIndicator("capacity_gap_share", "cap.ind.capacity_gap_share", "cap.unit.percent_of_norm", 0, True,
                     signed=True, reported="fte_total"),
    ProfileIndicator("capacity_index", "cap.ind.capacity_index", "cap.unit.index", 0),
    ProfileIndicator("funding_per_inhabitant", "ind.funding_per_inhabitant", "unit.sek_per_inhabitant", 0,
                     reported="funding_sek"),
    ProfileIndicator("funding_external_share", "cap.ind.funding_external_share", "cap.unit.percent", 0, True),
    ProfileIndicator("participants_per_1000", "ind.participants_per_1000", "unit.per_1000", 1,
                     reported="participants"),
    ProfileIndicator("events_attended_share", "cap.ind.events_attended_share", "cap.unit.percent", 0, True),
    ProfileIndicator("partners", "cap.ind.partners", "cap.unit.municipalities", 0),
)
PROFILE_COLUMNS = [indicator.column for indicator in PROFILE_INDICATORS]
FUNDERS = ("kommun", "fohm", "lansstyrelsen", "bra", "annan")


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


def years_text(years) -> str:
    """[2016, 2018, 2024, 2025, 2026] -> '2016, 2018, 2024–2026'."""
    years = sorted({int(y) for y in years})
    runs: list[tuple[int, int]] = []
    for year in years:
        if runs and year == runs[-1][1] + 1:
            runs[-1] = (runs[-1][0], year)
        else:
            runs.append((year, year))
    return ", ".join(str(a) if a == b else f"{a}–{b}" for a, b in runs)


def value_text(value, decimals: int, lang: str, percent: bool = False, missing_key: str = "cap.not_reported",
               signed: bool = False) -> str:
    """A number as the tables write it; a missing value as 'ej rapporterat', never as 0."""
    if value is None or (isinstance(value, float) and math.isnan(value)) or value is pd.NA:
        return t(missing_key, lang)
    value = value * 100 if percent else value
    text = fmt.signed(value, decimals, lang) if signed else fmt.number(value, decimals, lang)
    return text + (" %" if percent else "")


def law_text(value, lang: str) -> str:
    if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)):
        return t("cap.not_reported", lang)
    return t("cap.yes", lang) if bool(value) else t("cap.no", lang)


# --- tables ---------------------------------------------------------------------------------

Columns = dict[str, tuple[str, str | None]]


def capacity_table(assessed: pd.DataFrame, lang: str, links: bool = True) -> tuple[pd.DataFrame, Columns]:
    """The Kapacitet table: one row per municipality, ranked by the gap as a share of the norm
    (the largest shortfall first, the not reported last), with a link to each profile
    (`links=False` for paper, where a link to the dashboard leads nowhere)."""
    frame = assessed.sort_values(["capacity_gap_share", "capacity_gap_fte", "municipality_name"],
                                 na_position="last").copy()
    frame["status"] = frame["gap_status"].map(lambda s: t(f"cap.status.{s}", lang))
    frame["capacity_gap_percent"] = (frame["capacity_gap_share"] * 100).round(0)
    frame["index_coverage_percent"] = (frame["index_coverage"] * 100).round(0)
    frame["police"] = frame["police_agreement_status"].map(lambda s: t(f"cap.police.{s}", lang))
    frame["law"] = [law_parts_text(row, lang) for row in frame.itertuples()]
    frame["profile"] = "kommun?kommun=" + frame["municipality_code"]
    for column, decimals in (("fte_total", 2), ("norm_fte", 2), ("capacity_gap_fte", 2), ("capacity_index", 0),
                             ("fte_per_10k", 2)):
        frame[column] = frame[column].astype("float64").round(decimals)
    columns: Columns = {
        "municipality_name": ("col.municipality", None),
        "profile": ("cap.col.profile", "link:cap.col.profile_link"),
        "status": ("cap.col.status", None),
        "population": ("col.population", "localized"),
        "fte_total": ("ind.fte_total", "localized"),
        "norm_fte": ("cap.col.norm_fte", "localized"),
        "capacity_gap_fte": ("cap.ind.capacity_gap_fte", "localized"),
        "capacity_gap_percent": ("cap.col.gap_percent", "localized"),
        "capacity_index": ("cap.ind.capacity_index", "localized"),
        "index_coverage_percent": ("cap.col.index_coverage", "localized"),
        "police": ("cap.col.police", None),
        "law": ("cap.col.law", None),
    }
    if not links:
        del columns["profile"]
    return frame[list(columns)].reset_index(drop=True), columns


def law_parts_text(row, lang: str) -> str:
    if not row.law_reported:
        return t("cap.not_reported", lang)
    return t("cap.law.parts", lang, n=int(row.law_parts_in_place), reported=int(row.law_parts_reported))


def profile_year_table(assessed_years: pd.DataFrame, code: str, lang: str) -> tuple[pd.DataFrame, Columns]:
    """Every indicator of one municipality, year by year, as text: 'ej rapporterat' is not 0."""
    own = assessed_years[assessed_years["municipality_code"] == code].sort_values("year", ascending=False)
    table = pd.DataFrame({"year": own["year"].astype(str)})
    columns: Columns = {"year": ("filter.year", None)}
    no_population = own["population"].isna()
    for indicator in PROFILE_INDICATORS:
        # reported, but no population to divide by: say so, it is not a missing report
        for_want_of_population = (no_population & own[indicator.reported].notna() if indicator.reported
                                  else no_population & False).to_numpy()
        table[indicator.column] = [
            value_text(v, indicator.decimals, lang, indicator.percent, signed=indicator.signed,
                       missing_key="cap.no_population" if unknown else "cap.not_reported")
            for v, unknown in zip(own[indicator.column], for_want_of_population)]
        columns[indicator.column] = (indicator.label, None)
    table["police"] = own["police_agreement_status"].map(lambda s: t(f"cap.police.{s}", lang)).to_numpy()
    columns["police"] = ("cap.col.police", None)
    table["law"] = [law_parts_text(row, lang) for row in own.itertuples()]
    columns["law"] = ("cap.col.law", None)
    return table.reset_index(drop=True), columns


def law_checklist(assessed_years: pd.DataFrame, code: str, lang: str) -> tuple[pd.DataFrame, Columns]:
    """The three parts of Lag (2023:196), year by year from 2023 (the law's first year) or the
    first reported year: ja / nej / ej rapporterat."""
    own = assessed_years[assessed_years["municipality_code"] == code]
    first = min([2023, *own.loc[own["law_reported"], "year"].tolist()])
    own = own[own["year"] >= first].sort_values("year", ascending=False)
    table = pd.DataFrame({
        "year": own["year"].astype(str),
        "law_coordinating_function": [law_text(v, lang) for v in own["law_coordinating_function"]],
        "law_lagesbild": [law_text(v, lang) for v in own["law_lagesbild"]],
        "law_atgardsplan": [law_text(v, lang) for v in own["law_atgardsplan"]],
    })
    columns: Columns = {
        "year": ("filter.year", None),
        "law_coordinating_function": ("cap.law.coordinating_function", None),
        "law_lagesbild": ("cap.law.lagesbild", None),
        "law_atgardsplan": ("cap.law.atgardsplan", None),
    }
    return table.reset_index(drop=True), columns


def agreements_table(agreements: pd.DataFrame, year: int, lang: str) -> tuple[pd.DataFrame, Columns]:
    """A municipality's police agreements: kind, the period as the source writes it, the years it is
    known to be in force (or 'odaterat'), whether it is in force in `year`, and the source links."""
    rows = []
    for agreement in agreements.itertuples():
        years = list(agreement.in_force_years) if agreement.is_dated else []
        if not agreement.is_dated:
            validity = t("cap.police.undated_period", lang)
            in_force = t("cap.police.unknown", lang)
        else:
            validity = years_text(years)
            if pd.notna(agreement.possible_until):
                validity = t("cap.police.through", lang, year=int(agreement.possible_until))
            if year in years:
                in_force = t("cap.yes", lang)
            elif pd.notna(agreement.possible_until) and year < agreement.possible_until:
                in_force = t("cap.police.unknown", lang)
            else:
                in_force = t("cap.no", lang)
        links = [part.strip() for part in str(agreement.source).split(";") if part.strip().startswith("http")]
        rows.append({
            "agreement_kind": t(f"cap.agreement.{agreement.agreement_kind}", lang),
            "validity": validity,
            "in_force": in_force,
            "period": agreement.period or "",
            "detail": agreement.detail if isinstance(agreement.detail, str) else "",
            "source": links[0] if links else "",
            "more_sources": " ; ".join(links[1:]),
        })
    columns: Columns = {
        "agreement_kind": ("cap.col.agreement_kind", None),
        "validity": ("cap.col.validity", None),
        "in_force": ("cap.col.in_force_year", None),
        "period": ("cap.col.period_as_written", None),
        "detail": ("cap.col.detail_as_written", None),
        "source": ("cap.col.source", "link"),
        "more_sources": ("cap.col.more_sources", None),
    }
    return pd.DataFrame(rows, columns=list(columns)), columns


def collaboration_label(label, lang: str) -> str:
    """A collaboration's kind as the source writes it, in the user's language when the translation
    table knows it (the Samverkan page's texts)."""
    from core.i18n import texts

    if not isinstance(label, str):
        return ""
    key = "network.collab." + label
    return t(key, lang) if key in texts() else label


def partners_table(partners: pd.DataFrame, lang: str) -> tuple[pd.DataFrame, Columns]:
    """A municipality's partners: joint collaborations (one row each, with all partners) and shared
    coordinator posts (one row per partner and role, with the years)."""
    rows = []
    collaborations = partners[partners["basis"] == "collaboration"]
    for _, group in collaborations.groupby("collaboration_id", sort=False):
        first = group.iloc[0]
        start = "" if pd.isna(first.start_year) else str(int(first.start_year))
        end = t("cap.partners.running", lang) if pd.isna(first.end_year) else str(int(first.end_year))
        rows.append({
            "basis": t("cap.partners.collaboration", lang),
            "partners": ", ".join(sorted(group["partner_name"])),
            "what": collaboration_label(first.label, lang),
            "years": f"{start}–{end}" if start else t("cap.partners.until", lang, end=end),
            "source": first.source if isinstance(first.source, str) and first.source.startswith("http") else "",
            "example": first.origin == "example",
        })
    shared = partners[partners["basis"] == "shared_post"]
    for (partner, role), group in shared.groupby(["partner_name", "label"], sort=True):
        rows.append({
            "basis": t("cap.partners.shared_post", lang),
            "partners": partner,
            "what": ", ".join(t(f"cap.role.{r.strip()}", lang) for r in str(role).split(",")),
            "years": years_text(group["start_year"].dropna()),
            "source": "",
            "example": bool((group["origin"] == "example").any()),
        })
    frame = pd.DataFrame(rows, columns=["basis", "partners", "what", "years", "source", "example"])
    frame["example"] = frame["example"].map(lambda e: t("example.tag", lang) if e else "")
    columns: Columns = {
        "basis": ("cap.col.basis", None),
        "partners": ("cap.col.partners", None),
        "what": ("cap.col.what", None),
        "years": ("cap.col.years", None),
        "source": ("cap.col.source", "link"),
        "example": ("col.example", None),
    }
    return frame, columns


def index_breakdown(assessed_row: pd.Series, weights: Weights) -> pd.DataFrame:
    """component, score (0–100, NaN = missing) and weight share, for one municipality and year."""
    total = sum(weights.as_dict().values())
    return pd.DataFrame({
        "component": list(COMPONENTS),
        "score": [assessed_row[f"component_{c}"] * 100 if pd.notna(assessed_row[f"component_{c}"]) else math.nan
                  for c in COMPONENTS],
        "weight_share": [getattr(weights, c) / total if total else math.nan for c in COMPONENTS],
    })


def law_symbol(value) -> str:
    """A Material icon for a part of Lag (2023:196): done, not done, or not reported."""
    if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)):
        return ":material/help:"
    return ":material/check_circle:" if bool(value) else ":material/cancel:"


def profile_facts(row: pd.Series, lang: str) -> str:
    """The line under a municipality's name: county, population (and its year), area, sparsity."""
    if pd.isna(row["population"]):
        population = t("value.missing", lang)
    else:
        population = t("cap.kommun.population", lang, population=fmt.number(row["population"], 0, lang),
                       year=int(row["population_year"]))
    return t("cap.kommun.facts", lang, county=row["county_name"], population=population,
             area=fmt.number(row["area_km2"], 0, lang),
             density=fmt.number(row["inhabitants_per_km2"], 1, lang, t("value.missing", lang)))


def profile_cards(row: pd.Series, lang: str) -> list[tuple[str, str, str | None]]:
    """(label, value, delta) of the key-figure cards of one municipality and year."""
    gap = (t("cap.kommun.gap_delta", lang, gap=fmt.signed(row["capacity_gap_fte"], 2, lang))
           if row["gap_status"] != "not_reported" else None)
    return [
        (t("ind.fte_total", lang), value_text(row["fte_total"], 2, lang), gap),
        (t("cap.col.norm_fte", lang), value_text(row["norm_fte"], 2, lang, missing_key="value.missing"), None),
        (t("cap.ind.capacity_index", lang), value_text(row["capacity_index"], 0, lang, missing_key="value.missing"),
         None),
        (t("cap.col.gap_percent", lang),
         value_text(row["capacity_gap_share"], 0, lang, percent=True, signed=True), None),
    ]


# --- the method page -----------------------------------------------------------------------------

# (indicator label, how it is computed, how a missing value is handled, data set) as text keys
METHOD_INDICATORS = (
    ("ind.fte_brott", "cap.def.fte_role", "cap.def.missing_staffing", "cap.dataset.staffing"),
    ("ind.fte_andt", "cap.def.fte_role", "cap.def.missing_staffing", "cap.dataset.staffing"),
    ("ind.fte_total", "cap.def.fte_total", "cap.def.missing_staffing", "cap.dataset.staffing"),
    ("ind.fte_per_10k", "cap.def.fte_per_10k", "cap.def.missing_staffing", "cap.dataset.staffing_population"),
    ("ind.funding_per_inhabitant", "cap.def.funding_per_inhabitant", "cap.def.missing_funding",
     "cap.dataset.funding_population"),
    ("cap.ind.funding_external_share", "cap.def.funding_external_share", "cap.def.missing_funding_share",
     "cap.dataset.funding"),
    ("ind.participants_per_1000", "cap.def.participants_per_1000", "cap.def.missing_events",
     "cap.dataset.attendance"),
    ("cap.ind.events_attended_share", "cap.def.events_attended_share", "cap.def.missing_events",
     "cap.dataset.attendance"),
    ("cap.ind.partners", "cap.def.partners", "cap.def.missing_partners", "cap.dataset.collaborations"),
    ("cap.col.police", "cap.def.police", "cap.def.missing_police", "cap.dataset.police_agreements"),
    ("cap.col.law", "cap.def.law", "cap.def.missing_law", "cap.dataset.law_status"),
    ("col.population", "cap.def.population", "cap.def.missing_population", "cap.dataset.population"),
    ("cap.ind.density", "cap.def.density", "cap.def.missing_population", "cap.dataset.population_boundaries"),
    ("cap.ind.capacity_gap_fte", "cap.def.gap", "cap.def.missing_gap", "cap.dataset.staffing_population"),
    ("cap.ind.capacity_index", "cap.def.index", "cap.def.missing_index", "cap.dataset.all"),
)


def method_indicator_text(lang: str) -> str:
    """The indicators as a Markdown list: how each is computed, how a missing value shows, the data."""
    items = []
    for label, definition, missing, source in METHOD_INDICATORS:
        items.append(f"- **{t(label, lang)}.** {t(definition, lang)} "
                     f"*{t('cap.method.col.missing', lang)}:* {t(missing, lang)} "
                     f"*{t('cap.method.col.source', lang)}:* {t(source, lang)}.")
    return "\n".join(items)


NORM_EXAMPLE_POPULATIONS = (2_500, 5_000, 10_000, 25_000, 50_000, 80_000, 130_000)


def norm_examples(norm: Norm, lang: str) -> tuple[pd.DataFrame, Columns]:
    """The norm for a few populations, and how much of it is the base."""
    population = pd.Series(NORM_EXAMPLE_POPULATIONS, dtype="float64")
    need = norm.need(population)
    frame = pd.DataFrame({
        "population": population.astype(int),
        "norm_fte": need.round(2),
        "base_share": (100 * norm.base_fte / need.where(need > 0)).round(0),
    })
    columns: Columns = {"population": ("col.population", "localized"),
                        "norm_fte": ("cap.col.norm_fte", "localized"),
                        "base_share": ("cap.method.col.base_share", "localized")}
    return frame, columns


def index_component_text(lang: str) -> str:
    """How each part of the index is scaled to 0–1, as a Markdown list."""
    return "\n".join(
        f"- **{t(f'cap.component.{component}', lang)}:** "
        + t(f"cap.method.component.{component}", lang, funding=fmt.number(FUNDING_REFERENCE_SEK_PER_INHABITANT, 0, lang),
            partners=PARTNERS_REFERENCE)
        for component in COMPONENTS)


def index_component_table(weights: Weights, lang: str) -> tuple[pd.DataFrame, Columns]:
    """The parts of the index with their weights and the link parameter that changes each."""
    total = sum(weights.as_dict().values())
    frame = pd.DataFrame([{
        "component": t(f"cap.component.{component}", lang),
        "weight": getattr(weights, component),
        "weight_share": round(100 * getattr(weights, component) / total) if total else math.nan,
        "url": f"vikt_{COMPONENT_URL_NAMES[component]}",
    } for component in COMPONENTS])
    columns: Columns = {"component": ("cap.method.col.component", None),
                        "weight": ("cap.method.col.weight", "localized"),
                        "weight_share": ("cap.method.col.weight_share", "localized"),
                        "url": ("cap.method.col.url", None)}
    return frame, columns


def sources_table(datasets: pd.DataFrame, lang: str) -> tuple[pd.DataFrame, Columns]:
    """meta.datasets as a reader wants it: what, real or example, which file, how many rows, source, date."""
    from core.i18n import texts

    known = texts()

    def name(dataset: str) -> str:
        key = f"cap.dataset.{dataset}"
        return t(key, lang) if key in known else dataset

    frame = pd.DataFrame({
        "dataset": [name(d) for d in datasets["dataset"]],
        "origin": [t(f"cap.origin.{o}", lang) if f"cap.origin.{o}" in known else o for o in datasets["origin"]],
        "source_file": datasets["source_file"],
        "rows": datasets["rows"].astype(int),
        "source": datasets["source"],
        "source_date": [d if isinstance(d, str) and d else t("cap.method.no_date", lang)
                        for d in datasets["source_date"]],
        "batch_id": datasets["batch_id"].astype("Int64") if "batch_id" in datasets else pd.NA,
    })
    columns: Columns = {"dataset": ("cap.method.col.dataset", None),
                        "origin": ("cap.method.col.origin", None),
                        "source_date": ("cap.method.col.date", None),
                        "rows": ("cap.method.col.rows", "localized"),
                        "source_file": ("cap.method.col.file", None),
                        "batch_id": ("cap.method.col.batch", "plain"),
                        "source": ("cap.method.col.source", None)}
    return frame[list(columns)], columns


def batches_table(batches: pd.DataFrame, lang: str) -> tuple[pd.DataFrame, Columns]:
    """The ledger's entries the warehouse was built from (meta.batches), newest first, as a reader
    wants them; never who loaded them (that stays in the ledger)."""
    from core.i18n import texts

    known = texts()

    def kinds_text(kinds) -> str:
        return ", ".join(t(f"cap.dataset.{k}", lang) if f"cap.dataset.{k}" in known else k for k in kinds)

    newest = batches.sort_values("entry_id", ascending=False)
    frame = pd.DataFrame({
        "entry_id": newest["entry_id"].astype(int),
        "what": [t("cap.method.batch.revert", lang, id=int(target)) if action == "revert"
                 else t("cap.method.batch.earlier", lang) if note == "earlier_warehouse" else (name or "")
                 for action, target, name, note in zip(newest["action"], newest["target_id"], newest["file_name"],
                                                       newest["note"])],
        "kinds": [kinds_text(k) for k in newest["kinds"]],
        "created": pd.to_datetime(newest["created_at"]).dt.strftime("%Y-%m-%d %H:%M UTC"),
        "rows": newest["row_count"].astype(int),
        "status": [t(f"cap.method.batch.{status}", lang) for status in newest["status"]],
    })
    columns: Columns = {"entry_id": ("cap.method.col.batch", "plain"), "what": ("cap.method.col.file", None),
                        "kinds": ("cap.method.col.dataset", None), "created": ("cap.method.col.loaded_at", None),
                        "rows": ("cap.method.col.rows", "localized"), "status": ("cap.method.col.status", None)}
    return frame, columns


# --- queries ----------------------------------------------------------------------------------


def capacity_year(con, county_codes: tuple[str, ...], year: int) -> pd.DataFrame:
    """marts.capacity_year for one year and the given counties, one row per municipality."""
    return con.execute(
        "select * from marts.capacity_year "
        "where county_code in (select unnest(?::varchar[])) and year = ? order by municipality_code",
        [list(county_codes), year],
    ).df()


def capacity_years(con) -> pd.DataFrame:
    """marts.capacity_year for every municipality and year (the profile compares across counties)."""
    return con.execute("select * from marts.capacity_year order by municipality_code, year").df()


def municipality_names(con) -> pd.DataFrame:
    """municipality_code, municipality_name, county_name of every municipality, by name."""
    return con.execute(
        "select m.municipality_code, m.municipality_name, c.county_name "
        "from staging.municipalities m join staging.counties c using (county_code) "
        "order by m.municipality_name, m.municipality_code").df()


def police_agreements(con, municipality_code: str) -> pd.DataFrame:
    return con.execute(
        "select * from marts.police_agreement_list where municipality_code = ? "
        "order by is_dated, first_year nulls first, agreement_id",
        [municipality_code],
    ).df()


def partners(con, municipality_code: str) -> pd.DataFrame:
    return con.execute(
        "select * from marts.municipality_partners where municipality_code = ? "
        "order by basis, start_year nulls first, partner_name",
        [municipality_code],
    ).df()
