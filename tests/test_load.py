"""`python -m etl load`: what Swedish offices produce loads; every bad input is refused
with file, row and column named, and the warehouse stays exactly as it was."""

from __future__ import annotations

import hashlib
import subprocess
import sys
from pathlib import Path

import duckdb
import openpyxl
import pytest

from core.config import ROOT, TEMPLATE_DIR
from etl.__main__ import main
from etl.build import load_file


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def write(tmp_path: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def rows(db: Path, sql: str, params=()):
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql, list(params)).fetchall()
    finally:
        con.close()


def rejected(ws, kind: str, path: Path, lang: str = "sv") -> list[str]:
    """Load a bad file; assert nothing changed, in the warehouse or the ledger; return the messages."""
    before = digest(ws.warehouse)
    ledger_before = ws.ledger.exists() and digest(ws.ledger)
    result = load_file(ws, kind, path)
    assert not result.ok
    assert digest(ws.warehouse) == before, "the warehouse changed although the load was refused"
    assert (ws.ledger.exists() and digest(ws.ledger)) == ledger_before, (
        "the ledger changed although the load was refused"
    )
    return [problem.message(path.name, lang) for problem in result.problems]


# --- what loads ----------------------------------------------------------------------


def test_swedish_excel_csv_loads(fixture_workspace, fixture_warehouse, tmp_path):
    # semicolons, decimal comma, Swedish headers, names without accents, Windows-1252
    path = write(
        tmp_path,
        "bemanning.csv",
        "Kommun;År;Roll;Årsarbetare;Finansiär\r\n"
        "mala;2025;ANDT-samordnare;0,75;Kommunen\r\n"
        "Arvidsjaur kommun;2025;Brottsförebyggande samordnare;1,5;Länsstyrelsen\r\n",
        "cp1252",
    )
    result = load_file(fixture_workspace, "staffing", path)
    assert result.ok, [p.message(path.name) for p in result.problems]
    assert (result.rows, result.new, result.replaced) == (2, 2, 0)
    assert rows(
        fixture_warehouse,
        "select municipality_code, role, fte, funded_by, origin, source_file "
        "from staging.staffing where year = 2025 order by 1",
    ) == [
        ("2418", "andt", 0.75, "kommun", "loaded", "bemanning.csv"),
        ("2505", "brott", 1.5, "lansstyrelsen", "loaded", "bemanning.csv"),
    ]
    # the mart follows: Malå 2025 has no 2025 population figure, so 2024's (2962) is carried forward
    assert rows(
        fixture_warehouse,
        "select fte_total, population, population_carried "
        "from marts.municipality_year where municipality_code = '2418' and year = 2025",
    ) == [(0.75, 2962, True)]


def test_utf8_bom_comma_and_codes(fixture_workspace, fixture_warehouse, tmp_path):
    path = write(tmp_path, "funding.csv", '\ufeffKommunkod,År,Källa,Område,Belopp\n2418,2024,Brå,brott,"12 500,50"\n')
    result = load_file(fixture_workspace, "funding", path)
    assert result.ok
    assert rows(fixture_warehouse, "select amount_sek from staging.funding where funder = 'bra'") == [(12500.5,)]


def test_loading_the_same_file_twice_changes_nothing(fixture_workspace, fixture_warehouse, tmp_path):
    path = write(tmp_path, "staffing.csv", "municipality;year;role;fte\nMalå;2024;brott;1,0\n")
    first = load_file(fixture_workspace, "staffing", path)
    # Malå 2024 brott existed (example data): replaced, not doubled; the example's andt row of the
    # same municipality and year steps aside
    assert (first.new, first.replaced, first.unchanged, first.stepped_aside) == (0, 1, 0, 1)
    dump = "select * exclude (batch_id) from staging.staffing order by all"
    before = rows(fixture_warehouse, dump)
    second = load_file(fixture_workspace, "staffing", path)
    assert (second.new, second.replaced, second.unchanged, second.stepped_aside) == (0, 0, 1, 0)
    assert rows(fixture_warehouse, dump) == before
    assert rows(
        fixture_warehouse,
        "select fte_total from marts.municipality_year where municipality_code = '2418' and year = 2024",
    ) == [(1.0,)]


