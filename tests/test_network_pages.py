"""The Samverkan, Evenemang and Finansiering pages: AppTest on the five-municipality fixture of
test_network.py with the filters changed, and the Samverkan map's lines in a real Chromium."""

from __future__ import annotations

import base64
import json
import shutil
from io import BytesIO

import numpy as np
import pytest
from streamlit.testing.v1 import AppTest

from core.config import ROOT
from tests.conftest import wait_for_app
from tests.drawn_tables import drawn_table
from tests.test_network import (  # noqa: F401  (the fixture is used by name)
    ARVIDSJAUR_2023,
    MALA_2022,
    MALA_2023,
    NORSJO_2023,
    network_warehouse_master,
)


@pytest.fixture
def open_page(network_warehouse_master, tmp_path, monkeypatch):  # noqa: F811  (the fixture, by name)
    db = tmp_path / "warehouse.duckdb"
    shutil.copyfile(network_warehouse_master, db)
    monkeypatch.setenv("PREVCAP_DB", str(db))

    def open_(page: str) -> AppTest:
        at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60)
        at.run()
        at.switch_page(page).run()
        assert not at.exception, [e.value for e in at.exception]
        return at

    return open_


def metrics(at) -> dict[str, str]:
    return {m.label: m.value for m in at.metric}


