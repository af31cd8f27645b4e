"""Municipalities without a population figure: a ratio is taken only over those with both the figure and
the population and says over how many; a municipality that reported its staffing but has no
population is 'befolkning saknas', not 'ej rapporterat'.

The fixture covers Jämtland (23) besides the two northern counties: the reference population has no
figure for Jämtland's eight municipalities, as it has none for 261 of the country's."""

from __future__ import annotations

import duckdb
import numpy as np
import pandas as pd
import pytest

from core.config import scope
from prevcap import content
from prevcap.charts import overview as overview_charts
from prevcap.content.source import Direct
from prevcap.domain import capacity
from prevcap.geo import load_outlines
from prevcap.queries import overview as overview_queries
from tests.conftest import FIXTURE_FILES, write_files

FILES = {
    "events.csv": FIXTURE_FILES["events.csv"],
    "attendance.csv": FIXTURE_FILES["attendance.csv"],
    # Malå (2418, 2 962 inhabitants 2024) and Arvidsjaur (2505, 6 113 carried from 2023) have a population;
    # Ragunda (2303) and Östersund (2380) in Jämtland have none
    "staffing.csv": """\
        municipality,year,role,fte,funded_by,shared_with
        2418,2024,brott,0.5,kommun,
        2505,2024,brott,0.4,kommun,
        2303,2024,andt,1.0,kommun,
        2380,2024,brott,2.0,kommun,
        """,
    "funding.csv": """\
        municipality,year,funder,area,amount_sek
        2418,2024,kommun,brott,300000
        2303,2024,kommun,andt,100000
        """,
}
COUNTIES = ("23", "24", "25")
MALA, ARVIDSJAUR = 2962, 6113


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory) -> duckdb.DuckDBPyConnection:
    from core.config import Scope
    from etl.build import Workspace, build

    root = tmp_path_factory.mktemp("population_gaps")
    configured = scope()
    db = root / "warehouse.duckdb"
    build(
        Workspace(
            db,
            root / "ledger.duckdb",
            Scope(
                COUNTIES,
                configured.first_year,
                configured.last_year,
                configured.example_first_year,
                configured.example_last_year,
            ),
            write_files(root / "example", FILES),
            lock_timeout_s=30,
        )
    )
    con = duckdb.connect(str(db), read_only=True)
    yield con
    con.close()


def view_of(con, **changes):
    source = Direct(con)
    from prevcap.view import View

    return source, View(year=2024, context=content.context(source)).with_(**changes)


def test_the_fixture_has_municipalities_without_population(warehouse):
    rows = overview_queries.municipality_year(warehouse, COUNTIES, 2024).set_index("municipality_code")
    assert len(rows) == 37  # 8 + 15 + 14
    assert rows["population"].isna().sum() == 8
    assert rows.loc["2418", "population"] == MALA and rows.loc["2505", "population"] == ARVIDSJAUR
    assert pd.isna(rows.loc["2303", "population"]) and rows.loc["2303", "fte_total"] == 1.0


def test_ratios_divide_only_where_the_population_is_known(warehouse):
    kpis = overview_queries.county_kpis(warehouse, COUNTIES, (2024,)).iloc[0]
    assert kpis["municipalities"] == 37
    assert kpis["staffing_reported"] == 4
    assert kpis["fte_total"] == pytest.approx(3.9)
    # 0.5 + 0.4 over Malå and Arvidsjaur, not 3.9 over them
    assert kpis["fte_per_10k_base"] == 2
    assert kpis["fte_per_10k"] == pytest.approx(0.9 / (MALA + ARVIDSJAUR) * 10000)  # 0.9917...
    assert kpis["funding_reported"] == 2 and kpis["funding_sek"] == 400000
    assert kpis["funding_per_inhabitant_base"] == 1
    assert kpis["funding_per_inhabitant"] == pytest.approx(300000 / MALA)  # 101.28..., not 135
    assert kpis["population_missing"] == 8


def test_a_ratio_without_any_base_is_missing(warehouse):
    kpis = overview_queries.county_kpis(warehouse, ("23",), (2024,)).iloc[0]
    assert (kpis["staffing_reported"], kpis["fte_per_10k_base"], kpis["population_missing"]) == (2, 0, 8)
    assert pd.isna(kpis["fte_per_10k"]) and pd.isna(kpis["funding_per_inhabitant"])


