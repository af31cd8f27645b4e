"""The Översikt page: AppTest with the filters changed, and the real server in Chromium."""

from __future__ import annotations

from urllib.parse import urlparse

import pytest
from streamlit.testing.v1 import AppTest

from core.config import ROOT
from tests.conftest import plotly_locations, wait_for_app
from tests.drawn_tables import drawn_table


@pytest.fixture
def app(fixture_warehouse, monkeypatch):
    monkeypatch.setenv("PREVCAP_DB", str(fixture_warehouse))
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60)
    at.run()
    assert not at.exception
    return at


def metrics(at) -> dict[str, tuple[str, str]]:
    return {m.label: (m.value, m.delta) for m in at.metric}


def test_overview_defaults_to_latest_reported_year(app):
    assert app.title[0].value == "Översikt"
    assert app.sidebar.selectbox(key="ar").value == 2024
    values = metrics(app)
    # both counties 2024: 0.5 + 0.25 (Malå) + 0 (Norsjö) + 0.4 (Arvidsjaur); 2023: 1.0 (Sorsele)
    assert values["Samordnare (årsarbetare)"] == ("1,15", "+0,15")
    # 1.15 FTE over the population of the three reporting municipalities (2962 + 3968 + 6113)
    assert values["Årsarbetare per 10 000 invånare"][0] == "0,88"
    assert values["Deltagare vid regionala träffar"] == ("7", "+5")
    assert "Exempeldata" in app.info[0].value
    assert "3 av 29 kommuner har rapporterat" in [c.value for c in app.caption]


def test_overview_county_filter(app):
    app.sidebar.selectbox(key="lan").set_value("24").run()
    assert not app.exception
    values = metrics(app)
    assert values["Samordnare (årsarbetare)"][0] == "0,75"
    assert values["Årsarbetare per 10 000 invånare"][0] == "1,08"  # 0.75 / 6930 * 10 000
    assert "2 av 15 kommuner har rapporterat" in [c.value for c in app.caption]
    table = drawn_table(app, "overview_table")
    assert len(table) == 15 and set(table["county_name"]) == {"Västerbottens län"}


def test_overview_year_filter_and_missing_values(app):
    app.sidebar.selectbox(key="ar").set_value(2023).run()
    values = metrics(app)
    assert values["Samordnare (årsarbetare)"] == ("1,00", "")  # 2022 has no staffing: no change shown
    table = drawn_table(app, "overview_table").set_index("municipality_name")
    assert table.loc["Sorsele", "fte_total"] == "1"
    assert table.loc["Malå", "fte_total"] == "–"  # not reported: missing, not 0


def test_overview_in_english(app):
    app.sidebar.selectbox(key="lang").set_value("en").run()
    assert app.title[0].value == "Overview"
    assert "Coordinators (FTE)" in metrics(app)
    assert app.metric[0].value == "1.15"


@pytest.mark.browser
def test_map_shows_the_29_municipalities_and_nothing_leaves_the_machine(server_url, page):
    page.goto(server_url)
    wait_for_app(page)
    page.wait_for_selector(".js-plotly-plot", timeout=30000)
    page.wait_for_timeout(1500)
    assert sorted(set(plotly_locations(page))) == sorted(set(plotly_locations(page)))
    assert len(set(plotly_locations(page))) == 29
    # the MapLibre canvas has drawn the polygons: many colours, not a blank white area
    from io import BytesIO

    from PIL import Image

    shot = Image.open(BytesIO(page.locator(".js-plotly-plot").first.screenshot()))
    colours = shot.convert("RGB").getcolors(maxcolors=1 << 20)
    assert colours is not None and len(colours) > 20
    hosts = {urlparse(url).hostname for url in page.requests if urlparse(url).scheme in ("http", "https", "ws", "wss")}
    assert hosts <= {"127.0.0.1", "localhost"}, hosts


@pytest.mark.browser
def test_a_copied_link_opens_the_same_view(server_url, page):
    # bound widgets put the option's label in the URL, so links stay readable
    page.goto(server_url + "/?lan=Norrbottens+l%C3%A4n&ar=2023")
    wait_for_app(page)
    text = page.locator("[data-testid='stMain']").inner_text()
    assert "Norrbottens län, 2023" in text
    assert len(set(plotly_locations(page))) == 14


def test_dashboard_builds_a_missing_warehouse_at_first_start(tmp_path, monkeypatch):
    db = tmp_path / "new" / "warehouse.duckdb"
    monkeypatch.setenv("PREVCAP_DB", str(db))
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=120)
    at.run()
    assert not at.exception
    assert db.exists()
    assert at.title[0].value == "Översikt"
    assert len(drawn_table(at, "overview_table")) == 29
