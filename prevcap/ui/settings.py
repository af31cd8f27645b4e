"""The view in the session and in the URL, and the widgets that change it.

Every setting is a URL parameter holding a code (prevcap/view.py). At the top of every run
(dashboard.py) the view is read from the session, or from the URL when the URL changed outside the
app (a link opened, Back or Forward, a switch to another page with parameters), and every setting is
written back into the URL, so that the address bar holds the whole view on every page. A widget
shows the view's value and, when changed, stores its code; the rerun that follows reads the new view.
"""

from __future__ import annotations

import streamlit as st

from core import fmt
from core.i18n import LANGUAGES, t
from prevcap import content
from prevcap import view as views
from prevcap.domain import capacity
from prevcap.ui.data import SOURCE

PARAMS_KEY = "_view_params"  # the session's settings, as URL parameters
WRITTEN_KEY = "_view_written"  # what the session last wrote into the URL
VIEW_KEY = "_view"  # this run's View, for the page script
PAGE_KEY = "_view_page"  # the page of the session's last run
PAGE_WRITTEN_KEY = "_view_written_by_page"  # what the session last wrote into the URL on each page


def _url() -> dict[str, str]:
    return {name: st.query_params.get(name) for name in st.query_params}


def _page() -> str:
    """The page this run shows, as the last part of its address ('' at the root)."""
    from urllib.parse import urlparse

    return urlparse(st.context.url or "").path.rstrip("/").rsplit("/", 1)[-1]


def start_run() -> views.View:
    """The view of this run (call it once, at the top of dashboard.py)."""
    url = in_address = _url()
    stored = st.session_state.get(PARAMS_KEY)
    page, by_page = _page(), st.session_state.setdefault(PAGE_WRITTEN_KEY, {})
    written = st.session_state.get(WRITTEN_KEY)
    if page != st.session_state.get(PAGE_KEY) and url and url == written and page in by_page:
        # Back or Forward: Streamlit sends the parameters the page had last, not the ones of the history
        # entry; the view that page last showed is what the user goes back to
        url = dict(by_page[page])
    # the sidebar's page links drop the parameters: an empty URL keeps the session's view
    from_url = stored is None or (bool(url) and url != written)
    view = views.from_params(url if from_url else stored, content.context(SOURCE))
    params = views.to_params(view)
    st.session_state[PARAMS_KEY] = dict(params)
    st.session_state[WRITTEN_KEY] = dict(params)
    st.session_state[PAGE_KEY] = page
    by_page[page] = dict(params)
    st.session_state[VIEW_KEY] = view
    if params != in_address:
        st.query_params.from_dict(params)
    return view


def page_view() -> views.View:
    """This run's view, for a page script.

    At the first request after the server starts, Streamlit still treats the pages/ folder the legacy
    (v1) way and runs a deep-linked page without dashboard.py; see prevcap/ui/legacy_pages.py."""
    if VIEW_KEY not in st.session_state:
        from prevcap.ui.legacy_pages import rerun_through_navigation

        rerun_through_navigation()
    return st.session_state[VIEW_KEY]


def _store(key: str, encode) -> None:
    value = st.session_state.get(key)
    params = st.session_state.setdefault(PARAMS_KEY, {})
    if value is None or value == []:
        params[key] = "" if isinstance(value, list) else None
        if value is None:
            params.pop(key, None)
        return
    params[key] = encode(value)


def _widget(draw, key: str, shown, encode=str, **kwargs):
    """Draw a widget under the parameter's name, showing the view's value, storing a change as code."""
    if st.session_state.get(key, _UNSET) != shown:
        st.session_state[key] = shown
    if getattr(draw, "__name__", "") in CHOOSERS:
        kwargs.setdefault("placeholder", choose_placeholder(_session_lang()))
    return draw(key=key, on_change=_store, args=(key, encode), **kwargs)


CHOOSERS = ("selectbox", "multiselect")


