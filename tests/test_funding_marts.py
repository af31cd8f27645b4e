"""The funding marts of issue 9, marts.funding_year and marts.funding_county_year, computed by hand
on the fixture warehouse of tests/conftest.py, whose funding rows are
    2418 Malå       2024 kommun        bada  300 000
    2418 Malå       2024 lansstyrelsen brott 100 000
    2505 Arvidsjaur 2024 kommun        brott 200 000
and compared with what prevcap.queries.funding and prevcap.domain.funding compute from marts.funding (the county mart is
meant to replace that computation)."""

from __future__ import annotations

import duckdb
import pandas as pd
import pytest

from prevcap.domain.funding import FUNDING_AREAS, funding_kpis, funding_table
from prevcap.queries.funding import funding_by_county, funding_by_municipality

MALA, NORSJO, ARVIDSJAUR = "2418", "2417", "2505"
MALA_2024, ARVIDSJAUR_2024 = 2962, 6113  # SCB population as municipality_year has it (Arvidsjaur: 2023, carried)
VASTERBOTTEN_MUNICIPALITIES, NORRBOTTEN_MUNICIPALITIES = 15, 14
BOTH = ("24", "25")
FUNDERS = ("kommun", "fohm", "lansstyrelsen", "bra", "annan")


@pytest.fixture(scope="module")
def con(fixture_warehouse_master):
    connection = duckdb.connect(str(fixture_warehouse_master), read_only=True)
    yield connection
    connection.close()


def funding_year(con) -> pd.DataFrame:
    return con.execute("select * from marts.funding_year").df().set_index(["municipality_code", "year"])


def county_year(con) -> pd.DataFrame:
    return con.execute("select * from marts.funding_county_year").df().set_index(["county_code", "year"])


# --- marts.funding_year -----------------------------------------------------------------------


def test_funding_year_by_hand(con):
    rows = funding_year(con)
    mala = rows.loc[(MALA, 2024)]
    assert mala.funding_reported and mala.is_example  # the fixture is the build's example data
    assert (mala.funding_sek, mala.funding_external_sek) == (400000, 100000)  # Länsstyrelsen's money is external
    assert mala.funding_external_share == 0.25
    assert [mala[f"funding_{funder}_sek"] for funder in FUNDERS] == [300000, 0, 100000, 0, 0]
    arvidsjaur = rows.loc[(ARVIDSJAUR, 2024)]
    assert arvidsjaur.funding_external_share == 0  # all of it the municipality's own
    assert (arvidsjaur.funding_sek, arvidsjaur.funding_external_sek) == (200000, 0)
    # no funding row: not reported, every amount missing (not 0)
    norsjo = rows.loc[(NORSJO, 2024)]
    assert not norsjo.funding_reported and not norsjo.is_example
    amounts = ["funding_sek", "funding_external_sek", "funding_external_share", *[f"funding_{f}_sek" for f in FUNDERS]]
    for column in amounts:
        assert pd.isna(norsjo[column]), column
    # and Robertsfors 2018: the 20 000 kr its citizen pledge set aside (data/reference/funding_known.csv)
    assert sorted(rows.index[rows["funding_reported"]]) == [("2409", 2018), (MALA, 2024), (ARVIDSJAUR, 2024)]
    robertsfors = rows.loc[("2409", 2018)]
    assert (robertsfors.funding_sek, robertsfors.is_example) == (20000, False)
    municipalities, years = con.execute(
        "select (select count(*) from staging.municipalities), (select count(*) from marts.years)"
    ).fetchall()[0]
    assert len(rows) == municipalities * years


def test_municipality_year_and_capacity_year_read_funding_year(con):
    differing = con.execute("""
        select f.municipality_code, f.year
        from marts.funding_year f
        join marts.municipality_year m using (municipality_code, year)
        join marts.capacity_year c using (municipality_code, year)
        where m.funding_sek is distinct from f.funding_sek
           or m.funding_external_sek is distinct from f.funding_external_sek
           or c.funding_external_share is distinct from f.funding_external_share
           or c.funding_kommun_per_inhabitant is distinct from f.funding_kommun_sek / c.population
    """).fetchall()
    assert differing == []
    mala = con.execute(
        "select funding_external_share from marts.capacity_year where municipality_code = ? and year = 2024", [MALA]
    ).fetchall()[0][0]
    assert mala == 100000 / 400000


# --- marts.funding_county_year ----------------------------------------------------------------


