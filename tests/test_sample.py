"""The example data writer: its files load as they are, and the same arguments give the same bytes."""

from __future__ import annotations

import csv
import datetime as dt
from collections import defaultdict
from pathlib import Path

import pytest

from core.config import Scope
from etl import reference
from etl.kinds import KINDS
from etl.sample import SAMPLE_KINDS, sample_files, write_sample

NORTH = Scope(counties=("24", "25"), first_year=2012, last_year=2026, example_first_year=2016, example_last_year=2025)
INSPIRATION_DAY_2016 = "2016-10-31-inspirationsdag"
KALIX_MEETING_2017 = "2017-10-04-nätverksträff"
UMEA = "2480"


@pytest.fixture(scope="module")
def north_dir(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("north")
    write_sample(out, NORTH)
    return out


def read(out: Path, kind: str) -> list[dict[str, str]]:
    with open(out / f"{kind}.csv", encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def small_municipalities() -> set[str]:
    latest = {}
    for row in reference.read_reference_csv("population_scb.csv").itertuples():
        if int(row.year) >= latest.get(row.municipality_code, (0, 0))[0]:
            latest[row.municipality_code] = (int(row.year), int(row.population))
    return {code for code, (_, population) in latest.items() if population < 10_000}


def test_same_arguments_give_the_same_bytes(north_dir, tmp_path):
    again = write_sample(tmp_path, NORTH)
    assert sorted(again) == sorted(SAMPLE_KINDS)
    for kind, path in again.items():
        assert path.read_bytes() == (north_dir / f"{kind}.csv").read_bytes(), kind


def test_another_seed_gives_other_figures(north_dir, tmp_path):
    write_sample(tmp_path, NORTH, seed=7)
    assert (tmp_path / "staffing.csv").read_bytes() != (north_dir / "staffing.csv").read_bytes()


def test_files_use_the_canonical_header_utf8_and_unix_line_ends(north_dir):
    assert not (north_dir / "population.csv").exists()
    for kind in SAMPLE_KINDS:
        raw = (north_dir / f"{kind}.csv").read_bytes()
        assert not raw.startswith(b"\xef\xbb\xbf")
        assert b"\r" not in raw
        header = raw.decode("utf-8").split("\n", 1)[0]
        assert header == ",".join(column.name for column in KINDS[kind].columns)


def test_sample_files_lists_what_was_written(north_dir, tmp_path):
    assert sample_files(north_dir) == {kind: north_dir / f"{kind}.csv" for kind in SAMPLE_KINDS}
    assert sample_files(tmp_path) == {}


def test_keys_are_unique_and_values_are_stored_codes(north_dir):
    for kind in SAMPLE_KINDS:
        rows = read(north_dir, kind)
        keys = [tuple(row[name] for name in KINDS[kind].key) for row in rows]
        assert len(keys) == len(set(keys)), kind
        assert keys == sorted(keys), kind
        for column in KINDS[kind].columns:
            values = {row[column.name] for row in rows} - ({""} if column.nullable else set())
            if column.kind == "choice":
                assert values <= set(column.choices.values()), (kind, column.name)
            if column.kind == "bool":
                assert values <= {"ja", "nej"}, (kind, column.name)
            if column.kind == "date":
                for value in values:
                    dt.date.fromisoformat(value)
            if column.kind == "number":
                assert all(float(value) >= 0 and "," not in value for value in values), (kind, column.name)


def test_every_municipality_written_is_in_scope(north_dir):
    in_scope = set(reference.municipalities(NORTH)["municipality_code"])
    assert len(in_scope) == 29
    written = set()
    for kind, columns in {
        "staffing": ("municipality", "shared_with"),
        "events": ("host",),
        "attendance": ("municipality",),
        "funding": ("municipality",),
        "law_status": ("municipality",),
    }.items():
        written |= {row[column] for row in read(north_dir, kind) for column in columns} - {""}
    written |= {code for row in read(north_dir, "collaborations") for code in row["municipalities"].split("|")}
    assert written <= in_scope
    assert {row["municipality"] for row in read(north_dir, "staffing")} == in_scope


def test_reference_events_get_attendance_but_no_event_row(north_dir):
    event_ids = {row["event_id"] for row in read(north_dir, "events")}
    attended = {row["event_id"] for row in read(north_dir, "attendance")}
    assert INSPIRATION_DAY_2016 not in event_ids and KALIX_MEETING_2017 not in event_ids
    assert not any(event_id.startswith("2016-") and event_id.endswith("inspirationsdag") for event_id in event_ids)
    assert {INSPIRATION_DAY_2016, KALIX_MEETING_2017} <= attended
    assert attended <= event_ids | {INSPIRATION_DAY_2016, KALIX_MEETING_2017}


def test_an_inspiration_day_every_year_from_2012(north_dir):
    days = [row for row in read(north_dir, "events") if row["event_type"] == "inspirationsdag"]
    assert sorted(int(row["date"][:4]) for row in days) == [year for year in range(2012, 2026) if year != 2016]
    hosts = [row["host"] for row in days]
    assert len(set(hosts)) == len(hosts) and "2418" not in hosts
    assert all(row["event_id"] == f"{row['date']}-{row['event_type']}" for row in read(north_dir, "events"))


def test_a_reference_event_outside_the_scope_gets_no_attendance(tmp_path):
    write_sample(tmp_path, Scope(("24",), 2012, 2026, 2016, 2025))
    attended = {row["event_id"] for row in read(tmp_path, "attendance")}
    assert INSPIRATION_DAY_2016 in attended and KALIX_MEETING_2017 not in attended
    assert {row["municipality"][:2] for row in read(tmp_path, "attendance")} == {"24"}


def test_small_municipalities_have_at_most_one_and_a_half_fte(north_dir):
    total = defaultdict(float)
    for row in read(north_dir, "staffing"):
        total[(row["municipality"], row["year"])] += float(row["fte"])
    small = small_municipalities()
    assert len(small) > 15
    assert all(fte <= 1.5 + 1e-9 for (code, _), fte in total.items() if code in small)
    assert all(fte > 1.5 for (code, _), fte in total.items() if code == UMEA)


def test_a_shared_post_is_reported_by_both_partners(north_dir):
    shared = {
        (row["municipality"], row["year"], row["role"], row["shared_with"])
        for row in read(north_dir, "staffing")
        if row["shared_with"]
    }
    assert shared
    assert all((partner, year, role, code) in shared for code, year, role, partner in shared)


def test_all_municipalities_covers_the_whole_country(tmp_path):
    write_sample(tmp_path, NORTH, all_municipalities=True)
    assert len({row["municipality"] for row in read(tmp_path, "staffing")}) == 290
    assert {row["municipality"][:2] for row in read(tmp_path, "attendance")} == {"24", "25"}


def test_example_collaborations_do_not_repeat_the_real_ones(north_dir):
    real = {
        frozenset(codes.split(";"))
        for codes in reference.read_reference_csv("collaborations_known.csv")["municipality_codes"]
    }
    rows = read(north_dir, "collaborations")
    assert 4 <= len(rows) <= 6
    assert all(row["collaboration_id"].startswith("ex-") and "Exempeldata" in row["detail"] for row in rows)
    assert not {frozenset(row["municipalities"].split("|")) for row in rows} & real
