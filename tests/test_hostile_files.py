"""Files that must never load, or load only with care: personal data, ambiguous files, files beyond
the limits. Each is refused with file, row and column named, and nothing changes anywhere."""

from __future__ import annotations

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
