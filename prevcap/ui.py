"""Streamlit pieces every page shares: the warehouse connection, cached queries,
the sidebar filters bound to the URL, the example-data banner and the source line."""
from __future__ import annotations

import importlib
import os
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import duckdb
import pandas as pd
import streamlit as st

from prevcap import queries, sources
from core.config import warehouse_path
from prevcap.geo import feature_collection
from core.i18n import DEFAULT_LANGUAGE, LANGUAGES, t

ALL = "alla"


def warehouse_version(path: Path) -> str:
    """Changes whenever the ETL swaps in a new warehouse file."""
    stat = os.stat(path)
    return f"{stat.st_ino}-{stat.st_mtime_ns}-{stat.st_size}"


@st.cache_resource(max_entries=2, show_spinner=False)
def _connection(path: str, version: str):
    """The warehouse of one version, read-only, in a DuckDB instance of its own.

    Keyed by version: a load swaps in a new file, and the next rerun opens it. It is attached to a
    fresh in-memory instance rather than opened with duckdb.connect(path): while any connection to a
    path is open, connect() hands back that path's old instance, and the server would never see a
    load made after it started."""
    connection = duckdb.connect(":memory:")
    connection.execute("attach ? as warehouse (read_only)", [path])
    connection.execute("use warehouse")
    return connection


@contextmanager
def _cursor(path: str, version: str):
    """A cursor of its own on the shared connection: DuckDB connections are not for several threads.
    A cursor starts in the in-memory catalogue, so it too is pointed at the warehouse."""
    cursor = _connection(path, version).cursor()
    try:
        cursor.execute("use warehouse")
        yield cursor
    finally:
        cursor.close()


@st.cache_data(max_entries=1024, show_spinner=False)
def _cached_query(module: str, name: str, path: str, version: str, args: tuple):
    with _cursor(path, version) as cursor:
        return getattr(importlib.import_module(module), name)(cursor, *args)


def query(function, *args):
    """Run a query function `f(con, *args)`, cached by its arguments and the warehouse version.

    Arguments must be hashable values (tuples, not lists): they are the cache key."""
    path = warehouse_path()
    return _cached_query(function.__module__, function.__name__, str(path), warehouse_version(path), args)


# cache_resource, not cache_data: unpickling a plotly figure validates it all over again, which
# costs nearly as much as building it. The figures are shared read-only: st.plotly_chart reads
# them through to_dict() and the exports decorate a copy; nothing may modify one after this.
@st.cache_resource(max_entries=256, show_spinner=False)
def _cached_figure(module: str, name: str, args: tuple, kwargs: tuple):
    return getattr(importlib.import_module(module), name)(*args, **dict(kwargs))


def figure(builder, *args, **kwargs):
    """A chart builder's figure, cached by its inputs (data frames by content): a rerun that
    changes nothing a chart shows does not build it again (a dozen charts cost half a second).
    Treat the figure as read-only."""
    return _cached_figure(builder.__module__, builder.__name__, args, tuple(sorted(kwargs.items())))


@st.cache_data(max_entries=16, show_spinner=False)
def _geojson(path: str, version: str, county_codes: tuple[str, ...]) -> dict:
    with _cursor(path, version) as cursor:
        return feature_collection(queries.map_geometry(cursor, county_codes))


def geojson(county_codes: tuple[str, ...]) -> dict:
    """The municipal outlines of the counties, built once per warehouse version."""
    path = warehouse_path()
    return _geojson(str(path), warehouse_version(path), county_codes)


def ensure_warehouse() -> None:
    """At first start there is no warehouse: build it from reference data, example data and the
    ledger. A warehouse behind the ledger (a writer killed between the ledger and the swap, or one
    made before the ledger) is rebuilt once, when the server first serves it."""
    from etl.build import Workspace, build

    workspace = Workspace.configured()
    if not workspace.warehouse.exists():
        with st.spinner(t("warehouse.building", current_language())):
            build(workspace)
        return
    _rebuild_if_behind(str(workspace.warehouse), str(workspace.ledger))


@st.cache_resource(show_spinner=False)
def _rebuild_if_behind(warehouse: str, ledger: str) -> None:
    """Once per process and pair of files (the arguments are the cache key, and what it checks)."""
    from etl.build import Workspace, build, is_current

    workspace = Workspace.configured()
    if is_current(workspace) is False:
        build(workspace)


def current_language() -> str:
    lang = st.session_state.get("lang") or st.query_params.get("lang") or DEFAULT_LANGUAGE
    return lang if lang in LANGUAGES else DEFAULT_LANGUAGE


