"""The indicators a user can pick: column in marts.municipality_year, unit, number format."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Indicator:
    key: str           # column in marts.municipality_year
    unit: str          # text key of the unit
    decimals: int
    colorscale: str    # sequential scale: light = little, dark = much


INDICATORS: dict[str, Indicator] = {
    ind.key: ind
    for ind in (
        Indicator("fte_per_10k", "unit.fte_per_10k", 2, "Blues"),
        Indicator("fte_total", "unit.fte", 2, "Blues"),
        Indicator("fte_brott", "unit.fte", 2, "Blues"),
        Indicator("fte_andt", "unit.fte", 2, "Blues"),
        Indicator("funding_per_inhabitant", "unit.sek_per_inhabitant", 0, "Greens"),
        Indicator("funding_sek", "unit.sek", 0, "Greens"),
        Indicator("participants_per_1000", "unit.per_1000", 1, "Purples"),
        Indicator("participants", "unit.persons", 0, "Purples"),
        Indicator("population", "unit.inhabitants", 0, "Greys"),
    )
}
MAP_INDICATORS = tuple(INDICATORS)