def choose_placeholder(lang: str) -> str:
    """The hint of an empty choice, in place of Streamlit's English "Choose an option"."""
    return t("widget.choose", lang)


def _session_lang() -> str:
    view = st.session_state.get(VIEW_KEY)
    return view.lang if view is not None else LANGUAGES[0]


_UNSET = object()


def _range_text(value) -> str:
    first, last = value
    return str(first) if first == last else f"{first}-{last}"


def _several_text(options):
    return lambda chosen: ",".join(option for option in options if option in chosen)


# --- the sidebar ----------------------------------------------------------------------------------


def language_selector(view: views.View) -> str:
    _widget(
        st.sidebar.selectbox,
        "lang",
        view.lang,
        label=t("filter.language", view.lang),
        options=LANGUAGES,
        format_func=lambda code: {"sv": "Svenska", "en": "English"}[code],
    )
    return view.lang


def page_language(lang: str) -> None:
    """<html lang> in the interface's language, so that a screen reader reads Swedish as Swedish (WCAG
    3.1.1); Streamlit has no setting for it. `lang` is one of LANGUAGES, never text from a user."""
    code = lang if lang in LANGUAGES else LANGUAGES[0]
    st.sidebar.html(f"<script>document.documentElement.lang = '{code}';</script>", unsafe_allow_javascript=True)


# WCAG 2.4.7: a focus that shows. Streamlit's own is a faint change of background (1.1:1), the same as
# the current page's mark; this ring is the theme's blue at 7:1 on white, outside the element
FOCUS_STYLE = (
    "<style>:focus-visible{outline:3px solid #1f5f8b !important;outline-offset:2px !important;}"
    '[data-testid="stSidebarNav"] a[aria-current="page"] span{font-weight:700;}</style>'
)


# The key figures' cards (prevcap/ui/render.py: key_figures) share a row that wraps, each at least 11rem
# wide; a label too long for its card wraps rather than ends in "…" (WCAG 1.4.10, 1.4.4)
KEY_FIGURES_STYLE = (
    "<style>[class*='st-key-keyfigures_'] > [data-testid='stElementContainer']"
    "{flex:1 1 11rem !important;width:auto !important;min-width:min(11rem,100%);max-width:100%;}"
    "[class*='st-key-keyfigures_'] [data-testid='stMetricLabel'] *"
    "{white-space:normal !important;overflow:visible !important;text-overflow:clip !important;}</style>"
)


def page_style() -> None:
    """The project's few additions to Streamlit's look and behaviour, all for accessibility: the focus ring,
    the tables drawn as HTML (prevcap/tables/html.py), the maps fitted to the browser's width."""
    from prevcap.tables.html import TABLE_STYLE
    from prevcap.ui import browser

    st.html(FOCUS_STYLE + KEY_FIGURES_STYLE + f"<style>{TABLE_STYLE}</style>")
    browser.install()


def sidebar_label(text: str) -> None:
    """A group title in the sidebar, as bold text rather than a heading: the sidebar comes before the page
    in the document, and its headings would come before the page's h1 (WCAG 1.3.1, 2.4.6)."""
    st.sidebar.markdown(f"**{text}**")


def selection(view: views.View) -> None:
    """County and year."""
    lang = view.lang
    names = view.context.county_names
    options = ([views.ALL_COUNTIES] if len(names) > 1 else []) + list(names)
    sidebar_label(t("filter.header", lang))
    _widget(
        st.sidebar.selectbox,
        "lan",
        view.county,
        label=t("filter.county", lang),
        options=options,
        format_func=lambda code: view.county_label() if code == views.ALL_COUNTIES else names[code],
    )
    _widget(
        st.sidebar.selectbox, "ar", view.year, label=t("filter.year", lang), options=list(reversed(view.context.years))
    )
    st.sidebar.caption(t("filter.link_hint", lang))


