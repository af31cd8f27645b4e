"""Read Brå's yearly CSV of reported crimes per municipality ("anmälda brott i kommunerna").

Crimes are counted where they were committed, not where the suspect or the victim lives;
Brå's municipal figures are comparable from 2015 on. Only some years exist as a CSV per
municipality (2021, and 2023 onwards); the others only in Brå's interactive database.

Two published shapes are read as they are:
- 2023 and later: UTF-8 with BOM, ';', CRLF, header `Kommun;Antal;Per 100 000 inv.`.
- 2021: no header, names in the genitive ("Arjeplogs kommun", "Umeå kommun"), and rows
  for city districts among the municipalities, which are skipped and counted.
Numbers are Swedish: spaces, NBSP or narrow NBSP between thousands, a decimal comma.

Nothing is loaded here: the caller gets a frame, or, when anything is wrong, an empty
frame and every problem (row as a spreadsheet shows it, column as the file names it, or
its letter when the file has no header).
"""

from __future__ import annotations

import csv
import difflib
import io
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from core import fmt
from core.i18n import t
from etl.readers import decode, sniff_delimiter
from etl.validate import Problem, fold

COLUMNS = {
    "municipality_code": "string",
    "year": "int64",
    "reported_crimes": "int64",
    "per_100k": "Float64",
    "source": "string",
    "source_file": "string",
}

