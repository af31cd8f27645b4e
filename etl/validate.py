"""Check a sheet against its KIND, cell by cell, and turn it into typed records.

Nothing is loaded here: the caller gets every problem at once (row as the spreadsheet
shows it, column as the file names it, and what is wrong) or clean records.
"""

from __future__ import annotations

import calendar
import datetime as dt
import difflib
import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from core import fmt
from core.fmt import AmbiguousNumber, parse_number
from core.i18n import t
from etl.kinds import KINDS, NAMED_THINGS, PERSONAL_DATA_HEADER_WORDS, Column, Kind
from etl.readers import Limits, Sheet


@lru_cache(maxsize=8192)  # a file repeats its municipalities, roles and headers row after row
def fold(text: str) -> str:
    """Lower case without accents or extra spaces: 'Malå kommun ' -> 'mala kommun'."""
    decomposed = unicodedata.normalize("NFKD", str(text).casefold())
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return re.sub(r"\s+", " ", plain).strip()


def _spaced(text: str) -> str:
    """Lower case with single spaces, accents kept."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", str(text).casefold())).strip()


@dataclass(frozen=True)
class Problem:
    row: int | None  # spreadsheet row number, None for the file as a whole
    column: str | None  # header as written in the file
    key: str  # text key of the message
    values: dict = field(default_factory=dict)

    def message(self, file_name: str, lang: str = "sv") -> str:
        where = t("etl.where.file", lang, file=file_name)
        if self.row is not None:
            where += t("etl.where.row", lang, row=self.row)
        if self.column is not None:
            where += t("etl.where.column", lang, column=self.column)
        return f"{where}: {t(self.key, lang, **self.values)}"


class MunicipalityIndex:
    """Finds a municipality by code or by name, regardless of case and accents."""

    def __init__(self, all_municipalities, in_scope_codes):
        self.names = dict(zip(all_municipalities["municipality_code"], all_municipalities["municipality_name"]))
        self.in_scope = set(in_scope_codes)
        # with accents first: Håbo (0305) and Habo (0643) are one word without them, which then
        # names neither
        self.by_name = {_spaced(name): code for code, name in self.names.items()}
        folded: dict[str, list[str]] = {}
        for code, name in self.names.items():
            folded.setdefault(fold(name), []).append(code)
        self.by_folded_name = {name: codes[0] for name, codes in folded.items() if len(codes) == 1}

    def resolve(self, value: str, hints: bool = True) -> tuple[str | None, Problem | None]:
        text = value.strip()
        if re.fullmatch(r"\d{3,4}(\.0)?", text):
            code = text.split(".")[0].zfill(4)  # Excel drops the leading zero of 0114
        else:
            folded = re.sub(r"\s+(kommun|municipality)$", "", fold(text))
            code = self.by_name.get(re.sub(r"\s+(kommun|municipality)$", "", _spaced(text)))
            code = code or self.by_folded_name.get(folded)
            if code is None:
                guesses = hints and difflib.get_close_matches(folded, list(self.by_folded_name), n=1, cutoff=0.7)
                if guesses:
                    suggestion = self.names[self.by_folded_name[guesses[0]]]
                    return None, Problem(
                        None, None, "etl.err.unknown_municipality_hint", {"value": text, "suggestion": suggestion}
                    )
                return None, Problem(None, None, "etl.err.unknown_municipality", {"value": text})
        if code not in self.names:
            return None, Problem(None, None, "etl.err.unknown_municipality", {"value": text})
        if code not in self.in_scope:
            return None, Problem(
                None, None, "etl.err.municipality_out_of_scope", {"value": text, "name": self.names[code]}
            )
        return code, None


@dataclass
class Context:
    """What a file is checked against: the warehouse's municipalities, events and years."""

    municipalities: MunicipalityIndex
    first_year: int
    last_year: int
    known_event_ids: frozenset[str] = frozenset()


@dataclass
class Validated:
    records: list[dict]
    problems: list[Problem]
    ignored_columns: list[str]
    # what the reader should know but does not refuse the file (hidden rows, another sheet read)
    warnings: list[Problem] = field(default_factory=list)