def test_funding_county_year_by_hand(con):
    rows = county_year(con)
    # only county-years with a report (Västerbotten 2018: Robertsfors' documented sum)
    assert list(rows.index) == [("24", 2018), ("24", 2024), ("25", 2024)]
    vasterbotten = rows.loc[("24", 2024)]
    assert vasterbotten.county_name == "Västerbottens län"
    assert (vasterbotten.municipalities, vasterbotten.municipalities_reporting) == (VASTERBOTTEN_MUNICIPALITIES, 1)
    assert (vasterbotten.funding_sek, vasterbotten.funding_external_sek) == (400000, 100000)
    assert vasterbotten.funding_external_share == 100000 / 400000
    assert vasterbotten.population_reporting == MALA_2024  # Malå alone reported
    assert vasterbotten.funding_per_inhabitant == pytest.approx(400000 / MALA_2024)  # 135.04
    assert (vasterbotten.funding_kommun_sek, vasterbotten.funding_lansstyrelsen_sek) == (300000, 100000)
    assert vasterbotten.is_example
    norrbotten = rows.loc[("25", 2024)]
    assert (norrbotten.municipalities, norrbotten.municipalities_reporting) == (NORRBOTTEN_MUNICIPALITIES, 1)
    assert (norrbotten.funding_sek, norrbotten.funding_external_sek) == (200000, 0)
    assert norrbotten.funding_external_share == 0
    assert norrbotten.funding_per_inhabitant == pytest.approx(200000 / ARVIDSJAUR_2024)  # 32.72


# Shares that a mean would get wrong, a report of zeros, and a year without population figures
# (the reference population starts in 2015).
SHARE_FILES = {
    "funding.csv": """\
        municipality,year,funder,area,amount_sek
        2418,2024,lansstyrelsen,brott,100000
        2417,2024,kommun,bada,300000
        2422,2024,kommun,bada,0
        2505,2024,fohm,andt,50000
        2505,2024,kommun,andt,50000
        2422,2014,bra,brott,20000
        """,
}
NORSJO_2024, SORSELE_2024 = 3968, 2357


@pytest.fixture(scope="module")
def shares_con(tmp_path_factory):
    from tests.conftest import build_warehouse

    connection = duckdb.connect(str(build_warehouse(tmp_path_factory.mktemp("shares"), SHARE_FILES)), read_only=True)
    yield connection
    connection.close()


def test_county_share_is_the_share_of_the_sums(shares_con):
    rows = funding_year(shares_con)
    # Malå 100 % external, Norsjö 0 %, Sorsele reported 0 SEK: no share of its own, but it reported
    assert [rows.loc[(code, 2024), "funding_external_share"] for code in (MALA, NORSJO)] == [1.0, 0.0]
    assert rows.loc[("2422", 2024), "funding_reported"] and pd.isna(rows.loc[("2422", 2024), "funding_external_share"])
    counties = county_year(shares_con)
    vasterbotten = counties.loc[("24", 2024)]
    assert vasterbotten.municipalities_reporting == 3
    assert (vasterbotten.funding_sek, vasterbotten.funding_external_sek) == (400000, 100000)
    assert vasterbotten.funding_external_share == 0.25  # of the sums; the mean of the shares would be 0.5
    assert vasterbotten.population_reporting == MALA_2024 + NORSJO_2024 + SORSELE_2024
    assert vasterbotten.funding_per_inhabitant == pytest.approx(400000 / (MALA_2024 + NORSJO_2024 + SORSELE_2024))
    assert counties.loc[("25", 2024), "funding_external_share"] == 0.5  # Folkhälsomyndigheten's half
    # 2014: Sorsele's population is not known, so no figure per inhabitant (the share needs none)
    sorsele_2014 = counties.loc[("24", 2014)]
    assert pd.isna(sorsele_2014.population_reporting) and pd.isna(sorsele_2014.funding_per_inhabitant)
    assert sorsele_2014.funding_external_share == 1.0 and sorsele_2014.funding_bra_sek == 20000


def _as_funding_by_county(mart: pd.DataFrame) -> pd.DataFrame:
    """The county mart in the columns of prevcap.queries.funding.funding_by_county."""
    frame = mart.rename(
        columns={
            "funding_sek": "amount_sek",
            "funding_external_sek": "external_sek",
            "funding_per_inhabitant": "sek_per_inhabitant",
        }
    )
    return frame.assign(external_share_pct=frame["funding_external_share"] * 100)


COMPARED = [
    "county_name",
    "municipalities_reporting",
    "municipalities",
    "population_reporting",
    "amount_sek",
    "external_sek",
    "external_share_pct",
    "sek_per_inhabitant",
    "is_example",
]


