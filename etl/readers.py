"""Read a CSV or XLSX file as Swedish offices write them into header + numbered rows.

Row numbers are the ones a spreadsheet shows: the header is row 1, so the first data row is 2.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from pathlib import Path


class UnreadableFile(Exception):
    """The file cannot be read at all; `reason` is a text key, `values` fill it in."""

    def __init__(self, reason: str, **values):
        super().__init__(reason)
        self.reason = reason
        self.values = values


@dataclass(frozen=True)
class Limits:
    """How much of a file is read and checked (prevcap.toml: max_file_mb, max_rows, max_cell_chars,
    max_problems): beyond them a file is refused, quickly and in bounded memory."""

    max_file_mb: float = 20
    max_rows: int = 200_000  # data rows, the header not counted
    max_cell_chars: int = 1000
    max_problems: int = 200  # listed; the rest are counted

    @classmethod
    def configured(cls) -> "Limits":
        from core.config import setting

        return cls(
            max_file_mb=float(setting("max_file_mb", cls.max_file_mb)),
            max_rows=int(setting("max_rows", cls.max_rows)),
            max_cell_chars=int(setting("max_cell_chars", cls.max_cell_chars)),
            max_problems=int(setting("max_problems", cls.max_problems)),
        )


@dataclass
class Sheet:
    header: list[str]
    rows: list[tuple[int, list[str]]]  # (spreadsheet row number, cells)
    delimiter: str | None = None  # a CSV file's separator; None for a workbook
    # what the file does that a reader should know but that does not refuse it: (text key, values)
    warnings: list[tuple[str, dict]] = field(default_factory=list)


def decode(raw: bytes) -> str:
    """UTF-16 (Excel's "Unicode text": a byte-order mark, or every other byte zero), UTF-8 with or
    without BOM, else Windows-1252 (what Excel on Windows saves). UTF-32 with its byte-order mark too."""
    if raw.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        return raw.decode("utf-32")
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16")
    sample = raw[:2000]
    if len(sample) >= 4 and sample[1::2].count(0) > len(sample) // 4 and not sample[0::2].count(0):
        return raw.decode("utf-16-le")
    if len(sample) >= 4 and sample[0::2].count(0) > len(sample) // 4 and not sample[1::2].count(0):
        return raw.decode("utf-16-be")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="strict")


def sniff_delimiter(first_line: str) -> str:
    """';' when the header has more semicolons than commas, else ','. Tabs are accepted too."""
    counts = {delimiter: first_line.count(delimiter) for delimiter in (";", ",", "\t")}
    return max(counts, key=lambda d: (counts[d], d == ";"))


def _clean(cells) -> list[str]:
    return ["" if cell is None else str(cell).strip() for cell in cells]


def read_csv(path: Path, limits: Limits = Limits()) -> Sheet:
    raw = path.read_bytes()
    if not raw.strip():
        raise UnreadableFile("etl.err.empty_file")
    try:
        text = decode(raw)
    except UnicodeDecodeError as error:
        if error.encoding.startswith("utf-16") or error.encoding.startswith("utf-32"):
            encoding = "UTF-16" if error.encoding.startswith("utf-16") else "UTF-32"
            raise UnreadableFile("etl.err.broken_unicode", encoding=encoding) from error
        raise UnreadableFile("etl.err.unreadable", detail="okänd teckenkodning / unknown encoding") from error
    if "\x00" in text:
        raise UnreadableFile("etl.err.unreadable", detail="binärfil / binary file")
    first_line = text.splitlines()[0] if text.splitlines() else ""
    delimiter = sniff_delimiter(first_line)
    # a cell of any length is read, so that the validator names it by row and column (max_cell_chars)
    csv.field_size_limit(max(csv.field_size_limit(), len(text) + 1))
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    records, filled = [], 0
    try:
        for record in reader:
            cells = _clean(record)
            filled += any(cells)
            if filled > limits.max_rows + 1:
                raise _too_many_rows(limits)
            records.append(cells)
    except csv.Error as error:
        raise UnreadableFile("etl.err.unreadable", detail=str(error)) from error
    sheet = _to_sheet(records)
    sheet.delimiter = delimiter
    return sheet


def _too_many_rows(limits: Limits) -> UnreadableFile:
    from core.fmt import grouped

    return UnreadableFile("etl.err.too_many_rows", max=grouped(limits.max_rows))


def read_xlsx(path: Path, limits: Limits = Limits()) -> Sheet:
    """The first sheet; when it is empty and one later sheet holds data, that sheet (said so in a
    warning). Hidden rows and columns are read, and named in a warning."""
    import openpyxl

    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises many kinds for a broken file
        raise UnreadableFile("etl.err.unreadable", detail=type(error).__name__) from error
    try:
        records, hidden_rows, hidden_columns = _sheet_records(workbook, workbook.worksheets[0], limits)
        warnings = []
        with_data = [sheet.title for sheet in workbook.worksheets[1:] if _has_data(sheet)]
        first = workbook.worksheets[0].title
        if not any(any(cells) for cells in records) and with_data:
            if len(with_data) > 1:
                raise UnreadableFile("etl.err.first_sheet_empty", first=first, sheets=_quoted_list(with_data))
            chosen = workbook[with_data[0]]
            records, hidden_rows, hidden_columns = _sheet_records(workbook, chosen, limits)
            warnings.append(("etl.warn.other_sheet_read", {"first": first, "sheet": chosen.title}))
        elif with_data:
            warnings.append(("etl.warn.sheets_not_read", {"first": first, "sheets": _quoted_list(with_data)}))
    except UnreadableFile:
        raise
    except Exception as error:  # a damaged sheet inside a workbook that opened
        raise UnreadableFile("etl.err.unreadable", detail=type(error).__name__) from error
    finally:
        workbook.close()
    sheet = _to_sheet(records)
    width = len(sheet.header)
    data_rows = {number for number, _ in sheet.rows}
    hidden = [number for number in hidden_rows if number in data_rows]
    if hidden:
        key = "etl.warn.hidden_rows" if len(hidden) > 1 else "etl.warn.hidden_row"
        warnings.append((key, {"rows": _number_list(hidden)}))
    columns = [letter for position, letter in hidden_columns if position < width]
    if columns:
        key = "etl.warn.hidden_columns" if len(columns) > 1 else "etl.warn.hidden_column"
        warnings.append((key, {"columns": ", ".join(columns)}))
    sheet.warnings = warnings
    return sheet


def _sheet_records(workbook, sheet, limits: Limits) -> tuple[list[list[str]], list[int], list[tuple[int, str]]]:
    """A read-only sheet's rows as text, from row 1 on, and its hidden rows and columns. openpyxl's
    read-only sheets know no row dimensions, so the sheet's XML is read with openpyxl's own parser,
    which notes them on the way."""
    from openpyxl.utils import column_index_from_string
    from openpyxl.worksheet._reader import WorkSheetParser

    records: list[list[str]] = []
    filled = 0
    with sheet._get_source() as source:
        parser = WorkSheetParser(
            source,
            sheet._shared_strings,
            data_only=True,
            epoch=workbook.epoch,
            date_formats=workbook._date_formats,
            timedelta_formats=workbook._timedelta_formats,
        )
        for number, cells in parser.parse():
            while len(records) < number - 1:
                records.append([])
            values: list = []
            for cell in cells:
                position = cell["column"] - 1
                values.extend([None] * (position + 1 - len(values)))
                values[position] = cell["value"]
            cells = _clean(_excel_cell(value) for value in values)
            filled += any(cells)
            if filled > limits.max_rows + 1:
                raise _too_many_rows(limits)
            records.append(cells)
    hidden_rows = sorted(int(row) for row, attrs in parser.row_dimensions.items() if _on(attrs.get("hidden")))
    hidden_columns = []
    for letter, attrs in parser.column_dimensions.items():
        if _on(attrs.get("hidden")):
            low, high = int(attrs.get("min") or column_index_from_string(letter)), int(attrs.get("max") or 0)
            for index in range(low, max(low, high) + 1):
                hidden_columns.append((index - 1, _letter(index)))
    return records, hidden_rows, sorted(set(hidden_columns))


def _on(value) -> bool:
    return str(value).lower() in ("1", "true")


def _letter(index: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(index)


def _has_data(sheet) -> bool:
    return any(any(value not in (None, "") for value in row) for row in sheet.iter_rows(values_only=True))


def _quoted_list(names: list[str]) -> str:
    return ", ".join(f'"{name}"' for name in names)


def _number_list(numbers: list[int], shown: int = 20) -> str:
    text = ", ".join(str(number) for number in numbers[:shown])
    return text + (f" … (+{len(numbers) - shown})" if len(numbers) > shown else "")


def _excel_cell(value) -> str:
    """Excel numbers arrive as float: 2024.0 is the year 2024, 0.5 stays 0.5, dates as ISO."""
    import datetime as dt

    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def _to_sheet(records: list[list[str]]) -> Sheet:
    numbered = [(number, cells) for number, cells in enumerate(records, start=1) if any(cells)]
    if not numbered:
        raise UnreadableFile("etl.err.empty_file")
    header_number, header = numbered[0]
    width = len(header)
    rows = [(number, _fitted(cells, width)) for number, cells in numbered[1:]]
    if not rows:
        raise UnreadableFile("etl.err.no_rows")
    return Sheet(header=header, rows=rows)


def _fitted(cells: list[str], width: int) -> list[str]:
    """A row as wide as the header: short rows padded; empty cells past the header dropped (a trailing
    separator), cells with text past it kept for the validator to refuse."""
    if len(cells) < width:
        return cells + [""] * (width - len(cells))
    end = len(cells)
    while end > width and cells[end - 1] == "":
        end -= 1
    return cells[:end]


def read_sheet(path: Path, limits: Limits | None = None) -> Sheet:
    if not path.exists():
        raise UnreadableFile("etl.err.no_such_file")
    limits = limits or Limits.configured()
    suffix = path.suffix.lower()
    if suffix in (".csv", ".txt", ".xlsx", ".xlsm"):
        size = path.stat().st_size
        if size > limits.max_file_mb * 1e6:
            raise UnreadableFile("etl.err.file_too_large", size=f"{size / 1e6:.1f}", max=f"{limits.max_file_mb:g}")
    if suffix in (".csv", ".txt"):
        return read_csv(path, limits)
    if suffix in (".xlsx", ".xlsm"):
        return read_xlsx(path, limits)
    raise UnreadableFile("etl.err.bad_suffix", suffix=suffix or "–")
