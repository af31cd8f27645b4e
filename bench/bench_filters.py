"""How fast a filter change answers, for the 29 municipalities and for all 290.

Builds both warehouses in a temporary folder, then times (median of N runs) each step of a
rerun of the Översikt page, cold (nothing cached) and as Streamlit runs it after a filter
change (geometry cached, the new year's queries not yet cached), and a whole AppTest rerun.
The map's part is printed on its own: building the figure, writing it as JSON as Streamlit does
(to_dict, then plotly.io.to_json without validation), and the bytes the browser receives.
Prints a table. Run: .venv/bin/python bench/bench_filters.py [--quick]  (--quick: no AppTest reruns)
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
RUNS = 15


def build(tmp: Path, counties: str) -> Path:
    db = tmp / f"warehouse_{counties.replace(',', '_')}.duckdb"
    env = {**os.environ, "PREVCAP_DB": str(db), "PREVCAP_COUNTIES": counties}
    if counties == "all":
        subprocess.run(
            [sys.executable, "-m", "etl", "sample", "--municipalities", "all", "--out", str(tmp / "example_all")],
            cwd=ROOT,
            env=env,
            check=True,
            capture_output=True,
        )
    from core.config import EXAMPLE_DIR, Scope, scope
    from etl.build import Workspace
    from etl.build import build as build_warehouse

    configured = scope()
    chosen = Scope(
        None if counties == "all" else tuple(counties.split(",")),
        configured.first_year,
        configured.last_year,
        configured.example_first_year,
        configured.example_last_year,
    )
    build_warehouse(
        Workspace(
            db,
            tmp / f"ledger_{counties.replace(',', '_')}.duckdb",
            chosen,
            tmp / "example_all" if counties == "all" else EXAMPLE_DIR,
            all_municipalities=counties == "all",
        )
    )
    return db


def timed(function, runs: int = RUNS) -> float:
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        function()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def streamlit_json(figure) -> str:
    """What st.plotly_chart sends: the figure's dict written without validating it again."""
    import plotly.io

    return plotly.io.to_json(figure.to_dict(), validate=False)


def measure(db: Path, with_apptest: bool = True) -> dict[str, float]:
    import duckdb

    from prevcap.charts import overview as overview_charts
    from prevcap.geo import load_outlines
    from prevcap.queries import overview as overview_queries

    con = duckdb.connect(str(db), read_only=True)
    codes = tuple(overview_queries.counties(con)["county_code"])
    year = overview_queries.latest_reported_year(con)
    geometry = load_outlines(con, codes)
    frame = overview_queries.municipality_year(con, codes, year)
    figure = overview_charts.choropleth(frame, geometry, "fte_per_10k")
    results = {
        "municipalities": len(frame),
        "open connection": timed(lambda: duckdb.connect(str(db), read_only=True).close()),
        "query municipality_year": timed(lambda: overview_queries.municipality_year(con, codes, year - 1)),
        "query county_kpis": timed(lambda: overview_queries.county_kpis(con, codes, (year - 1, year))),
        "geometry → GeoJSON (cached in the app)": timed(lambda: load_outlines(con, codes)),
        "build map figure": timed(lambda: overview_charts.choropleth(frame, geometry, "fte_per_10k")),
        "figure → JSON (sent to browser)": timed(lambda: streamlit_json(figure)),
        "map bytes (KB, figure JSON)": len(streamlit_json(figure).encode()) / 1000,
    }
    results["filter change, server side"] = (
        results["query municipality_year"]
        + results["query county_kpis"]
        + results["build map figure"]
        + results["figure → JSON (sent to browser)"]
    )
    con.close()
    if with_apptest:
        for page in PAGES:
            results[f"AppTest rerun after a year change: {page}"] = apptest_rerun(db, page)
    return results


PAGES = ("oversikt", "kapacitet", "kommun", "samverkan", "evenemang", "finansiering")


def apptest_rerun(db: Path, page: str) -> float:
    """A whole rerun of dashboard.py + one page as Streamlit does it, after changing the year."""
    from streamlit.runtime.pages_manager import PagesManager
    from streamlit.testing.v1 import AppTest, app_test

    class NavigationPagesManager(PagesManager):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            PagesManager.uses_pages_directory = False

    app_test.PagesManager = NavigationPagesManager
    os.environ["PREVCAP_DB"] = str(db)
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=120)
    if page == "kommun":
        at.query_params["kommun"] = "2418"
    at.run()
    if page != "oversikt":
        at.switch_page(f"pages/{page}.py").run()
    years = at.sidebar.selectbox(key="ar").options
    samples = []
    for index in range(min(RUNS, len(years))):  # each year once: its queries are not cached yet
        at.sidebar.selectbox(key="ar").set_value(int(years[index]))
        start = time.perf_counter()
        at.run()
        samples.append(time.perf_counter() - start)
        assert not at.exception, at.exception
    return statistics.median(samples)


def main() -> None:
    with_apptest = "--quick" not in sys.argv[1:]
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        rows = {
            "29 (24, 25)": measure(build(tmp, "24,25"), with_apptest),
            "290 (all)": measure(build(tmp, "all"), with_apptest),
        }
    steps = list(next(iter(rows.values())))
    print(f"\nFilter change on Översikt, median of {RUNS} runs, seconds\n")
    print("| step | " + " | ".join(rows) + " |")
    print("|---|" + "---:|" * len(rows))
    for step in steps:
        decimals = 0 if step == "municipalities" else 1 if step.startswith("map bytes") else 4
        cells = [f"{values[step]:.{decimals}f}" for values in rows.values()]
        print(f"| {step} | " + " | ".join(cells) + " |")
    print(
        "\nBudget: 0.25 s for 29 municipalities, 0.5 s for 290 (the AppTest rerun includes Streamlit's own work);"
        " the map at most 150 KB at 290."
    )


if __name__ == "__main__":
    main()