def page_filters() -> "Filters":
    """The sidebar filters, for a page script.

    At the first request after the server starts, Streamlit still treats the pages/ folder
    the legacy (v1) way and runs a deep-linked page without dashboard.py; st.navigation
    switches that off for the whole process. If that happened, switch it off and rerun
    through dashboard.py, which draws the sidebar and then this same page."""
    if "filters" not in st.session_state:
        from streamlit.runtime.pages_manager import PagesManager

        PagesManager.uses_pages_directory = False
        st.rerun()
    return st.session_state["filters"]


@dataclass(frozen=True)
class Filters:
    lang: str
    county_codes: tuple[str, ...]
    county_label: str
    year: int
    previous_year: int | None


def language_selector() -> str:
    return st.sidebar.selectbox(
        t("filter.language", current_language()), LANGUAGES, key="lang", bind="query-params",
        format_func=lambda code: {"sv": "Svenska", "en": "English"}[code],
    )


def sidebar_filters(lang: str) -> Filters:
    """County and year, bound to the URL (?lan=…&ar=…) so that a copied link opens the same view."""
    county_table = query(queries.counties)
    names = dict(zip(county_table["county_code"], county_table["county_name"]))
    options = ([ALL] if len(names) > 1 else []) + list(names)
    all_label = t("filter.county.all", lang) if len(names) == 2 else t("filter.county.all_n", lang, n=len(names))
    st.sidebar.header(t("filter.header", lang))
    county = st.sidebar.selectbox(
        t("filter.county", lang), options, key="lan", bind="query-params",
        format_func=lambda code: all_label if code == ALL else names[code],
    )
    years = query(queries.years)
    default_year = query(queries.latest_reported_year) or years[-1]
    year_options = list(reversed(years))
    year = st.sidebar.selectbox(
        t("filter.year", lang), year_options, index=year_options.index(default_year), key="ar", bind="query-params",
    )
    st.sidebar.caption(t("filter.link_hint", lang))
    codes = tuple(names) if county == ALL else (county,)
    return Filters(lang, codes, all_label if county == ALL else names[county], int(year),
                   int(year) - 1 if int(year) - 1 in years else None)


def example_banner(lang: str, shows_example: bool) -> None:
    """The example banner, naming the data sets that are still example data (none: no banner)."""
    notice = sources.example_notice(query(queries.datasets), lang) if shows_example else None
    if notice:
        st.info(notice, icon=":material/science:")


def source_line(lang: str) -> str:
    """Where the figures on a page come from, with dates: for the caption and the exports."""
    return sources.source_line(query(queries.datasets), lang)


def table_config(lang: str, columns: dict[str, tuple[str, str]]) -> dict:
    """column -> (text key of the header, printf-like format or 'localized')."""
    config = {}
    for column, (label_key, number_format) in columns.items():
        if number_format and number_format.startswith("link"):
            # "link": the cell's URL, shown by its host; "link:<text key>": shown as that text
            _, _, text_key = number_format.partition(":")
            config[column] = st.column_config.LinkColumn(
                t(label_key, lang), display_text=t(text_key, lang) if text_key else r"https?://(?:www\.)?([^/]+)")
        elif number_format:
            config[column] = st.column_config.NumberColumn(t(label_key, lang), format=number_format)
        else:
            config[column] = st.column_config.TextColumn(t(label_key, lang))
    return config


def frame_is_example(frame: pd.DataFrame) -> bool:
    return bool(frame["has_example_data"].any()) if "has_example_data" in frame else False


def show_chart(fig, key: str, lang: str, filters: "Filters", title: str, example_data: bool,
               selectable: bool = False, *, subtitle_extra: str | None = None):
    """Every chart of the dashboard goes through here, so that all get the same toolbar and exports.

    Under the chart: PNG, SVG and PDF downloads drawn on the server when clicked, with the title,
    the filters (and `subtitle_extra`, e.g. ui.norm_subtitle(norm, lang)), the source line and the
    example-data mark. Returns the selection event when `selectable` (a click on a map or bar)."""
    # scrollZoom off: scrolling the page over a map must scroll the page, not zoom the map out of
    # view (the map keeps its +/− buttons)
    config = {"displaylogo": False, "locale": lang, "scrollZoom": False,
              "toImageButtonOptions": {"format": "png", "scale": 2, "filename": key}}
    if selectable:
        event = st.plotly_chart(fig, width="stretch", config=config, key=key, on_select="rerun",
                                selection_mode="points")
        chart_downloads(fig, key, lang, filters, title, example_data, subtitle_extra)
        code = clicked_municipality(event)
        if code is not None:
            open_municipality(code)
        return event
    st.plotly_chart(fig, width="stretch", config=config, key=key)
    chart_downloads(fig, key, lang, filters, title, example_data, subtitle_extra)
    return None


# --- from any map to a municipality's profile -------------------------------------------------

MUNICIPALITY_PAGE = "pages/kommun.py"
MUNICIPALITY_PARAM = "kommun"


