"""The indicators: those a user can pick for the Översikt map (column in marts.municipality_year, unit,
number format), and those of a municipality's profile (Kommun)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Indicator:
    key: str  # column in marts.municipality_year
    unit: str  # text key of the unit
    decimals: int
    colorscale: str  # sequential scale: light = little, dark = much
    # the reported figure it divides by the population: without a population it is missing for want
    # of the population, not of a report
    reported: str | None = None


INDICATORS: dict[str, Indicator] = {
    ind.key: ind
    for ind in (
        Indicator("fte_per_10k", "unit.fte_per_10k", 2, "Blues", "fte_total"),
        Indicator("fte_total", "unit.fte", 2, "Blues"),
        Indicator("fte_brott", "unit.fte", 2, "Blues"),
        Indicator("fte_andt", "unit.fte", 2, "Blues"),
        Indicator("funding_per_inhabitant", "unit.sek_per_inhabitant", 0, "Greens", "funding_sek"),
        Indicator("funding_sek", "unit.sek", 0, "Greens"),
        Indicator("participants_per_1000", "unit.per_1000", 1, "Purples", "participants"),
        Indicator("participants", "unit.persons", 0, "Purples"),
        Indicator("population", "unit.inhabitants", 0, "Greys", "population"),
        # need, not capacity: from Brå's or Kolada's figures, when loaded (etl load crime, etl kolada)
        Indicator("crimes_per_100k", "unit.per_100k", 0, "Oranges", "reported_crimes"),
    )
}
MAP_INDICATORS = tuple(INDICATORS)


@dataclass(frozen=True)
class ProfileIndicator:
    column: str
    label: str  # text key
    unit: str  # text key
    decimals: int
    percent: bool = False  # a share 0–1 shown as per cent
    signed: bool = False  # shown with + or −
    reported: str | None = None  # the reported figure it is computed from, when divided by the population
    missing: str = "cap.not_reported"  # text key of a year without a value


PROFILE_INDICATORS: tuple[ProfileIndicator, ...] = (
    ProfileIndicator("fte_total", "ind.fte_total", "unit.fte", 2),
    ProfileIndicator("fte_brott", "ind.fte_brott", "unit.fte", 2),
    ProfileIndicator("fte_andt", "ind.fte_andt", "unit.fte", 2),
    ProfileIndicator("fte_per_10k", "ind.fte_per_10k", "unit.fte_per_10k", 2, reported="fte_total"),
    ProfileIndicator("capacity_gap_fte", "cap.ind.capacity_gap_fte", "unit.fte", 2, signed=True, reported="fte_total"),
    ProfileIndicator(
        "capacity_gap_share",
        "cap.ind.capacity_gap_share",
        "cap.unit.percent_of_norm",
        0,
        True,
        signed=True,
        reported="fte_total",
    ),
    ProfileIndicator("capacity_index", "cap.ind.capacity_index", "cap.unit.index", 0),
    ProfileIndicator(
        "funding_per_inhabitant", "ind.funding_per_inhabitant", "unit.sek_per_inhabitant", 0, reported="funding_sek"
    ),
    ProfileIndicator("funding_external_share", "cap.ind.funding_external_share", "cap.unit.percent", 0, True),
    ProfileIndicator("participants_per_1000", "ind.participants_per_1000", "unit.per_1000", 1, reported="participants"),
    ProfileIndicator("events_attended_share", "cap.ind.events_attended_share", "cap.unit.percent", 0, True),
    ProfileIndicator("partners", "cap.ind.partners", "cap.unit.municipalities", 0),
    ProfileIndicator("crimes_per_100k", "ind.crimes_per_100k", "unit.per_100k", 0, missing="public.not_loaded"),
)
PROFILE_COLUMNS = [indicator.column for indicator in PROFILE_INDICATORS]