# --- personal data: never accepted, in any cell or column ----------------------------------------

# 19800101-1234, 198001011234, 19800101 1234, 800101-1234, 8001011234, 800101+1234 (over 100 years old)
PERSONNUMMER = re.compile(r"(?<!\d)(?:(?:19|20)(\d{2})|(\d{2}))(0[1-9]|1[0-2])(\d{2}) ?[-+]? ?(\d{4})(?!\d)")
EMAIL = re.compile(r"[\w.%+-]+@[\w-]+(?:\.[\w-]+)*\.[^\W\d_]{2,}")
# 070-123 45 67, 090-12 34 56, 0701234567, +46 70 123 45 67, 0046 (0)90 12 34 56
PHONE_NATIONAL = re.compile(r"(?<![\w+])0[1-9]\d{0,2}[ -]+\d(?:[ -]?\d){4,7}(?!\d)")
PHONE_MOBILE = re.compile(r"(?<![\w+])07[02369]\d{7}(?!\d)")
PHONE_INTERNATIONAL = re.compile(r"(?<![\w+])(?:\+|00)46[ -]*(?:\(0\)[ -]*)?[1-9](?:[ -]?\d){6,8}(?!\d)")
# what a phone pattern also catches but is a date: 01-02-2024, 17 10 2024
DECIMAL_NUMBER = re.compile(r"-?\d+[.,]\d+")
DATE_LIKE = re.compile(r"\d{1,2}[-. ]\d{1,2}[-. ]\d{2,4}")

PERSONAL_DATA_HEADER = re.compile(r"\b(?:" + "|".join(PERSONAL_DATA_HEADER_WORDS) + r")\b")


def _real_birth_date(century: str | None, yy: str, mm: str, dd: str) -> bool:
    """Whether YYMMDD is a day of the calendar (a samordningsnummer adds 60 to the day), in the century
    given or, without one, in either."""
    day = int(dd) - 60 if int(dd) > 60 else int(dd)
    years = [int(century + yy)] if century else [1900 + int(yy), 2000 + int(yy)]
    return any(1 <= day <= calendar.monthrange(year, int(mm))[1] for year in years)


def looks_like_personnummer(text: str) -> bool:
    """A birth date and four digits, with or without a century, a hyphen or a space. The check digit is
    not required: a mistyped number is a person's number all the same."""
    for match in PERSONNUMMER.finditer(text):
        start = match.group(0)
        century = start[:2] if match.group(1) is not None else None
        yy = match.group(1) if match.group(1) is not None else match.group(2)
        if _real_birth_date(century, yy, match.group(3), match.group(4)):
            return True
    return False


def looks_like_phone(text: str) -> bool:
    if PHONE_MOBILE.search(text) or PHONE_INTERNATIONAL.search(text):
        return True
    for match in PHONE_NATIONAL.finditer(text):
        digits = sum(ch.isdigit() for ch in match.group(0))
        if 8 <= digits <= 10 and not DATE_LIKE.fullmatch(match.group(0)):
            return True
    return False


def personal_data_in_cell(text: str) -> str | None:
    """The text key of the personal data a cell holds (an e-mail address, a phone number, a personal
    identity number), or None."""
    if "@" in text and EMAIL.search(text):
        return "etl.err.email_in_cell"
    if sum(map(str.isdigit, text)) < 6:
        return None
    if looks_like_phone(text):
        return "etl.err.phone_in_cell"
    # a decimal number (0.3333333333 from a workbook) is no person's number, whatever its digits
    if not DECIMAL_NUMBER.fullmatch(text) and looks_like_personnummer(text):
        return "etl.err.personnummer"
    return None


def personal_data_header(name: str) -> bool:
    """Whether a header announces personal data: a name, a contact detail, a personal identity number."""
    words = re.sub(r"[^\w]+", " ", fold(name)).strip()
    if PERSONAL_DATA_HEADER.search(words):
        return True
    tokens = words.split()
    if "namn" in tokens or "name" in tokens:
        return not any(token.startswith(NAMED_THINGS) for token in tokens)
    return False