def assert_same_as_funding_by_county(con, county_codes=BOTH):
    current = funding_by_county(con, county_codes, FUNDING_AREAS)
    mart = _as_funding_by_county(
        con.execute(
            "select * from marts.funding_county_year where county_code in (select unnest(?::varchar[])) "
            "order by county_code, year",
            [list(county_codes)],
        ).df()
    )
    assert len(current) > 0
    current = current.set_index(["county_code", "year"])[COMPARED]
    mart = mart.set_index(["county_code", "year"])[COMPARED]
    assert list(mart.index) == list(current.index)
    for column in COMPARED:
        if column in ("county_name", "is_example"):
            assert list(mart[column]) == list(current[column]), column
        else:
            pd.testing.assert_series_equal(
                mart[column].astype(float), current[column].astype(float), check_names=False, rtol=1e-12
            )
    # and the key figures of the chosen counties, which funding_kpis adds up from either
    for year in sorted({year for _, year in current.index}):
        assert funding_kpis(mart.reset_index(), year) == funding_kpis(current.reset_index(), year)
    return current


def test_funding_county_year_gives_the_numbers_of_network_funding_by_county(con):
    current = assert_same_as_funding_by_county(con)
    assert current.loc[("24", 2024), "external_share_pct"] == 25.0  # by hand, as above
    assert current.loc[("25", 2024), "external_share_pct"] == 0.0
    kpis = funding_kpis(_as_funding_by_county(county_year(con).reset_index()), 2024)
    assert kpis["amount_msek"] == pytest.approx(0.6)
    assert kpis["external_share_pct"] == pytest.approx(100000 / 600000 * 100)
    assert kpis["sek_per_inhabitant"] == pytest.approx(600000 / (MALA_2024 + ARVIDSJAUR_2024))
    assert kpis["municipalities_reporting"] == 2


def test_funding_county_year_gives_the_numbers_of_network_funding_by_county_edge_cases(shares_con):
    current = assert_same_as_funding_by_county(shares_con)
    assert list(current.index) == [("24", 2014), ("24", 2018), ("24", 2024), ("25", 2024)]


def test_funding_year_gives_the_shares_of_network_funding_table(con):
    table = funding_table(funding_by_municipality(con, BOTH, 2024, FUNDING_AREAS))
    names = dict(con.execute("select municipality_code, municipality_name from staging.municipalities").fetchall())
    mart = funding_year(con).xs(2024, level="year")
    mart = mart[mart["funding_reported"]].rename(index=names)
    table = table.set_index("municipality_name")
    assert sorted(table.index) == sorted(mart.index) == ["Arvidsjaur", "Malå"]
    for name in table.index:
        assert table.loc[name, "amount_sek"] == mart.loc[name, "funding_sek"]
        assert table.loc[name, "external_sek"] == mart.loc[name, "funding_external_sek"]
        assert table.loc[name, "external_share_pct"] == mart.loc[name, "funding_external_share"] * 100
        for funder in FUNDERS:
            assert table.loc[name, f"sek_{funder}"] == mart.loc[name, f"funding_{funder}_sek"]


# --- the data tests -------------------------------------------------------------------------


def test_data_tests_catch_broken_funding_marts(fixture_warehouse):
    from etl.checks import failing_tests

    connection = duckdb.connect(str(fixture_warehouse))
    try:
        assert failing_tests(connection) == []
        connection.execute(
            "update marts.funding_year set funding_sek = 1 where municipality_code = ? and year = 2024", [ARVIDSJAUR]
        )
        connection.execute(
            "update marts.funding_year set funding_external_share = 1.5 where municipality_code = ? and year = 2024",
            [MALA],
        )
        connection.execute(
            "insert into marts.funding_county_year select * from marts.funding_county_year where county_code = '25'"
        )
        failures = dict(failing_tests(connection))
    finally:
        connection.close()
    assert failures == {
        "marts.funding_year keeps every staging.funding amount (sums equal per municipality and year)": 1,
        "marts.funding_year reported iff amounts, funders add up, external is all but kommun, share within 0-1": 2,
        "marts.funding_county_year unique (county_code, year)": 1,
        "marts.funding_county_year keeps every staging.funding amount (sums equal)": 1,
    }


def test_data_test_catches_a_lost_funding_row(fixture_warehouse):
    from etl.checks import failing_tests

    connection = duckdb.connect(str(fixture_warehouse))
    try:
        connection.execute("delete from marts.funding_year where municipality_code = ? and year = 2024", [MALA])
        connection.execute("update marts.funding_county_year set funding_external_share = -0.1")
        failures = dict(failing_tests(connection))
    finally:
        connection.close()
    assert failures == {
        "marts.funding_year one row per municipality and year": 1,
        "marts.funding_year keeps every staging.funding amount (sums equal per municipality and year)": 1,
        "marts.funding_county_year share within 0-1, reporting municipalities within the county's": 3,
    }
