"""SCB's population per municipality as Statistikdatabasen (PxWeb) exports it, read by etl/scb.py and
loaded with `python -m etl load population FILE`.

tests/fixtures/scb/ holds the CSV shapes byte for byte as PxWeb writes them (made-up numbers): the
comma-separated export with a title line, the variables ålder and kön and a note below (Windows-1252,
CRLF), and the semicolon-separated `region;2024` one (UTF-8 with BOM). The XLSX is written here."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pandas as pd
import pytest

from etl.__main__ import main
from etl.build import load_file
from etl.reference import all_municipality_names
from etl.scb import looks_like_scb, read_scb_population

SCB = Path(__file__).parent / "fixtures" / "scb"
WITH_SEXES = SCB / "BE0101N1_folkmangd_kommun.csv"
SEMICOLON = SCB / "folkmangd_per_kommun_2024.csv"
TITLE = "Folkmängden efter region, civilstånd, ålder och kön. År"


@pytest.fixture(scope="module")
def names() -> pd.DataFrame:
    return all_municipality_names()


def rows(db: Path, sql: str) -> list[tuple]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def as_tuples(frame: pd.DataFrame) -> list[tuple]:
    return list(frame[["municipality_code", "year", "population"]].itertuples(index=False, name=None))


def test_the_fixtures_are_pxwebs_bytes():
    raw = WITH_SEXES.read_bytes()
    assert raw.startswith(b'"Folkm\xe4ngden efter region') and b"\r\n" in raw  # Windows-1252, CRLF
    assert b'"region","\xe5lder","k\xf6n","2023","2024"\r\n' in raw
    assert SEMICOLON.read_bytes().startswith(b'\xef\xbb\xbfregion;2024\r\n"0114 Upplands V\xc3\xa4sby";47820\r\n')


def test_a_table_by_sex_is_summed_and_the_country_and_counties_skipped(names):
    read = read_scb_population(WITH_SEXES, names)
    assert read.problems == []
    assert as_tuples(read.frame) == [
        ("0114", 2023, 47500),
        ("0114", 2024, 47820),
        ("2418", 2023, 2950),
        ("2418", 2024, 2950),
        ("2505", 2023, 6090),
        ("2505", 2024, 6050),
    ]
    assert (read.skipped_totals, read.skipped_missing) == (4, 0)  # Riket and Västerbotten, two rows each
    assert set(read.frame["quality"]) == {"primary"}
    assert set(read.frame["source"]) == {f"SCB, {TITLE} (BE0101N1_folkmangd_kommun.csv)"}


def test_the_semicolon_export(names):
    read = read_scb_population(SEMICOLON, names)
    assert read.problems == []
    assert as_tuples(read.frame) == [
        ("0114", 2024, 47820),
        ("2303", 2024, 5350),
        ("2418", 2024, 2950),
        ("2505", 2024, 6050),
    ]
    # no title line: the source names the table
    assert read.frame["source"][0] == (
        "SCB, Folkmängden efter region, civilstånd, ålder och kön. År (BE0101N1) (folkmangd_per_kommun_2024.csv)"
    )


def test_the_xlsx_export_with_title_rows_and_notes(names, tmp_path):
    import openpyxl

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["Folkmängden efter region och år"])
    sheet.append([])
    sheet.append([None, "Folkmängd 2023", "Folkmängd 2024"])
    sheet.append(["0114 Upplands Väsby", 47500, 47820])
    sheet.append(["2418 Malå", 2962, 2950])
    sheet.append(["2505 Arvidsjaur", 6113, ".."])
    sheet.append([])
    sheet.append(["Källa: SCB"])
    sheet.append(["Senast uppdaterad: 2025-02-21"])
    path = tmp_path / "BE0101N1.xlsx"
    workbook.save(path)
    read = read_scb_population(path, names)
    assert read.problems == []
    assert as_tuples(read.frame) == [
        ("0114", 2023, 47500),
        ("0114", 2024, 47820),
        ("2418", 2023, 2962),
        ("2418", 2024, 2950),
        ("2505", 2023, 6113),
    ]
    assert read.skipped_missing == 1  # '..': SCB has no figure, none is made up
    assert read.frame["source"][0] == "SCB, Folkmängden efter region och år (BE0101N1.xlsx)"
    assert looks_like_scb(path)


def test_the_year_as_a_row_variable(names, tmp_path):
    path = tmp_path / "folkmangd.csv"
    path.write_text(
        '"region","år","Folkmängd"\n"2418 Malå","2023",2962\n"2418 Malå","2024",2950\n"Malå","2022",2990\n',
        encoding="utf-8",
    )
    read = read_scb_population(path, names)
    assert read.problems == []
    assert as_tuples(read.frame) == [("2418", 2022, 2990), ("2418", 2023, 2962), ("2418", 2024, 2950)]


def messages(read, name: str) -> list[str]:
    return [problem.message(name, "sv") for problem in read.problems]


def test_a_table_split_by_age_or_with_bad_values_is_refused_naming_row_and_column(names, tmp_path):
    path = tmp_path / "split.csv"
    path.write_text(
        '"region","ålder","2024"\n'
        '"2418 Malå","0 år",20\n'
        '"9999 Ingenstans","totalt ålder",100\n'
        '"2505 Arvidsjaur","totalt ålder","sex tusen"\n'
        '"Storstad","totalt ålder",130000\n',
        encoding="utf-8",
    )
    read = read_scb_population(path, names)
    assert read.frame.empty
    assert messages(read, "split.csv") == [
        'split.csv, rad 2, kolumn "ålder": tabellen delar befolkningen efter ålder ("0 år"): välj "totalt" för ålder '
        "eller låt bli att välja variabeln när du laddar ned",
        'split.csv, rad 3, kolumn "region": okänd kommunkod i "9999 Ingenstans"',
        'split.csv, rad 4, kolumn "2024": "sex tusen" är inget antal (skriv ett heltal, t.ex. 12 345)',
        'split.csv, rad 5, kolumn "region": okänd kommun "Storstad"',
    ]


def test_one_sex_only_is_refused(names, tmp_path):
    path = tmp_path / "men.csv"
    path.write_text('"region","kön","2024"\n"2418 Malå","män",1510\n', encoding="utf-8")
    assert messages(read_scb_population(path, names), "men.csv") == [
        'men.csv, rad 2, kolumn "2024": Malå 2024 har bara ett kön: välj både män och kvinnor, eller låt bli att '
        "välja kön"
    ]


def test_the_template_is_not_taken_for_scbs_table(tmp_path):
    template = tmp_path / "befolkning.csv"
    template.write_text("kommun;år;folkmängd;källa\nMalå;2024;2950;SCB\n", encoding="utf-8")
    assert not looks_like_scb(template)
    assert looks_like_scb(WITH_SEXES) and looks_like_scb(SEMICOLON)


def test_load_population_on_the_command_line(fixture_warehouse, fixture_workspace, monkeypatch, capsys):
    monkeypatch.setenv("PREVCAP_DB", str(fixture_warehouse))
    monkeypatch.setenv("PREVCAP_LEDGER", str(fixture_workspace.ledger))
    assert main(["load", "population", str(WITH_SEXES)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == (
        "BE0101N1_folkmangd_kommun.csv: SCB:s tabell, 6 värden (kommun och år); 4 rader för riket eller län och "
        "0 saknade värden (..) hoppades över."
    )
    # Upplands Väsby is outside the two counties
    assert out[1] == "2 rader för kommuner eller år utanför lagret togs inte med (originalfilen har dem)."
    assert out[2].startswith("BE0101N1_folkmangd_kommun.csv: 4 rader inlästa som population")
    assert rows(
        fixture_warehouse,
        "select municipality_code, year, population, origin from staging.population "
        "where municipality_code in ('2418', '2505') and year between 2023 and 2024 order by 1, 2",
    ) == [
        ("2418", 2023, 2950, "loaded"),
        ("2418", 2024, 2950, "loaded"),
        ("2505", 2023, 6090, "loaded"),
        ("2505", 2024, 6050, "loaded"),
    ]
    # the marts divide by the loaded population: Malå 0.5 + 0.25 FTE in 2024 over 2 950 inhabitants
    (fte_per_10k,) = rows(
        fixture_warehouse,
        "select fte_per_10k from marts.municipality_year where municipality_code = '2418' and year = 2024",
    )[0]
    assert fte_per_10k == pytest.approx(0.75 / 2950 * 10000)


def test_a_refused_table_loads_nothing(fixture_warehouse, fixture_workspace, tmp_path):
    before = rows(fixture_warehouse, "select * exclude (batch_id) from staging.population order by all")
    path = tmp_path / "split.csv"
    path.write_text('"region","civilstånd","2024"\n"2418 Malå","gifta",1200\n"2505 Arvidsjaur","totalt",6050\n')
    result = load_file(fixture_workspace, "population", path, author="test")
    assert [problem.key for problem in result.problems] == ["public.err.scb_split"]
    assert rows(fixture_warehouse, "select * exclude (batch_id) from staging.population order by all") == before