def column_letter(position: int) -> str:
    """A spreadsheet's name of the column at a 0-based position: 0 -> A, 26 -> AA."""
    letters = ""
    position += 1
    while position:
        position, rest = divmod(position - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


# a link a reader can follow: a web address, nothing that a browser would run
URL = re.compile(r"https?://[^\s<>\"'`]+")
MAX_URL_LENGTH = 500

BOOL_VALUES = {
    "ja": True,
    "j": True,
    "yes": True,
    "true": True,
    "sant": True,
    "1": True,
    "x": True,
    "nej": False,
    "n": False,
    "no": False,
    "false": False,
    "falskt": False,
    "0": False,
}


def parse_date(text: str, end_of_period: bool = False) -> dt.date | None:
    """ISO dates, and 'YYYY-MM' or 'YYYY' as the first (or last) day of that period; D/M/YYYY too."""
    text = text.strip()
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            return dt.date.fromisoformat(text)
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2})?", text):
            return dt.date.fromisoformat(text[:10])
        if match := re.fullmatch(r"(\d{1,2})[./](\d{1,2})[./](\d{4})", text):
            day, month, year = map(int, match.groups())
            return dt.date(year, month, day)
        if match := re.fullmatch(r"(\d{4})-(\d{1,2})", text):
            year, month = map(int, match.groups())
            return dt.date(year, month, calendar.monthrange(year, month)[1] if end_of_period else 1)
        if re.fullmatch(r"\d{4}", text):
            return dt.date(int(text), 12, 31) if end_of_period else dt.date(int(text), 1, 1)
    except ValueError:
        return None
    return None


def map_header(kind: Kind, header: list[str]) -> tuple[dict[str, int], list[str]]:
    """Canonical column name -> position in the file; and the headers not understood."""
    lookup = {}
    for column in kind.columns:
        for name in (column.name, *column.aliases):
            lookup.setdefault(fold(name), column.name)
    positions, ignored = {}, []
    for position, name in enumerate(header):
        canonical = lookup.get(fold(name))
        if canonical and canonical not in positions:
            positions[canonical] = position
        elif name:
            ignored.append(name)
    return positions, ignored


_CHOICE_LOOKUPS: dict[int, tuple[Column, dict[str, str]]] = {}


def _choice_lookup(column: Column) -> dict[str, str]:
    """A choice column's spellings folded -> stored code, made once per column."""
    cached = _CHOICE_LOOKUPS.get(id(column))
    if cached is None or cached[0] is not column:
        cached = (column, {fold(spelling): stored for spelling, stored in column.choices.items()})
        _CHOICE_LOOKUPS[id(column)] = cached
    return cached[1]


def _choice_labels(column: Column) -> str:
    labels = sorted(column.choices)
    return ", ".join(labels[:12]) + (" …" if len(labels) > 12 else "")


def _absurd_key(column: Column) -> str:
    return {
        "fte": "etl.err.absurd_fte",
        "participants": "etl.err.absurd_participants",
        "amount_sek": "etl.err.absurd_amount",
    }.get(column.name, "etl.err.absurd_value")


