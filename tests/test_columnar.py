"""The bulk path (etl.columnar) reads a clean CSV file exactly as the row checker does, and steps aside
for every file that it would not read the same way or that has a problem: then the row checker's
messages are given, never others."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pandas as pd
import pytest

from core.config import EXAMPLE_DIR
from etl import columnar, reference
from etl.readers import Limits, read_sheet
from etl.validate import Context, MunicipalityIndex, validate
from etl.warehouse import staging_frame

# the events the example attendance file speaks of (the example's own and the documented ones)
EVENTS = frozenset(pd.read_csv(EXAMPLE_DIR / "attendance.csv")["event_id"])


def context() -> Context:
    names = reference.all_municipality_names()
    in_scope = names.loc[names["municipality_code"].str[:2].isin(["24", "25"]), "municipality_code"]
    return Context(MunicipalityIndex(names, in_scope), 2012, 2026, EVENTS)


def both(tmp_path: Path, kind: str, raw: bytes, name: str = "f.csv"):
    """(the bulk path's frame or None, the row checker's result) for the same file."""
    path = tmp_path / name
    path.write_bytes(raw)
    bulk = columnar.staging_table(kind, path, raw, context(), Limits())
    checked = validate(kind, read_sheet(path, Limits()), context(), Limits())
    return bulk, checked


def plain(frame: pd.DataFrame) -> list[dict]:
    """A frame's rows as plain Python values (None for missing), whatever its column types."""
    return [
        {
            column: (None if value is None or value is pd.NA or value != value else value)
            for column, value in row.items()
        }
        for row in frame.astype(object).to_dict("records")
    ]


def assert_same(tmp_path, kind: str, raw: bytes) -> list[dict]:
    bulk, checked = both(tmp_path, kind, raw)
    assert not checked.problems, checked.problems
    assert bulk is not None, "the bulk path stepped aside for a clean file"
    frame, ignored = bulk
    assert ignored == checked.ignored_columns
    expected = staging_frame(kind, checked.records)
    assert list(frame.columns) == list(expected.columns)
    assert plain(frame) == plain(expected)
    return plain(frame)


@pytest.mark.parametrize("kind", ["staffing", "events", "attendance", "funding", "law_status"])
def test_every_example_file_is_read_the_same_way(tmp_path, kind):
    assert_same(tmp_path, kind, (EXAMPLE_DIR / f"{kind}.csv").read_bytes())


def test_names_codes_decimal_commas_quotes_and_spaces_are_read_as_the_row_checker_reads_them(tmp_path):
    raw = (
        "\ufeffKommun;År;Roll;Årsarbetare;Finansiering;Delas med;Kommentar\r\n"
        " Malå kommun ;2024;BROTT;0,5;Kommun;;\r\n"
        '2401;2024;andt;1;kommun;Malå;"en rad; två\nrader"\r\n'
        "mala;2025;brott;\u00a00,25 ;;;\r\n"
    ).encode()
    rows = assert_same(tmp_path, "staffing", raw)
    assert rows == [
        {"municipality_code": "2418", "year": 2024, "role": "brott", "fte": 0.5, "funded_by": "kommun",
         "shared_with_code": None, "source_row": 2},
        {"municipality_code": "2401", "year": 2024, "role": "andt", "fte": 1.0, "funded_by": "kommun",
         "shared_with_code": "2418", "source_row": 3},
        {"municipality_code": "2418", "year": 2025, "role": "brott", "fte": 0.25, "funded_by": None,
         "shared_with_code": None, "source_row": 4},
    ]  # fmt: skip


def test_dates_in_every_accepted_form_and_an_empty_optional_cell(tmp_path):
    raw = (
        "event_id,date,title,event_type,organiser,host,topic,source\n"
        "a,2024-10-17,Träff,nätverksträff,Länsstyrelsen,,andt,\n"
        "b,17/10/2024,Träff 2,nätverksträff,Länsstyrelsen,Arjeplog,bada,https://example.org\n"
    ).encode()
    rows = assert_same(tmp_path, "events", raw)
    assert [row["event_date"] for row in rows] == [dt.date(2024, 10, 17)] * 2
    assert [row["host_code"] for row in rows] == [None, "2506"]
    assert [row["source"] for row in rows] == [None, "https://example.org"]


def test_defaults_are_filled_as_the_row_checker_fills_them(tmp_path):
    raw = b"municipality,year,funder,amount_sek\n2418,2024,kommun,1000\n"
    rows = assert_same(tmp_path, "funding", raw)
    assert rows[0]["area"] == "bada"


HEADER = "event_id,date,title,event_type,organiser,host,topic,source\n"
VALID = "a,2024-10-17,Träff,nätverksträff,Länsstyrelsen,Malå,andt,\n"


