"""What is on screen: the sidebar's selection and every page's settings, as one value (View), and its
link: each setting has a URL parameter that holds a code or a key, never a label, so that a copied
link opens exactly the same view in either language, and a report made from a link uses all of it.

No Streamlit here: prevcap/ui.py keeps the settings in the session and the URL, the pages and the
report read a View.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace

from core.fmt import parse_decimal
from core.i18n import DEFAULT_LANGUAGE, LANGUAGES
from prevcap.domain.capacity import (
    COMPONENT_URL_NAMES,
    COMPONENTS,
    DEFAULT_NORM,
    DEFAULT_WEIGHTS,
    NORM_BASE_RANGE,
    NORM_PER_10K_RANGE,
    NORM_PER_1000_CRIMES_RANGE,
    WEIGHT_RANGE,
    Norm,
    Weights,
)
from prevcap.domain.funding import FUNDING_AREAS
from prevcap.domain.network import LINK_KINDS
from prevcap.indicators import MAP_INDICATORS

ALL_COUNTIES = "alla"
GAP_MEASURES = ("fte", "share")
EVENT_SPLITS = ("event_type", "topic")
PARTICIPATION_MEASURES = ("participants", "participants_per_1000")
FUNDING_MEASURES = ("amount_sek", "sek_per_inhabitant")
MIN_SHARED_EVENTS_RANGE = (1, 12)
# Co-attendance links with fewer shared events are hidden until the user lowers the threshold.
DEFAULT_MIN_SHARED_EVENTS = 4


@dataclass(frozen=True)
class Context:
    """What the warehouse offers, against which a link is read: the counties (code -> name), the
    years, the default year, the years the Samverkan and Evenemang periods can span, and the
    municipalities a profile can show."""

    county_names: Mapping[str, str]
    years: tuple[int, ...]
    default_year: int
    link_years: tuple[int, int]
    event_years: tuple[int, int]
    municipality_codes: frozenset[str] = frozenset()


@dataclass(frozen=True)
class View:
    lang: str = DEFAULT_LANGUAGE
    county: str = ALL_COUNTIES  # a county code, or ALL_COUNTIES
    year: int = 0
    # Översikt, Kapacitet, Kommun
    indicator: str = MAP_INDICATORS[0]
    gap_measure: str = "fte"
    norm: Norm = DEFAULT_NORM
    weights: Weights = DEFAULT_WEIGHTS
    municipality: str | None = None
    # Samverkan
    link_kinds: tuple[str, ...] = LINK_KINDS
    link_period: tuple[int, int] = (0, 0)
    min_shared_events: int = DEFAULT_MIN_SHARED_EVENTS
    # Evenemang
    event_period: tuple[int, int] = (0, 0)
    event_split: str = "event_type"
    participation_measure: str = "participants"
    # Finansiering
    funding_areas: tuple[str, ...] = FUNDING_AREAS
    funding_measure: str = "amount_sek"
    context: Context | None = field(default=None, compare=False, repr=False)

    # --- what follows from the selection ---

    @property
    def county_codes(self) -> tuple[str, ...]:
        names = self.context.county_names if self.context else {}
        return tuple(names) if self.county == ALL_COUNTIES else (self.county,)

    @property
    def previous_year(self) -> int | None:
        years = self.context.years if self.context else ()
        return self.year - 1 if self.year - 1 in years else None

    def county_label(self, lang: str | None = None) -> str:
        from core.i18n import t

        lang = lang or self.lang
        names = self.context.county_names if self.context else {}
        if self.county != ALL_COUNTIES:
            return names.get(self.county, self.county)
        return t("filter.county.all", lang) if len(names) == 2 else t("filter.county.all_n", lang, n=len(names))

    def with_(self, **changes) -> View:
        return replace(self, **changes)


# --- the link: one parameter per setting ------------------------------------------------------------


@dataclass(frozen=True)
class Param:
    """A setting in the URL: its parameter name, how a value is read (None: not a valid value) and
    written, and its default for a context."""

    name: str
    read: Callable[[str, Context], object]
    write: Callable[[object], str]
    default: Callable[[Context], object]
    always: bool = False  # written even when it is the default (the default follows the data)


def _choice(options) -> Callable[[str, Context], object]:
    return lambda text, context: text if text in options else None


def _several(options) -> Callable[[str, Context], object]:
    """'shared_post,police_area' -> the valid ones in the order of `options`; '' -> none chosen."""

    def read(text: str, context: Context):
        chosen = {part.strip() for part in text.split(",") if part.strip()}
        if chosen - set(options):
            return None
        return tuple(option for option in options if option in chosen)

    return read


def _integer(low: int, high: int) -> Callable[[str, Context], object]:
    def read(text: str, context: Context):
        try:
            value = int(text)
        except ValueError:
            return None
        return value if low <= value <= high else None

    return read


def _decimal(low: float, high: float) -> Callable[[str, Context], object]:
    def read(text: str, context: Context):
        value = parse_decimal(text)
        return value if value is not None and low <= value <= high else None

    return read


def _period(bounds: Callable[[Context], tuple[int, int]]) -> Callable[[str, Context], object]:
    """'2019-2023' (or one year) within the bounds."""

    def read(text: str, context: Context):
        first, last = bounds(context)
        parts = text.replace("–", "-").split("-")
        try:
            years = [int(part) for part in parts]
        except ValueError:
            return None
        if len(years) == 1:
            years *= 2
        if len(years) != 2 or not first <= years[0] <= years[1] <= last:
            return None
        return tuple(years)

    return read


def _decimal_text(value: float) -> str:
    return f"{value:g}"


def _period_text(period: tuple[int, int]) -> str:
    return str(period[0]) if period[0] == period[1] else f"{period[0]}-{period[1]}"


def default_link_period(context: Context, year: int | None = None) -> tuple[int, int]:
    """Samverkan's default: the chosen year and the two before it, within the years with links."""
    first, last = context.link_years
    end = min(year or context.default_year, last)
    return max(first, end - 2), end


