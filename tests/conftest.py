"""Fixtures: small warehouses built from a handful of rows written here, with answers
computed by hand. They use the real reference data (boundaries, population) but never
the example data's random draws."""

from __future__ import annotations

import os
import shutil
import tempfile
import textwrap
from pathlib import Path

import pytest

from core.config import scope

# No test may read or write the developer's own ledger (data/ledger.duckdb): every test gets an
# empty one of its own (the autouse fixture below), and this is the fallback for the rest.
os.environ["PREVCAP_LEDGER"] = str(Path(tempfile.mkdtemp(prefix="prevcap-ledger-")) / "ledger.duckdb")

FIXTURE_FILES = {
    "events.csv": """\
        event_id,date,title,event_type,organiser,host,topic,source
        2024-10-17-inspirationsdag,2024-10-17,Inspirationsdag för mindre kommuner,inspirationsdag,Länsstyrelsen Västerbotten,2418,bada,
        2023-05-10-nätverksträff,2023-05-10,ANDT-nätverk,nätverksträff,Länsstyrelsen Norrbotten,2505,andt,
        """,
    "attendance.csv": """\
        event_id,municipality,participants
        2024-10-17-inspirationsdag,2418,4
        2024-10-17-inspirationsdag,2417,3
        2023-05-10-nätverksträff,2505,2
        2016-10-31-inspirationsdag,2418,2
        """,
    "staffing.csv": """\
        municipality,year,role,fte,funded_by,shared_with
        2418,2024,brott,0.5,kommun,2417
        2418,2024,andt,0.25,fohm,
        2417,2024,brott,0,,2418
        2422,2023,andt,1.0,kommun,
        2505,2024,brott,0.4,lansstyrelsen,
        """,
    "funding.csv": """\
        municipality,year,funder,area,amount_sek
        2418,2024,kommun,bada,300000
        2418,2024,lansstyrelsen,brott,100000
        2505,2024,kommun,brott,200000
        """,
    "collaborations.csv": """\
        collaboration_id,municipalities,kind,start,end,detail,source
        ex-1,2418|2417,gemensam samordnare,2024-01-01,,,
        """,
    "law_status.csv": """\
        municipality,year,coordinating_function,lagesbild,atgardsplan
        2418,2024,ja,ja,nej
        2417,2024,ja,,nej
        """,
}


def write_files(directory: Path, files: dict[str, str]) -> Path:
    """The hand-written CSV files of a fixture, as the example data folder the build reads."""
    directory.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (directory / name).write_text(textwrap.dedent(text), encoding="utf-8")
    return directory


def workspace(db: Path, example_dir: Path | None, ledger: Path | None = None):
    """The warehouse `db` with its example data and a ledger (by default beside the warehouse)."""
    from etl.build import Workspace

    return Workspace(
        Path(db),
        Path(ledger) if ledger else Path(db).with_name("ledger.duckdb"),
        scope(),
        Path(example_dir) if example_dir else None,
        lock_timeout_s=30,
    )


def build_warehouse(root: Path, files: dict[str, str]) -> Path:
    """A warehouse built from the reference data and the given files, in `root`, with an empty ledger."""
    from etl.build import build

    db = root / "warehouse.duckdb"
    build(workspace(db, write_files(root / "example", files)))
    return db


@pytest.fixture(scope="session")
def fixture_warehouse_master(tmp_path_factory) -> Path:
    return build_warehouse(tmp_path_factory.mktemp("fixture"), FIXTURE_FILES)


@pytest.fixture
def fixture_warehouse(fixture_warehouse_master, tmp_path) -> Path:
    """A private copy of the fixture warehouse, for tests that write to it."""
    db = tmp_path / "warehouse.duckdb"
    shutil.copyfile(fixture_warehouse_master, db)
    return db


@pytest.fixture
def fixture_workspace(fixture_warehouse, tmp_path):
    """The private fixture warehouse with the fixture's example files and an empty ledger of its own."""
    return workspace(fixture_warehouse, write_files(tmp_path / "example", FIXTURE_FILES), tmp_path / "ledger.duckdb")


@pytest.fixture(autouse=True)
def _own_ledger(monkeypatch, tmp_path):
    """Commands run by a test (python -m etl ...) use an empty ledger of the test's own."""
    monkeypatch.setenv("PREVCAP_LEDGER", str(tmp_path / "ledger.duckdb"))


# --- the dashboard in a real browser ------------------------------------------------------

import contextlib  # noqa: E402
import os  # noqa: E402
import shutil as _shutil  # noqa: E402
import socket  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
import urllib.request  # noqa: E402

from core.config import ROOT  # noqa: E402


def chromium_path() -> str | None:
    return _shutil.which("chromium") or _shutil.which("chromium-browser")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextlib.contextmanager
def serve(db: Path, ledger: Path, extra_env: dict[str, str] | None = None):
    """The dashboard served by a real Streamlit process on the warehouse `db` and its ledger; yields the URL."""
    port = _free_port()
    env = {**os.environ, "PREVCAP_DB": str(db), "PREVCAP_LEDGER": str(ledger), **(extra_env or {})}
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "streamlit",
            "run",
            "app.py",
            "--server.port",
            str(port),
            "--server.headless",
            "true",
            "--server.address",
            "127.0.0.1",
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.time() + 60
    try:
        while time.time() < deadline:
            try:
                if urllib.request.urlopen(url + "/_stcore/health", timeout=1).status == 200:
                    break
            except OSError:
                time.sleep(0.3)
        else:
            pytest.fail("the Streamlit server did not start")
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()


