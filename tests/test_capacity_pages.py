"""The Kapacitet, Kommun and Metod pages: AppTest on the four-municipality fixture of test_capacity.py
with the norm, the weights and the filters changed, asserting the rendered values; and, in a real
Chromium, a click on a municipality on the map that lands on its profile."""

from __future__ import annotations

import json
import shutil
from urllib.parse import urlparse

import duckdb
import pytest
from streamlit.testing.v1 import AppTest

from core.config import ROOT
from tests.conftest import wait_for_app
from tests.drawn_tables import drawn_links, drawn_table
from tests.test_capacity import capacity_warehouse_master  # noqa: F401  (the fixture is used by name)


@pytest.fixture
def open_page(capacity_warehouse_master, tmp_path, monkeypatch):  # noqa: F811
    db = tmp_path / "warehouse.duckdb"
    shutil.copyfile(capacity_warehouse_master, db)
    monkeypatch.setenv("PREVCAP_DB", str(db))

    def open_(page: str, **query_params) -> AppTest:
        at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60)
        at.run()
        at.query_params.update(query_params)
        at.switch_page(page).run()
        ok(at)
        return at

    return open_


def ok(at: AppTest) -> AppTest:
    assert not at.exception, [e.value for e in at.exception]
    return at


def metrics(at) -> dict[str, tuple[str, str]]:
    return {m.label: (m.value, m.delta) for m in at.metric}


# the tables of each page by their keys (prevcap/content), as drawn: the cells' shown texts
TABLES = {
    "capacity_table": "capacity_table",
    "kommun_years": "years",
    "kommun_law": "law",
    "kommun_police": "police",
    "kommun_partners": "partners",
    "method_norm_examples": "norm_examples",
    "method_index": "index_table",
    "method_sources": "sources",
}


def table(at, key: str):
    return drawn_table(at, TABLES[key])


def set_norm(at, base: float, per_10k: float) -> AppTest:
    """As a Swedish user types them: with a decimal comma."""
    at.sidebar.text_input(key="norm_bas").input(f"{base:g}".replace(".", ",")).run()
    return ok(at.sidebar.text_input(key="norm_per10k").input(f"{per_10k:g}".replace(".", ",")).run())


def plotly_specs(at) -> list[dict]:
    return [json.loads(chart.proto.spec) for chart in at.get("plotly_chart")]


# --- Kapacitet ------------------------------------------------------------------------------------


def test_kapacitet_default_norm(open_page):
    at = open_page("pages/kapacitet.py")
    assert at.title[0].value == "Kapacitet och kapacitetsbrist"
    assert "Behovsnorm: 1,00 åa per kommun + 0,20 åa per 10 000 invånare" in at.caption[0].value
    assert metrics(at) == {
        "Kommuner under normen": ("2 av 29", ""),  # Malå and Norsjö
        "Saknade årsarbetare, totalt": ("1,39 åa", ""),  # 0.30924 + 1.07936
        "Ej rapporterat bemanning": ("26", ""),
        "Kapacitetsindex, median": ("79", ""),  # of 84.99, 26.47 and 78.91
    }
    rows = table(at, "capacity_table")
    assert list(rows["municipality_name"][:3]) == ["Norsjö", "Malå", "Arvidsjaur"]
    assert list(rows["status"][:3]) == ["Under normen", "Under normen", "Når normen"]
    assert rows.loc[1, "norm_fte"] == "1,06" and rows.loc[1, "capacity_gap_fte"] == "\u22120,31"
    assert rows.loc[1, "capacity_index"] == "85" and rows.loc[0, "index_coverage_percent"] == "85"
    assert (rows["status"] == "Ej rapporterat").sum() == 26
    # the profile links: real links, named by their row, opening the profile with the whole view
    assert drawn_links(at, "capacity_table")[1] == {
        "href": "kommun?lan=alla&ar=2024&kommun=2418",
        "label": "Öppna Malå",
        "text": "Öppna",
    }
    assert "Exempeldata" in at.info[0].value
    map_spec, bars_spec, scatter_spec = plotly_specs(at)[:3]
    assert map_spec["layout"]["map"]["style"] == "white-bg"
    assert [trace["type"] for trace in map_spec["data"]] == ["choroplethmap", "choroplethmap", "scattermap"]


