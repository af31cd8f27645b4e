"""Files that must never load, or load only with care: personal data, ambiguous files, files beyond
the limits. Each is refused with file, row and column named, and nothing changes anywhere."""

from __future__ import annotations

import openpyxl
import pandas as pd
import pytest

from etl.build import load_file
from etl.validate import personal_data_header, personal_data_in_cell
from tests.test_load import rejected, rows, write

PERSONAL_COLUMN = (
    "kolumnen ser ut att innehålla personuppgifter; prevcap tar bara emot antal, aldrig namn eller "
    "kontaktuppgifter. Ta bort kolumnen"
)
PERSONNUMMER = "cellen innehåller ett personnummer; personuppgifter tas inte emot. Hela filen avvisas"
EMAIL = "cellen innehåller en e-postadress; personuppgifter tas inte emot. Hela filen avvisas"
PHONE = "cellen innehåller ett telefonnummer; personuppgifter tas inte emot. Hela filen avvisas"
STAFFING = "Kommun;År;Roll;Årsarbetare"
EVENTS = "Id;Datum;Titel;Typ;Arrangör;Värdkommun;Ämne"


# --- A. personal data ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "header",
    [
        "E-postadress",
        "Mejl",
        "E-post",
        "Telefonnummer",
        "Telefon",
        "Mobilnummer",
        "Mobil",
        "Kontaktperson",
        "Personnummer",
        "Personnr.",
        "Namn",
        "Förnamn",
        "Samordnarens namn",
        "E-mail",
    ],
)
def test_a_personal_data_column_is_refused_even_when_unused(fixture_workspace, tmp_path, header):
    # the cell itself is harmless: the header alone refuses the file, which would otherwise load with
    # the column among "Kolumner som inte används"
    path = write(tmp_path, "s.csv", f"{STAFFING};{header}\nMalå;2025;brott;1;x\n")
    assert rejected(fixture_workspace, "staffing", path) == [f's.csv, rad 1, kolumn "{header}": {PERSONAL_COLUMN}']


@pytest.mark.parametrize(
    "header", ["Kontakt", "Kommentar", "Namn på evenemang", "Kommunens namn", "Webbadress", "Mobila team"]
)
def test_headers_that_name_no_person(header):
    assert not personal_data_header(header)


def test_an_unused_column_without_personal_data_is_listed_as_unused(fixture_workspace, tmp_path):
    path = write(tmp_path, "s.csv", f"{STAFFING};Kommentar\nMalå;2025;brott;1;ny tjänst från 2025-03-01\n")
    result = load_file(fixture_workspace, "staffing", path)
    assert result.ok and result.ignored_columns == ["Kommentar"]


@pytest.mark.parametrize(
    "text, key",
    [
        ("19800101-1234", "etl.err.personnummer"),
        ("198001011234", "etl.err.personnummer"),
        ("19800101 1234", "etl.err.personnummer"),
        ("800101-1234", "etl.err.personnummer"),
        ("8001011234", "etl.err.personnummer"),
        ("Ring 800101-1234", "etl.err.personnummer"),
        ("800161-1234", "etl.err.personnummer"),  # a samordningsnummer: the day plus 60
        ("anna.svensson@mala.se", "etl.err.email_in_cell"),
        ("Frågor till Anna (anna@kommun.se)", "etl.err.email_in_cell"),
        ("070-123 45 67", "etl.err.phone_in_cell"),
        ("+46 70 123 45 67", "etl.err.phone_in_cell"),
        ("090-12 34 56", "etl.err.phone_in_cell"),
        ("0701234567", "etl.err.phone_in_cell"),
        ("ring 0953-140 00", "etl.err.phone_in_cell"),
        # what offices write that is no personal data
        ("2024", None),
        ("2418", None),
        ("0114", None),
        ("2024-10-17", None),
        ("17.10.2024", None),
        ("01-02-2024", None),
        ("20240101-20241231", None),
        ("2024-10-17-inspirationsdag", None),
        ("20 000", None),
        ("12 500 000", None),
        ("1 500,50", None),
        ("150 000 kr", None),
        ("0,5", None),
        ("0.3333333333", None),
        ("2016–2025", None),
        ("Malå|Norsjö|Sorsele", None),
        ("N07402", None),
        ("212000-2411", None),  # a municipality's organisation number: no month 20
        ("19800230-1234", None),  # no 30 February
        ("https://www.mala.se/@kommun", None),
        ("SCB, Folkmängd 31 december 2024", None),
    ],
)
def test_personal_data_in_a_cell(text, key):
    assert personal_data_in_cell(text) == key


