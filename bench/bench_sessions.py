"""Many sessions at once while the county board loads files: does the dashboard keep answering?

Builds a warehouse in a temporary folder (or copies --warehouse), serves it with `streamlit run app.py`,
opens N Playwright sessions (Chromium) on Översikt that change county and year in turn, while
`python -m etl load staffing …` loads a small file again 3 s after each load ends (each load builds a
new warehouse and swaps it in under the running server). Prints a table: sessions, filter changes,
latency from the choice to the rerun's end (p50, p95), Python exceptions and error boxes seen on the
pages, loads done and failed, and the server's memory (RSS; "with children" adds the processes it
started, the export Chromium among them, shared pages counted once per process) fresh and with N
sessions open. Run: .venv/bin/python bench/bench_sessions.py [--sessions 10] [--changes 12] [--port 8722]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

COUNTIES = ("Västerbotten", "Norrbotten")  # typed into the county box: the option that starts so
LOAD_EVERY_S = 3.0
# the app has finished a rerun: no "Running" widget, nothing stale, the page's title drawn
RERUN_DONE = (
    "() => !document.querySelector('[data-testid=\"stStatusWidget\"]')"
    " && !document.querySelector('[data-stale=\"true\"]')"
    " && document.querySelector('[data-testid=\"stMain\"] h1')"
)
# the rerun has begun: the "Running" widget, or the old elements marked stale
RERUN_STARTED = (
    "() => document.querySelector('[data-testid=\"stStatusWidget\"]')"
    " || document.querySelector('[data-stale=\"true\"]')"
)
EXCEPTIONS = "[data-testid='stException']"
ERROR_BOXES = "[data-testid='stAlertContentError']"


def build_warehouse(tmp: Path, source: Path | None) -> tuple[Path, Path]:
    db, ledger = tmp / "warehouse.duckdb", tmp / "ledger.duckdb"
    if source is not None:
        shutil.copyfile(source, db)
        return db, ledger
    env = {**os.environ, "PREVCAP_DB": str(db), "PREVCAP_LEDGER": str(ledger)}
    subprocess.run([sys.executable, "-m", "etl", "build"], cwd=ROOT, env=env, check=True, capture_output=True)
    return db, ledger


def port_is_free(port: int) -> bool:
    with socket.socket() as sock:
        return sock.connect_ex(("127.0.0.1", port)) != 0


def start_server(db: Path, ledger: Path, port: int, log: Path) -> subprocess.Popen:
    env = {**os.environ, "PREVCAP_DB": str(db), "PREVCAP_LEDGER": str(ledger)}
    command = [sys.executable, "-m", "streamlit", "run", "app.py", "--server.port", str(port)]
    command += ["--server.headless", "true", "--server.address", "127.0.0.1"]
    process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=log.open("w"), stderr=subprocess.STDOUT)
    deadline = time.time() + 90
    while time.time() < deadline:
        try:
            if urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=1).status == 200:
                return process
        except OSError:
            time.sleep(0.3)
    process.terminate()
    raise SystemExit(f"the server did not start: see {log}")


def rss_mb(pid: int) -> tuple[float, float]:
    """(the process's RSS, with all its descendants') in MB, from /proc."""

    def own(p: int) -> float:
        try:
            for line in Path(f"/proc/{p}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
        except OSError:
            pass
        return 0.0

    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                parent = int(Path(entry, "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(parent, []).append(int(entry.name))
    total, stack = 0.0, [pid]
    while stack:
        current = stack.pop()
        total += own(current)
        stack.extend(children.get(current, []))
    return own(pid), total


class Loader(threading.Thread):
    """`etl load staffing` every LOAD_EVERY_S seconds, a changed figure each time, until stopped."""

    def __init__(self, db: Path, ledger: Path, folder: Path):
        super().__init__(daemon=True)
        self.env = {**os.environ, "PREVCAP_DB": str(db), "PREVCAP_LEDGER": str(ledger)}
        self.folder = folder
        self.stopped = threading.Event()
        self.done = self.failed = 0
        self.durations: list[float] = []
        self.last_error = ""

    def run(self) -> None:
        round_ = 0
        while not self.stopped.is_set():
            round_ += 1
            staffing = self.folder / f"bemanning_{round_}.csv"
            fte = 0.5 + (round_ % 5) / 10
            staffing.write_text(f"municipality,year,role,fte,funded_by,shared_with\n2418,2024,brott,{fte},kommun,\n")
            started = time.perf_counter()
            run = subprocess.run(
                [sys.executable, "-m", "etl", "load", "staffing", str(staffing)],
                cwd=ROOT,
                env=self.env,
                capture_output=True,
                text=True,
            )
            self.durations.append(time.perf_counter() - started)
            if run.returncode == 0:
                self.done += 1
            else:
                self.failed += 1
                self.last_error = (run.stderr or run.stdout).strip().splitlines()[-1:]
            self.stopped.wait(LOAD_EVERY_S)


async def session(browser, url: str, number: int, changes: int, years: list[str], results: dict) -> None:
    from playwright.async_api import TimeoutError as PlaywrightTimeout

    context = await browser.new_context(viewport={"width": 1400, "height": 1000}, locale="sv-SE")
    page = await context.new_page()
    latencies, exceptions, errors, failures, unseen = [], 0, 0, [], 0
    try:
        await page.goto(url + "/oversikt", timeout=120000)
        await page.wait_for_function(RERUN_DONE, timeout=120000)
        for change in range(changes):
            if (change + number) % 2:
                box, typed = "Län", COUNTIES[(change // 2 + number) % len(COUNTIES)]
            else:
                box, typed = "År", years[(change // 2 + number) % len(years)]
            select = page.locator("[data-testid='stSidebar'] [data-testid='stSelectbox']").filter(has_text=box)
            await select.locator("input").click()
            await page.keyboard.type(typed)
            started = time.perf_counter()
            await page.keyboard.press("Enter")
            try:
                try:
                    await page.wait_for_function(RERUN_STARTED, timeout=5000)
                except PlaywrightTimeout:  # over before it could be seen, or never begun: counted
                    unseen += 1
                await page.wait_for_function(RERUN_DONE, timeout=120000)
                latencies.append(time.perf_counter() - started)
            except Exception as error:  # a rerun that never ended: counted, the session goes on
                failures.append(f"{box}={typed}: {type(error).__name__}")
            exceptions = max(exceptions, await page.locator(EXCEPTIONS).count())
            errors = max(errors, await page.locator(ERROR_BOXES).count())
    finally:
        results[number] = {
            "latencies": latencies,
            "exceptions": exceptions,
            "errors": errors,
            "failures": failures,
            "unseen": unseen,
        }
        await context.close()


async def all_sessions(url: str, sessions: int, changes: int, years: list[str], opened: threading.Event) -> dict:
    from playwright.async_api import async_playwright

    results: dict = {}
    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(
            executable_path=shutil.which("chromium"),
            args=["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
        )
        tasks = [asyncio.create_task(session(browser, url, n, changes, years, results)) for n in range(sessions)]
        await asyncio.sleep(1)
        opened.set()
        await asyncio.gather(*tasks, return_exceptions=True)
        await browser.close()
    return results


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))] if ordered else float("nan")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, default=10)
    parser.add_argument("--changes", type=int, default=12, help="filter changes per session")
    parser.add_argument("--port", type=int, default=8722)
    parser.add_argument("--warehouse", type=Path, help="a built warehouse to copy (default: build one)")
    args = parser.parse_args()
    if shutil.which("chromium") is None:
        raise SystemExit("Chromium is not installed (apt-get install chromium)")
    if not port_is_free(args.port):
        raise SystemExit(f"port {args.port} is in use: --port")

    with tempfile.TemporaryDirectory(prefix="prevcap-bench-sessions-") as folder:
        tmp = Path(folder)
        started = time.perf_counter()
        db, ledger = build_warehouse(tmp, args.warehouse)
        built_s = time.perf_counter() - started
        import duckdb

        with duckdb.connect(str(db), read_only=True) as con:
            years = [
                str(y)
                for (y,) in con.execute("select distinct year from marts.municipality_year order by 1").fetchall()
            ]
        years = years[-4:]
        server = start_server(db, ledger, args.port, tmp / "server.log")
        try:
            url = f"http://127.0.0.1:{args.port}"
            urllib.request.urlopen(url + "/oversikt", timeout=30).read()
            time.sleep(2)
            fresh = rss_mb(server.pid)
            loader = Loader(db, ledger, tmp)
            opened = threading.Event()
            peak = [fresh]

            def sample_memory() -> None:
                while not loader.stopped.is_set():
                    if opened.is_set():
                        now = rss_mb(server.pid)
                        peak[0] = max(peak[0], now, key=lambda pair: pair[1])
                    time.sleep(1)

            sampler = threading.Thread(target=sample_memory, daemon=True)
            loader.start()
            sampler.start()
            began = time.perf_counter()
            results = asyncio.run(all_sessions(url, args.sessions, args.changes, years, opened))
            elapsed = time.perf_counter() - began
            with_sessions = rss_mb(server.pid)
            loader.stopped.set()
            loader.join()
        finally:
            server.terminate()
            try:
                server.wait(timeout=15)
            except subprocess.TimeoutExpired:
                server.kill()
        log_text = (tmp / "server.log").read_text(errors="replace")

    latencies = [value for result in results.values() for value in result["latencies"]]
    failures = [failure for result in results.values() for failure in result["failures"]]
    rows = [
        ("sessions", f"{args.sessions}"),
        ("filter changes (answered / asked)", f"{len(latencies)} / {args.sessions * args.changes}"),
        ("latency p50", f"{percentile(latencies, 0.5):.2f} s"),
        ("latency p95", f"{percentile(latencies, 0.95):.2f} s"),
        ("latency max", f"{max(latencies, default=float('nan')):.2f} s"),
        ("reruns that never ended", f"{len(failures)}"),
        ("changes whose rerun was not seen to begin", f"{sum(r['unseen'] for r in results.values())}"),
        ("exceptions on the pages", f"{sum(r['exceptions'] for r in results.values())}"),
        ("error boxes on the pages", f"{sum(r['errors'] for r in results.values())}"),
        ("tracebacks in the server's log", f"{log_text.count('Traceback')}"),
        ("etl loads done / failed", f"{loader.done} / {loader.failed}"),
        ("etl load, median", f"{statistics.median(loader.durations):.1f} s" if loader.durations else "–"),
        ("server RSS fresh (with children)", f"{fresh[0]:.0f} MB ({fresh[1]:.0f} MB)"),
        (f"server RSS, {args.sessions} sessions, peak (with children)", f"{peak[0][0]:.0f} MB ({peak[0][1]:.0f} MB)"),
        ("server RSS after the sessions (with children)", f"{with_sessions[0]:.0f} MB ({with_sessions[1]:.0f} MB)"),
        ("warehouse built / copied in", f"{built_s:.1f} s"),
        ("sessions ran for", f"{elapsed:.0f} s"),
    ]
    width = max(len(name) for name, _ in rows)
    print(
        f"bench_sessions: {args.sessions} sessions × {args.changes} filter changes on Översikt, "
        f"etl load again {LOAD_EVERY_S:g} s after each load"
    )
    for name, value in rows:
        print(f"  {name:<{width}}  {value}")
    if failures:
        print("  reruns that never ended:", "; ".join(failures[:5]))
    if loader.last_error:
        print("  last failed load:", loader.last_error)


if __name__ == "__main__":
    main()