def test_xlsx_loads(fixture_workspace, fixture_warehouse, tmp_path):
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["Kommun", "År", "Folkmängd", "Källa"])
    sheet.append(["Malå", 2025, 2930, "SCB 2025"])
    path = tmp_path / "befolkning.xlsx"
    workbook.save(path)
    result = load_file(fixture_workspace, "population", path)
    assert result.ok, [p.message(path.name) for p in result.problems]
    assert rows(
        fixture_warehouse,
        "select population, source, origin from staging.population where municipality_code = '2418' and year = 2025",
    ) == [(2930, "SCB 2025", "loaded")]


@pytest.mark.parametrize(
    "kind", ["staffing", "events", "attendance", "funding", "collaborations", "population", "law_status"]
)
def test_each_template_loads(fixture_workspace, fixture_warehouse, kind):
    path = TEMPLATE_DIR / f"{kind}.csv"
    result = load_file(fixture_workspace, kind, path)
    assert result.ok, [p.message(path.name) for p in result.problems]
    assert result.rows == 1


def test_templates_are_up_to_date():
    from etl.templates import template_text

    for path in TEMPLATE_DIR.glob("*.csv"):
        assert path.read_bytes().decode("utf-8-sig") == template_text(path.stem)


# --- what is refused ------------------------------------------------------------------


def test_unknown_municipality(fixture_workspace, fixture_warehouse, tmp_path):
    path = write(tmp_path, "s.csv", "Kommun;År;Roll;Årsarbetare\nMalå;2024;brott;1\nGotham;2024;brott;1\n")
    assert rejected(fixture_workspace, "staffing", path) == ['s.csv, rad 3, kolumn "Kommun": okänd kommun "Gotham"']


def test_near_miss_gets_did_you_mean(fixture_workspace, fixture_warehouse, tmp_path):
    path = write(tmp_path, "s.csv", "Kommun;År;Roll;Årsarbetare\nMalaa;2024;brott;1\n")
    assert rejected(fixture_workspace, "staffing", path) == [
        's.csv, rad 2, kolumn "Kommun": okänd kommun "Malaa" – menade du Malå?'
    ]


def test_municipality_outside_the_counties(fixture_workspace, fixture_warehouse, tmp_path):
    path = write(tmp_path, "s.csv", "Kommun;År;Roll;Årsarbetare\nStockholm;2024;brott;1\n")
    assert rejected(fixture_workspace, "staffing", path) == [
        's.csv, rad 2, kolumn "Kommun": Stockholm ("Stockholm") ingår inte i lagrets län (se prevcap.toml)'
    ]


def test_year_out_of_range(fixture_workspace, fixture_warehouse, tmp_path):
    path = write(tmp_path, "s.csv", "Kommun;År;Roll;Årsarbetare\nMalå;1999;brott;1\n")
    assert rejected(fixture_workspace, "staffing", path) == [
        's.csv, rad 2, kolumn "År": året "1999" ligger utanför 2012–2026'
    ]


def test_non_numeric_value(fixture_workspace, fixture_warehouse, tmp_path):
    path = write(tmp_path, "s.csv", "Kommun;År;Roll;Årsarbetare\nMalå;2024;brott;en halv\n")
    assert rejected(fixture_workspace, "staffing", path) == [
        's.csv, rad 2, kolumn "Årsarbetare": "en halv" är inte ett tal'
    ]


def test_negative_value(fixture_workspace, fixture_warehouse, tmp_path):
    path = write(tmp_path, "f.csv", "Kommun;År;Källa;Belopp\nMalå;2024;Brå;-5000\n")
    assert rejected(fixture_workspace, "funding", path) == ['f.csv, rad 2, kolumn "Belopp": "-5000" är negativt']