def test_kapacitet_with_the_norm_changed(open_page):
    at = set_norm(open_page("pages/kapacitet.py"), 0.5, 0.5)
    assert "Behovsnorm: 0,50 åa per kommun + 0,50 åa per 10 000 invånare" in at.caption[0].value
    values = metrics(at)
    assert values["Kommuner under normen"][0] == "1 av 29"  # only Norsjö
    assert values["Saknade årsarbetare, totalt"][0] == "0,70 åa"  # 0.5 + 0.5 × 0.3968
    rows = table(at, "capacity_table").set_index("municipality_name")
    assert rows.loc["Malå", "status"] == "Når normen"
    assert rows.loc["Malå", "norm_fte"] == "0,65" and rows.loc["Malå", "capacity_gap_fte"] == "0,1"
    assert rows.loc["Malå", "capacity_index"] == "97"  # staffing now full: 40 + 15 + 15 + 10 + 10 + 6.67
    scatter = plotly_specs(at)[2]
    line = scatter["data"][0]
    assert line["name"] == "Behovsnorm: 0,50 + 0,50 åa per 10 000 inv."


def test_kapacitet_with_the_crime_term_and_no_crimes_loaded(open_page):
    """The fixture has no reported crimes: with the term on, no municipality has a norm, the page says so
    and how to get the figures, and the link carries the term."""
    at = open_page("pages/kapacitet.py", norm_brott="0.1")
    assert at.sidebar.text_input(key="norm_brott").value == "0,10"
    assert "+ 0,10 åa per 1 000 anmälda brott" in at.caption[0].value
    notice = at.info[1].value
    assert "inga anmälda brott inlästa för 29 av 29 kommuner" in notice and "python -m etl load crime" in notice
    rows = table(at, "capacity_table").set_index("municipality_name")
    assert rows.loc["Malå", "status"] == "Anmälda brott saknas" and rows.loc["Malå", "norm_fte"] == "–"
    assert rows.loc["Sorsele", "status"] == "Ej rapporterat"  # no staffing report in 2024 either
    assert metrics(at)["Kommuner under normen"][0] == "0 av 29"
    assert at.query_params["norm_brott"] == "0.1"


def test_kapacitet_with_the_weights_changed(open_page):
    at = open_page("pages/kapacitet.py")
    for component in ("finansiering", "deltagande", "samverkan", "polis", "lag"):
        at.sidebar.slider(key=f"vikt_{component}").set_value(0).run()
    ok(at)
    # staffing only: Malå 70.8, Norsjö 0, Arvidsjaur 100 (capped)
    assert metrics(at)["Kapacitetsindex, median"][0] == "71"
    rows = table(at, "capacity_table").set_index("municipality_name")
    assert rows.loc["Arvidsjaur", "capacity_index"] == "100" and rows.loc["Norsjö", "capacity_index"] == "0"


def test_kapacitet_gap_as_share_and_county_filter(open_page):
    at = open_page("pages/kapacitet.py")
    ok(at.radio(key="gap").set_value("share").run())
    assert "% av normen" in plotly_specs(at)[0]["layout"]["title"]["text"]
    ok(at.sidebar.selectbox(key="lan").set_value("25").run())
    assert metrics(at)["Kommuner under normen"][0] == "0 av 14"  # Arvidsjaur meets the norm
    rows = table(at, "capacity_table")
    assert rows.loc[0, "municipality_name"] == "Arvidsjaur" and len(rows) == 14


def test_kapacitet_in_english(open_page):
    at = open_page("pages/kapacitet.py")
    ok(at.sidebar.selectbox(key="lang").set_value("en").run())
    assert at.title[0].value == "Capacity and capacity gaps"
    assert metrics(at)["Municipalities below the norm"][0] == "2 of 29"
    assert table(at, "capacity_table").loc[0, "status"] == "Below the norm"


# --- Kommun ----------------------------------------------------------------------------------------