def check_cell(column: Column, text: str, context: Context, hints: bool = True):
    """(typed value, problem or None) for one cell; `hints`: look for what a wrong value may have meant
    (a municipality's or an event's name), which costs time."""
    if text == "":
        if column.nullable or not column.required:
            return None, None
        return None, Problem(None, None, "etl.err.missing_value", {})
    if column.kind in ("municipality",):
        return context.municipalities.resolve(text, hints)
    if column.kind == "municipalities":
        codes = []
        for part in re.split(r"[|;,/]", text):
            if not part.strip():
                continue
            code, problem = context.municipalities.resolve(part, hints)
            if problem:
                return None, problem
            codes.append(code)
        if len(set(codes)) < 2:
            return None, Problem(None, None, "etl.err.too_few_members", {"value": text})
        return tuple(sorted(set(codes))), None
    if column.kind in ("number", "integer", "year"):
        try:
            number = parse_number(text, column)
        except AmbiguousNumber as ambiguous:
            return None, Problem(None, None, ambiguous.key, ambiguous.values)
        if number is None:
            return None, Problem(None, None, "etl.err.not_a_number", {"value": text})
        if column.kind == "year":
            if not number.is_integer() or not context.first_year <= number <= context.last_year:
                return None, Problem(
                    None,
                    None,
                    "etl.err.year_out_of_range",
                    {"value": text, "first": context.first_year, "last": context.last_year},
                )
            return int(number), None
        if number < 0 and (column.lowest is None or column.lowest >= 0):
            return None, Problem(None, None, "etl.err.negative", {"value": text})
        if column.lowest is not None and number < column.lowest:
            return None, Problem(None, None, "etl.err.below_minimum", {"value": text, "min": f"{column.lowest:g}"})
        if column.kind == "integer" and not number.is_integer():
            return None, Problem(None, None, "etl.err.not_whole", {"value": text})
        if column.max_value is not None and number > column.max_value:
            return None, Problem(None, None, _absurd_key(column), {"value": text, "max": fmt.grouped(column.max_value)})
        return (int(number) if column.kind == "integer" else number), None
    if column.kind == "choice":
        code = _choice_lookup(column).get(fold(text))
        if code is None:
            return None, Problem(None, None, "etl.err.bad_choice", {"value": text, "allowed": _choice_labels(column)})
        return code, None
    if column.kind == "bool":
        value = BOOL_VALUES.get(fold(text))
        if value is None:
            return None, Problem(None, None, "etl.err.bad_bool", {"value": text})
        return value, None
    if column.kind == "date":
        parsed = parse_date(text, end_of_period=column.name == "end")
        if parsed is None:
            return None, Problem(None, None, "etl.err.bad_date", {"value": text})
        return parsed, None
    if column.kind == "url":
        if not URL.fullmatch(text) or len(text) > MAX_URL_LENGTH:
            return None, Problem(None, None, "etl.err.bad_url", {"value": text[:80]})
        return text, None
    if column.kind == "event":
        if text not in context.known_event_ids:
            guesses = hints and difflib.get_close_matches(text, sorted(context.known_event_ids), n=1, cutoff=0.8)
            if guesses:
                return None, Problem(
                    None, None, "etl.err.unknown_event_hint", {"value": text, "suggestion": guesses[0]}
                )
            return None, Problem(None, None, "etl.err.unknown_event", {"value": text})
        return text, None
    return text, None


class Found:
    """The problems of a file: the first `limit` listed in full, the next ones only counted (without the
    costly hints), and past `limit` x COUNTED_PER_LISTED the check stops: a huge invalid file is refused
    quickly and in bounded memory."""

    COUNTED_PER_LISTED = 100

    def __init__(self, limit: int):
        self.limit = max(1, limit)
        self.listed: list[Problem] = []
        self.more = 0
        self.stopped_at: int | None = None  # the row at which the check stopped

    def append(self, problem: Problem) -> None:
        if len(self.listed) < self.limit:
            self.listed.append(problem)
            return
        self.more += 1
        if self.more >= self.limit * self.COUNTED_PER_LISTED and self.stopped_at is None:
            self.stopped_at = problem.row or 1

    def extend(self, problems) -> None:
        for problem in problems:
            self.append(problem)

    @property
    def full(self) -> bool:
        return len(self.listed) >= self.limit

    @property
    def stopped(self) -> bool:
        return self.stopped_at is not None

    def __len__(self) -> int:
        return len(self.listed) + self.more

    def problems(self) -> list[Problem]:
        """The listed problems, and a last line that counts the others."""
        if not self.more:
            return list(self.listed)
        values = {"count": fmt.grouped(self.more), "shown": self.limit}
        if self.stopped:
            last = Problem(None, None, "etl.err.more_problems_stopped", {**values, "row": self.stopped_at})
        else:
            last = Problem(None, None, "etl.err.more_problems", values)
        return [*self.listed, last]


def problem_count(problems: list[Problem]) -> int:
    """How many problems a list speaks of: its last line may count those not listed."""
    return sum(
        int(str(p.values["count"]).replace(" ", "")) if p.key.startswith("etl.err.more_problems") else 1
        for p in problems
    )


