"""Numbers as Swedish (or English) readers write them."""
from __future__ import annotations

import math

# plotly's d3 separators: decimal mark, then thousands separator
PLOTLY_SEPARATORS = {"sv": ",\u00a0", "en": ".,"}


def number(value, decimals: int = 0, lang: str = "sv", missing: str = "–") -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return missing
    text = f"{value:,.{decimals}f}"
    if lang == "sv":
        text = text.replace(",", "\u00a0").replace(".", ",").replace("-", "\u2212")
    return text


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