@pytest.mark.parametrize(
    "cell, message",
    [
        ("19800101-1234", PERSONNUMMER),
        ("Ring 800101-1234", PERSONNUMMER),
        ("Anmälan till anna.svensson@mala.se", EMAIL),
        ("Info: 070-123 45 67", PHONE),
        ("+46 70 123 45 67", PHONE),
        ("090-12 34 56", PHONE),
    ],
)
def test_personal_data_in_an_event_title_refuses_the_file(fixture_workspace, tmp_path, cell, message):
    path = write(
        tmp_path,
        "e.csv",
        f"{EVENTS}\nx-1;2025-03-01;Träff;nätverksträff;Länsstyrelsen;Malå;andt\n"
        f"x-2;2025-04-01;{cell};nätverksträff;Länsstyrelsen;Malå;andt\n",
    )
    assert rejected(fixture_workspace, "events", path) == [f'e.csv, rad 3, kolumn "Titel": {message}']


def test_personal_data_is_found_in_every_column_and_named_by_row_and_column(fixture_workspace, tmp_path):
    # in an unused column, in the host (a municipality column) and in a column without a header
    path = write(
        tmp_path,
        "e.csv",
        f"{EVENTS};Kommentar;\n"
        "x-1;2025-03-01;Träff;nätverksträff;Länsstyrelsen;Malå;andt;Kontakt 800101-1234;\n"
        "x-2;2025-04-01;Träff;nätverksträff;Länsstyrelsen;070-123 45 67;andt;;\n"
        "x-3;2025-05-01;Träff;nätverksträff;Länsstyrelsen;Malå;andt;;a@b.se\n",
    )
    assert rejected(fixture_workspace, "events", path) == [
        f'e.csv, rad 2, kolumn "Kommentar": {PERSONNUMMER}',
        f'e.csv, rad 3, kolumn "Värdkommun": {PHONE}',
        f'e.csv, rad 4, kolumn "I": {EMAIL}',
    ]


def test_personal_data_in_a_header_cell_is_refused(fixture_workspace, tmp_path):
    path = write(tmp_path, "s.csv", f"{STAFFING};Frågor till anna@mala.se\nMalå;2025;brott;1;x\n")
    assert rejected(fixture_workspace, "staffing", path) == [
        f's.csv, rad 1, kolumn "Frågor till anna@mala.se": {EMAIL}'
    ]


def test_what_offices_write_is_no_personal_data(fixture_workspace, fixture_warehouse, tmp_path):
    # years, municipality codes, dates, amounts with spaces, FTE with a decimal comma, in used and unused columns
    path = write(
        tmp_path,
        "f.csv",
        "Kommunkod;År;Källa;Belopp;Kommentar\n"
        "2418;2025;Länsstyrelsen;20 000;beslut 2024-10-17, dnr 2024-1234, 0,5 åa, 12 500 000 kr totalt\n",
    )
    result = load_file(fixture_workspace, "funding", path)
    assert result.ok, [p.message(path.name) for p in result.problems]
    assert rows(
        fixture_warehouse, "select amount_sek from staging.funding where municipality_code = '2418' and year = 2025"
    ) == [(20000.0,)]


# --- B. ambiguous files --------------------------------------------------------------------------


def test_two_columns_for_the_municipality_are_refused_even_when_they_agree(fixture_workspace, tmp_path):
    path = write(tmp_path, "s.csv", "Kommun;Kommunkod;År;Roll;Årsarbetare\nMalå;2418;2025;brott;1\n")
    assert rejected(fixture_workspace, "staffing", path) == [
        's.csv, rad 1, kolumn "Kommunkod": kolumnen betyder samma sak som kolumnen "Kommun" (kolumnerna A, B); '
        "behåll bara den ena – också när de stämmer överens, eftersom prevcap inte kan veta vilken som gäller"
    ]