# distinct cell texts remembered per file (a column of unique titles is checked each time past this)
MEMO_LIMIT = 200_000


def validate(kind_name: str, sheet: Sheet, context: Context, limits: Limits | None = None) -> Validated:
    kind = KINDS[kind_name]
    limits = limits or Limits.configured()
    found = Found(limits.max_problems)
    warnings = [Problem(None, None, key, values) for key, values in sheet.warnings]

    # first what refuses the whole file before anything is read: a cell too long to be a value, and
    # personal data (in any column, used or not, with a header or without)
    known = {fold(name) for column in kind.columns for name in (column.name, *column.aliases)}
    for position, name in enumerate(sheet.header):
        if len(name) > limits.max_cell_chars:
            found.append(Problem(1, column_letter(position), "etl.err.cell_too_long", _length(name, limits)))
        elif fold(name) not in known and personal_data_header(name):
            found.append(Problem(1, name, "etl.err.personal_data_column", {}))
        elif name and personal_data_in_cell(name):
            found.append(Problem(1, name, personal_data_in_cell(name), {}))
    personal_of: dict[str, str | None] = {}  # a file repeats its values: each distinct text checked once
    for number, cells in sheet.rows:
        if found.stopped:
            break
        for position, cell in enumerate(cells):
            if not cell:
                continue
            if len(cell) > limits.max_cell_chars:
                found.append(
                    Problem(number, _header_at(sheet.header, position), "etl.err.cell_too_long", _length(cell, limits))
                )
                continue
            personal = personal_of[cell] if cell in personal_of else personal_data_in_cell(cell)
            if len(personal_of) < MEMO_LIMIT:
                personal_of[cell] = personal
            if personal:
                found.append(Problem(number, _header_at(sheet.header, position), personal, {}))
    if found:
        return Validated([], found.problems(), [], warnings)

    found.extend(ambiguous_headers(kind, sheet.header))
    positions, ignored = map_header(kind, sheet.header)
    for column in kind.columns:
        if column.required and column.name not in positions:
            accepted = ", ".join([column.name, *column.aliases[:4]])
            found.append(Problem(1, column.name, "etl.err.missing_column", {"accepted": accepted}))
    if found:
        return Validated([], found.problems(), ignored, warnings)

    width = len(sheet.header)
    records, first_row_of_key = [], {}
    checked: dict[tuple, tuple] = {}
    for number, cells in sheet.rows:
        if found.stopped:
            break
        if len(cells) > width:  # the cells no longer sit under their headers: nothing in the row can be read
            found.append(_extra_cells(kind, sheet, positions, number, cells))
            continue
        record, row_ok = {"_row": number}, True
        for column in kind.columns:
            if column.name not in positions:
                record[column.name] = None
                continue
            text, hints = cells[positions[column.name]], not found.full
            # the same text in the same column always reads the same way (check_cell is pure)
            memo = (column.name, text, hints)
            found_before = checked.get(memo)
            value, problem = found_before if found_before else check_cell(column, text, context, hints=hints)
            if found_before is None and len(checked) < MEMO_LIMIT:
                checked[memo] = (value, problem)
            if problem:
                found.append(Problem(number, sheet.header[positions[column.name]], problem.key, problem.values))
                row_ok = False
            record[column.name] = value
        if not row_ok:
            continue
        _complete(kind_name, record)
        problem = _row_rule(kind_name, record, context, sheet.header, positions)
        if problem:
            found.append(Problem(number, problem.column, problem.key, problem.values))
            continue
        key = tuple(record[name] for name in kind.key)
        if key in first_row_of_key:
            found.append(
                Problem(
                    number,
                    None,
                    "etl.err.duplicate_key",
                    {
                        "other": first_row_of_key[key],
                        "key": ", ".join(sheet.header[positions[name]] for name in kind.key),
                    },
                )
            )
            continue
        first_row_of_key[key] = number
        if not found:  # the records of a file already refused are of no use: not kept
            records.append(record)
    return Validated(records if not found else [], found.problems(), ignored, warnings)


def _length(text: str, limits: Limits) -> dict:
    return {"length": fmt.grouped(len(text)), "max": fmt.grouped(limits.max_cell_chars)}


