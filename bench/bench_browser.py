"""A year change as a user sees it: from the click on a year in the sidebar until the page shows that year and
nothing of the run before is left (Streamlit's stale marks gone, its running indicator gone), in Debian's
Chromium against a real server. This is the server's rerun plus the browser drawing the charts and maps
again, which bench_filters.py (the server's side alone) does not see.

Builds the warehouses of bench_filters.py (29 and 290 municipalities) in a temporary folder, starts a
server for each on a free port and prints a table: median and slowest of N year changes per page.
Run: .venv/bin/python bench/bench_browser.py
"""

from __future__ import annotations

import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT))

YEARS = ["2024", "2023", "2022", "2021", "2020", "2019", "2018", "2017"]
# the page, and the text it shows once it speaks of the year chosen
PAGES = {
    "oversikt": "{year}. Förändring",
    "kapacitet": "{year}. Behovsnorm",
    "kommun?kommun=2418": "Nyckeltal för {year}",
}
DONE = """([marker]) => {
    const main = document.querySelector('[data-testid=stMain]');
    return main && main.innerText.includes(marker) && !document.querySelector('[data-stale=true]')
        && !document.querySelector('[data-testid=stStatusWidget]');
}"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def serve(db: Path, ledger: Path, counties: str) -> tuple[subprocess.Popen, str]:
    port = free_port()
    env = {**os.environ, "PREVCAP_DB": str(db), "PREVCAP_LEDGER": str(ledger), "PREVCAP_COUNTIES": counties}
    server = subprocess.Popen(
        [str(ROOT / ".venv" / "bin" / "streamlit"), "run", "app.py", "--server.port", str(port)]
        + ["--server.headless", "true"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    for _ in range(120):
        try:
            urllib.request.urlopen(f"{url}/_stcore/health", timeout=1)
            return server, url
        except OSError:
            time.sleep(0.5)
    server.kill()
    raise SystemExit("the server did not start")


def year_changes(browser, url: str, page_name: str, marker: str) -> list[float]:
    page = browser.new_page(viewport={"width": 1400, "height": 1000}, locale="sv-SE")
    page.goto(f"{url}/{page_name}")
    page.wait_for_selector("[data-testid=stMain] h1", timeout=120_000)
    page.wait_for_function(DONE, arg=[marker.format(year="2025")], timeout=120_000)
    time.sleep(2)  # the first drawing settled (the maps fitted)
    samples = []
    for year in YEARS:
        page.locator(".st-key-ar").get_by_role("combobox").click()
        option = page.get_by_role("option", name=year, exact=True)
        option.wait_for(timeout=10_000)
        started = time.perf_counter()
        option.click()
        page.wait_for_function(DONE, arg=[marker.format(year=year)], timeout=60_000, polling=10)
        samples.append(time.perf_counter() - started)
        time.sleep(0.5)
    page.close()
    return samples


def main() -> None:
    from bench_filters import build
    from playwright.sync_api import sync_playwright

    rows: dict[str, dict[str, tuple[float, float]]] = {}
    with tempfile.TemporaryDirectory() as folder, sync_playwright() as playwright:
        tmp = Path(folder)
        browser = playwright.chromium.launch(executable_path=shutil.which("chromium"))
        for label, counties in (("29 (24, 25)", "24,25"), ("290 (all)", "all")):
            db = build(tmp, counties)
            server, url = serve(db, tmp / f"ledger_{counties.replace(',', '_')}.duckdb", counties)
            try:
                for page_name, marker in PAGES.items():
                    samples = year_changes(browser, url, page_name, marker)
                    rows.setdefault(page_name, {})[label] = (statistics.median(samples), max(samples))
            finally:
                server.terminate()
                server.wait(timeout=30)
        browser.close()
    labels = ["29 (24, 25)", "290 (all)"]
    print(f"\nA year change in the browser, {len(YEARS)} changes per page, seconds (median / slowest)\n")
    print("| page | " + " | ".join(labels) + " |")
    print("|---|" + "---:|" * len(labels))
    for page_name, by_label in rows.items():
        cells = [f"{by_label[label][0]:.2f} / {by_label[label][1]:.2f}" for label in labels]
        print(f"| {page_name.split('?')[0]} | " + " | ".join(cells) + " |")
    print(
        "\nBudget (the server's answer): 0.25 s for 29 municipalities, 0.5 s for 290; this adds the browser's drawing."
    )


if __name__ == "__main__":
    main()
