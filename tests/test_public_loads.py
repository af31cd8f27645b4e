"""Brå's and Kolada's files through `etl load` and `etl kolada`: as ledger batches, into
staging.crime / staging.kolada and the marts, with the values read off the fixtures by hand.

The fixtures are tests/fixtures/bra/ (Brå's two published shapes) and the fake Kolada of
tests/test_kolada.py (two pages, a value Kolada marks missing). No request leaves 127.0.0.1."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
import pytest

from etl.__main__ import main
from etl.build import build, load_file, preview_file, revert
from tests.test_kolada import FIRST, PAGE_TWO, SECOND, FakeKolada, page_one

BRA = Path(__file__).parent / "fixtures" / "bra"
BRA_2024 = BRA / "Anmälda brott i kommunerna 2024.csv"
BRA_2021 = BRA / "anmalda_brott_kommunerna_2021.csv"
SOURCE_2024 = "Brå, anmälda brott i kommunerna 2024 (Anmälda brott i kommunerna 2024.csv)"


def rows(db: Path, sql: str) -> list[tuple]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def test_bra_2024_loads_the_municipalities_in_scope(fixture_workspace, fixture_warehouse):
    result = load_file(fixture_workspace, "crime", BRA_2024, author="test")
    assert result.ok, result.problems
    # Umeå, Skellefteå, Arjeplog, Luleå, Malå are in the two counties; Kramfors (Västernorrland) is not
    assert (result.rows, result.outside_scope, result.new) == (5, 1, 5)
    assert rows(
        fixture_warehouse, "select * exclude (batch_id, origin, source_file) from staging.crime order by 1"
    ) == [
        ("2418", 2024, 150, None, SOURCE_2024),
        ("2480", 2024, 12345, 9876.5, SOURCE_2024),
        ("2482", 2024, 6789, 8765.4, SOURCE_2024),
        ("2506", 2024, 214, 7331.5, SOURCE_2024),
        ("2580", 2024, 8001, 10208.3, SOURCE_2024),
    ]
    # Malå's file row has a count but no rate: the rate is the count over SCB's population, 150 / 2 962
    got = rows(
        fixture_warehouse,
        "select municipality_code, crimes_per_100k, crimes_source, reported_crimes from marts.municipality_year "
        "where year = 2024 and municipality_code in ('2418', '2480') order by 1",
    )
    assert got[0][0] == "2418" and got[0][1] == pytest.approx(150 / 2962 * 100000) and got[0][2:] == ("bra", 150)
    assert got[1] == ("2480", 9876.5, "bra", 12345)


def test_bra_2021_skips_districts_and_counts_them(fixture_workspace, fixture_warehouse):
    result = load_file(fixture_workspace, "crime", BRA_2021, author="test")
    assert result.ok, result.problems
    assert result.skipped == {"districts": 2, "totals": 0, "year": 2021}
    # Arjeplog, Umeå, Malå, Bjurholm are in scope; Kramfors, Västerås, Stockholm, Kil are not
    assert (result.rows, result.outside_scope) == (4, 4)
    assert rows(
        fixture_warehouse, "select municipality_code, reported_crimes, per_100k from staging.crime order by 1"
    ) == [
        ("2403", 61, 2484.7),
        ("2418", 143, 4520.0),
        ("2480", 11987, 9655.2),
        ("2506", 198, 6789.1),
    ]


def test_load_crime_on_the_command_line_says_what_it_skipped(fixture_warehouse, fixture_workspace, monkeypatch, capsys):
    monkeypatch.setenv("PREVCAP_DB", str(fixture_warehouse))
    monkeypatch.setenv("PREVCAP_LEDGER", str(fixture_workspace.ledger))
    assert main(["load", "crime", str(BRA_2021)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == (
        "anmalda_brott_kommunerna_2021.csv: 8 kommuner för 2021; 2 rader för stadsdelar och 0 summarader hoppades över."
    )
    assert out[1] == "4 rader för kommuner eller år utanför lagret togs inte med (originalfilen har dem)."


def test_a_year_from_the_option_and_a_conflicting_one(fixture_workspace, fixture_warehouse, tmp_path):
    unnamed = tmp_path / "brott.csv"
    unnamed.write_bytes(BRA_2024.read_bytes())
    assert not load_file(fixture_workspace, "crime", unnamed, author="test").ok
    assert load_file(fixture_workspace, "crime", unnamed, author="test", year=2023).ok
    assert rows(fixture_warehouse, "select distinct year from staging.crime") == [(2023,)]
    conflict = load_file(fixture_workspace, "crime", BRA_2024, author="test", year=2023)
    assert [problem.key for problem in conflict.problems] == ["public.err.year_conflict"]


def test_a_crime_batch_is_undone_like_any_other(fixture_workspace, fixture_warehouse):
    batch = load_file(fixture_workspace, "crime", BRA_2024, author="test").batch_id
    again = preview_file(fixture_workspace, "crime", BRA_2024)
    assert (again.new, again.unchanged) == (0, 5)
    revert(fixture_workspace, batch, author="test")
    assert rows(fixture_warehouse, "select count(*) from staging.crime") == [(0,)]
    assert rows(fixture_warehouse, "select count(*) from marts.crime_year") == [(0,)]


def test_a_rebuild_replays_the_crime_batch(fixture_workspace, fixture_warehouse):
    load_file(fixture_workspace, "crime", BRA_2024, author="test")
    before = rows(fixture_warehouse, "select * from staging.crime order by all")
    build(fixture_workspace)
    assert len(before) == 5
    assert rows(fixture_warehouse, "select * from staging.crime order by all") == before


KPI_META = "/v3/kpi/N07540"
# the KPI's own metadata, in the shape of Kolada's v3 /kpi answer
KPI_PAGE = {"count": 1, "values": [{"id": "N07540", "title": "Anmälda brott totalt, antal/100 000 inv"}]}


@pytest.fixture
def kolada():
    fake = FakeKolada()
    fake.pages[KPI_META] = KPI_PAGE
    fake.pages[FIRST] = page_one(fake.base)
    fake.pages[SECOND] = PAGE_TWO
    yield fake
    fake.close()


def test_kolada_command_follows_two_pages_and_keeps_the_missing_value(
    kolada, fixture_workspace, fixture_warehouse, tmp_path, monkeypatch, capsys
):
    monkeypatch.setenv("PREVCAP_DB", str(fixture_warehouse))
    monkeypatch.setenv("PREVCAP_LEDGER", str(fixture_workspace.ledger))
    monkeypatch.setenv("PREVCAP_KOLADA_URL", kolada.base)
    # the fake answers one request: the command asks for the warehouse's 29 municipalities, so the
    # paths are the fake's only when the municipalities are the two of the fixture pages
    monkeypatch.setattr("etl.__main__._municipality_codes", lambda ws: ["2480", "2418"])
    saved = tmp_path / "kolada.json"
    assert main(["kolada", "--kpi", "N07540", "--years", "2022-2023", "--save", str(saved)]) == 0
    # the KPI checked against its metadata first, then the two pages
    assert kolada.requests == [KPI_META, FIRST, SECOND]
    out = capsys.readouterr().out
    assert "N07540: Anmälda brott totalt, antal/100 000 inv (enligt Kolada)" in out
    assert "4 rader inlästa som kolada" in out
    got = rows(
        fixture_warehouse,
        "select municipality_code, year, kolada_crimes_per_100k, kolada_crimes_status from marts.crime_year order by 1, 2",
    )
    assert got == [
        ("2418", 2022, None, "Missing"),
        ("2418", 2023, 4321.0, ""),
        ("2480", 2022, 9123.4, ""),
        ("2480", 2023, 8765.4, ""),
    ]
    # a value Kolada marks missing is not 0: the municipality's rate is missing, its status kept
    assert rows(
        fixture_warehouse,
        "select crimes_per_100k, crimes_source, kolada_crimes_status from marts.municipality_year "
        "where municipality_code = '2418' and year = 2022",
    ) == [(None, None, "Missing")]
    # Kolada's rate times SCB's population is the count the need norm uses: 4 321 × 2 990 / 100 000
    assert rows(
        fixture_warehouse,
        "select reported_crimes from marts.municipality_year where municipality_code = '2418' and year = 2023",
    )[0][0] == pytest.approx(4321 * 2990 / 100000)
    # the saved response is the batch's original file, and reads again as the same rows
    assert json.loads(saved.read_text(encoding="utf-8"))[0]["next_url"].endswith(SECOND)
    assert main(["load", "kolada", str(saved)]) == 0
    assert "0 nya, 0 ersatta, 4 oförändrade" in capsys.readouterr().out
    # and a rebuild replays the Kolada batches
    assert main(["build"]) == 0
    assert rows(fixture_warehouse, "select count(*) from marts.crime_year") == [(4,)]


def test_a_kpi_kolada_does_not_know_is_refused_before_any_data(
    kolada, fixture_workspace, fixture_warehouse, monkeypatch, capsys
):
    monkeypatch.setenv("PREVCAP_DB", str(fixture_warehouse))
    monkeypatch.setenv("PREVCAP_LEDGER", str(fixture_workspace.ledger))
    monkeypatch.setenv("PREVCAP_KOLADA_URL", kolada.base)
    assert main(["kolada", "--kpi", "N99999", "--years", "2023"]) == 1
    assert "Kolada känner inte till nyckeltalet N99999" in capsys.readouterr().err
    assert kolada.requests == ["/v3/kpi/N99999"]  # no data asked for


def test_kolada_command_offline_says_so_and_writes_nothing(fixture_workspace, fixture_warehouse, monkeypatch, capsys):
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    monkeypatch.setenv("PREVCAP_DB", str(fixture_warehouse))
    monkeypatch.setenv("PREVCAP_LEDGER", str(fixture_workspace.ledger))
    monkeypatch.setenv("PREVCAP_KOLADA_URL", f"http://127.0.0.1:{port}")
    assert main(["kolada", "--kpi", "N07540", "--years", "2023"]) == 1
    assert "Kolada" in capsys.readouterr().err
    assert rows(fixture_warehouse, "select count(*) from staging.kolada") == [(0,)]
