"""A clean CSV file checked column by column instead of cell by cell: the bulk path of a load.

The rules are the row checker's own (etl.validate): every distinct text of a column goes through
`check_cell` once, and the personal-data test through `personal_data_in_cell` for every cell that could
hold personal data at all. What is done in bulk (with pyarrow) is only what decides which cells need
those tests: a cell with an "@", or with eight digits or more (the fewest that a phone number or a
personal identity number has).

This path accepts a file or steps aside, it never refuses one: at the first sign of a problem, or of
anything it does not read exactly as the row reader does (another encoding, a blank line, a row of the
wrong width, a collaboration's member list), it returns None and the row checker reads the file and
names every problem by row and column. So the messages are the row checker's, always.
"""

from __future__ import annotations

import io
import os
from concurrent.futures import ThreadPoolExecutor

import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pa_csv

from etl.kinds import KINDS
from etl.readers import Limits, sniff_delimiter
from etl.validate import (
    Context,
    ambiguous_headers,
    check_cell,
    fold,
    map_header,
    personal_data_header,
    personal_data_in_cell,
)

# what str.strip() removes: the row reader strips every cell with it
WHITESPACE = "".join(chr(code) for code in range(0x110000) if chr(code).isspace())
SPACES = pa.array(list(WHITESPACE))
# the fewest digits of a phone number (national: 8) or a personal identity number (10): a cell with
# fewer cannot hold one, whatever personal_data_in_cell would look at
FEWEST_DIGITS = 8
# an e-mail address's @, or that many digits anywhere in the cell (RE2, which pyarrow runs)
COULD_BE_PERSONAL = rf"@|(?:\p{{Nd}}[^\p{{Nd}}]*){{{FEWEST_DIGITS}}}"
ARROW_TYPES = {
    "municipality": pa.string(),
    "year": pa.int32(),
    "number": pa.float64(),
    "integer": pa.int64(),
    "text": pa.string(),
    "url": pa.string(),
    "date": pa.date32(),
    "choice": pa.string(),
    "bool": pa.bool_(),
    "event": pa.string(),
}
# what is looked at before the file is read: its encoding's marks and its header line
HEAD_BYTES = 1 << 16
# kinds whose rows need more than one cell at a time in ways done only row by row
ROW_BY_ROW_KINDS = ("collaborations",)


def staging_table(
    kind_name: str, path, raw: bytes | None, context: Context, limits: Limits
) -> tuple[pd.DataFrame, list[str]] | None:
    """The file's rows as staging columns (with source_row), as etl.warehouse.staging_frame makes them
    from the row checker's records, and the headers not used; or None when the row checker must read
    the file. `raw`: its bytes if the caller has them (None: read from `path`)."""
    kind = KINDS[kind_name]
    if kind_name in ROW_BY_ROW_KINDS or str(path).lower().endswith((".xlsx", ".xlsm")):
        return None
    read = _read(raw, path, limits)
    if read is None:
        return None
    header, table = read
    if _personal_or_too_long(header, table, kind, limits):
        return None
    if ambiguous_headers(kind, header):
        return None
    positions, ignored = map_header(kind, header)
    if any(column.required and column.name not in positions for column in kind.columns):
        return None
    rows = table.num_rows
    typed: dict[str, pa.Array] = {}
    for column in kind.columns:
        if column.name not in positions:
            typed[column.name] = pa.nulls(rows, ARROW_TYPES[column.kind])
            continue
        values = _typed_column(column, table.column(positions[column.name]), context)
        if values is None:
            return None
        typed[column.name] = values
    _complete(kind_name, typed)
    if _row_rule_fails(kind_name, typed, context) or _duplicate_key(kind, typed):
        return None
    columns = {column.column_name: typed[column.name] for column in kind.stored_columns}
    columns["source_row"] = pa.array(range(2, rows + 2), pa.int64())
    return pa.table(columns).to_pandas(types_mapper=pd.ArrowDtype), ignored


def _read(raw: bytes | None, path, limits: Limits) -> tuple[list[str], pa.Table] | None:
    """Header and cells (stripped, as text) of a UTF-8 file whose every row is as wide as its header and
    holds something; None for any other file (the row reader reads those). `raw`: the file's bytes, or
    None: read from `path` in blocks (a big file is never held whole beside its cells)."""
    head = raw[:HEAD_BYTES] if raw is not None else _head(path)
    if head.startswith(b"\xef\xbb\xbf"):
        head = head[3:]
    if b"\x00" in head[:4000] or head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return None
    end = head.find(b"\n")
    if end <= 0:
        return None
    first = head[:end].rstrip(b"\r")
    if b'"' in first:
        return None
    try:
        first_line = first.decode("utf-8")
    except UnicodeDecodeError:
        return None
    delimiter = sniff_delimiter(first_line)
    header = [cell.strip() for cell in first_line.split(delimiter)]
    if not any(header):
        return None
    names = [f"c{position}" for position in range(len(header))]
    try:
        table = pa_csv.read_csv(
            io.BytesIO(raw) if raw is not None else str(path),
            read_options=pa_csv.ReadOptions(skip_rows=1, column_names=names, block_size=1 << 24),
            parse_options=pa_csv.ParseOptions(delimiter=delimiter, newlines_in_values=True, ignore_empty_lines=False),
            convert_options=pa_csv.ConvertOptions(
                column_types={name: pa.string() for name in names},
                strings_can_be_null=False,
                quoted_strings_can_be_null=False,
            ),
        )
    except (pa.ArrowInvalid, UnicodeDecodeError, OSError):  # a row of another width, a blank line, not UTF-8
        return None
    if table.num_rows == 0 or table.num_rows > limits.max_rows:
        return None
    table = pa.table(dict(zip(names, _each_column(_stripped, table.columns))))
    empty = None
    for name in names:
        blank = pc.equal(table.column(name), "")
        empty = blank if empty is None else pc.and_(empty, blank)
    if pc.any(empty).as_py():  # a row of separators only: the row reader skips it and counts its number
        return None
    return header, table