def test_a_header_written_twice_is_refused(fixture_workspace, tmp_path):
    # a used column and an unused one
    path = write(tmp_path, "s.csv", f"{STAFFING};År;Kommentar;kommentar\nMalå;2025;brott;1;2024;a;b\n")
    assert rejected(fixture_workspace, "staffing", path) == [
        's.csv, rad 1, kolumn "År": rubriken finns i flera kolumner (B, E); varje rubrik får bara finnas en gång',
        's.csv, rad 1, kolumn "Kommentar": rubriken finns i flera kolumner (F, G); varje rubrik får bara finnas '
        "en gång",
    ]


def test_an_unquoted_decimal_comma_in_a_comma_separated_file_is_named(fixture_workspace, tmp_path):
    path = write(tmp_path, "s.csv", "Kommun,År,Roll,Årsarbetare\nSorsele,2026,andt,1\nMalå,2026,brott,0,5\n")
    assert rejected(fixture_workspace, "staffing", path) == [
        's.csv, rad 3, kolumn "Årsarbetare": raden har 5 celler men rubrikraden bara 4: troligen har talet "0,5" '
        "skrivits med decimalkomma utan citattecken, så att kommat delade det i två celler. Skriv talet inom "
        'citattecken ("0,5"), med decimalpunkt, eller spara filen med semikolon som avgränsare'
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Kommun;År;Roll;Årsarbetare\nMalå;2025;brott;1;extra\n",
        "Kommun,År,Roll,Årsarbetare\nMalå,2025,brott,1,x\n",  # comma-separated, but no number split in two
    ],
)
def test_a_row_longer_than_the_header_is_refused(fixture_workspace, tmp_path, text):
    path = write(tmp_path, "s.csv", text)
    assert rejected(fixture_workspace, "staffing", path) == [
        "s.csv, rad 2: raden har 5 celler men rubrikraden bara 4; värden utan rubrik kan inte läsas in"
    ]


def test_trailing_separators_are_no_extra_cells(fixture_workspace, tmp_path):
    path = write(tmp_path, "s.csv", "Kommun;År;Roll;Årsarbetare\nMalå;2025;brott;1;;\n")
    assert load_file(fixture_workspace, "staffing", path).ok


def _workbook(path, sheets: dict[str, list[list]], hidden_rows=(), hidden_columns=()):
    workbook = openpyxl.Workbook()
    workbook.remove(workbook.active)
    for title, records in sheets.items():
        sheet = workbook.create_sheet(title)
        for record in records:
            sheet.append(record)
    for number in hidden_rows:
        workbook.worksheets[0].row_dimensions[number].hidden = True
    for letter in hidden_columns:
        workbook.worksheets[0].column_dimensions[letter].hidden = True
    workbook.save(path)
    return path


STAFFING_ROWS = [["Kommun", "År", "Roll", "Årsarbetare"], ["Malå", 2025, "brott", 1], ["Sorsele", 2025, "andt", 0.5]]