def _decoded(value):
    """plotly sends numeric arrays as typed arrays ({"dtype", "bdata"[, "shape"]}): back to lists."""
    if isinstance(value, dict) and "bdata" in value and "dtype" in value:
        array = np.frombuffer(base64.b64decode(value["bdata"]), dtype=value["dtype"])
        if "shape" in value:
            array = array.reshape([int(n) for n in str(value["shape"]).split(",")])
        return array.tolist()
    if isinstance(value, dict):
        return {key: _decoded(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_decoded(item) for item in value]
    return value


def figures(at) -> list[dict]:
    return [_decoded(json.loads(chart.proto.spec)) for chart in at.get("plotly_chart")]


def run(widget, value):
    at = widget.set_value(value).run()
    assert not at.exception, [e.value for e in at.exception]
    return at


# --- Samverkan ---------------------------------------------------------------------------------


def test_samverkan_defaults(open_page):
    at = open_page("pages/samverkan.py")
    assert at.title[0].value == "Samverkan"
    # the latest year with staffing is 2023: the period defaults to the three years up to it
    assert at.slider(key="period").value == (2021, 2023)
    assert at.slider(key="minst").value == 4
    assert "Exempeldata" in at.info[0].value
    # all kinds; co-attendance (at most 2 shared events) is below the threshold of 4
    map_spec = figures(at)[0]
    kinds = {trace["meta"]["link_kind"] for trace in map_spec["data"] if trace.get("mode") == "lines"}
    assert kinds == {"shared_post", "joint_agreement", "police_area"}


def test_samverkan_kinds_threshold_county_and_period(open_page):
    at = open_page("pages/samverkan.py")
    at = run(at.pills(key="typ"), ["shared_post", "co_attendance"])
    at = run(at.slider(key="minst"), 1)
    # eight pairs (see test_network): five municipalities with partners, four pairs across the border,
    # one group of five and 24 alone
    assert metrics(at) == {
        "Länkade par": "8",
        "Kommuner med partner": "5 av 29",
        "Kommuner utan partner": "24",
        "Par över länsgränsen": "4",
        "Separata grupper": "25",
    }
    lines = [trace for trace in figures(at)[0]["data"] if trace.get("mode") == "lines"]
    assert sum(trace["meta"]["segments"] for trace in lines) == 9  # 8 co-attendance + 1 shared post
    links = drawn_table(at, "links")
    assert len(links) == 9 and links.iloc[0]["kind"] == "Delad tjänst" and links.iloc[0]["weight"] == "3"

    at = run(at.slider(key="minst"), 2)
    assert metrics(at)["Länkade par"] == "4" and metrics(at)["Kommuner med partner"] == "4 av 29"
    assert metrics(at)["Par över länsgränsen"] == "1"

    at = run(at.sidebar.selectbox(key="lan"), "24")
    assert metrics(at)["Kommuner med partner"] == "3 av 15"  # Norsjö, Malå, Sorsele (Skellefteå met once)
    assert "Utan någon länk" in at.markdown[0].value and "Malå" not in at.markdown[0].value

    at = run(at.slider(key="period"), (2022, 2022))
    # 2022 alone: one shared post-year, one shared event per pair; at threshold 2 only the shared post remains
    assert metrics(at)["Länkade par"] == "1"
    strongest = drawn_table(at, "strongest")
    assert list(strongest.iloc[0][["name_a", "name_b", "weight"]]) == ["Norsjö", "Malå", "1"]


def test_samverkan_matrix_and_no_kinds(open_page):
    at = open_page("pages/samverkan.py")
    at = run(at.pills(key="typ"), ["co_attendance"])
    at = run(at.slider(key="minst"), 1)
    matrix = figures(at)[2]
    heatmap = matrix["data"][0]
    assert heatmap["type"] == "heatmap" and len(heatmap["x"]) == 29
    row, column = heatmap["y"].index("Malå"), heatmap["x"].index("Arvidsjaur")
    assert heatmap["z"][row][column] == 2 and heatmap["colorbar"]["title"]["text"] == "gemensamma evenemang"
    at = run(at.pills(key="typ"), [])
    assert at.warning[0].value == "Välj minst en typ av samverkan för att se länkar."
    assert metrics(at)["Länkade par"] == "0"


def test_samverkan_in_english(open_page):
    at = open_page("pages/samverkan.py")
    at = run(at.sidebar.selectbox(key="lang"), "en")
    assert at.title[0].value == "Collaboration"
    assert "Linked pairs" in metrics(at)
    legend = [trace["name"] for trace in figures(at)[0]["data"] if trace.get("mode") == "lines" and trace.get("name")]
    assert "Same local police area" in legend and not any("Samma" in name for name in legend)


# --- Evenemang ---------------------------------------------------------------------------------


def test_evenemang_defaults_and_filters(open_page):
    at = open_page("pages/evenemang.py")
    assert at.title[0].value == "Evenemang"
    assert at.slider(key="ev_period").value == (2022, 2023)
    assert "Exempeldata" in at.info[0].value
    over_time, participation, shares, host_map, history = figures(at)
    # by type: one inspiration day a year, one network meeting in 2023, and the documented
    # Trygghetskonferensen in Luleå (data/reference/events_known.csv)
    bars = {trace["name"]: (list(trace["x"]), list(trace["y"])) for trace in over_time["data"]}
    assert bars == {
        "Inspirationsdag": ([2022, 2023], [1, 1]),
        "Konferens": ([2023], [1]),
        "Nätverksträff": ([2023], [1]),
    }
    assert over_time["layout"]["yaxis"]["title"]["text"] == "Antal evenemang"
    summary = next(m.value for m in at.markdown if "kommuner deltog aldrig" in m.value)
    assert summary.startswith("2022–2023: **24** kommuner deltog aldrig och **0** sällan")
    assert len(drawn_table(at, "never_or_rarely")) == 24
    editions = drawn_table(at, "inspiration_table")
    assert list(editions["host_name"]) == ["Malå", "Malå", "Sorsele"]
    assert list(editions["origin"]) == ["verklig (med källa)", "exempeldata", "exempeldata"]
    labels = next(trace for trace in host_map["data"] if trace.get("meta", {}).get("year_labels"))
    assert labels["meta"]["year_labels"] == 3 and labels["mode"] == "text"

    at = run(at.segmented_control(key="dela"), "topic")
    bars = {trace["name"]: list(trace["y"]) for trace in figures(at)[0]["data"]}
    assert bars == {"ANDT": [1], "Brottsförebyggande": [1], "Båda": [1, 1]}  # the conference: brott

    at = run(at.segmented_control(key="visa"), "participants_per_1000")
    heatmap = figures(at)[1]["data"][0]
    row, column = heatmap["y"].index("Malå"), heatmap["x"].index(2023)
    assert heatmap["z"][row][column] == pytest.approx(3 / MALA_2023 * 1000)
    assert heatmap["colorbar"]["title"]["text"] == "deltagare per 1 000 inv."

    at = run(at.sidebar.selectbox(key="lan"), "25")
    summary = next(m.value for m in at.markdown if "kommuner deltog aldrig" in m.value)
    assert "**13** kommuner deltog aldrig" in summary  # 14 in Norrbotten; Arvidsjaur came to both of its events

    at = run(at.slider(key="ev_period"), (2022, 2022))
    summary = next(m.value for m in at.markdown if "kommuner deltog aldrig" in m.value)
    # in 2022 Norrbotten had no event of its own (Arvidsjaur sent nobody to e1)
    assert summary.startswith("2022: **0** kommuner deltog aldrig")


def test_evenemang_in_english(open_page):
    at = open_page("pages/evenemang.py")
    at = run(at.sidebar.selectbox(key="lang"), "en")
    assert at.title[0].value == "Events"
    over_time = figures(at)[0]
    assert {trace["name"] for trace in over_time["data"]} == {"Inspiration day", "Conference", "Network meeting"}
    assert over_time["layout"]["xaxis"]["title"]["text"] == "Year"


# --- Finansiering ------------------------------------------------------------------------------


def test_finansiering_defaults_and_filters(open_page):
    at = open_page("pages/finansiering.py")
    assert at.title[0].value == "Finansiering"
    assert "Exempeldata" in at.info[0].value
    values = metrics(at)
    # 2023: 300 000 + 100 000 (Malå) + 50 000 (Norsjö) + 200 000 (Arvidsjaur) over their 13 027 inhabitants
    assert values["Per invånare 2023"] == f"{round(650000 / (MALA_2023 + NORSJO_2023 + ARVIDSJAUR_2023))} kr"  # 50
    assert values["Andel externa medel 2023"] == "23 %"  # 150 000 of 650 000
    assert values["Har rapporterat 2023"] == "3 av 29"
    table = drawn_table(at, "table")
    assert list(table["municipality_name"]) == ["Malå", "Arvidsjaur", "Norsjö"]
    assert table.iloc[0]["sek_per_inhabitant"] == str(round(400000 / MALA_2023))  # under 1 000: no space
    by_source = figures(at)[0]
    assert by_source["layout"]["yaxis"]["title"]["text"] == "kr"
    assert {trace["name"] for trace in by_source["data"]} == {
        "Kommunens egen budget",
        "Folkhälsomyndigheten",
        "Länsstyrelsen",
    }

    at = run(at.pills(key="omrade"), ["brott"])
    values = metrics(at)
    assert values["Per invånare 2023"] == f"{round(250000 / (NORSJO_2023 + ARVIDSJAUR_2023))} kr"  # 25
    assert values["Andel externa medel 2023"] == "20 %" and values["Har rapporterat 2023"] == "2 av 29"

    at = run(at.segmented_control(key="belopp"), "sek_per_inhabitant")
    assert figures(at)[0]["layout"]["yaxis"]["title"]["text"] == "kr per invånare"

    at = run(at.sidebar.selectbox(key="ar"), 2022)
    values = metrics(at)
    # brott only: nothing in 2022
    assert values["Har rapporterat 2022"] == "0 av 29" and values["Per invånare 2022"] == "saknas"


def test_finansiering_county_and_year(open_page):
    at = open_page("pages/finansiering.py")
    at = run(at.sidebar.selectbox(key="lan"), "24")
    at = run(at.sidebar.selectbox(key="ar"), 2022)
    values = metrics(at)
    assert values["Per invånare 2022"] == f"{round(250000 / MALA_2022)} kr"  # 82
    assert values["Andel externa medel 2022"] == "0 %" and values["Har rapporterat 2022"] == "1 av 15"
    share = figures(at)[1]
    assert share["layout"]["yaxis"]["title"]["text"] == "procent (%)"
    assert [trace["name"] for trace in share["data"]] == ["Västerbottens län"]
    at = run(at.sidebar.selectbox(key="lang"), "en")
    assert at.title[0].value == "Funding" and "Per inhabitant 2022" in metrics(at)


# --- the real server in Chromium ---------------------------------------------------------------


@pytest.mark.browser
def test_samverkan_map_draws_the_lines(server_url, page):
    """conftest's fixture warehouse, year 2024, period 2022–2024: 41 pairs in the same police area,
    20 agreement pairs in force (the 2014 agreement, LPO Umeå's pledges 2023–2025; Malå–Norsjö's
    example agreement of 2024 joins the pair they already share) and one shared post (Malå–Norsjö);
    the one co-attendance pair (one shared event) is below the default threshold of 4."""
    page.goto(server_url)  # the first visit registers the pages (st.navigation)
    wait_for_app(page)
    page.goto(server_url + "/samverkan")
    wait_for_app(page)
    page.wait_for_selector(".js-plotly-plot", timeout=30000)
    page.wait_for_timeout(2500)
    segments = page.evaluate(
        "() => { const g = document.querySelectorAll('.js-plotly-plot')[0];"
        " const out = {}; for (const trace of g.data) {"
        "   if (trace.type !== 'scattermap' || trace.mode !== 'lines') continue;"
        "   const kind = trace.meta.link_kind;"
        "   out[kind] = (out[kind] || 0) + Array.from(trace.lon).filter(v => v === null).length; }"
        " return out; }"
    )
    # with eastern Norrbotten's joint public-health council: 6 pairs more
    assert segments == {"police_area": 41, "joint_agreement": 26, "shared_post": 1}

    from PIL import Image

    shot = Image.open(BytesIO(page.locator(".js-plotly-plot").first.screenshot())).convert("RGB")
    pixels = list(shot.getdata())

    def near(colour, tolerance=40):
        r, g, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
        return sum(1 for p in pixels if abs(p[0] - r) + abs(p[1] - g) + abs(p[2] - b) < tolerance)

    assert near("#009E73") > 300, "no green police-area lines on the canvas"
    assert near("#0072B2") > 300, "no blue agreement lines on the canvas"
    assert near("#E3E3E3", 12) > 5000, "the municipal polygons are not drawn"
    assert not [url for url in page.requests if not url.startswith((server_url, "data:", "blob:"))]
