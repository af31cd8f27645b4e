"""The documented facts of data/reference/ (carried from the project's collected public sources): every row
reaches the warehouse with its source; where a fact states a municipality's figure of a year and item it
wins over the example data and is marked as real, and a municipality's own loaded figure wins over it."""

from __future__ import annotations

import csv
from pathlib import Path

import duckdb
import pytest

from core.config import ROOT
from etl.build import load_file

REFERENCE = ROOT / "data" / "reference"


def facts(name: str) -> list[dict]:
    with open(REFERENCE / name, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@pytest.fixture(scope="module")
def con(fixture_warehouse_master):
    con = duckdb.connect(str(fixture_warehouse_master), read_only=True)
    yield con
    con.close()


def in_scope(con) -> set[str]:
    return {row[0] for row in con.execute("select municipality_code from staging.municipalities").fetchall()}


@pytest.mark.parametrize(
    "file, table, columns",
    [
        ("local_councils.csv", "staging.local_councils", {"municipality_code": "municipality_code", "body": "body"}),
        (
            "coordinators_mentioned.csv",
            "staging.coordinator_mentions",
            {"municipality_code": "municipality_code", "role": "role"},
        ),
        (
            "law_status_known.csv",
            "staging.law_steps_known",
            {"municipality_code": "municipality_code", "date": "period"},
        ),
        ("funding_known.csv", "staging.funding_known", {"recipient_code": "recipient_code", "purpose": "purpose"}),
        (
            "events_known.csv",
            "marts.events",
            {"host_municipality_code": "host_code", "date": "event_date", "title": "title"},
        ),
    ],
)
def test_every_fact_row_reaches_the_warehouse_with_its_source(con, file, table, columns):
    """Each row of the file (whose municipality or county is in the warehouse), found by its own values,
    once, with its source."""
    code_column = next(iter(columns))
    scope = in_scope(con) | {"24", "25"}
    rows = [row for row in facts(file) if row["source"] and row[code_column] in scope]
    assert rows, file
    for row in rows:
        where = " and ".join(f"{column}::varchar = ?" for column in columns.values())
        found = con.execute(f"select source from {table} where {where}", [row[c] for c in columns]).fetchall()
        assert found == [(row["source"],)], (file, row)


def test_the_rows_that_record_nothing_found_are_not_facts(con):
    nothing = [row for row in facts("coordinators_mentioned.csv") if not row["source"]]
    assert [row["municipality"] for row in nothing] == ["Jokkmokk", "Övertorneå", "Boden"]
    assert con.execute("select count(*) from staging.coordinator_mentions").fetchall() == [
        (len(facts("coordinators_mentioned.csv")) - 3,)
    ]


def test_pajala_had_no_council_in_2022(con):
    assert con.execute(
        "select body, status, year from staging.local_councils where municipality_code = '2521'"
    ).fetchall() == [("local BRÅ", "none", 2022)]


def test_vindeln_s_half_time_of_2021_wins_over_the_example_and_is_marked_documented(con):
    assert con.execute(
        "select role, fte, origin from staging.staffing where municipality_code = '2404' and year = 2021"
    ).fetchall() == [("annan", 0.5, "reference")]
    assert con.execute(
        "select fte_total, staffing_source from marts.municipality_year where municipality_code = '2404' "
        "and year = 2021"
    ).fetchall() == [(0.5, "documented")]
    # not extended to other years: 2022 has what the example or nobody says
    assert con.execute(
        "select count(*) from staging.staffing where municipality_code = '2404' and year = 2022 "
        "and origin = 'reference'"
    ).fetchall() == [(0,)]


def test_a_yearly_sum_enters_the_funding_the_others_are_listed_only(con):
    assert con.execute(
        "select municipality_code, year, funder, area, amount_sek from staging.funding where origin = 'reference'"
    ).fetchall() == [("2409", 2018, "kommun", "andt", 20000.0)]
    # Umeå's 60 MSEK covers an unstated period: it is in the list, not in 2023's funding
    assert con.execute(
        "select yearly from staging.funding_known where recipient_code = '2480' and year = 2023"
    ).fetchall() == [(False,)]
    assert con.execute(
        "select count(*) from staging.funding where municipality_code = '2480' and amount_sek = 60000000"
    ).fetchall() == [(0,)]


def test_published_and_assigned_steps_count_planned_ones_do_not(con):
    rows = con.execute(
        "select municipality_code, year, coordinating_function, lagesbild, atgardsplan, lagesbild_link "
        "from staging.law_status where origin = 'reference' order by 1"
    ).fetchall()
    umea = facts("law_status_known.csv")[0]["source"]
    assert rows == [("2480", 2024, None, True, None, umea), ("2513", 2023, True, None, None, None)]
    # Vännäs' and Kiruna's steps were planned: no row says they were taken
    assert con.execute(
        "select count(*) from staging.law_status where municipality_code in ('2460', '2584') and origin = 'reference'"
    ).fetchall() == [(0,)]


def test_the_conferences_keep_their_totals_and_are_never_split(con):
    assert con.execute(
        "select e.title, t.participants, t.participants_kind from staging.event_totals t "
        "join staging.events e using (event_id) order by e.event_date"
    ).fetchall() == [
        ("Trygghetskonferensen 2023 (Tillit i en orolig tid?)", 130, "about"),
        ("Råd för framtiden", 1000, "more_than"),
    ]
    assert con.execute(
        "select count(*) from staging.attendance where event_id in (select event_id from staging.event_totals)"
    ).fetchall() == [(0,)]


def test_the_joint_council_of_eastern_norrbotten_links_its_four_members(con):
    members = con.execute(
        "select list(m.municipality_code order by m.municipality_code) from staging.collaborations c "
        "join staging.collaboration_members m using (collaboration_id) where c.kind like 'joint public health%' "
        "group by c.collaboration_id"
    ).fetchall()
    assert members == [(["2513", "2514", "2518", "2583"],)]


def test_a_loaded_year_replaces_the_fact(fixture_workspace, fixture_warehouse, tmp_path):
    path = Path(tmp_path) / "vindeln.csv"
    path.write_text("Kommun;År;Roll;Årsarbetare\nVindeln;2021;brott;0,3\n", encoding="utf-8")
    assert load_file(fixture_workspace, "staffing", path, author="test").ok
    con = duckdb.connect(str(fixture_warehouse), read_only=True)
    try:
        assert con.execute(
            "select role, fte, origin from staging.staffing where municipality_code = '2404' and year = 2021"
        ).fetchall() == [("brott", 0.3, "loaded")]
        # the fact is still listed in the profile's sources
        assert con.execute(
            "select fte from staging.coordinator_mentions where municipality_code = '2404'"
        ).fetchall() == [(0.5,)]
    finally:
        con.close()