@pytest.fixture(scope="session")
def server_url(fixture_warehouse_master, tmp_path_factory):
    """The dashboard served by a real Streamlit process on the fixture warehouse."""
    served = tmp_path_factory.mktemp("served")
    db = served / "warehouse.duckdb"
    _shutil.copyfile(fixture_warehouse_master, db)
    with serve(db, served / "ledger.duckdb") as url:
        yield url


@pytest.fixture(scope="module")
def browser():
    """A Chromium per test module: a session-wide Playwright keeps its event loop running, and
    later tests that call asyncio.run() (the export tests) would trip over it."""
    path = chromium_path()
    if path is None:
        pytest.skip("Chromium is not installed (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(
            executable_path=path,
            args=[
                "--no-sandbox",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--disable-quic",
            ],
        )
        yield instance
        instance.close()


@pytest.fixture
def page(browser):
    """A page that records every request it makes, in `page.requests`."""
    context = browser.new_context(viewport={"width": 1400, "height": 1100}, locale="sv-SE", accept_downloads=True)
    page = context.new_page()
    page.requests = []
    page.on("request", lambda request: page.requests.append(request.url))
    yield page
    context.close()


def wait_for_app(page, timeout_ms: int = 30000) -> None:
    """Until Streamlit has finished running the script and the page shows its title."""
    page.wait_for_selector("[data-testid='stApp']", timeout=timeout_ms)
    page.wait_for_function(
        "() => !document.querySelector('[data-testid=\"stStatusWidget\"]')"
        " && document.querySelectorAll('[data-testid=\"stMain\"] *').length > 20"
        # every page has its title (the root URL's first run only passes on to Översikt)
        " && document.querySelector('[data-testid=\"stMain\"] h1')",
        timeout=timeout_ms,
    )
    page.wait_for_timeout(500)


def plotly_locations(page, index: int = 0) -> list[str]:
    """The `locations` of every trace of the index-th plotly chart on the page."""
    page.wait_for_function(
        "(i) => { const g = document.querySelectorAll('.js-plotly-plot')[i]; return g && g.data; }",
        arg=index,
        timeout=30000,
    )
    return page.evaluate(
        "(i) => { const g = document.querySelectorAll('.js-plotly-plot')[i];"
        " return g.data.flatMap(trace => Array.from(trace.locations || [])); }",
        index,
    )


@pytest.fixture(autouse=True)
def _apptest_with_navigation(monkeypatch):
    """AppTest runs the pages the way the real server does after its first st.navigation call
    (prevcap/ui/legacy_pages.py says why that needs doing)."""
    from prevcap.ui.legacy_pages import navigation_mode_for_apptest

    navigation_mode_for_apptest(monkeypatch)


# Tests that draw with kaleido and Chromium carry the marker `export` (pyproject.toml), so that
# `pytest -m "not browser and not export"` runs the rest quickly: those that use a drawing fixture,
# and those skipped when there is no Chromium.
EXPORT_FIXTURES = {"renderer", "drawn", "overview_map"}


def pytest_collection_modifyitems(items):
    for item in items:
        needs_chromium = any(
            mark.name == "skipif" and "Chromium" in str(mark.kwargs.get("reason", "")) for mark in item.iter_markers()
        )
        if needs_chromium or EXPORT_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.export)


# --- sign-in: a local OpenID provider and the dashboard signed in through it (tests/oidc.py) ---------


@pytest.fixture(scope="session")
def oidc_provider():
    """oidc-provider-mock on 127.0.0.1 and a free port, its users those of tests/oidc.py (TEST_PEOPLE);
    yields its base URL."""
    from prevcap.demo import identity_provider
    from tests.oidc import TEST_PEOPLE

    with identity_provider(TEST_PEOPLE) as url:
        yield url


@pytest.fixture(scope="session")
def access_file(tmp_path_factory) -> Path:
    """An access.toml with the roles of tests/oidc.py: admins of 24 and of 25, a reporter of Malå."""
    from tests.oidc import write_test_access

    return write_test_access(tmp_path_factory.mktemp("access") / "access.toml")


@pytest.fixture(scope="module")
def signin_server_url(fixture_warehouse_master, oidc_provider, access_file, tmp_path_factory):
    """The dashboard with sign-in at `oidc_provider` and the roles of `access_file`, on a copy of the
    fixture warehouse with an empty ledger (and the fixture's example files, for its rebuilds); one
    server per test module."""
    from tests.oidc import serve_with_login

    served = tmp_path_factory.mktemp("signin")
    db = served / "warehouse.duckdb"
    _shutil.copyfile(fixture_warehouse_master, db)
    example = write_files(served / "example", FIXTURE_FILES)
    with serve_with_login(db, served / "ledger.duckdb", oidc_provider, access_file, example_dir=example) as url:
        yield url