YEAR_IN_NAME = re.compile(r"(?<!\d)(20\d{2})(?!\d)")
# Counts: '12345', '12 345' with a space, NBSP or narrow NBSP between thousands.
COUNT = re.compile(r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+")
RATE = re.compile(r"(?:\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+)(?:,\d+)?")

# Official names whose genitive is not the name plus an optional s.
GENITIVE_EXCEPTIONS = {"falu": "falun"}
# Rows that sum the country rather than name a municipality.
TOTAL_ROWS = {"riket", "hela riket", "hela landet", "sverige", "totalt", "summa", "samtliga kommuner"}
# Words that mark a part of a city (stadsdel, stadsdelsområde, stadsområde), never a municipality.
DISTRICT_WORDS = re.compile(r"stadsdel|stadsomrade")
DISTRICT_SEPARATORS = re.compile(r"\s*(?::|,|\s[-–—/]\s)\s*")


@dataclass
class BraResult:
    frame: pd.DataFrame
    skipped_districts: int = 0
    skipped_totals: int = 0
    problems: list[Problem] = field(default_factory=list)
    year: int | None = None  # the year read from the argument or the file name


class GenitiveNames:
    """Finds a municipality by its name as Brå writes it: 'Arjeplogs kommun', 'Malå kommun',
    'Stockholms stad', 'Region Gotland', or plain 'Kramfors'.

    Names are compared with their accents first, then without: Håbo (0305) and Habo (0643)
    fold to the same letters, so a folded name that two municipalities share finds neither.
    """

    def __init__(self, names: pd.DataFrame):
        self.display = dict(zip(names["municipality_code"], names["municipality_name"]))
        self.by_exact = {_casefold(name): code for code, name in self.display.items()}
        folded: dict[str, set[str]] = {}
        for code, name in self.display.items():
            folded.setdefault(fold(name), set()).add(code)
        self.by_folded = {name: codes.pop() for name, codes in folded.items() if len(codes) == 1}

    @staticmethod
    def base(normalised: str) -> str:
        without_prefix = re.sub(r"^region\s+", "", normalised)
        return re.sub(r"\s+(kommun|stad|municipality)$", "", without_prefix)

    def code(self, text: str) -> str | None:
        for normalise, lookup in ((_casefold, self.by_exact), (fold, self.by_folded)):
            base = self.base(normalise(text))
            # Names that really end in s (Kramfors, Bollnäs, Västerås) are tried as written
            # first; no municipality's name is another's plus an s, so the order is safe.
            for candidate in (base, base[:-1] if base.endswith("s") else None, GENITIVE_EXCEPTIONS.get(fold(base))):
                if candidate and candidate in lookup:
                    return lookup[candidate]
        return None

    def suggestion(self, text: str) -> str | None:
        guesses = difflib.get_close_matches(self.base(_casefold(text)), list(self.by_exact), n=1, cutoff=0.7)
        return self.display[self.by_exact[guesses[0]]] if guesses else None

    def is_district(self, text: str) -> bool:
        """'Stockholms stad: Rinkeby-Kista', 'Göteborg, Angered', 'Rinkeby-Kista stadsdelsområde'."""
        if DISTRICT_WORDS.search(fold(text)):
            return True
        lowered = _casefold(text)
        parts = DISTRICT_SEPARATORS.split(lowered, maxsplit=1)
        if len(parts) == 2 and parts[1] not in ("", "kommun", "stad") and self.code(parts[0]):
            return True
        match = re.match(r"^(.+?\s(?:kommun|stad))\s+(\S.*)$", lowered)
        return bool(match and self.code(match.group(1)))


def _casefold(text: str) -> str:
    """Lower case with the accents kept: 'Håbo kommun ' -> 'håbo kommun'."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", str(text)).casefold()).strip()


def year_of(path: Path, year: int | None) -> tuple[int | None, list[Problem]]:
    """The year from the argument, else from a 4-digit year 2000-2099 in the file name."""
    in_name = sorted({int(found) for found in YEAR_IN_NAME.findall(path.name)})
    if year is not None:
        if isinstance(year, bool) or not isinstance(year, int) or not 2000 <= year <= 2099:
            return None, [Problem(None, None, "public.err.bad_year", {"value": year})]
        if len(in_name) == 1 and in_name[0] != year:
            return None, [Problem(None, None, "public.err.year_conflict", {"year": year, "in_name": in_name[0]})]
        return year, []
    if len(in_name) == 1:
        return in_name[0], []
    if len(in_name) > 1:
        return None, [Problem(None, None, "public.err.year_ambiguous", {"years": ", ".join(map(str, in_name))})]
    return None, [Problem(None, None, "public.err.no_year", {})]


def _records(path: Path) -> tuple[list[list[str]], list[Problem]]:
    if not path.is_file():
        return [], [Problem(None, None, "public.err.no_such_file", {})]
    raw = path.read_bytes()
    if not raw.strip():
        return [], [Problem(None, None, "public.err.empty_file", {})]
    try:
        text = decode(raw)
    except UnicodeDecodeError:
        return [], [Problem(None, None, "public.err.unreadable", {"detail": "teckenkodning / encoding"})]
    lines = [line for line in text.splitlines() if line.strip()]
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=sniff_delimiter(lines[0] if lines else ""))
    try:
        return [[cell.strip() for cell in record] for record in reader], []
    except csv.Error as error:
        return [], [Problem(None, None, "public.err.unreadable", {"detail": str(error)})]


def _layout(first: list[str]) -> tuple[bool, dict[str, int], list[str], list[Problem]]:
    """(has header, role -> position, column names, problems). Without a header the
    columns are named by their spreadsheet letters."""
    if first and fold(first[0]) in ("kommun", "kommunnamn", "kommun namn"):
        positions = {"name": 0}
        for position, header in enumerate(first):
            folded = fold(header)
            if folded == "antal" and "count" not in positions:
                positions["count"] = position
            elif folded.startswith("per 100 000") or folded.startswith("per 100000"):
                positions.setdefault("rate", position)
        problems = [] if "count" in positions else [Problem(1, "Antal", "public.err.missing_column", {})]
        return True, positions, list(first), problems
    letters = [chr(ord("A") + index) for index in range(26)]
    return False, {"name": 0, "count": 1, "rate": 2}, letters, []


def _count(text: str) -> tuple[int | None, str | None]:
    if text == "":
        return None, "public.err.missing_value"
    if not COUNT.fullmatch(text):
        return None, "public.err.bad_count"
    return int(fmt.parse_number(text)), None


def _rate(text: str) -> tuple[float | None, str | None]:
    if text == "":
        return None, None  # Brå leaves the rate out where it has none: missing, not 0
    if not RATE.fullmatch(text):
        return None, "public.err.bad_rate"
    return fmt.parse_number(text), None


def empty_frame() -> pd.DataFrame:
    return pd.DataFrame({name: pd.Series(dtype=dtype) for name, dtype in COLUMNS.items()})


def read_bra_crimes(path: Path, year: int | None, names: pd.DataFrame) -> BraResult:
    """Reported crimes per municipality from one of Brå's yearly CSV files.

    `names` has municipality_code and municipality_name of all municipalities
    (etl.reference.all_municipality_names()); the frame keeps every municipality
    the file names, the caller narrows it to the counties in scope.
    """
    path = Path(path)
    year, problems = year_of(path, year)
    records, file_problems = _records(path)
    problems += file_problems
    if file_problems:
        return BraResult(empty_frame(), problems=problems)

    numbered = [(number, cells) for number, cells in enumerate(records, start=1) if any(cells)]
    if not numbered:
        return BraResult(empty_frame(), problems=problems + [Problem(None, None, "public.err.empty_file", {})])
    has_header, positions, column_names, header_problems = _layout(numbered[0][1])
    problems += header_problems
    if header_problems:
        return BraResult(empty_frame(), problems=problems)
    rows = numbered[1:] if has_header else numbered
    if not rows:
        return BraResult(empty_frame(), problems=problems + [Problem(None, None, "public.err.no_rows", {})])

    municipalities = GenitiveNames(names)
    records_out, first_row_of_code = [], {}
    districts = totals = 0
    for number, cells in rows:

        def cell(role: str, cells=cells) -> str:
            position = positions.get(role)
            return cells[position] if position is not None and position < len(cells) else ""

        name = cell("name")
        name_column = column_names[positions["name"]]
        if fold(name) in TOTAL_ROWS:
            totals += 1
            continue
        code = municipalities.code(name)
        if code is None:
            if name and municipalities.is_district(name):
                districts += 1
                continue
            if name == "":
                problems.append(Problem(number, name_column, "public.err.missing_value", {}))
            elif suggestion := municipalities.suggestion(name):
                problems.append(
                    Problem(
                        number,
                        name_column,
                        "public.err.unknown_municipality_hint",
                        {"value": name, "suggestion": suggestion},
                    )
                )
            else:
                problems.append(Problem(number, name_column, "public.err.unknown_municipality", {"value": name}))
            continue
        row_ok = True
        count, key = _count(cell("count"))
        if key:
            values = {} if key == "public.err.missing_value" else {"value": cell("count")}
            problems.append(Problem(number, column_names[positions["count"]], key, values))
            row_ok = False
        rate, key = _rate(cell("rate"))
        if key:
            problems.append(Problem(number, column_names[positions["rate"]], key, {"value": cell("rate")}))
            row_ok = False
        if code in first_row_of_code:
            problems.append(
                Problem(
                    number,
                    name_column,
                    "public.err.duplicate_municipality",
                    {"name": municipalities.display[code], "other": first_row_of_code[code]},
                )
            )
            row_ok = False
        first_row_of_code.setdefault(code, number)
        if row_ok:
            records_out.append((code, count, rate))

    if problems or year is None:
        return BraResult(empty_frame(), districts, totals, problems)
    source = t("public.bra.source", "sv", year=year, file=path.name)
    frame = pd.DataFrame(
        {
            "municipality_code": pd.array([code for code, _, _ in records_out], dtype="string"),
            "year": pd.array([year] * len(records_out), dtype="int64"),
            "reported_crimes": pd.array([count for _, count, _ in records_out], dtype="int64"),
            "per_100k": pd.array([rate for _, _, rate in records_out], dtype="Float64"),
            "source": pd.array([source] * len(records_out), dtype="string"),
            "source_file": pd.array([path.name] * len(records_out), dtype="string"),
        }
    )
    frame = frame.sort_values("municipality_code", ignore_index=True)
    return BraResult(frame, districts, totals, problems, year)
