"""Brå's yearly CSV of reported crimes per municipality, in both published shapes.

The fixtures in tests/fixtures/bra/ are written byte for byte by make_fixtures.py; the
figures are invented, the expected values below are read off the fixture rows by hand.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import pytest

from core.i18n import t
from etl.bra import GenitiveNames, read_bra_crimes
from etl.reference import all_municipality_names

FIXTURES = Path(__file__).parent / "fixtures" / "bra"
FILE_2024 = FIXTURES / "Anmälda brott i kommunerna 2024.csv"
FILE_2021 = FIXTURES / "anmalda_brott_kommunerna_2021.csv"
HEADER = "Kommun;Antal;Per 100 000 inv.\r\n"


@pytest.fixture(scope="module")
def names() -> pd.DataFrame:
    return all_municipality_names()


def rows(frame: pd.DataFrame) -> list[tuple]:
    return [
        (code, year, crimes, None if pd.isna(rate) else rate)
        for code, year, crimes, rate in frame[["municipality_code", "year", "reported_crimes", "per_100k"]].itertuples(
            index=False
        )
    ]


def problems(result) -> list[tuple]:
    return [(problem.row, problem.column, problem.key, problem.values) for problem in result.problems]


def write(path: Path, text: str, bom: bool = True) -> Path:
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + text.encode("utf-8"))
    return path


def test_fixtures_are_the_published_bytes():
    raw_2024 = FILE_2024.read_bytes()
    assert raw_2024.startswith(b"\xef\xbb\xbfKommun;Antal;Per 100 000 inv.\r\n")
    assert raw_2024.count(b"\r\n") == 7 and b"\n" not in raw_2024.replace(b"\r\n", b"")
    assert "12\u00a0345".encode() in raw_2024 and b"9 876,5" in raw_2024
    raw_2021 = FILE_2021.read_bytes()
    assert raw_2021.startswith("Arjeplogs kommun;198;".encode()) and not raw_2021.startswith(b"\xef\xbb\xbf")
    assert "Stockholms stad: Rinkeby-Kista".encode() in raw_2021


def test_2024_file_with_header_bom_crlf_and_nbsp(names):
    result = read_bra_crimes(FILE_2024, None, names)
    assert result.problems == []
    assert result.skipped_districts == 0 and result.skipped_totals == 0
    # sorted by code; "12 345" with NBSP, "10 208,3" with NBSP, Malå's empty rate is missing
    assert rows(result.frame) == [
        ("2282", 2024, 1502, 8234.0),  # Kramfors: a name that really ends in s
        ("2418", 2024, 150, None),  # Malå: no rate in the file, missing rather than 0
        ("2480", 2024, 12345, 9876.5),  # Umeå
        ("2482", 2024, 6789, 8765.4),  # Skellefteå
        ("2506", 2024, 214, 7331.5),  # Arjeplog
        ("2580", 2024, 8001, 10208.3),  # Luleå
    ]
    assert list(result.frame.columns) == [
        "municipality_code",
        "year",
        "reported_crimes",
        "per_100k",
        "source",
        "source_file",
    ]
    assert str(result.frame["reported_crimes"].dtype) == "int64"
    assert str(result.frame["per_100k"].dtype) == "Float64"
    assert set(result.frame["source"]) == {"Brå, anmälda brott i kommunerna 2024 (Anmälda brott i kommunerna 2024.csv)"}
    assert set(result.frame["source_file"]) == {"Anmälda brott i kommunerna 2024.csv"}


def test_2021_file_without_header_genitive_names_and_districts(names):
    result = read_bra_crimes(FILE_2021, None, names)
    assert result.problems == []
    # "Stockholms stad: Rinkeby-Kista" and "Göteborgs stad: Angered" are parts of a city
    assert result.skipped_districts == 2
    assert rows(result.frame) == [
        ("0180", 2021, 109876, 11283.4),  # Stockholms stad
        ("1715", 2021, 702, 5851.3),  # Kils kommun -> Kil
        ("1980", 2021, 15432, 10052.6),  # Västerås kommun: ends in s, no genitive s added
        ("2282", 2021, 1498, 8160.9),  # Kramfors kommun
        ("2403", 2021, 61, 2484.7),  # Bjurholms kommun -> Bjurholm
        ("2418", 2021, 143, 4520.0),  # Malå kommun
        ("2480", 2021, 11987, 9655.2),  # Umeå kommun
        ("2506", 2021, 198, 6789.1),  # Arjeplogs kommun -> Arjeplog
    ]
    assert set(result.frame["year"]) == {2021}


def test_every_municipality_is_found_by_its_name_in_the_genitive(names):
    index = GenitiveNames(names)
    for code, name in zip(names["municipality_code"], names["municipality_name"]):
        forms = [name, f"{name} kommun", f"{name}s kommun", f"{name}s stad", name.upper()]
        assert {index.code(form) for form in forms} == {code}, name
    assert index.code("Falu kommun") == "2080"  # Falun's genitive drops the n
    # Håbo and Habo differ only by the ring: compared with accents first, never mixed up
    assert (index.code("Håbo kommun"), index.code("Habo kommun"), index.code("HÅBO")) == ("0305", "0643", "0305")
    assert index.code("Region Gotland") == index.code("Gotland") == "0980"
    assert index.code("Stockholms stad: Rinkeby-Kista") is None
    assert index.is_district("Stockholms stad: Rinkeby-Kista")
    assert index.is_district("Göteborg, Angered")
    assert index.is_district("Rinkeby-Kista stadsdelsområde")
    assert not index.is_district("Umeå, kommun")
    assert not index.is_district("Umeåå kommun")


def test_year_from_the_argument_when_the_name_has_none(names, tmp_path):
    copy = shutil.copy(FILE_2024, tmp_path / "brott.csv")
    result = read_bra_crimes(Path(copy), 2024, names)
    assert result.problems == []
    assert set(result.frame["year"]) == {2024} and len(result.frame) == 6
    assert set(result.frame["source"]) == {"Brå, anmälda brott i kommunerna 2024 (brott.csv)"}


def test_without_a_year_or_with_a_conflicting_one_nothing_is_read(names, tmp_path):
    copy = Path(shutil.copy(FILE_2024, tmp_path / "brott.csv"))
    result = read_bra_crimes(copy, None, names)
    assert problems(result) == [(None, None, "public.err.no_year", {})]
    assert result.frame.empty and list(result.frame.columns)[0] == "municipality_code"

    conflict = read_bra_crimes(FILE_2024, 2023, names)
    assert problems(conflict) == [(None, None, "public.err.year_conflict", {"year": 2023, "in_name": 2024})]
    assert conflict.frame.empty

    both = Path(shutil.copy(FILE_2024, tmp_path / "brott 2015-2024.csv"))
    assert problems(read_bra_crimes(both, None, names)) == [
        (None, None, "public.err.year_ambiguous", {"years": "2015, 2024"})
    ]
    assert read_bra_crimes(both, 2024, names).problems == []
    assert problems(read_bra_crimes(copy, 1999, names)) == [(None, None, "public.err.bad_year", {"value": 1999})]


def test_bad_numbers_and_unknown_names_are_problems_with_row_and_column(names, tmp_path):
    path = write(
        tmp_path / "Anmälda brott i kommunerna 2023.csv",
        HEADER
        + (
            "Umeå;12 34x;9 876,5\r\n"  # row 2: not a count
            "Skelleftå;6 789;8 765,4\r\n"  # row 3: misspelt, a close match exists
            "Luleå;8 001;10.208,3\r\n"  # row 4: not a Swedish rate
            "Arjeplog;;7 331,5\r\n"  # row 5: count missing
            "Atlantis;5;1,0\r\n"  # row 6: no close match
            "Malå;12,5;\r\n"  # row 7: a count is whole
            "Arjeplog;214;7 331,5\r\n"  # row 8: Arjeplog again (row 5 had a problem, still its row)
        ),
    )
    result = read_bra_crimes(path, None, names)
    assert problems(result) == [
        (2, "Antal", "public.err.bad_count", {"value": "12 34x"}),
        (3, "Kommun", "public.err.unknown_municipality_hint", {"value": "Skelleftå", "suggestion": "Skellefteå"}),
        (4, "Per 100 000 inv.", "public.err.bad_rate", {"value": "10.208,3"}),
        (5, "Antal", "public.err.missing_value", {}),
        (6, "Kommun", "public.err.unknown_municipality", {"value": "Atlantis"}),
        (7, "Antal", "public.err.bad_count", {"value": "12,5"}),
        (8, "Kommun", "public.err.duplicate_municipality", {"name": "Arjeplog", "other": 5}),
    ]
    assert result.frame.empty  # one wrong row and nothing is read
    assert result.problems[0].message(path.name, "sv") == (
        'Anmälda brott i kommunerna 2023.csv, rad 2, kolumn "Antal": '
        '"12 34x" är inget antal (skriv ett heltal, t.ex. 12 345)'
    )
    assert result.problems[1].message(path.name, "en") == (
        'Anmälda brott i kommunerna 2023.csv, row 3, column "Kommun": '
        'unknown municipality "Skelleftå" – did you mean Skellefteå?'
    )


def test_without_a_header_problems_name_the_spreadsheet_column_letters(names, tmp_path):
    path = write(
        tmp_path / "anmalda_brott_kommunerna_2021.csv",
        "Arjeplogs kommun;198;6 789,1\r\nUmeå kommun;11 98 7;9 655,2\r\nUmeåå kommun;1;1\r\n",
        bom=False,
    )
    result = read_bra_crimes(path, None, names)
    assert problems(result) == [
        (2, "B", "public.err.bad_count", {"value": "11 98 7"}),
        (3, "A", "public.err.unknown_municipality_hint", {"value": "Umeåå kommun", "suggestion": "Umeå"}),
    ]


def test_total_rows_are_skipped_and_counted(names, tmp_path):
    path = write(
        tmp_path / "Anmälda brott i kommunerna 2025.csv", HEADER + "Riket;1 470 000;13 900,2\r\nMalå;150;5 000,0\r\n"
    )
    result = read_bra_crimes(path, None, names)
    assert result.problems == [] and result.skipped_totals == 1
    assert rows(result.frame) == [("2418", 2025, 150, 5000.0)]


def test_unreadable_files_are_problems_not_exceptions(names, tmp_path):
    missing = read_bra_crimes(tmp_path / "Anmälda brott i kommunerna 2024.csv", None, names)
    assert problems(missing) == [(None, None, "public.err.no_such_file", {})]
    empty = write(tmp_path / "tom 2024.csv", "", bom=False)
    assert problems(read_bra_crimes(empty, None, names)) == [(None, None, "public.err.empty_file", {})]
    header_only = write(tmp_path / "rubrik 2024.csv", HEADER)
    assert problems(read_bra_crimes(header_only, None, names)) == [(None, None, "public.err.no_rows", {})]
    no_count = write(tmp_path / "utan antal 2024.csv", "Kommun;Per 100 000 inv.\r\nMalå;5,0\r\n")
    assert problems(read_bra_crimes(no_count, None, names)) == [(1, "Antal", "public.err.missing_column", {})]


def test_summary_message_in_both_languages(names):
    result = read_bra_crimes(FILE_2021, None, names)
    values = dict(
        file=FILE_2021.name,
        rows=len(result.frame),
        year=2021,
        districts=result.skipped_districts,
        totals=result.skipped_totals,
    )
    assert t("public.msg.bra_read", "sv", **values) == (
        "anmalda_brott_kommunerna_2021.csv: 8 kommuner för 2021; 2 rader för stadsdelar och 0 summarader hoppades över."
    )
    assert t("public.msg.bra_read", "en", **values) == (
        "anmalda_brott_kommunerna_2021.csv: 8 municipalities for 2021; 2 city-district rows and 0 total rows skipped."
    )