def test_absurd_fte(fixture_workspace, fixture_warehouse, tmp_path):
    path = write(tmp_path, "s.csv", "Kommun;År;Roll;Årsarbetare\nMalå;2024;brott;25\n")
    assert rejected(fixture_workspace, "staffing", path) == [
        's.csv, rad 2, kolumn "Årsarbetare": "25" årsarbetare är orimligt (högst 20)'
    ]


def test_absurd_participants(fixture_workspace, fixture_warehouse, tmp_path):
    path = write(tmp_path, "a.csv", "Evenemang;Kommun;Deltagare\n2024-10-17-inspirationsdag;Malå;6000\n")
    assert rejected(fixture_workspace, "attendance", path) == [
        'a.csv, rad 2, kolumn "Deltagare": "6000" deltagare är orimligt (högst 5 000)'
    ]


def test_duplicate_key_inside_the_file(fixture_workspace, fixture_warehouse, tmp_path):
    path = write(
        tmp_path,
        "s.csv",
        "Kommun;År;Roll;Årsarbetare\nMalå;2024;brott;1\nSorsele;2024;andt;1\n"
        "mala;2024;Brottsförebyggande samordnare;0,5\n",
    )
    assert rejected(fixture_workspace, "staffing", path) == [
        "s.csv, rad 4: raden har samma nyckel (Kommun, År, Roll) som rad 2"
    ]


def test_attendance_at_unknown_event(fixture_workspace, fixture_warehouse, tmp_path):
    path = write(
        tmp_path, "a.csv", "Evenemang;Kommun;Deltagare\n2024-10-18-inspirationsdag;Malå;3\nokänt-möte;Malå;3\n"
    )
    assert rejected(fixture_workspace, "attendance", path) == [
        'a.csv, rad 2, kolumn "Evenemang": evenemanget "2024-10-18-inspirationsdag" finns inte i lagret – '
        "menade du 2024-10-17-inspirationsdag?",
        'a.csv, rad 3, kolumn "Evenemang": evenemanget "okänt-möte" finns inte i lagret; läs in evenemangen först',
    ]


def test_missing_required_column(fixture_workspace, fixture_warehouse, tmp_path):
    path = write(tmp_path, "s.csv", "Kommun;År;Roll\nMalå;2024;brott\n")
    assert rejected(fixture_workspace, "staffing", path) == [
        's.csv, rad 1, kolumn "fte": obligatorisk kolumn saknas '
        "(godtagna rubriker: fte, årsarbetare, heltidsekvivalenter, tjänstgöringsgrad, åa)"
    ]


def test_empty_file(fixture_workspace, fixture_warehouse, tmp_path):
    path = write(tmp_path, "tom.csv", "")
    assert rejected(fixture_workspace, "staffing", path) == ["tom.csv: filen är tom"]


def test_header_without_rows(fixture_workspace, fixture_warehouse, tmp_path):
    path = write(tmp_path, "rubriker.csv", "Kommun;År;Roll;Årsarbetare\n")
    assert rejected(fixture_workspace, "staffing", path) == ["rubriker.csv: filen har rubriker men inga rader"]


def test_unreadable_file(fixture_workspace, fixture_warehouse, tmp_path):
    path = tmp_path / "trasig.xlsx"
    path.write_bytes(b"PK\x03\x04 this is not really a workbook")
    messages = rejected(fixture_workspace, "staffing", path)
    assert len(messages) == 1 and messages[0].startswith("trasig.xlsx: filen går inte att läsa")


def test_personal_identity_numbers_are_refused(fixture_workspace, fixture_warehouse, tmp_path):
    path = write(
        tmp_path, "a.csv", "Evenemang;Kommun;Deltagare;Kontakt\n2024-10-17-inspirationsdag;Malå;3;19121212-1212\n"
    )
    assert rejected(fixture_workspace, "attendance", path) == [
        'a.csv, rad 2, kolumn "Kontakt": cellen innehåller ett personnummer; personuppgifter tas inte emot. '
        "Hela filen avvisas"
    ]