def capacity_controls(view: views.View) -> None:
    """The need norm and the index weights, in the sidebar of the capacity pages."""
    lang = view.lang
    sidebar = st.sidebar
    sidebar_label(t("cap.controls.header", lang))
    for key, value, value_range, label, help_key in (
        ("norm_bas", view.norm.base_fte, capacity.NORM_BASE_RANGE, "cap.controls.base", "cap.controls.base_help"),
        (
            "norm_per10k",
            view.norm.fte_per_10k,
            capacity.NORM_PER_10K_RANGE,
            "cap.controls.per_10k",
            "cap.controls.per_10k_help",
        ),
        (
            "norm_brott",
            view.norm.fte_per_1000_crimes,
            capacity.NORM_PER_1000_CRIMES_RANGE,
            "cap.controls.per_1000_crimes",
            "cap.controls.per_1000_crimes_help",
        ),
    ):
        decimal_field(sidebar, key, value, value_range, lang, label=t(label, lang), help=t(help_key, lang))
    low, high, step = capacity.WEIGHT_RANGE
    with sidebar.expander(t("cap.controls.weights", lang)):
        st.caption(t("cap.controls.weights_help", lang))
        for component in capacity.COMPONENTS:
            _widget(
                st.slider,
                f"vikt_{capacity.COMPONENT_URL_NAMES[component]}",
                int(getattr(view.weights, component)),
                lambda value: str(int(value)),
                label=t(f"cap.component.{component}", lang),
                min_value=low,
                max_value=high,
                step=step,
            )


# a number as a Swedish or English reader types it: digits, then a comma or a point and more digits
DECIMAL_PATTERN = r"^\s*[0-9]+([,.][0-9]+)?\s*$"
DECIMAL_PROBLEM_KEY = "_decimal_problem"


def decimal_field(container, key: str, value: float, value_range, lang: str, **kwargs) -> None:
    """A decimal setting typed as its users write it: "1,5" in Swedish (a point works too), shown with the
    interface's decimal mark. Streamlit's number_input reads "1,5" as 15 and prints a point, so this is a
    text field: checked in the browser as it is typed, parsed and bounded here, applied after a short pause
    (no Enter needed); a value out of range is refused with a sentence and the setting stays as it was."""
    low, high, _ = value_range
    typed, typed_in = st.session_state.get(key), st.session_state.get(f"_{key}_lang")
    if typed is None or typed_in != lang or fmt.parse_decimal(str(typed)) != value:
        st.session_state[key] = fmt.number(value, 2, lang).replace("\u2212", "-")
        st.session_state[f"_{key}_lang"] = lang
    container.text_input(
        key=key,
        on_change=_store_decimal,
        args=(key, low, high, lang),
        live="800ms",
        validate=(DECIMAL_PATTERN, t("cap.controls.decimal_invalid", lang)),
        **kwargs,
    )
    problem = st.session_state.get(DECIMAL_PROBLEM_KEY, {}).pop(key, None)
    if problem:
        container.error(problem, icon=":material/error:")


def _store_decimal(key: str, low: float, high: float, lang: str) -> None:
    value = fmt.parse_decimal(str(st.session_state.get(key) or ""))
    if value is None or not low <= value <= high:
        st.session_state.setdefault(DECIMAL_PROBLEM_KEY, {})[key] = t(
            "cap.controls.decimal_out_of_range",
            lang,
            typed=st.session_state.get(key),
            low=fmt.number(low, 2, lang),
            high=fmt.number(high, 2, lang),
        )
        return
    st.session_state.setdefault(PARAMS_KEY, {})[key] = f"{value:g}"


# --- the pages' own settings --------------------------------------------------------------------------


def indicator(view: views.View) -> None:
    from prevcap.indicators import MAP_INDICATORS

    _widget(
        st.selectbox,
        "ind",
        view.indicator,
        label=t("filter.indicator", view.lang),
        options=MAP_INDICATORS,
        format_func=lambda key: t("ind." + key, view.lang),
    )


