"""Read a CSV or XLSX file as Swedish offices write them into header + numbered rows.

Row numbers are the ones a spreadsheet shows: the header is row 1, so the first data row is 2.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path


class UnreadableFile(Exception):
    """The file cannot be read at all; `reason` is a text key, `values` fill it in."""

    def __init__(self, reason: str, **values):
        super().__init__(reason)
        self.reason = reason
        self.values = values


@dataclass
class Sheet:
    header: list[str]
    rows: list[tuple[int, list[str]]]  # (spreadsheet row number, cells)


def decode(raw: bytes) -> str:
    """UTF-16 (Excel's "Unicode text": a byte-order mark, or every other byte zero), UTF-8 with or
    without BOM, else Windows-1252 (what Excel on Windows saves)."""
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


def read_csv(path: Path) -> Sheet:
    raw = path.read_bytes()
    if not raw.strip():
        raise UnreadableFile("etl.err.empty_file")
    try:
        text = decode(raw)
    except UnicodeDecodeError as error:
        raise UnreadableFile("etl.err.unreadable", detail="okänd teckenkodning / unknown encoding") from error
    if "\x00" in text:
        raise UnreadableFile("etl.err.unreadable", detail="binärfil / binary file")
    first_line = text.splitlines()[0] if text.splitlines() else ""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=sniff_delimiter(first_line))
    try:
        records = list(reader)
    except csv.Error as error:
        raise UnreadableFile("etl.err.unreadable", detail=str(error)) from error
    return _to_sheet([_clean(record) for record in records])


def read_xlsx(path: Path) -> Sheet:
    import openpyxl

    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises many kinds for a broken file
        raise UnreadableFile("etl.err.unreadable", detail=type(error).__name__) from error
    sheet = workbook.worksheets[0]
    records = [_clean(_excel_cell(value) for value in row) for row in sheet.iter_rows(values_only=True)]
    workbook.close()
    return _to_sheet(records)


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
    rows = [(number, cells + [""] * (len(header) - len(cells))) for number, cells in numbered[1:]]
    if not rows:
        raise UnreadableFile("etl.err.no_rows")
    return Sheet(header=header, rows=rows)


def read_sheet(path: Path) -> Sheet:
    if not path.exists():
        raise UnreadableFile("etl.err.no_such_file")
    suffix = path.suffix.lower()
    if suffix in (".csv", ".txt"):
        return read_csv(path)
    if suffix in (".xlsx", ".xlsm"):
        return read_xlsx(path)
    raise UnreadableFile("etl.err.bad_suffix", suffix=suffix or "–")
