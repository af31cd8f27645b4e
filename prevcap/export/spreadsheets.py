"""Tables as spreadsheet files: CSV that Swedish Excel opens with a double click, and .xlsx with numbers
as numbers; text that a spreadsheet would run as a formula is made harmless in both.

Where a table comes from goes with it without spoiling the data: the .xlsx has a second sheet
("Källa": the title, the selection, the source line and, for example data, the red "Exempeldata" note)
and prints the source and the mark in the data sheet's page footer; the CSV stays rows of data only
(a note line under it would be a row to Excel and to every program that reads it back), and carries
the mark in its file name (table_filename)."""

from __future__ import annotations

import io
import re
from collections.abc import Iterable
from datetime import date, datetime
from decimal import Decimal

import pandas as pd

from core import fmt
from core.i18n import DEFAULT_LANGUAGE, t
from prevcap.export import layout
from prevcap.export.names import export_filename

EXAMPLE_COLOUR = "B00020"  # prevcap.export.layout.EXAMPLE_COLOUR, as Excel writes colours
# Excel refuses a page header or footer of more than 255 characters (its codes included)
FOOTER_CHARS = 200

# A cell starting with one of these is read by spreadsheets as a formula (CSV/formula injection)
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise_formula(value):
    """A string that a spreadsheet would take for a formula, behind a `'`; anything else unchanged."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def _is_number_column(column: pd.Series) -> bool:
    return (
        pd.api.types.is_numeric_dtype(column)
        or pd.api.types.is_bool_dtype(column)
        or pd.api.types.is_datetime64_any_dtype(column)
        or pd.api.types.is_timedelta64_dtype(column)
    )


def _table_frame(df: pd.DataFrame, neutralise_headers: bool = True) -> pd.DataFrame:
    """The frame to write: a meaningful index becomes columns; for a CSV the headers are neutralised too."""
    unnamed_range = isinstance(df.index, pd.RangeIndex) and df.index.name is None
    frame = df.copy() if unnamed_range else df.reset_index()
    frame.columns = [neutralise_formula(str(name)) if neutralise_headers else str(name) for name in frame.columns]
    return frame


def _whole_numbers(column: pd.Series) -> bool:
    if not pd.api.types.is_float_dtype(column):
        return False
    values = column.dropna()
    return bool(len(values)) and bool((values == values.round()).all()) and bool((values.abs() < 2**53).all())


def _is_missing(value) -> bool:
    try:
        return value is None or bool(pd.isna(value))
    except (TypeError, ValueError):  # arrays and other things that are not one value
        return False


def _csv_text_cell(value):
    if isinstance(value, (float, Decimal)) and not _is_missing(value):
        return fmt.spreadsheet_decimal(value)  # the column's other values keep it from decimal=","
    return neutralise_formula(value)


def table_csv_bytes(df: pd.DataFrame) -> bytes:
    """CSV as Swedish Excel opens it with a double click: `;` between cells, decimal comma, UTF-8
    with BOM (or å, ä, ö break), CRLF line ends. Strings that look like formulas get a leading `'`."""
    frame = _table_frame(df)
    for position in range(len(frame.columns)):
        column = frame.iloc[:, position]
        if not _is_number_column(column):
            frame.isetitem(position, column.astype(object).map(_csv_text_cell))
        elif _whole_numbers(column):
            # a count stays a count: "154", not "154,0" (a float column with a gap is still whole numbers)
            frame.isetitem(position, column.astype("Int64"))
    text = frame.to_csv(sep=";", decimal=",", index=False, lineterminator="\r\n")
    return text.encode("utf-8-sig")


_ILLEGAL_XLSX_CHARACTERS = re.compile(r"[\000-\010\013\014\016-\037]")
_SHEET_NAME_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")


def _xlsx_cell(value):
    """A value openpyxl stores as the matching Excel type: numbers stay numbers, gaps stay empty."""
    if _is_missing(value):
        return None
    if hasattr(value, "item") and not isinstance(value, (str, bytes)):  # numpy scalars
        value = value.item()
    if isinstance(value, pd.Timestamp):
        value = value.to_pydatetime()
    if isinstance(value, datetime) and value.tzinfo is not None:
        value = value.replace(tzinfo=None)  # Excel has no time zones
    if isinstance(value, (bool, int, float, Decimal, datetime, date)):
        return value
    # a string stays a string: table_xlsx_bytes marks every text cell as text, so that one starting
    # with "=" is never a formula (and shows without the CSV's leading apostrophe)
    return _ILLEGAL_XLSX_CHARACTERS.sub("", str(value))


def _column_width(header: str, values: Iterable) -> float:
    longest = max([len(header), *(len(str(v)) for v in values if v is not None)], default=len(header))
    return min(max(longest + 2, 8), 60)


def table_filename(title: str, filters, ext: str, example_data: bool = False, lang: str = DEFAULT_LANGUAGE) -> str:
    """export_filename, ending in "exempeldata" ("example_data") for a table of example data: a CSV has
    no other place for the mark."""
    marks = [t("export.example_data", lang)] if example_data else []
    return export_filename(title, [*filters, *marks], ext)


def _source_sheet(workbook, lang: str, title: str, subtitle: str, source: str, example_note: str) -> None:
    from openpyxl.styles import Font

    sheet = workbook.create_sheet(t("export.sheet.source", lang))
    lines = [(title, Font(bold=True, size=12)), (subtitle, None), (source, None)]
    lines += [(example_note, Font(bold=True, color=EXAMPLE_COLOUR))] if example_note else []
    for text, font in (line for line in lines if line[0]):
        sheet.append([_xlsx_cell(text)])
        cell = sheet.cell(sheet.max_row, 1)
        cell.data_type = "s"
        if font is not None:
            cell.font = font
    sheet.column_dimensions["A"].width = 120


def table_xlsx_bytes(
    df: pd.DataFrame,
    sheet_name: str = "Data",
    *,
    source: str = "",
    example_data: bool = False,
    subtitle: str = "",
    lang: str = DEFAULT_LANGUAGE,
) -> bytes:
    """An .xlsx workbook: the table's sheet with a bold header row that stays in view, a filter on it,
    numbers as numbers, columns as wide as their content (8–60 characters); with a `source` (the pages'
    source line) or `example_data`, a second sheet "Källa" says the title (`sheet_name`), the selection
    (`subtitle`), the source and the example note, and the table's printed pages carry the source and
    the red mark in their footer."""
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    frame = _table_frame(df, neutralise_headers=False)
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = _SHEET_NAME_FORBIDDEN.sub(" ", sheet_name).strip().strip("'")[:31] or "Data"
    headers = [_xlsx_cell(name) for name in frame.columns]
    sheet.append(headers)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    rows = [[_xlsx_cell(value) for value in row] for row in frame.itertuples(index=False, name=None)]
    for row in rows:
        sheet.append(row)
    for line in sheet.iter_rows():
        for cell in line:
            if isinstance(cell.value, str):
                cell.data_type = "s"  # text, never a formula
    for index, header in enumerate(headers):
        sample = (row[index] for row in rows[:2000])
        sheet.column_dimensions[get_column_letter(index + 1)].width = _column_width(str(header), sample)
    sheet.freeze_panes = "A2"
    if rows:
        sheet.auto_filter.ref = sheet.dimensions
    if source or example_data:
        source_text = layout.source_text(source, lang) if source.strip() else ""
        note = t("export.example_data_note", lang) if example_data else ""
        _source_sheet(workbook, lang, sheet_name, subtitle, source_text, note)
        if source_text:
            shown = source_text if len(source_text) <= FOOTER_CHARS else source_text[: FOOTER_CHARS - 1] + "…"
            sheet.oddFooter.left.text = shown.replace("&", "&&")
            sheet.oddFooter.left.size = 8
        if example_data:
            sheet.oddFooter.right.text = t("export.example_data", lang)
            sheet.oddFooter.right.color = EXAMPLE_COLOUR
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
