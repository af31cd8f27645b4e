"""The warehouse for the pages: one read-only connection per warehouse version, cached queries and
figures, the map outlines, and the warehouse built at first start or rebuilt when behind the ledger."""

from __future__ import annotations

import importlib
import os
import weakref
from contextlib import contextmanager
from pathlib import Path

import duckdb
import streamlit as st

from core.config import warehouse_path
from core.i18n import DEFAULT_LANGUAGE, LANGUAGES, t
from prevcap.geo import Outlines, load_outlines


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
# The outlines are hashed by the digest of their content: hashing 290 outlines' coordinates on every
# rerun would cost more than the figure.
@st.cache_resource(max_entries=256, show_spinner=False, hash_funcs={Outlines: lambda outlines: outlines.key})
def _cached_figure(module: str, name: str, args: tuple, kwargs: tuple):
    return getattr(importlib.import_module(module), name)(*args, **dict(kwargs))


def figure(builder, *args, **kwargs):
    """A chart builder's figure, cached by its inputs (data frames by content): a rerun that
    changes nothing a chart shows does not build it again (a dozen charts cost half a second).
    Treat the figure as read-only."""
    return _cached_figure(builder.__module__, builder.__name__, args, tuple(sorted(kwargs.items())))


# What a page derives from a cached figure (the numbers' table under a chart), kept as long as the figure
# itself: figures are shared and never modified, so it is the same for every rerun that shows the figure.
# Keyed by the figure's identity (a figure is not hashable); an entry goes when its figure is collected.
_PER_FIGURE: dict[int, dict] = {}


def per_figure(fig, key: tuple, make):
    """`make()` once per figure and key (the figure one of figure()'s, read-only)."""
    entries = _PER_FIGURE.get(id(fig))
    if entries is None:
        entries = _PER_FIGURE[id(fig)] = {}
        weakref.finalize(fig, _PER_FIGURE.pop, id(fig), None)
    if key not in entries:
        entries[key] = make()
    return entries[key]


# cache_resource: the outlines are immutable (prevcap.geo.Outlines), so every session may share them,
# and they are not unpickled on every rerun as cache_data would.
@st.cache_resource(max_entries=16, show_spinner=False)
def _geojson(path: str, version: str, county_codes: tuple[str, ...]) -> Outlines:
    with _cursor(path, version) as cursor:
        return load_outlines(cursor, county_codes)


def geojson(county_codes: tuple[str, ...]) -> Outlines:
    """The municipal outlines of the counties, built once per warehouse version and set of counties,
    at the detail their map needs."""
    path = warehouse_path()
    return _geojson(str(path), warehouse_version(path), county_codes)


class CachedSource:
    """The content functions' source in the dashboard: every query and figure through the caches."""

    query = staticmethod(query)
    figure = staticmethod(figure)
    geojson = staticmethod(geojson)


SOURCE = CachedSource()


@contextmanager
def warehouse_cursor():
    """A cursor on the process's read-only warehouse connection, for code that takes a connection
    itself (the report builder) rather than going through query()."""
    path = warehouse_path()
    with _cursor(str(path), warehouse_version(path)) as cursor:
        yield cursor


def ensure_warehouse() -> None:
    """At first start there is no warehouse: build it from reference data, example data and the
    ledger. A warehouse behind the ledger (a writer killed between the ledger and the swap, or one
    made before the ledger) is rebuilt once, when the server first serves it."""
    import duckdb

    from etl.build import Workspace, build, write_problem

    workspace = Workspace.configured()
    try:
        if not workspace.warehouse.exists():
            with st.spinner(t("warehouse.building", _language_of_the_link())):
                build(workspace)
            return
        _rebuild_if_behind(str(workspace.warehouse), str(workspace.ledger))
    except (duckdb.Error, OSError) as error:
        # a damaged or read-only warehouse, a damaged ledger, a full disk: say so, in a sentence
        problem = write_problem(error)
        st.error(t(problem.key, _language_of_the_link(), **problem.values), icon=":material/error:")
        st.stop()


@st.cache_resource(show_spinner=False)
def _rebuild_if_behind(warehouse: str, ledger: str) -> None:
    """Once per process and pair of files (the arguments are the cache key, and what it checks)."""
    from etl.build import Workspace, build, is_current

    workspace = Workspace.configured()
    if is_current(workspace) is False:
        build(workspace)


def _language_of_the_link() -> str:
    lang = st.query_params.get("lang") or DEFAULT_LANGUAGE
    return lang if lang in LANGUAGES else DEFAULT_LANGUAGE