def clicked_municipality(event) -> str | None:
    """The municipality a click chose: a map polygon's `location`, or, for markers and bars, a
    municipality code (four digits) as the point's first customdata."""
    points = (getattr(event, "selection", None) or {}).get("points") or []
    for point in points:
        location = point.get("location")
        if isinstance(location, str) and location:
            return location
        customdata = point.get("customdata")
        if isinstance(customdata, (list, tuple)) and customdata:
            customdata = customdata[0]
        if isinstance(customdata, str) and len(customdata) == 4 and customdata.isdigit():
            return customdata
    return None


def municipality_selector(lang: str, names: dict[str, str]) -> str | None:
    """The municipality of the Kommun page, in sync with ?kommun=<code> by hand: a bound selectbox
    would write the name into the URL, and links say ?kommun=2418. A code in the URL that differs
    from the last one shown (a link, a map click) wins over the selectbox; without one, the
    municipality last shown stays."""
    requested = st.query_params.get(MUNICIPALITY_PARAM)
    shown = st.session_state.get("_kommun_shown")
    if requested in names and requested != shown:
        st.session_state[MUNICIPALITY_PARAM] = requested
    elif requested is None and shown in names and MUNICIPALITY_PARAM not in st.session_state:
        st.session_state[MUNICIPALITY_PARAM] = shown
    code = st.selectbox(t("cap.kommun.select", lang), list(names), index=None, format_func=names.get,
                        key=MUNICIPALITY_PARAM, placeholder=t("cap.kommun.placeholder", lang))
    st.session_state["_kommun_shown"] = code
    if code is None:
        st.query_params.pop(MUNICIPALITY_PARAM, None)
    elif st.query_params.get(MUNICIPALITY_PARAM) != code:
        st.query_params[MUNICIPALITY_PARAM] = code
    return code


def _bound_query_params() -> set[str]:
    """Query parameters bound to widgets: st.switch_page may not set them, the widgets restore them."""
    from streamlit.runtime.scriptrunner import get_script_run_ctx

    ctx = get_script_run_ctx()
    if ctx is None:
        return set()
    with ctx.session_state.query_params() as params:
        return {key for key in params if params.is_bound(key)}


def open_municipality(code: str) -> None:
    """Switch to the Kommun page showing `code`, keeping the rest of the link (county, year, norm)."""
    if not (Path(__file__).resolve().parent.parent / MUNICIPALITY_PAGE).exists():
        return
    bound = _bound_query_params()
    params = {key: st.query_params.get_all(key) for key in st.query_params if key not in bound}
    params[MUNICIPALITY_PARAM] = code
    st.switch_page(MUNICIPALITY_PAGE, query_params=params)


# --- the need norm and the index weights (Kapacitet and Kommun) ---------------------------------

def capacity_controls(lang: str):
    """The need norm and the index weights in the sidebar, bound to the URL: a copied link carries them.

    Both capacity pages draw the same widgets under the same keys, so a setting follows the user."""
    from prevcap import capacity

    sidebar = st.sidebar
    sidebar.header(t("cap.controls.header", lang))
    low, high, step = capacity.NORM_BASE_RANGE
    base = sidebar.number_input(t("cap.controls.base", lang), low, high, capacity.DEFAULT_NORM.base_fte, step,
                                format="%.2f", key="norm_bas", bind="query-params",
                                help=t("cap.controls.base_help", lang))
    low, high, step = capacity.NORM_PER_10K_RANGE
    per_10k = sidebar.number_input(t("cap.controls.per_10k", lang), low, high, capacity.DEFAULT_NORM.fte_per_10k,
                                   step, format="%.2f", key="norm_per10k", bind="query-params",
                                   help=t("cap.controls.per_10k_help", lang))
    weights = {}
    low, high, step = capacity.WEIGHT_RANGE
    with sidebar.expander(t("cap.controls.weights", lang)):
        st.caption(t("cap.controls.weights_help", lang))
        for component in capacity.COMPONENTS:
            weights[component] = st.number_input(
                t(f"cap.component.{component}", lang), low, high, int(getattr(capacity.DEFAULT_WEIGHTS, component)),
                step, key=f"vikt_{capacity.COMPONENT_URL_NAMES[component]}", bind="query-params")
    return (capacity.Norm(float(base if base is not None else capacity.DEFAULT_NORM.base_fte),
                          float(per_10k if per_10k is not None else capacity.DEFAULT_NORM.fte_per_10k)),
            capacity.Weights(**{c: float(w if w is not None else getattr(capacity.DEFAULT_WEIGHTS, c))
                                for c, w in weights.items()}))