def gap_measure(view: views.View) -> None:
    _widget(
        st.radio,
        "gap",
        view.gap_measure,
        label=t("cap.measure", view.lang),
        options=views.GAP_MEASURES,
        horizontal=True,
        format_func=lambda m: t(f"cap.measure.{m}", view.lang),
    )


def link_controls(view: views.View) -> None:
    """Samverkan: the kinds of link, the period and the co-attendance threshold."""
    from prevcap.domain.network import LINK_KINDS

    lang = view.lang
    _widget(
        st.pills,
        "typ",
        list(view.link_kinds),
        _several_text(LINK_KINDS),
        label=t("network.filter.kinds", lang),
        options=LINK_KINDS,
        selection_mode="multi",
        format_func=lambda kind: t(f"network.kind.{kind}", lang),
    )
    period_column, threshold_column = st.columns(2)
    first, last = view.context.link_years
    _widget(
        period_column.slider,
        "period",
        tuple(view.link_period),
        _range_text,
        label=t("network.filter.period", lang),
        min_value=first,
        max_value=last,
    )
    low, high = views.MIN_SHARED_EVENTS_RANGE
    _widget(
        threshold_column.slider,
        "minst",
        view.min_shared_events,
        label=t("network.filter.min_events", lang),
        min_value=low,
        max_value=high,
        help=t("network.filter.min_events_help", lang),
        disabled="co_attendance" not in view.link_kinds,
    )


def event_period(view: views.View) -> None:
    first, last = view.context.event_years
    _widget(
        st.slider,
        "ev_period",
        tuple(view.event_period),
        _range_text,
        label=t("events.filter.period", view.lang),
        min_value=first,
        max_value=last,
    )


def event_split(view: views.View) -> None:
    _widget(
        st.segmented_control,
        "dela",
        view.event_split,
        label=t("events.filter.split", view.lang),
        options=views.EVENT_SPLITS,
        required=True,
        format_func=lambda key: t(f"events.split.{key}", view.lang),
    )


def participation_measure(view: views.View) -> None:
    _widget(
        st.segmented_control,
        "visa",
        view.participation_measure,
        label=t("events.filter.measure", view.lang),
        options=views.PARTICIPATION_MEASURES,
        required=True,
        format_func=lambda key: t(f"events.measure.{key}", view.lang),
    )


def funding_areas(view: views.View) -> None:
    from prevcap.domain.funding import FUNDING_AREAS

    _widget(
        st.pills,
        "omrade",
        list(view.funding_areas),
        _several_text(FUNDING_AREAS),
        label=t("funding.filter.areas", view.lang),
        options=FUNDING_AREAS,
        selection_mode="multi",
        format_func=lambda area: t(f"funding.area.{area}", view.lang),
    )


def funding_measure(view: views.View) -> None:
    _widget(
        st.segmented_control,
        "belopp",
        view.funding_measure,
        label=t("funding.filter.measure", view.lang),
        options=views.FUNDING_MEASURES,
        required=True,
        format_func=lambda key: t(f"funding.measure.{key}", view.lang),
    )


def municipality_selector(view: views.View, names: dict[str, str]) -> None:
    _widget(
        st.selectbox,
        "kommun",
        view.municipality,
        label=t("cap.kommun.select", view.lang),
        options=list(names),
        index=None,
        format_func=names.get,
        placeholder=t("cap.kommun.placeholder", view.lang),
    )


# --- from any map or button to a municipality's profile ------------------------------------------

MUNICIPALITY_PAGE = "pages/kommun.py"


def open_municipality(view: views.View, code: str) -> None:
    """Switch to the Kommun page showing `code`, with the rest of the view."""
    params = views.to_params(view.with_(municipality=code))
    st.session_state[PARAMS_KEY] = dict(params)
    st.switch_page(MUNICIPALITY_PAGE, query_params=params)
