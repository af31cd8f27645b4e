"""The warehouse built from the hand-written fixture: marts checked against sums done by hand."""

import duckdb
import pandas as pd
import pytest

from prevcap.queries import meta as meta_queries
from prevcap.queries import overview as overview_queries


@pytest.fixture
def con(fixture_warehouse_master):
    connection = duckdb.connect(str(fixture_warehouse_master), read_only=True)
    yield connection
    connection.close()


def row(con, code, year):
    frame = con.execute(
        "select * from marts.municipality_year where municipality_code = ? and year = ?", [code, year]
    ).df()
    assert len(frame) == 1
    return frame.iloc[0]


def test_years_span_the_data(con):
    # attendance at the real 2016 inspiration day is the earliest data, staffing 2024 the latest
    assert overview_queries.years(con) == list(range(2016, 2025))
    assert con.execute("select count(*) from marts.municipality_year").fetchall()[0][0] == 29 * 9


def test_mala_2024_by_hand(con):
    mala = row(con, "2418", 2024)
    assert mala.population == 2962 and not mala.population_carried
    assert mala.fte_brott == 0.5 and mala.fte_andt == 0.25 and mala.fte_total == 0.75
    assert mala.fte_per_10k == pytest.approx(0.75 / 2962 * 10000)  # 2.5321
    assert mala.funding_sek == 400000 and mala.funding_external_sek == 100000
    assert mala.funding_per_inhabitant == pytest.approx(400000 / 2962)  # 135.04
    assert mala.participants == 4 and mala.events_attended == 1 and mala.events_in_year == 1
    assert mala.participants_per_1000 == pytest.approx(4 / 2962 * 1000)
    assert mala.has_example_data


def test_none_is_not_missing(con):
    norsjo, sorsele = row(con, "2417", 2024), row(con, "2422", 2024)
    assert norsjo.staffing_reported and norsjo.fte_total == 0 and norsjo.fte_per_10k == 0
    assert not sorsele.staffing_reported
    assert pd.isna(sorsele.fte_total) and pd.isna(sorsele.fte_per_10k)  # NULL stays missing
    assert sorsele.participants == 0  # a year with events: not attending is zero, not missing


def test_population_carried_forward_and_flagged(con):
    arvidsjaur = row(con, "2505", 2024)  # no 2024 figure: the 2023 one is used
    assert arvidsjaur.population == 6113 and arvidsjaur.population_year == 2023 and arvidsjaur.population_carried
    assert arvidsjaur.fte_per_10k == pytest.approx(0.4 / 6113 * 10000)
    mala_2016 = row(con, "2418", 2016)  # no figure at or before 2016: missing, never invented
    assert mala_2016.participants == 2
    assert pd.isna(mala_2016.population) and pd.isna(mala_2016.participants_per_1000)


def test_county_kpis_count_only_reporting_municipalities(con):
    kpis = overview_queries.county_kpis(con, ("24",), (2023, 2024)).set_index("year")
    assert kpis.loc[2024, "staffing_reported"] == 2 and kpis.loc[2024, "municipalities"] == 15
    assert kpis.loc[2024, "fte_total"] == pytest.approx(0.75)
    assert kpis.loc[2024, "fte_per_10k"] == pytest.approx(0.75 / (2962 + 3968) * 10000)  # 1.0823
    assert kpis.loc[2023, "fte_total"] == pytest.approx(1.0)
    both = overview_queries.county_kpis(con, ("24", "25"), (2024,)).set_index("year")
    assert both.loc[2024, "fte_per_10k"] == pytest.approx(1.15 / (2962 + 3968 + 6113) * 10000)
    assert both.loc[2024, "funding_per_inhabitant"] == pytest.approx(600000 / (2962 + 6113))
    assert both.loc[2024, "participants"] == 7