def test_kommun_from_a_link(open_page):
    at = open_page("pages/kommun.py", kommun="2418")
    assert at.selectbox(key="kommun").value == "2418"
    assert at.header[0].value == "Malå"
    assert metrics(at) == {
        "Samordnare, årsarbetare": ("0,75", "-0,31 åa mot normen"),
        "Behovsnorm, åa": ("1,06", ""),
        "Kapacitetsindex": ("85", ""),
        "Gap, % av normen": ("-29 %", ""),
    }
    markdown = " ".join(m.value for m in at.markdown)
    assert "**Samordnande funktion**: Ja" in markdown and "**Åtgärdsplan**: Nej" in markdown
    years = table(at, "kommun_years").set_index("year")
    assert years.loc["2024", "fte_total"] == "0,75" and years.loc["2023", "fte_total"] == "0,50"
    assert years.loc["2024", "police"] == "I kraft"
    police = table(at, "kommun_police")
    assert len(police) == 4 and set(police["validity"]) == {"2014", "2020–2022", "2024"}
    partners = table(at, "kommun_partners")
    assert "Arjeplog, Arvidsjaur, Norsjö, Sorsele" in set(partners["partners"])
    trend_titles = [spec["layout"]["title"]["text"] for spec in plotly_specs(at)]
    assert "Samordnare, årsarbetare" in trend_titles and "Kapacitetsindex" in trend_titles
    # the exports (and a screen reader) name the municipality the chart is about
    alts = [chart.proto.alt for chart in at.get("plotly_chart")]
    assert any(alt.startswith("Diagram: Malå: Samordnare, årsarbetare.") for alt in alts), alts
    from prevcap import export

    assert "mala_samordnare" in export.chart_filename("Malå: Samordnare, årsarbetare", "Västerbottens län", 2024, "png")


def test_kommun_with_the_norm_changed(open_page):
    at = set_norm(open_page("pages/kommun.py", kommun="2418"), 0.5, 0.5)
    assert metrics(at)["Samordnare, årsarbetare"] == ("0,75", "+0,10 åa mot normen")
    assert metrics(at)["Behovsnorm, åa"][0] == "0,65"
    assert metrics(at)["Gap, % av normen"][0] == "+16 %"
    years = table(at, "kommun_years").set_index("year")
    assert years.loc["2024", "capacity_gap_fte"] == "+0,10"


def test_kommun_with_missing_data(open_page):
    at = open_page("pages/kommun.py", kommun="2425")  # Dorotea reported nothing for 2024
    assert at.header[0].value == "Dorotea"
    values = metrics(at)
    assert values["Samordnare, årsarbetare"] == ("ej rapporterat", "")
    assert values["Kapacitetsindex"][0] == "saknas"  # 35 % of the weight: below half
    years = table(at, "kommun_years").set_index("year")
    assert years.loc["2024", "fte_total"] == "ej rapporterat" and years.loc["2023", "fte_total"] == "0,50"
    assert years.loc["2024", "partners"] == "1"
    assert "ej rapporterat" in " ".join(m.value for m in at.markdown)


def test_kommun_chosen_in_the_selector_and_by_a_similar_municipality(open_page):
    at = open_page("pages/kommun.py")
    assert "Välj en kommun" in at.info[0].value
    assert len(at.get("plotly_chart")) == 1  # the map to click
    ok(at.selectbox(key="kommun").set_value("2505").run())
    assert at.header[0].value == "Arvidsjaur" and at.query_params["kommun"] == "2505"
    similar = [button for button in at.button if button.key.startswith("similar_")]
    assert len(similar) == 3
    target = similar[0].key.removeprefix("similar_")
    at.query_params.update({"ar": "2023", "norm_bas": "1.5"})  # a link with a year and a norm
    ok(at.run())
    before = {name: at.query_params[name] for name in at.query_params if name != "kommun"}
    assert before["ar"] == "2023" and before["norm_bas"] == "1.5"
    ok(at.button(key=similar[0].key).click().run())
    assert at.query_params["kommun"] == target
    # the button keeps the rest of the view: the year, the county, the norm
    assert {name: at.query_params[name] for name in at.query_params if name != "kommun"} == before
    assert at.selectbox(key="kommun").value == target


# --- Metod ------------------------------------------------------------------------------------------