def test_the_key_figures_say_over_how_many_municipalities(warehouse):
    source, view = view_of(warehouse)
    section = content.overview(source, view)
    figures = section.items[0]
    values = {figure.label: figure.value for figure in figures.figures}
    assert values["Årsarbetare per 10 000 invånare"] == "0,99"
    assert values["Finansiering per invånare (kr)"] == "101"
    helps = {figure.label: figure.help for figure in figures.figures}
    assert helps["Årsarbetare per 10 000 invånare"] == (
        "Beräknat på 2 av 37 kommuner: de som har både siffran och befolkningen."
    )
    assert helps["Finansiering per invånare (kr)"] == (
        "Beräknat på 1 av 37 kommuner: de som har både siffran och befolkningen."
    )
    assert figures.note == (
        "4 av 37 kommuner har rapporterat. "
        "Årsarbetare per 10 000 invånare: beräknat på 2 av 37 kommuner. "
        "Finansiering per invånare (kr): beräknat på 1 av 37 kommuner. "
        "Befolkning saknas för 8 av 37 kommuner"
    )
    jamtland = content.overview(source, view.with_(county="23", lang="en")).items[0]
    assert {figure.label: figure.value for figure in jamtland.figures}["FTE per 10,000 inhabitants"] == "missing"
    assert jamtland.note == (
        "2 of 8 municipalities reported. FTE per 10,000 inhabitants: computed over 0 of 8 municipalities. "
        "Funding per inhabitant (SEK): computed over 0 of 8 municipalities. "
        "Population missing for 8 of 8 municipalities"
    )


def test_the_figures_of_a_county_with_every_population_say_no_more(warehouse):
    source, view = view_of(warehouse, county="24")
    figures = content.overview(source, view).items[0]
    assert figures.note == "1 av 15 kommuner har rapporterat"
    assert {figure.label: figure.value for figure in figures.figures}["Årsarbetare per 10 000 invånare"] == "1,69"


def test_the_map_tells_a_missing_population_from_a_missing_report(warehouse):
    frame = overview_queries.municipality_year(warehouse, COUNTIES, 2024)
    figure = overview_charts.choropleth(frame, load_outlines(warehouse, COUNTIES), "fte_per_10k")
    traces = {trace.name: trace for trace in figure.data}
    assert {name: len(trace.locations) for name, trace in traces.items()} == {
        "Saknas (ej rapporterat)": 33,
        "Saknas (befolkning saknas)": 2,
        "Årsarbetare per 10 000 invånare": 2,
    }
    assert list(traces["Saknas (befolkning saknas)"].locations) == ["2303", "2380"]
    hover = traces["Saknas (befolkning saknas)"].customdata
    assert [row[1] for row in hover] == ["befolkning saknas", "befolkning saknas"]
    assert traces["Saknas (ej rapporterat)"].customdata[0][1] == "saknas"
    # the population map: every one of Jämtland's is missing its population
    population = overview_charts.choropleth(frame, load_outlines(warehouse, COUNTIES), "population", "en")
    assert {trace.name: len(trace.locations) for trace in population.data} == {
        "Missing (population missing)": 8,
        "Inhabitants": 29,
    }


def test_norm_status_says_which_figure_is_missing():
    frame = pd.DataFrame(
        {
            "municipality_code": ["a", "b", "c", "d"],
            "fte_total": [1.0, np.nan, 0.5, 2.0],
            "population": [10000.0, 5000.0, np.nan, np.nan],
        }
    )
    assessed = capacity.with_norm(frame, capacity.Norm())
    # a: norm 1 + 0.2 = 1.2, gap -0.2; b: no report; c and d: reported, no population
    assert list(assessed["gap_status"]) == ["short", "not_reported", "no_population", "no_population"]
    assert assessed["capacity_gap_fte"][0] == pytest.approx(-0.2)
    assert assessed["capacity_gap_fte"][1:].isna().all()


def test_kapacitet_counts_a_missing_population_apart(warehouse):
    source, view = view_of(warehouse)
    section = content.capacity_section(source, view)
    key_figures = next(item for item in section.items if getattr(item, "key", "") == "kpis")
    cards = {figure.label: figure.value for figure in key_figures.figures}
    assert cards["Ej rapporterat bemanning"] == "33"
    assert cards["Befolkning saknas (bemanning rapporterad)"] == "2"
    # Malå 0.5 against 1 + 0.2 × 0.2962 = 1.059; Arvidsjaur 0.4 against 1.122: both below the norm
    assert cards["Kommuner under normen"] == "2 av 37"
    assessed = content.capacity.assessed_year(source, view).set_index("municipality_code")
    assert assessed.loc["2303", "gap_status"] == "no_population"
    assert capacity.gap_summary(assessed.reset_index())["no_population"] == 2
    map_traces = {
        trace.name: len(trace.locations) for trace in section.charts()[0].figure.data if trace.type == "choroplethmap"
    }
    assert map_traces["Befolkning saknas"] == 2 and map_traces["Ej rapporterat"] == 33


def test_a_missing_population_has_its_own_grey(warehouse):
    frame = overview_queries.municipality_year(warehouse, COUNTIES, 2024)
    figure = overview_charts.choropleth(frame, load_outlines(warehouse, COUNTIES), "fte_per_10k")
    fills = {trace.name: trace.colorscale[0][1] for trace in figure.data[:2]}
    assert fills == {"Saknas (ej rapporterat)": "#d9d9d9", "Saknas (befolkning saknas)": "#b0b0b0"}