def test_reference_data_carries_sources(con):
    sources = con.execute("select count(*) from staging.population where source = '' or source is null").fetchall()[0][
        0
    ]
    assert sources == 0
    origins = dict(con.execute("select origin, count(*) from staging.population group by origin").fetchall())
    assert origins == {"reference": 178}  # every row of population_scb.csv lies in the two counties
    datasets = meta_queries.datasets(con).set_index(["dataset", "origin"])
    assert datasets.loc[("population", "reference"), "source_date"] == "2025-02-21"
    assert datasets.loc[("staffing", "example"), "rows"] == 5


def test_real_joint_agreement_across_the_county_border(con):
    members = con.execute(
        "select list(municipality_code order by municipality_code) from staging.collaboration_members m "
        "join staging.collaborations c using (collaboration_id) where c.start_date = date '2014-09-01'"
    ).fetchall()[0][0]
    assert members == ["2417", "2418", "2422", "2505", "2506"]


def test_every_municipality_has_a_map_outline(con):
    geometry = overview_queries.map_geometry(con, ("24", "25"))
    assert len(geometry) == 29
    assert geometry["map_geojson"].str.startswith('{"type":"').all()


def test_build_twice_gives_identical_contents(fixture_warehouse_master, tmp_path):
    from etl.build import build
    from tests.conftest import FIXTURE_FILES, workspace, write_files

    again = tmp_path / "again.duckdb"
    build(workspace(again, write_files(tmp_path / "example", FIXTURE_FILES)))
    first = duckdb.connect(str(fixture_warehouse_master), read_only=True)
    second = duckdb.connect(str(again), read_only=True)
    tables = first.execute("select schema_name || '.' || table_name from duckdb_tables() order by 1").fetchall()
    assert len(tables) > 10
    for (table,) in tables:
        order = "order by all" if table != "staging.municipalities" else "order by municipality_code"
        select = "* exclude (geometry)" if table == "staging.municipalities" else "*"
        assert (
            first.execute(f"select {select} from {table} {order}").fetchall()
            == second.execute(f"select {select} from {table} {order}").fetchall()
        ), table


def test_all_290_municipalities_load_when_configured(tmp_path, monkeypatch):
    from core.config import Scope, scope
    from etl.__main__ import main

    monkeypatch.setenv("PREVCAP_COUNTIES", "all")
    monkeypatch.setenv("PREVCAP_DB", str(tmp_path / "all.duckdb"))
    assert scope().counties is None
    assert main(["sample", "--municipalities", "all", "--out", str(tmp_path / "example")]) == 0
    from etl.build import Workspace, build

    configured = scope()
    build(
        Workspace(
            tmp_path / "all.duckdb",
            tmp_path / "ledger.duckdb",
            Scope(
                None,
                configured.first_year,
                configured.last_year,
                configured.example_first_year,
                configured.example_last_year,
            ),
            tmp_path / "example",
            all_municipalities=True,
        )
    )
    con = duckdb.connect(str(tmp_path / "all.duckdb"), read_only=True)
    assert con.execute("select count(*), count(distinct county_code) from staging.municipalities").fetchall() == [
        (290, 21)
    ]
    assert (
        con.execute(
            "select count(distinct municipality_code) from marts.municipality_year where staffing_reported"
        ).fetchall()[0][0]
        == 290
    )
    # population is known only for the two northern counties: elsewhere it stays missing
    assert (
        con.execute(
            "select count(*) from marts.municipality_year where county_code = '01' and population is not null"
        ).fetchall()[0][0]
        == 0
    )
    con.close()


def test_a_duplicate_key_in_staging_fails_the_data_tests(fixture_warehouse):
    """The staging tables have no primary key (its index doubled a large load's insert): a data test
    keeps each kind's key unique, and a failing data test rolls a load back."""
    from etl.checks import failing_tests

    connection = duckdb.connect(str(fixture_warehouse))
    try:
        assert failing_tests(connection) == []
        connection.execute("insert into staging.events select * from staging.events order by event_id limit 2")
        connection.execute("insert into staging.staffing select * from staging.staffing order by all limit 1")
        failures = dict(failing_tests(connection))
    finally:
        connection.close()
    assert failures["staging.events unique (event_id)"] == 2
    assert failures["staging.staffing unique (municipality_code, year, role)"] == 1