def _county(text: str, context: Context):
    """A county code or ALL_COUNTIES; a county's name too, as links made before codes wrote it."""
    if text == ALL_COUNTIES or text in context.county_names:
        return text
    by_name = {name.casefold(): code for code, name in context.county_names.items()}
    return by_name.get(text.strip().casefold())


def _language(text: str, context: Context):
    """'sv' or 'en'; 'Svenska' or 'English' too, as links made before codes wrote them."""
    return {"svenska": "sv", "english": "en"}.get(text.strip().casefold(), text if text in LANGUAGES else None)


# View field -> its parameter. The weights have one parameter each (vikt_bemanning …).
PARAMS: dict[str, Param] = {
    "lang": Param("lang", _language, str, lambda c: DEFAULT_LANGUAGE),
    "county": Param(
        "lan",
        _county,
        str,
        lambda c: ALL_COUNTIES if len(c.county_names) > 1 else next(iter(c.county_names)),
        always=True,
    ),
    "year": Param(
        "ar",
        lambda text, c: _integer(c.years[0], c.years[-1])(text, c) if c.years else None,
        str,
        lambda c: c.default_year,
        always=True,
    ),
    "indicator": Param("ind", _choice(MAP_INDICATORS), str, lambda c: MAP_INDICATORS[0]),
    "gap_measure": Param("gap", _choice(GAP_MEASURES), str, lambda c: "fte"),
    "municipality": Param(
        "kommun", lambda text, c: text if text in c.municipality_codes else None, str, lambda c: None
    ),
    "link_kinds": Param("typ", _several(LINK_KINDS), ",".join, lambda c: LINK_KINDS),
    "link_period": Param("period", _period(lambda c: c.link_years), _period_text, default_link_period),
    "min_shared_events": Param("minst", _integer(*MIN_SHARED_EVENTS_RANGE), str, lambda c: DEFAULT_MIN_SHARED_EVENTS),
    "event_period": Param("ev_period", _period(lambda c: c.event_years), _period_text, lambda c: c.event_years),
    "event_split": Param("dela", _choice(EVENT_SPLITS), str, lambda c: "event_type"),
    "participation_measure": Param("visa", _choice(PARTICIPATION_MEASURES), str, lambda c: "participants"),
    "funding_areas": Param("omrade", _several(FUNDING_AREAS), ",".join, lambda c: FUNDING_AREAS),
    "funding_measure": Param("belopp", _choice(FUNDING_MEASURES), str, lambda c: "amount_sek"),
}
NORM_PARAMS = {
    "base_fte": Param("norm_bas", _decimal(*NORM_BASE_RANGE[:2]), _decimal_text, lambda c: DEFAULT_NORM.base_fte),
    "fte_per_10k": Param(
        "norm_per10k", _decimal(*NORM_PER_10K_RANGE[:2]), _decimal_text, lambda c: DEFAULT_NORM.fte_per_10k
    ),
    "fte_per_1000_crimes": Param(
        "norm_brott",
        _decimal(*NORM_PER_1000_CRIMES_RANGE[:2]),
        _decimal_text,
        lambda c: DEFAULT_NORM.fte_per_1000_crimes,
    ),
}
WEIGHT_PARAMS = {
    component: Param(
        f"vikt_{COMPONENT_URL_NAMES[component]}",
        _integer(*WEIGHT_RANGE[:2]),
        lambda value: str(int(value)),
        lambda c, component=component: int(getattr(DEFAULT_WEIGHTS, component)),
    )
    for component in COMPONENTS
}