def _head(path) -> bytes:
    """The file's first bytes: enough for its header line (a longer one is read by the row reader)."""
    with open(path, "rb") as handle:
        return handle.read(HEAD_BYTES)


def _stripped(cells: pa.ChunkedArray) -> pa.ChunkedArray:
    """The cells as str.strip() leaves them; a column without a space at either end is not copied."""
    edges = pc.or_(
        pc.is_in(pc.utf8_slice_codeunits(cells, 0, 1), value_set=SPACES),
        pc.is_in(pc.utf8_slice_codeunits(cells, -1), value_set=SPACES),
    )
    if not pc.any(edges).as_py():
        return cells
    return pc.utf8_trim(cells, characters=WHITESPACE)


def _personal_or_too_long(header: list[str], table: pa.Table, kind, limits: Limits) -> bool:
    """Whether any header or cell is too long or holds personal data (the row checker names them)."""
    known = {fold(name) for column in kind.columns for name in (column.name, *column.aliases)}
    for name in header:
        if len(name) > limits.max_cell_chars:
            return True
        if fold(name) not in known and personal_data_header(name):
            return True
        if name and personal_data_in_cell(name):
            return True
    return any(_each_column(lambda cells: _personal_or_too_long_cells(cells, limits), table.columns))


def _personal_or_too_long_cells(cells: pa.ChunkedArray, limits: Limits) -> bool:
    if pc.any(pc.greater(pc.utf8_length(cells), limits.max_cell_chars)).as_py():
        return True
    could = pc.match_substring_regex(cells, COULD_BE_PERSONAL)
    return any(personal_data_in_cell(text) for text in pc.unique(cells.filter(could)).to_pylist())


def _each_column(function, columns: list) -> list:
    """function(column) for every column, on as many threads as there are processors: pyarrow lets go
    of Python's lock while it computes, so the columns of a big file are checked side by side."""
    if len(columns) < 2 or sum(len(column) for column in columns) < 100_000:
        return [function(column) for column in columns]
    with ThreadPoolExecutor(max_workers=min(len(columns), os.cpu_count() or 1)) as pool:
        return list(pool.map(function, columns))


def _typed_column(column, cells: pa.ChunkedArray, context: Context) -> pa.ChunkedArray | None:
    """A column's cells as their typed values, each distinct text checked once; None at a problem."""
    if column.kind == "text":
        if column.nullable or not column.required:
            return pc.if_else(pc.equal(cells, ""), pa.scalar(None, pa.string()), cells)
        if pc.any(pc.equal(cells, "")).as_py():
            return None
        return cells
    distinct = pc.unique(cells)
    values = []
    for text in distinct.to_pylist():
        value, problem = check_cell(column, text, context, hints=False)
        if problem:
            return None
        values.append(value)
    return pc.take(pa.array(values, ARROW_TYPES[column.kind]), pc.index_in(cells, value_set=distinct))


def _complete(kind_name: str, typed: dict[str, pa.Array]) -> None:
    """etl.validate._complete's defaults, for a whole column."""
    if kind_name == "funding":
        typed["area"] = pc.fill_null(typed["area"], "bada")
    if kind_name == "population":
        typed["quality"] = pc.fill_null(typed["quality"], "primary")


def _row_rule_fails(kind_name: str, typed: dict[str, pa.Array], context: Context) -> bool:
    """etl.validate._row_rule for every row at once: whether any row breaks it."""
    if kind_name == "staffing":
        return bool(pc.any(pc.equal(typed["shared_with"], typed["municipality"])).as_py())
    if kind_name == "events":
        years = pc.year(typed["date"])
        outside = pc.or_(pc.less(years, context.first_year), pc.greater(years, context.last_year))
        return bool(pc.any(outside).as_py())
    return False


def _duplicate_key(kind, typed: dict[str, pa.Array]) -> bool:
    keys = pa.table({name: typed[name] for name in kind.key})
    if len(kind.key) == 1:
        # unique() is a hash set: for a million texts 0.24 s against count_distinct's 0.41 s
        return len(pc.unique(keys.column(0))) < keys.num_rows
    return keys.group_by(list(kind.key)).aggregate([]).num_rows < keys.num_rows