@pytest.mark.parametrize(
    "raw",
    [
        HEADER + VALID + "b,2024-10-18,Ring 070-123 45 67,nätverksträff,Länsstyrelsen,Malå,andt,\n",  # phone
        HEADER + VALID + "b,2024-10-18,Träff,nätverksträff,anna@example.org,Malå,andt,\n",  # e-mail
        HEADER + VALID + "b,2024-10-18,Träff 19800101-1234,nätverksträff,L,Malå,andt,\n",  # personnummer
        "event_id,date,title,event_type,organiser,host,topic,source,E-post\n" + VALID.strip() + ",\n",  # column
        HEADER + VALID + VALID,  # the same key twice
        HEADER + VALID + "b,2031-01-01,Träff,nätverksträff,L,Malå,andt,\n",  # a year outside the scope
        HEADER + VALID + "b,2024-10-18,Träff,nätverksträff,L,Stockholm,andt,\n",  # a municipality outside
        HEADER + VALID + "b,2024-10-18,,nätverksträff,L,Malå,andt,\n",  # a required cell empty
        HEADER + VALID + "b,2024-10-18,Träff,nätverksträff,L,Malå,andt,,extra\n",  # a row too wide
        HEADER + VALID + "b,2024-10-18,Träff,nätverksträff,L,Malå,andt\n",  # a row too short: padded
        HEADER + VALID + "\n" + VALID.replace("a,", "b,"),  # a blank line: numbers count it
        HEADER + VALID + ",,,,,,,\n" + VALID.replace("a,", "b,"),  # a row of separators only
        HEADER + VALID + "b,2024-10-18," + "x" * 1001 + ",nätverksträff,L,Malå,andt,\n",  # a cell too long
    ],
)
def test_the_bulk_path_steps_aside_where_the_row_checker_speaks(tmp_path, raw):
    bulk, checked = both(tmp_path, "events", raw.encode())
    assert bulk is None


def test_a_file_in_another_encoding_or_a_workbook_is_read_row_by_row(tmp_path):
    latin = (HEADER + VALID).encode("cp1252")
    assert both(tmp_path, "events", latin)[0] is None
    assert both(tmp_path, "events", (HEADER + VALID).encode("utf-16"))[0] is None
    assert columnar.staging_table("events", tmp_path / "f.xlsx", b"PK", context(), Limits()) is None
    # a collaboration's member list is read row by row
    assert columnar.staging_table("collaborations", tmp_path / "c.csv", b"x\n1\n", context(), Limits()) is None


def test_more_rows_than_the_limit_are_left_to_the_row_reader_to_refuse(tmp_path):
    raw = (HEADER + VALID + VALID.replace("a,", "b,")).encode()
    path = tmp_path / "f.csv"
    path.write_bytes(raw)
    assert columnar.staging_table("events", path, raw, context(), Limits(max_rows=1)) is None
    assert columnar.staging_table("events", path, raw, context(), Limits(max_rows=2)) is not None


def test_a_clean_file_is_loaded_without_the_row_checker_and_a_bad_one_is_named_by_it(
    fixture_workspace, tmp_path, monkeypatch
):
    from etl import build

    row_checked = []
    monkeypatch.setattr(build, "validate", lambda *args, **kw: row_checked.append(1) or validate(*args, **kw))
    clean = tmp_path / "clean.csv"
    clean.write_text(HEADER + VALID.replace("a,", "bulk-1,"), encoding="utf-8")
    result = build.load_file(fixture_workspace, "events", clean, author="test")
    assert result.ok and result.rows == 1 and row_checked == []
    bad = tmp_path / "bad.csv"
    bad.write_text(HEADER + VALID.replace("a,", "bulk-2,").replace("Malå", "Atlantis"), encoding="utf-8")
    result = build.load_file(fixture_workspace, "events", bad, author="test")
    assert row_checked == [1]
    assert [(p.row, p.column, p.key) for p in result.problems] == [(2, "host", "etl.err.unknown_municipality")]


@pytest.mark.parametrize(
    "title, read",
    [
        ('Träff a"b', 'Träff a"b'),  # a quote inside a cell is a character
        ('"Träff ""A"""', 'Träff "A"'),  # doubled quotes inside quotes
        ('"Träff" A', "Träff A"),  # text after the closing quote is kept
        ('"Träff, A"', "Träff, A"),  # a separator inside quotes
        ('"Träff\nA"', "Träff\nA"),  # a line break inside quotes: one row
    ],
)
def test_quotes_are_read_as_the_row_reader_reads_them(tmp_path, title, read):
    raw = (HEADER + f"a,2024-10-17,{title},nätverksträff,L,Malå,andt,\n").encode()
    assert [row["title"] for row in assert_same(tmp_path, "events", raw)] == [read]