def show_table(frame: pd.DataFrame, key: str, lang: str, column_config: dict, title: str):
    """Every table goes through here, so that all get the same downloads: CSV for Swedish Excel and
    .xlsx, with the headers as shown."""
    # a missing value shows as an empty cell, never as the English "None"
    st.dataframe(frame, hide_index=True, width="stretch", column_config=column_config, key=key, placeholder="")
    table_downloads(frame, key, lang, column_config, title)


# --- downloads under every chart and table ----------------------------------------------------

CHART_DOWNLOADS = (("png", "image/png"), ("svg", "image/svg+xml"), ("pdf", "application/pdf"))
TABLE_DOWNLOADS = (("csv", "text/csv"), ("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))


def norm_subtitle(norm, lang: str) -> str:
    """The need norm for show_chart's subtitle_extra: "Behovsnorm: 1,00 åa + 0,20 åa per 10 000 inv."."""
    from prevcap import export

    return export.norm_subtitle(norm.base_fte, norm.fte_per_10k, lang)


def chart_file(fig, fmt: str, title: str, subtitle: str, source: str, example_data: bool, lang: str) -> bytes:
    """The chart as a download: decorated, then drawn by the warm renderer. No Streamlit calls: Streamlit
    runs it outside the script, when the button is clicked."""
    from prevcap import export

    decorated = export.decorate_for_export(fig, title, subtitle, source, example_data, lang)
    return export.figure_bytes(decorated, fmt)


def chart_downloads(fig, key: str, lang: str, filters: Filters, title: str, example_data: bool,
                    subtitle_extra: str | None = None) -> None:
    """PNG, SVG and PDF buttons. Drawing a map takes about a second, so the file is made only when its
    button is clicked (a callable `data`, run by Streamlit outside the script), and the click does not
    rerun the page. Without Chromium, a line saying so and how to install it."""
    from prevcap import export

    if export.find_chromium() is None:
        st.caption(":material/info: " + t("export.unavailable.short", lang),
                   help=t("export.unavailable.no_chromium", lang))
        return
    export.start_renderer_in_background()
    problem = export.renderer_problem()
    if problem is not None:  # Chromium is there but did not start: say so rather than offer failing buttons
        st.caption(":material/error: " + problem.message(lang))
        return
    subtitle = export.filters_subtitle(filters.county_label, filters.year, lang, subtitle_extra)
    source = source_line(lang)
    row = st.container(horizontal=True, gap="small", key=f"{key}__downloads")
    for fmt, mime in CHART_DOWNLOADS:
        def make(fmt=fmt):
            return chart_file(fig, fmt, title, subtitle, source, example_data, lang)

        row.download_button(
            t(f"export.button.{fmt}", lang), make, file_name=export.chart_filename(title, filters.county_label,
                                                                                   filters.year, fmt),
            mime=mime, key=f"{key}__{fmt}", on_click="ignore", type="tertiary", icon=":material/download:",
            help=f"{t(f'export.download_{fmt}', lang)}: {t(f'export.help_{fmt}', lang)}")


def table_headers(frame: pd.DataFrame, column_config: dict) -> pd.DataFrame:
    """The table as the page shows it: hidden columns left out, headers as their shown labels."""
    shown = [column for column in frame.columns if not (column in column_config and column_config[column] is None)]
    labels = {}
    for column in shown:
        config = column_config.get(column)
        label = config.get("label") if isinstance(config, dict) else config if isinstance(config, str) else None
        labels[column] = label or str(column)
    return frame[shown].rename(columns=labels)


def table_downloads(frame: pd.DataFrame, key: str, lang: str, column_config: dict, title: str) -> None:
    """CSV (semicolon, decimal comma, BOM: Swedish Excel) and .xlsx, made when clicked."""
    from prevcap import export

    filters = st.session_state.get("filters")
    filter_values = [filters.county_label, filters.year] if isinstance(filters, Filters) else []
    filter_values = [value for value in filter_values if str(value) not in title]
    makers = {"csv": lambda: export.table_csv_bytes(table_headers(frame, column_config)),
              "xlsx": lambda: export.table_xlsx_bytes(table_headers(frame, column_config), title)}
    row = st.container(horizontal=True, gap="small", key=f"{key}__downloads")
    for fmt, mime in TABLE_DOWNLOADS:
        row.download_button(
            t(f"export.button.{fmt}", lang), makers[fmt], file_name=export.export_filename(title, filter_values, fmt),
            mime=mime, key=f"{key}__{fmt}", on_click="ignore", type="tertiary", icon=":material/download:",
            help=f"{t(f'export.download_{fmt}', lang)}: {t(f'export.help_{fmt}', lang)}")


@contextmanager
def warehouse_cursor():
    """A cursor on the process's read-only warehouse connection, for code that takes a connection
    itself (the report builder) rather than going through query()."""
    path = warehouse_path()
    with _cursor(str(path), warehouse_version(path)) as cursor:
        yield cursor
