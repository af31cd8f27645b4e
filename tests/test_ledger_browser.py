"""A running dashboard shows a load at once: no restart, no stale DuckDB instance."""

from __future__ import annotations

import shutil
import time

import pytest

from etl.build import load_file, revert
from tests.conftest import FIXTURE_FILES, serve, wait_for_app, workspace, write_files


def fte_card(page) -> str:
    card = page.locator("[data-testid='stMetric']", has_text="Samordnare (årsarbetare)").first
    return card.locator("[data-testid='stMetricValue']").inner_text()


@pytest.mark.browser
def test_a_load_shows_on_the_running_dashboard_within_seconds(fixture_warehouse_master, tmp_path, page):
    db = tmp_path / "warehouse.duckdb"
    shutil.copyfile(fixture_warehouse_master, db)
    ws = workspace(db, write_files(tmp_path / "example", FIXTURE_FILES), tmp_path / "ledger.duckdb")
    with serve(db, ws.ledger) as url:
        page.goto(url)
        wait_for_app(page)
        assert fte_card(page) == "1,15"  # 0.5 + 0.25 + 0 + 0.4 in 2024
        path = tmp_path / "bemanning.csv"
        path.write_text("Kommun;År;Roll;Årsarbetare\nMalå;2024;brott;3\n", encoding="utf-8")
        assert load_file(ws, "staffing", path).ok
        # Malå 3 (its example andt row steps aside) + Norsjö 0 + Arvidsjaur 0.4
        seen, deadline = None, time.time() + 10
        while time.time() < deadline:
            page.reload()
            wait_for_app(page)
            seen = fte_card(page)
            if seen == "3,40":
                break
        assert seen == "3,40"
        assert revert(ws, 1).ok
        page.reload()
        wait_for_app(page)
        assert fte_card(page) == "1,15"