def test_metod_page(open_page):
    at = open_page("pages/metod.py")
    assert at.title[0].value == "Metod och källor"
    headers = [h.value for h in at.main.header]
    assert headers == [
        "Indikatorerna",
        "Behovsnormen",
        "Kapacitetsindex (0–100)",
        "Liknande kommuner",
        "Anmälda brott: behovet bredvid kapaciteten",
        "Källor och datum",
        "Det här kan data inte säga",
    ]
    text = " ".join(m.value for m in at.markdown)
    # issue 11: the years without Brå's file, where crimes are counted, from when they compare, the term
    assert "**För 2015–2020 och 2022 finns ingen sådan fil per kommun**" in text
    assert "där brottet begicks" in text and "jämförbar mellan kommuner **från 2015**" in text
    assert "`?norm_brott=…`" in text and "1,0 + 0,06 + 0,015 = 1,075 åa" in text
    assert "**1,00 årsarbetare (åa)**" in text and "**0,20 åa per 10 000 invånare**" in text
    assert "odaterat" in text.lower() or "Odaterat" in text
    examples = table(at, "method_norm_examples").set_index("population")
    assert examples.loc["130\u00a0000", "norm_fte"] == "3,6"
    sources = table(at, "method_sources").set_index("dataset")
    assert sources.loc["Befolkning", "source_date"] == "2025-02-21"
    staffing = sources.loc["Bemanning"].set_index("origin")["rows"]
    # the fixture's example posts, and Vindeln's half time of 2021 that a source states
    assert staffing.to_dict() == {"Exempeldata": "8", "Verklig (referens)": "1"}


# --- in a real browser: a click on the map opens the profile --------------------------------------------


def _inside_point(db, code: str) -> tuple[float, float]:
    """A point inside the municipality's map outline (its centroid may lie outside)."""
    from shapely.geometry import shape

    con = duckdb.connect(str(db), read_only=True)
    try:
        outline = con.execute(
            "select map_geojson from marts.map_geometry where municipality_code = ?", [code]
        ).fetchall()[0][0]
    finally:
        con.close()
    point = shape(json.loads(outline)).representative_point()
    return point.x, point.y


def click_municipality(page, lon: float, lat: float, index: int = 0) -> None:
    """Click the map at (lon, lat): MapLibre projects it to pixels once the map has loaded."""
    page.wait_for_function(
        "(i) => { const g = document.querySelectorAll('.js-plotly-plot')[i];"
        " const m = g && g._fullLayout && g._fullLayout.map && g._fullLayout.map._subplot"
        "   && g._fullLayout.map._subplot.map; return m && m.loaded(); }",
        arg=index,
        timeout=30000,
    )
    # the point must be inside the window for the mouse to reach it: centre the map on screen
    page.evaluate("(i) => document.querySelectorAll('.js-plotly-plot')[i].scrollIntoView({block: 'center'})", index)
    page.wait_for_timeout(300)
    x, y = page.evaluate(
        "([i, lon, lat]) => { const g = document.querySelectorAll('.js-plotly-plot')[i];"
        " const m = g._fullLayout.map._subplot.map; const p = m.project([lon, lat]);"
        " const box = m.getCanvas().getBoundingClientRect(); return [box.left + p.x, box.top + p.y]; }",
        [index, lon, lat],
    )
    page.mouse.move(x, y)
    page.wait_for_timeout(300)
    page.mouse.click(x, y)


@pytest.fixture
def mala_point(fixture_warehouse_master):
    return _inside_point(fixture_warehouse_master, "2418")


def _lands_on_mala_profile(page):
    page.wait_for_url("**/kommun?**kommun=2418**", timeout=30000)
    wait_for_app(page)
    page.wait_for_selector("h2:has-text('Malå')", timeout=30000)
    assert "Kommunprofil" in page.locator("[data-testid='stMain']").inner_text()


@pytest.mark.browser
def test_click_on_the_overview_map_opens_the_profile(server_url, page, mala_point):
    page.goto(server_url + "/?ar=2023")
    wait_for_app(page)
    click_municipality(page, *mala_point)
    _lands_on_mala_profile(page)
    assert "ar=2023" in page.url  # the rest of the link is kept
    assert "Nyckeltal för 2023" in page.locator("[data-testid='stMain']").inner_text()


@pytest.mark.browser
def test_back_after_a_map_click_returns_to_the_overview_as_it_was(server_url, page, mala_point):
    page.goto(server_url + "/oversikt?ar=2023")
    wait_for_app(page)
    click_municipality(page, *mala_point)
    _lands_on_mala_profile(page)
    page.go_back()
    page.wait_for_url("**/oversikt**", timeout=30000)
    wait_for_app(page)
    page.wait_for_timeout(2000)  # the old click must not open the profile again
    assert urlparse(page.url).path == "/oversikt"
    assert "kommun=" not in page.url and "ar=2023" in page.url
    assert "Båda länen, 2023." in page.locator("[data-testid='stMain']").inner_text()