def parameter_names() -> list[str]:
    """Every URL parameter a view has."""
    return (
        [p.name for p in PARAMS.values()]
        + [p.name for p in NORM_PARAMS.values()]
        + [p.name for p in WEIGHT_PARAMS.values()]
    )


def _get(params: Mapping, name: str) -> str | None:
    value = params.get(name)
    if isinstance(value, (list, tuple)):
        value = value[-1] if value else None
    return None if value is None else str(value)


def _read(param: Param, params: Mapping, context: Context):
    text = _get(params, param.name)
    value = None if text is None else param.read(text, context)
    return param.default(context) if value is None else value


def from_params(params: Mapping, context: Context) -> View:
    """The view a link describes. A parameter missing, or holding no valid value, takes its default:
    a link never fails to open."""
    values = {name: _read(param, params, context) for name, param in PARAMS.items() if name != "link_period"}
    year = values["year"]
    text = _get(params, PARAMS["link_period"].name)
    period = PARAMS["link_period"].read(text, context) if text is not None else None
    values["link_period"] = period or default_link_period(context, year)
    norm = Norm(**{name: float(_read(param, params, context)) for name, param in NORM_PARAMS.items()})
    weights = Weights(**{name: float(_read(param, params, context)) for name, param in WEIGHT_PARAMS.items()})
    return View(**values, norm=norm, weights=weights, context=context)


def to_params(view: View) -> dict[str, str]:
    """The view as URL parameters: every setting that differs from its default (county and year always)."""
    context = view.context
    out: dict[str, str] = {}
    for name, param in PARAMS.items():
        value = getattr(view, name)
        default = default_link_period(context, view.year) if name == "link_period" else param.default(context)
        if value is None:
            continue
        if param.always or value != default:
            out[param.name] = param.write(value)
    for name, param in NORM_PARAMS.items():
        value = getattr(view.norm, name)
        if not math.isclose(value, param.default(context)):
            out[param.name] = param.write(value)
    for name, param in WEIGHT_PARAMS.items():
        value = getattr(view.weights, name)
        if value != param.default(context):
            out[param.name] = param.write(value)
    return out