def ambiguous_headers(kind: Kind, header: list[str]) -> list[Problem]:
    """A header written twice, or two headers that name the same column ("Kommun" and "Kommunkod"): which
    one holds cannot be known, even when their values agree."""
    problems = []
    by_text: dict[str, list[int]] = {}
    for position, name in enumerate(header):
        if name:
            by_text.setdefault(fold(name), []).append(position)
    for positions in by_text.values():
        if len(positions) > 1:
            letters = ", ".join(column_letter(p) for p in positions)
            problems.append(Problem(1, header[positions[0]], "etl.err.duplicate_header", {"columns": letters}))
    lookup = {}
    for column in kind.columns:
        for name in (column.name, *column.aliases):
            lookup.setdefault(fold(name), column.name)
    by_column: dict[str, list[int]] = {}
    for text, positions in by_text.items():
        if text in lookup:
            by_column.setdefault(lookup[text], []).append(positions[0])
    for positions in by_column.values():
        positions.sort()
        for position in positions[1:]:
            letters = ", ".join(column_letter(p) for p in (positions[0], position))
            problems.append(
                Problem(
                    1,
                    header[position],
                    "etl.err.same_column_twice",
                    {"other": header[positions[0]], "columns": letters},
                )
            )
    return sorted(problems, key=lambda problem: header.index(problem.column))


def _extra_cells(kind: Kind, sheet: Sheet, positions: dict[str, int], number: int, cells: list[str]) -> Problem:
    """A row with more cells than the header. In a comma-separated file, a decimal comma written without
    quotes splits a number in two (0,5 -> "0", "5"): said so when merging digit pairs under the number
    columns gives the header's width."""
    extra, width = len(cells) - len(sheet.header), len(sheet.header)
    values = {"cells": len(cells), "columns": width}
    if sheet.delimiter == ",":
        number_at = {position: name for name, position in positions.items() if kind.column(name).kind == "number"}
        shift, split = 0, None
        for position in range(width):
            here = position + shift
            if (
                position in number_at
                and shift < extra
                and re.fullmatch(r"-?\d[\d \u00a0]*", cells[here])
                and re.fullmatch(r"\d+", cells[here + 1])
            ):
                split = split or (position, f"{cells[here]},{cells[here + 1]}")
                shift += 1
        if shift == extra and split:
            return Problem(
                number, sheet.header[split[0]], "etl.err.extra_cells_decimal_comma", {**values, "value": split[1]}
            )
    return Problem(number, None, "etl.err.extra_cells", values)


def _header_at(header: list[str], position: int) -> str:
    """The header of a cell's column as the file writes it; the column's letter where it has none."""
    name = header[position] if position < len(header) else ""
    return name or column_letter(position)


def _complete(kind_name: str, record: dict) -> None:
    """Defaults that a file may leave out."""
    if kind_name == "funding" and record.get("area") is None:
        record["area"] = "bada"
    if kind_name == "population" and record.get("quality") is None:
        record["quality"] = "primary"
    if kind_name == "collaborations" and not record.get("collaboration_id"):
        basis = "|".join([record["kind"], str(record["start"]), *record["municipalities"]])
        record["collaboration_id"] = "c-" + hashlib.sha1(basis.encode()).hexdigest()[:10]


def _row_rule(kind_name: str, record: dict, context: Context, header, positions) -> Problem | None:
    """Rules that look at more than one cell of a row."""
    if kind_name == "staffing" and record.get("shared_with") == record["municipality"]:
        return Problem(None, header[positions["shared_with"]], "etl.err.shared_with_self", {})
    if kind_name == "events":
        year = record["date"].year
        if not context.first_year <= year <= context.last_year:
            return Problem(
                None,
                header[positions["date"]],
                "etl.err.year_out_of_range",
                {"value": record["date"].isoformat(), "first": context.first_year, "last": context.last_year},
            )
    if kind_name == "collaborations" and record.get("end") and record["end"] < record["start"]:
        return Problem(None, header[positions["end"]], "etl.err.end_before_start", {})
    return None
