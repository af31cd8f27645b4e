"""Accessibility audit of every dashboard page, in Swedish and in English (WCAG 2.1 AA).

Builds a warehouse from the example data in a temporary folder, starts the dashboard on it
(a free port in 8620-8629), opens each page in Debian's Chromium with Playwright, runs
axe-core (tests/assets/axe.min.js, tags wcag2a/wcag2aa/wcag21a/wcag21aa) and prints two
tables:

1. axe: violated rules per impact, the rule ids with their node counts, and how many rules
   axe could not decide ("review": contrast over images, etc.);
2. what axe does not judge: <html lang>, document.title, the number of h1, the heading
   levels in document order (sidebar headings marked s), and the English interface strings
   on the page (visible text / accessible names, titles and placeholders).

It only reports: it exits 0 whatever it finds (1 only when it could not audit at all).
Run: .venv/bin/python bench/audit_accessibility.py [--url http://127.0.0.1:8620] [--json out.json]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from a11y import (  # noqa: E402  (tests/ is on the path only from here)
    AXE_PATH,
    IMPACTS,
    axe_results,
    count_by_impact,
    describe,
    heading_outline,
    heading_skips,
    page_facts,
)

PAGES = ["/", "/kapacitet", "/kommun", "/samverkan", "/evenemang", "/finansiering", "/rapport", "/metod"]
NOT_FOUND_PAGE = "/finns-inte"  # Streamlit's "Page not found" dialog, audited in Swedish
LANGUAGES = {"sv": "Svenska", "en": "English"}
# the ways the language has been put in the URL; the first that shows the language is used,
# otherwise the sidebar selector is operated by hand
LANGUAGE_PARAMS = {"sv": [None], "en": ["English", "en"]}
PORTS = range(8620, 8630)
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]


def free_port() -> int:
    for port in PORTS:
        with socket.socket() as sock:
            try:
                sock.bind(("127.0.0.1", port))
            except OSError:
                continue
            return port
    raise RuntimeError("no free port in 8620-8629")


def build_warehouse(tmp: Path) -> Path:
    db = tmp / "warehouse.duckdb"
    env = {**os.environ, "PREVCAP_DB": str(db), "PREVCAP_LEDGER": str(tmp / "ledger.duckdb")}
    subprocess.run([sys.executable, "-m", "etl", "build"], cwd=ROOT, env=env, check=True, capture_output=True)
    return db


def start_server(db: Path, port: int, log: Path) -> subprocess.Popen:
    env = {**os.environ, "PREVCAP_DB": str(db)}
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
            "--browser.gatherUsageStats",
            "false",
        ],
        cwd=ROOT,
        env=env,
        stdout=log.open("w"),
        stderr=subprocess.STDOUT,
    )
    deadline = time.time() + 60
    while time.time() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the Streamlit server stopped: {log.read_text()[-2000:]}")
        try:
            if urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=1).status == 200:
                return process
        except OSError:
            time.sleep(0.3)
    stop_server(process)
    raise RuntimeError("the Streamlit server did not start in 60 s")


def stop_server(process: subprocess.Popen) -> None:
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def wait_for_app(page, timeout_ms: int = 45000) -> None:
    """As tests/conftest.py (until Streamlit has run the script), then until the page has settled:
    no status widget and the same number of elements in the main area for 1.5 s (the status
    widget appears only after a delay, and charts and tables are drawn after the script ends),
    and every plotly chart drawn."""
    page.wait_for_selector("[data-testid='stApp']", timeout=timeout_ms)
    page.wait_for_function(
        "() => !document.querySelector('[data-testid=\"stStatusWidget\"]')"
        " && document.querySelectorAll('[data-testid=\"stMain\"] *').length > 20",
        timeout=timeout_ms,
    )
    deadline, last, stable = time.time() + timeout_ms / 1000, None, 0
    while time.time() < deadline and stable < 5:
        page.wait_for_timeout(300)
        now = page.evaluate(
            "() => [document.querySelectorAll('[data-testid=\"stMain\"] *').length,"
            " !!document.querySelector('[data-testid=\"stStatusWidget\"]'),"
            " Array.from(document.querySelectorAll('[data-testid=\"stPlotlyChart\"]'))"
            ".every(c => c.querySelector('.main-svg'))]"
        )
        stable = stable + 1 if now == last and not now[1] and now[2] else 0
        last = now


def shown_language(page) -> str | None:
    """The value the sidebar language selector shows (the combobox whose name has 'Language')."""
    return page.evaluate("""() => {
        for (const box of document.querySelectorAll('[data-testid="stSidebar"] [data-testid="stSelectbox"]')) {
            if (/Language/.test(box.textContent)) {
                const input = box.querySelector('input');
                return input ? input.value : box.innerText.trim();
            }
        }
        return null; }""")


def open_page(page, base: str, path: str, lang: str) -> str:
    """Open `path` in `lang`; returns how the language was set (the URL used, or 'selector')."""
    if path == NOT_FOUND_PAGE:  # Swedish by default; the dialog covers the selector
        page.goto(base + path)
        wait_for_app(page)
        return path
    for value in LANGUAGE_PARAMS[lang]:
        url = base + path + (f"?lang={value}" if value else "")
        page.goto(url)
        wait_for_app(page)
        if (shown_language(page) or "").startswith(LANGUAGES[lang]):
            return url.removeprefix(base)
    # by hand: open the selector, choose the language
    box = page.locator('[data-testid="stSidebar"] [data-testid="stSelectbox"]').filter(has_text="Language").first
    box.locator("input").click()
    page.get_by_role("option", name=LANGUAGES[lang]).click()
    page.wait_for_timeout(500)
    wait_for_app(page)
    return "selector"


def audit(base: str) -> list[dict]:
    from playwright.sync_api import sync_playwright

    rows = []
    targets = [(path, lang) for path in PAGES for lang in LANGUAGES] + [(NOT_FOUND_PAGE, "sv")]
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=shutil.which("chromium"), args=CHROMIUM_ARGS)
        try:
            for path, lang in targets:
                context = browser.new_context(
                    viewport={"width": 1400, "height": 1100}, locale="sv-SE" if lang == "sv" else "en-GB"
                )
                page = context.new_page()
                row = {"page": path, "lang": lang}
                try:
                    row["opened"] = open_page(page, base, path, lang)
                    results = axe_results(page, AXE_PATH)
                    row.update(
                        violations=results["violations"],
                        incomplete=results["incomplete"],
                        facts=page_facts(page),
                        url=page.url.removeprefix(base),
                    )
                except Exception as error:  # one page failing must not hide the others
                    row["error"] = f"{type(error).__name__}: {str(error).splitlines()[0][:150]}"
                rows.append(row)
                context.close()
        finally:
            browser.close()
    return rows


def table(header: list[str], lines: list[list[str]]) -> str:
    widths = [max(len(str(cell)) for cell in column) for column in zip(header, *lines)]
    fmt = lambda cells: "| " + " | ".join(str(c).ljust(w) for c, w in zip(cells, widths)) + " |"  # noqa: E731
    return "\n".join([fmt(header), "|" + "|".join("-" * (w + 2) for w in widths) + "|", *map(fmt, lines)])


def english(counts: dict) -> str:
    return " ".join(f"{word}({n})" for word, n in sorted(counts.items())) or "-"


def report(rows: list[dict]) -> str:
    axe_lines, fact_lines = [], []
    for row in rows:
        if "error" in row:
            axe_lines.append([row["page"], row["lang"], *["?"] * 4, "?", row["error"]])
            continue
        counts = count_by_impact(row["violations"])
        axe_lines.append(
            [
                row["page"],
                row["lang"],
                *(counts[i] for i in IMPACTS),
                len(row["incomplete"]),
                describe(row["violations"]),
            ]
        )
        facts = row["facts"]
        skips = heading_skips(facts)
        sv_page = row["lang"] == "sv"
        fact_lines.append(
            [
                row["page"],
                row["lang"],
                facts["lang"] or "(none)",
                facts["title"],
                facts["h1"],
                heading_outline(facts) + (f"  (skips {', '.join(f'{a}->{b}' for a, b in skips)})" if skips else ""),
                sum(facts["english_text"].values()) if sv_page else "n/a",
                english(facts["english_text"]) if sv_page else "n/a",
                english(facts["english_names"]) if sv_page else "n/a",
            ]
        )
    total = {i: sum(count_by_impact(r.get("violations", []))[i] for r in rows) for i in IMPACTS}
    out = [
        "axe-core " + axe_version() + ", tags wcag2a wcag2aa wcag21a wcag21aa; counts are violated rules, "
        "(n) after a rule id is its number of nodes; review = rules axe could not decide",
        table(["page", "lang", "critical", "serious", "moderate", "minor", "review", "rules (nodes)"], axe_lines),
        "total rules violated over all pages: " + ", ".join(f"{i} {n}" for i, n in total.items()),
        "",
        "Findings axe does not judge (headings: levels in document order, s = in the sidebar; "
        "English strings on Swedish pages: visible text / accessible names, titles, placeholders)",
        table(
            [
                "page",
                "lang",
                "<html lang>",
                "document.title",
                "h1",
                "headings",
                "en text",
                "English in visible text",
                "English in names/titles",
            ],
            fact_lines,
        ),
        "",
        "The rules violated, with one example each",
        table(["rule", "impact", "pages", "what", "example"], rule_lines(rows)),
    ]
    return "\n".join(out)


def rule_lines(rows: list[dict]) -> list[list[str]]:
    rules: dict[str, dict] = {}
    for row in rows:
        for violation in row.get("violations", []):
            rule = rules.setdefault(violation["id"], {"violation": violation, "pages": 0})
            rule["pages"] += 1
    lines = []
    for rule_id, rule in sorted(rules.items()):
        violation = rule["violation"]
        node = violation["nodes"][0]
        summary = (node.get("failureSummary") or "").splitlines()
        example = node["html"][:70] + (" -- " + summary[1].strip()[:110] if len(summary) > 1 else "")
        lines.append([rule_id, violation["impact"], rule["pages"], violation["help"], example])
    return lines


def axe_version() -> str:
    head = AXE_PATH.read_text(encoding="utf-8")[:40]
    return head.split("axe v", 1)[1].split()[0] if "axe v" in head else "?"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", help="audit a dashboard already running there instead of starting one")
    parser.add_argument("--json", type=Path, help="also write the raw results (every node) to this file")
    args = parser.parse_args()
    if not shutil.which("chromium"):
        print("Chromium is not installed (apt-get install chromium): nothing audited")
        return 1
    process = None
    with tempfile.TemporaryDirectory(prefix="prevcap-a11y-") as tmp:
        try:
            if args.url:
                base = args.url.rstrip("/")
            else:
                port = free_port()
                process = start_server(build_warehouse(Path(tmp)), port, Path(tmp) / "streamlit.log")
                base = f"http://127.0.0.1:{port}"
            started = time.time()
            rows = audit(base)
        except Exception as error:
            print(f"could not audit: {type(error).__name__}: {error}")
            return 1
        finally:
            if process is not None:
                stop_server(process)
    print(report(rows))
    print(f"\n{len(rows)} page views audited in {time.time() - started:.0f} s")
    if args.json:
        args.json.write_text(json.dumps(rows, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
