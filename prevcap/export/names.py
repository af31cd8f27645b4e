"""Names for exported files and the filter line under a chart's title: safe file names from a title and
the selection, and the subtitles that say which county, year and need norm a chart shows."""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterable, Mapping

from core.i18n import DEFAULT_LANGUAGE, t

# --- file names ------------------------------------------------------------------------------

# letters that Unicode does not decompose into a base letter: Nordic and Sámi place names
_LETTERS = str.maketrans(
    {
        "ø": "o",
        "Ø": "O",
        "æ": "ae",
        "Æ": "AE",
        "đ": "d",
        "Đ": "D",
        "ŋ": "n",
        "Ŋ": "N",
        "ŧ": "t",
        "Ŧ": "T",
        "ß": "ss",
        "ð": "d",
        "þ": "th",
    }
)


def _slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text.translate(_LETTERS)).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "_", ascii_text.lower()).strip("_")


def _flatten(values) -> list:
    flat = []
    for value in values:
        if isinstance(value, (list, tuple, set, frozenset)):
            flat.extend(_flatten(sorted(value, key=str) if isinstance(value, (set, frozenset)) else value))
        elif value is not None and not (isinstance(value, float) and math.isnan(value)):
            flat.append(value)
    return flat


def export_filename(title: str, filters: Mapping | Iterable = (), ext: str = "png") -> str:
    """A file name safe on every system, from the title and the filter values:
    ("Kapacitet", {"Län": "Västerbotten", "År": 2024}, "png") -> "kapacitet_vasterbotten_2024.png"."""
    values = filters.values() if isinstance(filters, Mapping) else filters
    parts = [_slug(str(part)) for part in _flatten([title, *values])]
    stem = "_".join(part for part in parts if part)[:100].rstrip("_") or "export"
    return f"{stem}.{ext.lstrip('.').lower()}"


def chart_filename(title: str, county_label: str, year: int, ext: str) -> str:
    """export_filename with the county and the year, the year only once when the title has it."""
    filters = [county_label] + ([] if str(year) in title else [year])
    return export_filename(title, filters, ext)


# --- subtitles -------------------------------------------------------------------------------


def filters_subtitle(county_label: str, year: int, lang: str = DEFAULT_LANGUAGE, extra: str | None = None) -> str:
    """The subtitle of an exported chart: "Län: Västerbotten · År: 2024", then `extra` (the norm…)."""
    line = t("export.filters", lang, county=county_label, year=year)
    return f"{line} · {extra}" if extra else line


def norm_subtitle(
    base_fte: float, fte_per_10k: float, lang: str = DEFAULT_LANGUAGE, fte_per_1000_crimes: float = 0.0
) -> str:
    """ "Behovsnorm: 1,00 åa + 0,20 åa per 10 000 inv." for the subtitle of a chart that uses the norm,
    with " + 0,10 åa per 1 000 anmälda brott" when the norm has the crime term."""
    from core import fmt

    text = t("export.norm", lang, base=fmt.number(base_fte, 2, lang), per10k=fmt.number(fte_per_10k, 2, lang))
    if fte_per_1000_crimes > 0:
        text += t("export.norm_crimes", lang, crimes=fmt.number(fte_per_1000_crimes, 2, lang))
    return text