def test_name_column_is_refused(fixture_workspace, fixture_warehouse, tmp_path):
    path = write(tmp_path, "a.csv", "Evenemang;Kommun;Deltagare;Namn\n2024-10-17-inspirationsdag;Malå;1;Anna\n")
    messages = rejected(fixture_workspace, "attendance", path)
    assert messages == [
        'a.csv, rad 1, kolumn "Namn": kolumnen ser ut att innehålla personuppgifter; prevcap tar '
        "bara emot antal, aldrig namn eller kontaktuppgifter. Ta bort kolumnen"
    ]


def test_all_problems_reported_at_once_in_english(fixture_workspace, fixture_warehouse, tmp_path):
    path = write(tmp_path, "s.csv", "Kommun;År;Roll;Årsarbetare\nGotham;2024;brott;1\nMalå;2031;brott;x\n")
    assert rejected(fixture_workspace, "staffing", path, lang="en") == [
        's.csv, row 2, column "Kommun": unknown municipality "Gotham"',
        's.csv, row 3, column "År": year "2031" is outside 2012–2026',
        's.csv, row 3, column "Årsarbetare": "x" is not a number',
    ]


# --- the command line -----------------------------------------------------------------


def test_cli_exit_status_and_messages(fixture_workspace, fixture_warehouse, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("PREVCAP_DB", str(fixture_warehouse))
    bad = write(tmp_path, "s.csv", "Kommun;År;Roll;Årsarbetare\nMalå;2024;brott;-1\n")
    assert main(["load", "staffing", str(bad)]) == 1
    err = capsys.readouterr().err
    assert 's.csv, rad 2, kolumn "Årsarbetare": "-1" är negativt' in err
    assert "ingenting lästes in; liggaren och lagret är oförändrade" in err
    assert main(["--lang", "en", "load", "staffing", str(bad)]) == 1
    assert "nothing was loaded; the ledger and the warehouse are unchanged" in capsys.readouterr().err
    good = write(tmp_path, "ok.csv", "Kommun;År;Roll;Årsarbetare\nMalå;2025;brott;1\n")
    assert main(["load", "staffing", str(good)]) == 0
    assert capsys.readouterr().out == (
        "ok.csv: 1 rader inlästa som staffing, sats 1 i liggaren (1 nya, 0 ersatta, 0 oförändrade).\n"
    )
    assert main(["check"]) == 0


def test_cli_as_a_process(fixture_workspace, fixture_warehouse, tmp_path):
    bad = write(tmp_path, "s.csv", "Kommun;År;Roll;Årsarbetare\nMalå;2024;brott;-1\n")
    process = subprocess.run(
        [sys.executable, "-m", "etl", "load", "staffing", str(bad)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={"PREVCAP_DB": str(fixture_warehouse), "PREVCAP_LEDGER": str(tmp_path / "l.duckdb"), "PATH": ""},
    )
    assert process.returncode == 1
    assert '"-1" är negativt' in process.stderr


# --- numbers read strictly -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, column, value",
    [
        ("1,5", "fte", 1.5),
        ("1.5", "fte", 1.5),
        ("0,75", "fte", 0.75),
        ("1500,5", "amount_sek", 1500.5),
        ("1 500,50", "amount_sek", 1500.5),
        ("150 000", "amount_sek", 150000.0),
        ("150\u00a0000 kr", "amount_sek", 150000.0),
        ("1\u202f500", "amount_sek", 1500.0),
        ("12 500 000", "amount_sek", 12500000.0),
        ("0,500", "amount_sek", 0.5),
        ("1,500", "fte", 1.5),  # 1 500 FTE is absurd: only 1,5 is possible
        ("2024", "year", 2024.0),
    ],
)
def test_numbers_swedish_files_write_are_read(text, column, value):
    from etl.kinds import KINDS
    from etl.validate import parse_number

    kind = next(k for k in KINDS.values() if column in [c.name for c in k.columns])
    assert parse_number(text, kind.column(column)) == value


@pytest.mark.parametrize(
    "text, key",
    [
        ("1,500.50", "etl.err.mixed_separators"),
        ("1.500,50", "etl.err.mixed_separators"),
        ("150.000", "etl.err.ambiguous_number"),
        ("1,500", "etl.err.ambiguous_number"),
        ("1.500.000", "etl.err.ambiguous_separators"),
        ("1,500,000", "etl.err.ambiguous_separators"),
    ],
)
def test_ambiguous_amounts_are_refused(text, key):
    from etl.kinds import KINDS
    from etl.validate import AmbiguousNumber, parse_number

    with pytest.raises(AmbiguousNumber) as refused:
        parse_number(text, KINDS["funding"].column("amount_sek"))
    assert refused.value.key == key


@pytest.mark.parametrize("text", ["en halv", "1 50", "12 34,5", "1,5e3", "0x10", "--1", "1,"])
def test_what_is_no_number_at_all(text):
    from etl.validate import parse_number

    assert parse_number(text) is None


def test_an_ambiguous_amount_names_row_column_and_the_accepted_forms(fixture_workspace, tmp_path):
    path = write(tmp_path, "f.csv", "Kommun;År;Källa;Belopp\nMalå;2024;Brå;150.000\nMalå;2024;Kommunen;1,500.50\n")
    assert rejected(fixture_workspace, "funding", path) == [
        'f.csv, rad 2, kolumn "Belopp": "150.000" kan läsas både som 150,000 och som 150 000; skriv tusental med '
        "mellanslag eller utan avgränsare (1 500 eller 1500) och decimaler med komma (1,5)",
        'f.csv, rad 3, kolumn "Belopp": "1,500.50" blandar punkt och komma, så det går inte att veta vilket som är '
        "decimaltecknet; skriv till exempel 1 500,50 eller 1500,5",
    ]


def test_a_population_of_zero_is_refused_by_row_and_column_not_by_the_database(fixture_workspace, tmp_path):
    path = write(tmp_path, "p.csv", "Kommun;År;Folkmängd;Källa\nMalå;2024;0;SCB\n")
    assert rejected(fixture_workspace, "population", path) == [
        'p.csv, rad 2, kolumn "Folkmängd": "0" är för litet (minst 1)'
    ]


def test_utf16_from_excels_unicode_text_is_read(fixture_workspace, fixture_warehouse, tmp_path):
    # Excel's "Unicode text": UTF-16 little endian with a byte-order mark, tab-separated
    path = tmp_path / "bemanning.txt"
    path.write_bytes("Kommun\tÅr\tRoll\tÅrsarbetare\r\nMalå\t2025\tbrott\t0,5\r\n".encode("utf-16"))
    result = load_file(fixture_workspace, "staffing", path)
    assert result.ok, [p.message(path.name) for p in result.problems]
    assert rows(
        fixture_warehouse, "select fte from staging.staffing where municipality_code = '2418' and year = 2025"
    ) == [(0.5,)]


def test_habo_and_habo_are_two_municipalities():
    # Håbo (0305) and Habo (0643) are one word without accents: with accents each is itself, and
    # without them neither is guessed
    from etl import reference
    from etl.validate import MunicipalityIndex

    names = reference.all_municipality_names()
    index = MunicipalityIndex(names, names["municipality_code"])
    assert [index.resolve(value)[0] for value in ("Håbo", "HÅBO kommun", "Habo", "habo")] == [
        "0305",
        "0305",
        "0643",
        "0643",
    ]


@pytest.mark.parametrize("year, accepted", [(2011, False), (2012, True), (2026, True), (2027, False)])
def test_the_first_and_the_last_allowed_year_load(fixture_workspace, tmp_path, year, accepted):
    # prevcap.toml: first_year 2012, last_year 2026, both included, for a year column and an event's date
    staffing = write(tmp_path, "s.csv", f"Kommun;År;Roll;Årsarbetare\nMalå;{year};brott;1\n")
    events = write(
        tmp_path,
        "e.csv",
        f"Id;Datum;Titel;Typ;Arrangör;Ämne\nx-{year};{year}-06-01;Möte;nätverksträff;Länsstyrelsen;andt\n",
    )
    assert load_file(fixture_workspace, "staffing", staffing).ok is accepted
    assert load_file(fixture_workspace, "events", events).ok is accepted