@pytest.mark.browser
def test_click_on_the_capacity_map_opens_the_profile(server_url, page, mala_point):
    page.goto(server_url + "/kapacitet?norm_bas=1.5")
    wait_for_app(page)
    click_municipality(page, *mala_point)
    _lands_on_mala_profile(page)
    # the norm set in the link follows: 1.5 + 0.2 × 0.2962 = 1.56 FTE
    page.wait_for_selector("[data-testid='stMetricValue']:has-text('1,56')", timeout=30000)


@pytest.mark.browser
def test_a_link_opens_a_profile(server_url, page):
    page.goto(server_url + "/kommun?kommun=2505")
    wait_for_app(page)
    page.wait_for_selector("h2:has-text('Arvidsjaur')", timeout=30000)
    hosts = {request.split("/")[2].split(":")[0] for request in page.requests if request.startswith("http")}
    assert hosts <= {"127.0.0.1", "localhost"}, hosts


@pytest.mark.parametrize(
    "page, title",
    [
        ("pages/kapacitet.py", "Capacity and capacity gaps"),
        ("pages/kommun.py", "Municipality profile"),
        ("pages/metod.py", "Method and sources"),
    ],
)
def test_pages_in_english(open_page, page, title):
    at = open_page(page, kommun="2425")
    ok(at.sidebar.selectbox(key="lang").set_value("en").run())
    assert at.title[0].value == title
    assert "ej rapporterat" not in " ".join(m.value for m in at.markdown)


def test_every_setting_in_the_link_is_documented_on_the_method_page(open_page):
    """The norm's and the weights' URL parameters appear on Metod, so that a copied link can be read."""
    at = open_page("pages/kapacitet.py")
    bound = [widget.key for widget in [*at.sidebar.text_input, *at.sidebar.slider]]
    assert {"norm_bas", "norm_per10k", "norm_brott"} <= set(bound) and len(bound) == 9
    method = open_page("pages/metod.py")
    documented = " ".join(m.value for m in method.markdown) + " ".join(table(method, "method_index")["url"])
    assert all(key in documented for key in bound), [key for key in bound if key not in documented]


@pytest.mark.browser
def test_click_on_the_collaboration_map_opens_the_profile(server_url, page, fixture_warehouse_master):
    con = duckdb.connect(str(fixture_warehouse_master), read_only=True)
    try:  # the municipality's dot sits on its centroid
        lon, lat = con.execute(
            "select centroid_lon, centroid_lat from marts.map_geometry where municipality_code = '2418'"
        ).fetchall()[0]
    finally:
        con.close()
    page.goto(server_url + "/samverkan")
    wait_for_app(page)
    click_municipality(page, lon, lat)
    _lands_on_mala_profile(page)


def test_the_norm_is_typed_with_a_decimal_comma_and_shown_with_one(open_page):
    """Swedish users type "1,5": it is 1.5 (not 15), the field shows a comma, the link holds a point; a
    value out of range is refused with a sentence and the norm stays; English shows a point."""
    at = open_page("pages/kapacitet.py")
    field = at.sidebar.text_input(key="norm_bas")
    assert (field.value, at.sidebar.text_input(key="norm_per10k").value) == ("1,00", "0,20")
    ok(field.input("1,5").run())
    assert at.query_params["norm_bas"] == "1.5"
    assert "Behovsnorm: 1,50 åa per kommun" in at.caption[0].value
    assert at.sidebar.text_input(key="norm_bas").value == "1,5"  # as typed: it means the same number
    ok(at.sidebar.text_input(key="norm_bas").input("9").run())
    assert [e.value for e in at.sidebar.error] == [
        "”9” gick inte att använda: skriv ett tal från 0,00 till 5,00. Normen är oförändrad."
    ]
    assert at.query_params["norm_bas"] == "1.5" and at.sidebar.text_input(key="norm_bas").value == "1,50"
    ok(at.sidebar.selectbox(key="lang").set_value("en").run())
    assert at.sidebar.text_input(key="norm_bas").value == "1.50"
    assert not at.sidebar.error
