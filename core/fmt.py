"""Numbers as Swedish (or English) readers write and type them, and names as Swedish readers sort
them: the one module for formatting (the pages, the exports, the report's cells, the ETL's messages)
and parsing numbers (the ETL's strict reading of files, the settings typed on the pages)."""

from __future__ import annotations

import math
import re

import pandas as pd

# plotly's d3 separators: decimal mark, then thousands separator
PLOTLY_SEPARATORS = {"sv": ",\u00a0", "en": ".,"}


def number(value, decimals: int = 0, lang: str = "sv", missing: str = "–") -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return missing
    text = f"{value:,.{decimals}f}"
    if lang == "sv":
        text = text.replace(",", "\u00a0").replace(".", ",").replace("-", "\u2212")
    return text


def cell(value, number_format: str | None, lang: str) -> str:
    """A table cell as the dashboard shows it: Swedish numbers, empty for a missing value.
    `number_format` as prevcap.tables: None (text), "plain", "localized", "link…" or a printf format."""
    if value is None or (isinstance(value, float) and math.isnan(value)) or value is pd.NA or value is pd.NaT:
        return ""
    if isinstance(value, bool):
        return str(value)
    if hasattr(value, "item") and not isinstance(value, (str, bytes)):
        value = value.item()
    if not isinstance(value, (int, float)) or not number_format or number_format.startswith("link"):
        return str(value)
    if number_format == "plain":
        return str(int(value)) if float(value).is_integer() else str(value)
    if number_format == "localized":
        if float(value).is_integer():
            return number(value, 0, lang)
        decimals = min(len(f"{value:.6f}".rstrip("0").split(".")[1]), 2)
        return number(value, decimals, lang)
    try:
        text = number_format % value
    except (TypeError, ValueError):
        return str(value)
    return text.replace(".", ",").replace("-", "\u2212") if lang == "sv" else text


def grouped(value: float) -> str:
    """'5 000': a whole number with its thousands apart, as a message in either language writes a limit."""
    return f"{value:,.0f}".replace(",", " ")


def spreadsheet_decimal(value) -> str:
    """A number at full precision with a decimal comma, as Swedish Excel reads a CSV cell."""
    return str(value).replace(".", ",")


def rounds_to_zero(value, decimals: int) -> bool:
    return value is not None and not (isinstance(value, float) and math.isnan(value)) and round(value, decimals) == 0


def signed(value, decimals: int = 0, lang: str = "sv") -> str:
    """'+1,30' or '-0,04': an ASCII sign, because st.metric reads the direction from it;
    '±0,00' for a change that rounds to nothing."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    if rounds_to_zero(value, decimals):
        return "±" + number(0, decimals, lang)
    sign = "+" if value > 0 else "-"
    return sign + number(abs(value), decimals, lang)


_SWEDISH_LETTERS = str.maketrans({"å": "{", "ä": "|", "ö": "}", "é": "e", "ü": "y"})


def swedish_key(name: str) -> str:
    """Sorts names as a Swedish reader expects: å, ä, ö after z, in that order."""
    return name.lower().translate(_SWEDISH_LETTERS)


def sort_by_name(frame: pd.DataFrame, columns: list[str], ascending: list[bool] | bool = True) -> pd.DataFrame:
    """The frame sorted by the columns, names (municipality_name, name_a, name_b) as Swedish readers sort them."""
    names = {"municipality_name", "name_a", "name_b"}
    return frame.sort_values(
        columns,
        ascending=ascending,
        ignore_index=True,
        key=lambda column: column.map(swedish_key) if column.name in names else column,
    )


# --- reading numbers ----------------------------------------------------------------------


class AmbiguousNumber(ValueError):
    """A number that reads two ways, or mixes separators: a text key and its values."""

    def __init__(self, key: str, **values):
        super().__init__(key)
        self.key = key
        self.values = values


# Spaces that Swedish offices (and Excel) put between groups of thousands.
_GROUP_SPACES = "[ \u00a0\u202f\u2009]"
_PLAIN = re.compile(r"[+-]?\d+(?:[.,]\d+)?")
_GROUPED = re.compile(rf"[+-]?\d{{1,3}}(?:{_GROUP_SPACES}\d{{3}})+(?:[.,]\d+)?")
_THOUSANDS_OR_DECIMAL = re.compile(r"[+-]?([1-9]\d{0,2})[.,](\d{3})")


def parse_number(text: str, column=None) -> float | None:
    """A number as Swedish files write it, read strictly: '1,5', '1.5', '1500,5', '1 500,50',
    '150 000', '1 500 kr', '−2'. None if it is not a number at all.

    Raises AmbiguousNumber where a reader could not tell what was meant: '1,500.50' (point and
    comma mixed), '1.500.000' (points as thousands), and '150.000' or '1,500', which are a hundred
    and fifty thousand or a hundred and fifty. That last form is read only where one of its two
    readings lies outside the column's range ('1,500' FTE is 1.5: 1 500 FTE is absurd)."""
    cleaned = text.strip().replace("\u2212", "-")
    cleaned = re.sub(r"(?i)\s*(kr|sek|:-)$", "", cleaned)
    if "," in cleaned and "." in cleaned:
        raise AmbiguousNumber("etl.err.mixed_separators", value=text)
    if cleaned.count(",") + cleaned.count(".") > 1:
        raise AmbiguousNumber("etl.err.ambiguous_separators", value=text)
    if _GROUPED.fullmatch(cleaned):
        cleaned = re.sub(_GROUP_SPACES, "", cleaned)
    elif not _PLAIN.fullmatch(cleaned):
        return None
    if match := _THOUSANDS_OR_DECIMAL.fullmatch(cleaned):
        as_decimal = float(cleaned.replace(",", "."))
        as_thousands = float(cleaned.replace(",", "").replace(".", ""))
        readings = [value for value in (as_decimal, as_thousands) if _in_range(value, column)]
        if not readings:  # neither fits: the range check says what is wrong with the decimal reading
            return as_decimal
        if len(readings) == 2:
            raise AmbiguousNumber(
                "etl.err.ambiguous_number",
                value=text,
                decimal=match.group(1) + "," + match.group(2),
                thousands=match.group(1) + " " + match.group(2),
            )
        return readings[0]
    return float(cleaned.replace(",", "."))


def _in_range(value: float, column) -> bool:
    if column is None:
        return True
    low = column.lowest
    return (low is None or value >= low) and (column.max_value is None or value <= column.max_value)


def parse_decimal(text: str) -> float | None:
    """A number typed into a setting: '1,5' or '1.5'; None when it is not one number."""
    try:
        return parse_number(text)
    except AmbiguousNumber:
        return None