def test_hidden_rows_of_a_workbook_load_with_a_warning_that_names_them(
    fixture_workspace, fixture_warehouse, tmp_path, monkeypatch, capsys
):
    records = [*STAFFING_ROWS, ["Norsjö", 2025, "brott", 0.25], ["Arjeplog", 2025, "brott", 1]]
    path = _workbook(tmp_path / "b.xlsx", {"Bemanning": records}, hidden_rows=(3, 5))
    result = load_file(fixture_workspace, "staffing", path)
    assert result.ok and result.rows == 4
    assert [w.message(path.name) for w in result.warnings] == [
        "b.xlsx: raderna 3, 5 är dolda i Excel men läses in ändå; kontrollera att de ska vara med"
    ]
    one = _workbook(tmp_path / "c.xlsx", {"Bemanning": STAFFING_ROWS}, hidden_rows=(2,), hidden_columns=("D",))
    monkeypatch.setenv("PREVCAP_DB", str(fixture_warehouse))
    from etl.__main__ import main

    assert main(["load", "staffing", str(one)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[:2] == [
        "c.xlsx: rad 2 är dold i Excel men läses in ändå; kontrollera att den ska vara med",
        "c.xlsx: kolumn D är dold i Excel men läses in ändå; kontrollera att den ska vara med",
    ]


def test_an_empty_first_sheet_and_one_sheet_with_data_reads_that_sheet(fixture_workspace, fixture_warehouse, tmp_path):
    path = _workbook(tmp_path / "b.xlsx", {"Blad1": [], "Bemanning": STAFFING_ROWS})
    result = load_file(fixture_workspace, "staffing", path)
    assert result.ok and result.rows == 2
    assert [w.message(path.name) for w in result.warnings] == [
        'b.xlsx: det första bladet "Blad1" är tomt; bladet "Bemanning", det enda med data, läses in'
    ]
    assert rows(
        fixture_warehouse, "select fte from staging.staffing where municipality_code = '2422' and year = 2025"
    ) == [(0.5,)]


def test_an_empty_first_sheet_and_several_with_data_is_refused_naming_them(fixture_workspace, tmp_path):
    path = _workbook(tmp_path / "b.xlsx", {"Blad1": [[None]], "Bemanning": STAFFING_ROWS, "Gammal": STAFFING_ROWS})
    assert rejected(fixture_workspace, "staffing", path) == [
        'b.xlsx: det första bladet "Blad1" är tomt, och flera blad har data ("Bemanning", "Gammal"); lägg det som '
        "ska läsas in på det första bladet, eller spara det bladet som en egen fil"
    ]


def test_other_sheets_with_data_are_named_as_not_read(fixture_workspace, tmp_path):
    path = _workbook(tmp_path / "b.xlsx", {"Bemanning": STAFFING_ROWS, "Gammal": [["x"]], "Tom": []})
    result = load_file(fixture_workspace, "staffing", path)
    assert result.ok and [w.message(path.name) for w in result.warnings] == [
        'b.xlsx: bara det första bladet "Bemanning" läses in; bladen "Gammal" har också data men läses inte'
    ]


def test_a_damaged_sheet_in_a_workbook_is_unreadable_not_a_crash(fixture_workspace, tmp_path):
    import zipfile

    good = _workbook(tmp_path / "hel.xlsx", {"Bemanning": STAFFING_ROWS})
    path = tmp_path / "trasig.xlsx"
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(path, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            target.writestr(item, b"<worksheet><sheetData><row" if item.filename.endswith("sheet1.xml") else data)
    assert rejected(fixture_workspace, "staffing", path) == ["trasig.xlsx: filen går inte att läsa (ParseError)"]


@pytest.mark.parametrize(
    "encoded",
    [
        lambda text: text.encode("utf-16"),  # Excel's "Unicode text": little endian with a byte-order mark
        lambda text: b"\xfe\xff" + text.encode("utf-16-be"),
        lambda text: text.encode("utf-16-le"),  # no byte-order mark
        lambda text: text.encode("utf-32"),
    ],
)
def test_unicode_files_are_read_not_called_binary(fixture_workspace, fixture_warehouse, tmp_path, encoded):
    path = tmp_path / "bemanning.csv"
    path.write_bytes(encoded('Kommun,År,Roll,Årsarbetare\r\nMalå,2025,brott,"0,5"\r\n'))
    result = load_file(fixture_workspace, "staffing", path)
    assert result.ok, [p.message(path.name) for p in result.problems]
    assert rows(
        fixture_warehouse, "select fte from staging.staffing where municipality_code = '2418' and year = 2025"
    ) == [(0.5,)]


def test_a_truncated_utf16_file_is_named_as_such(fixture_workspace, tmp_path):
    path = tmp_path / "bemanning.csv"
    path.write_bytes("Kommun;År;Roll;Årsarbetare\r\nMalå;2025;brott;1\r\n".encode("utf-16")[:-1])
    assert rejected(fixture_workspace, "staffing", path) == [
        "bemanning.csv: filen är sparad som UTF-16 men är ofullständig eller trasig; spara den igen, helst som "
        "CSV UTF-8 eller .xlsx"
    ]


# --- C. limits -----------------------------------------------------------------------------------


def test_the_limits_are_read_from_prevcap_toml(monkeypatch):
    from core import config
    from etl.readers import Limits

    assert Limits.configured() == Limits(max_file_mb=20, max_rows=200_000, max_cell_chars=1000, max_problems=200)
    settings = {"max_file_mb": 1, "max_rows": 10, "max_cell_chars": 50, "max_problems": 3}
    monkeypatch.setattr(config, "setting", lambda name, default=None: settings.get(name, default))
    assert Limits.configured() == Limits(max_file_mb=1, max_rows=10, max_cell_chars=50, max_problems=3)


def test_a_file_beyond_the_size_limit_is_refused_before_it_is_read(fixture_workspace, tmp_path):
    path = tmp_path / "stor.csv"
    with open(path, "wb") as out:
        out.write(b"Kommun;\xc5r;Roll;\xc5rsarbetare\n")
        out.write(b"Mal\xe5;2025;brott;1\n" * 1_170_000)  # 21.1 MB
    assert rejected(fixture_workspace, "staffing", path) == [
        "stor.csv: filen är 21.1 MB; högst 20 MB läses in. Dela upp filen i flera"
    ]


def test_a_file_beyond_the_row_limit_is_refused(fixture_workspace, tmp_path):
    path = tmp_path / "rader.csv"
    path.write_text("Kommun;År;Roll;Årsarbetare\n" + "Malå;2025;brott;1\n" * 200_001, encoding="utf-8")
    assert rejected(fixture_workspace, "staffing", path) == [
        "rader.csv: filen har fler än 200 000 rader; högst 200 000 rader läses in per fil. Dela upp filen i flera"
    ]


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_the_row_limit_counts_data_rows(tmp_path, suffix):
    from etl.readers import Limits, UnreadableFile, read_sheet

    records = [*STAFFING_ROWS, ["Norsjö", 2025, "brott", 1]]  # 3 data rows
    path = tmp_path / f"b{suffix}"
    if suffix == ".csv":
        path.write_text("\n".join(";".join(map(str, r)) for r in records) + "\n\n\n", encoding="utf-8")
    else:
        _workbook(path, {"Bemanning": records})
    assert len(read_sheet(path, Limits(max_rows=3)).rows) == 3
    with pytest.raises(UnreadableFile) as refused:
        read_sheet(path, Limits(max_rows=2))
    assert (refused.value.reason, refused.value.values) == ("etl.err.too_many_rows", {"max": "2"})


def test_a_cell_beyond_the_length_limit_is_refused_by_row_and_column(fixture_workspace, tmp_path):
    long_text = "lång text " * 11_999 + "slut av en"  # 120 000 characters
    path = write(
        tmp_path, "s.csv", f'{STAFFING};Kommentar\nMalå;2025;brott;1;{"x" * 1000}\nNorsjö;2025;brott;1;"{long_text}"\n'
    )
    assert rejected(fixture_workspace, "staffing", path) == [
        's.csv, rad 3, kolumn "Kommentar": cellen har 120 000 tecken; högst 1 000 tecken per cell tas emot'
    ]


def test_past_the_problem_limit_the_rest_are_counted(fixture_workspace, tmp_path, monkeypatch, capsys):
    path = write(tmp_path, "s.csv", "Kommun;År;Roll;Årsarbetare\n" + "Gotham;2024;brott;1\n" * 250)
    messages = rejected(fixture_workspace, "staffing", path)
    assert len(messages) == 201
    assert messages[0] == 's.csv, rad 2, kolumn "Kommun": okänd kommun "Gotham"'
    assert messages[199] == 's.csv, rad 201, kolumn "Kommun": okänd kommun "Gotham"'
    assert messages[200] == "s.csv: och 50 problem till (de första 200 visas)"
    from etl.__main__ import main

    monkeypatch.setenv("PREVCAP_DB", str(fixture_workspace.warehouse))
    monkeypatch.setenv("PREVCAP_LEDGER", str(fixture_workspace.ledger))
    assert main(["load", "staffing", str(path)]) == 1
    assert capsys.readouterr().err.splitlines()[-1] == (
        "s.csv: 250 problem – ingenting lästes in; liggaren och lagret är oförändrade."
    )


def test_a_huge_invalid_file_stops_being_checked(tmp_path):
    from etl import reference
    from etl.readers import Limits, Sheet
    from etl.validate import Context, MunicipalityIndex, validate

    names = reference.all_municipality_names()
    context = Context(MunicipalityIndex(names, ["2418"]), 2012, 2026)
    sheet = Sheet(
        ["Kommun", "År", "Roll", "Årsarbetare"], [(n, ["Gotham", "2024", "brott", "1"]) for n in range(2, 400)]
    )
    checked = validate("staffing", sheet, context, Limits(max_problems=2))
    # 2 listed (rows 2 and 3), then 2 x 100 counted (rows 4 to 203), and the check stops there
    assert [p.message("s.csv") for p in checked.problems] == [
        's.csv, rad 2, kolumn "Kommun": okänd kommun "Gotham"',
        's.csv, rad 3, kolumn "Kommun": okänd kommun "Gotham"',
        "s.csv: och minst 200 problem till (de första 2 visas); kontrollen avbröts vid rad 203",
    ]


# --- D. provenance by origin, never by the file's base name --------------------------------------


def _provenance(db) -> list[tuple]:
    return rows(
        db,
        "select origin, source_file, batch_id, rows from meta.datasets where dataset = 'staffing' "
        "and origin in ('example', 'loaded') order by origin",
    )


def test_a_loaded_file_named_like_the_example_file_leaves_the_example_provenance(
    fixture_workspace, fixture_warehouse, tmp_path
):
    from etl.build import build
    from prevcap.sources import example_datasets
    from tests.conftest import FIXTURE_FILES

    # the fixture's example data has a staffing.csv of 5 rows, as data/example/staffing.csv is the example's
    assert len(FIXTURE_FILES["staffing.csv"].split()) - 1 == 5
    assert _provenance(fixture_warehouse) == [("example", "staffing.csv", None, 5)]
    (tmp_path / "inlast").mkdir()
    path = write(tmp_path / "inlast", "staffing.csv", "Kommun;År;Roll;Årsarbetare\nMalå;2025;brott;1\n")
    result = load_file(fixture_workspace, "staffing", path)
    assert (result.rows, result.new, result.replaced, result.stepped_aside) == (1, 1, 0, 0)
    expected = [("example", "staffing.csv", None, 5), ("loaded", "staffing.csv", 1, 1)]
    assert _provenance(fixture_warehouse) == expected
    assert rows(fixture_warehouse, "select origin, count(*) from staging.staffing group by all order by 1") == [
        ("example", 5),
        ("loaded", 1),
        ("reference", 1),
    ]
    datasets = rows(fixture_warehouse, "select dataset, origin, rows from meta.datasets")
    assert "staffing" in example_datasets(pd.DataFrame(datasets, columns=["dataset", "origin", "rows"]))
    build(fixture_workspace)  # rebuilt from the ledger: the same
    assert _provenance(fixture_warehouse) == expected


def test_a_file_named_like_the_example_that_replaces_example_rows_counts_only_those(
    fixture_workspace, fixture_warehouse, tmp_path
):
    # Malå 2024 has two example rows (brott, andt): the loaded brott row replaces one, the other steps aside
    path = write(tmp_path, "staffing.csv", "Kommun;År;Roll;Årsarbetare\nMalå;2024;brott;1\n")
    result = load_file(fixture_workspace, "staffing", path)
    assert (result.new, result.replaced, result.stepped_aside) == (0, 1, 1)
    assert _provenance(fixture_warehouse) == [("example", "staffing.csv", None, 3), ("loaded", "staffing.csv", 1, 1)]


def test_the_new_refusals_in_english(fixture_workspace, tmp_path):
    path = write(tmp_path, "s.csv", "Kommun,Kommunkod,År,Roll,Årsarbetare,Telefon\nMalå,2418,2025,brott,1,x\n")
    assert rejected(fixture_workspace, "staffing", path, lang="en") == [
        's.csv, row 1, column "Telefon": the column looks like personal data; prevcap accepts counts only, never '
        "names or contact details. Remove the column"
    ]
    path = write(tmp_path, "t.csv", "Kommun,År,Roll,Årsarbetare\nMalå,2026,brott,0,5\n")
    assert rejected(fixture_workspace, "staffing", path, lang="en") == [
        't.csv, row 2, column "Årsarbetare": the row has 5 cells but the header only 4: the number "0,5" was '
        "probably written with a decimal comma without quotes, so the comma split it in two cells. Quote the "
        'number ("0,5"), write it with a decimal point, or save the file with semicolons as separators'
    ]
