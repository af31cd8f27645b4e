"""Read SCB's table of the population per municipality as Statistikdatabasen (PxWeb) exports it.

The table: "Folkmängden efter region, civilstånd, ålder och kön. År" (BE0101N1), with every
municipality as region and the other variables left out or set to their total. PxWeb writes it as
- CSV: a header such as `"region","2023","2024"` (or `"region","ålder","kön","2024"`, or years as
  `Folkmängd 2024`), then rows `"0114 Upplands Väsby",48240,48634`; ',' or ';', UTF-8 or
  Windows-1252, possibly a title line above the header and notes below the rows;
- CSV with the year as a row: `"region","år","Folkmängd"`;
- XLSX: title rows, then the header row (years), then a row per region, then notes.
Regions are '0114 Upplands Väsby' (code and name), '01 Stockholms län' and '00 Riket' (skipped and
counted), or a bare name. Numbers may group thousands with spaces; '..' is SCB's missing value.
A table split by sex (BE0101N1 has no total of sex) is summed over män and kvinnor; one split by age
or civil status is refused, naming the column: summing its rows could count people twice.

Nothing is loaded here: the caller gets a frame, or, when anything is wrong, an empty frame and
every problem (row as a spreadsheet shows it, column as the file names it).
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from core.i18n import t
from etl.readers import _excel_cell, decode, sniff_delimiter
from etl.validate import Problem, fold

COLUMNS = {
    "municipality_code": "string",
    "year": "int64",
    "population": "int64",
    "quality": "string",
    "source": "string",
}
# a year column: '2024', or PxWeb's content and year, 'Folkmängd 2024'
YEAR_HEADER = re.compile(r"^(?:\D*\s)?((?:19|20)\d{2})$")
REGION = re.compile(r"^(\d{2}|\d{4})\s+(\S.*)$")
COUNT = re.compile(r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+")
MISSING = {"..", "…", "-", ""}
REGION_HEADERS = {"region"}
YEAR_HEADERS = {"ar", "year"}
# what PxWeb writes for a variable's total; any other value splits the population
TOTALS = re.compile(r"^(totalt|total|samtliga|alla|summa)\b")
TOTAL_REGIONS = {"riket", "hela riket", "sverige", "totalt"}
# a table split by sex only (BE0101N1 has no total of kön): its two rows add up to the population
SEXES = {"man", "kvinnor"}


@dataclass
class ScbResult:
    frame: pd.DataFrame
    skipped_totals: int = 0  # rows of the whole country or a county
    skipped_missing: int = 0  # '..': SCB has no figure
    problems: list[Problem] = field(default_factory=list)
    title: str = ""


def _records(path: Path) -> list[list[str]]:
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        import openpyxl

        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
        try:
            sheet = workbook.worksheets[0]
            return [
                ["" if value is None else str(_excel_cell(value)).strip() for value in row]
                for row in sheet.iter_rows(values_only=True)
            ]
        finally:
            workbook.close()
    text = decode(path.read_bytes())
    lines = [line for line in text.splitlines() if line.strip()]
    # the delimiter of the header (the first line with a year), not of a title line above it
    header_line = next(
        (line for line in lines if any(YEAR_HEADER.match(cell.strip(' "')) for cell in re.split(r"[;,\t]", line))),
        lines[0] if lines else "",
    )
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=sniff_delimiter(header_line))
    return [[cell.strip() for cell in record] for record in reader]


def _header_index(records: list[list[str]]) -> int | None:
    """The header row: the first with a column 'region' or a year, followed by a row of a region."""
    for index, cells in enumerate(records):
        folded = [fold(cell) for cell in cells]
        has_region = any(cell in REGION_HEADERS for cell in folded)
        has_years = any(YEAR_HEADER.match(cell) for cell in cells)
        if (has_region and (has_years or any(cell in YEAR_HEADERS for cell in folded))) or (
            has_years and _first_region_row(records, index) is not None
        ):
            return index
    return None


def _first_region_row(records, header: int) -> int | None:
    for index in range(header + 1, len(records)):
        cells = [cell for cell in records[index] if cell]
        if not cells:
            continue
        return index if REGION.match(records[index][0]) or fold(records[index][0]) in TOTAL_REGIONS else None
    return None


def looks_like_scb(path: Path) -> bool:
    """Whether the file is SCB's table as PxWeb exports it rather than the population template
    (columns municipality, year, population, source)."""
    try:
        records = _records(Path(path))
    except Exception:  # an unreadable file is the template reader's to report
        return False
    index = _header_index(records)
    if index is None:
        return False
    folded = {fold(cell) for cell in records[index]}
    return "source" not in folded and "kalla" not in folded


def _count(text: str) -> int | None:
    return int(re.sub(r"[ \u00a0\u202f]", "", text)) if COUNT.fullmatch(text) else None


def read_scb_population(path: Path, names: pd.DataFrame) -> ScbResult:
    """The population of each municipality and year the file holds.

    `names`: municipality_code and municipality_name of all 290 (etl.reference.all_municipality_names());
    the frame keeps every municipality the file names, the caller narrows it to the warehouse's."""
    path = Path(path)
    if not path.is_file():
        return ScbResult(_empty(), problems=[Problem(None, None, "public.err.no_such_file", {})])
    try:
        records = _records(path)
    except UnicodeDecodeError:
        return ScbResult(_empty(), problems=[Problem(None, None, "public.err.unreadable", {"detail": "encoding"})])
    except (csv.Error, OSError, ValueError) as error:
        return ScbResult(_empty(), problems=[Problem(None, None, "public.err.unreadable", {"detail": str(error)})])
    header_index = _header_index(records)
    if header_index is None:
        return ScbResult(_empty(), problems=[Problem(None, None, "public.err.scb_no_header", {})])
    header = records[header_index]
    title = next((cells[0] for cells in records[:header_index] if cells and cells[0]), "")
    folded = [fold(cell) for cell in header]
    region_column = next((i for i, cell in enumerate(folded) if cell in REGION_HEADERS), 0)
    year_columns = {
        i: int(YEAR_HEADER.match(cell).group(1)) for i, cell in enumerate(header) if YEAR_HEADER.match(cell)
    }
    long_year = next((i for i, cell in enumerate(folded) if cell in YEAR_HEADERS), None)
    problems: list[Problem] = []
    if long_year is not None and not year_columns:
        # the year as a row variable: the value is the last column
        value_column = len(header) - 1
        dimensions = [i for i in range(len(header)) if i not in (region_column, long_year, value_column)]
    else:
        value_column = None
        dimensions = [i for i in range(len(header)) if i != region_column and i not in year_columns and header[i]]
        if not year_columns:
            problems.append(Problem(header_index + 1, None, "public.err.scb_no_years", {}))
    by_code = dict(zip(names["municipality_code"], names["municipality_name"]))
    by_name = {fold(name): code for code, name in by_code.items()}
    # (code, year) -> rows of the whole population, and of each sex when the table is split by sex
    whole: dict[tuple[str, int], list[tuple[int, int, str]]] = {}
    by_sex: dict[tuple[str, int], dict[str, tuple[int, int, str]]] = {}
    totals = missing = 0
    for index in range(header_index + 1, len(records)):
        cells = records[index] + [""] * (len(header) - len(records[index]))
        number = index + 1
        region = cells[region_column]
        if not any(cells):
            continue
        match = REGION.match(region)
        if fold(region) in TOTAL_REGIONS or (match and len(match.group(1)) == 2):
            totals += 1
            continue
        region_header = header[region_column] or "A"
        if match:
            code = match.group(1)
            if code not in by_code:
                problems.append(Problem(number, region_header, "public.err.scb_unknown_code", {"value": region}))
                continue
        elif region and fold(region) in by_name:
            code = by_name[fold(region)]
        elif not region or not any(cells[i] for i in (*year_columns, *([value_column] if value_column else []))):
            continue  # a note below the table ('Källa: SCB', 'Senast uppdaterad ...')
        else:
            problems.append(Problem(number, region_header, "public.err.unknown_municipality", {"value": region}))
            continue
        split = {i: cells[i] for i in dimensions if cells[i] and not TOTALS.match(fold(cells[i]))}
        sex = None
        if len(split) == 1 and fold(header[next(iter(split))]) == "kon" and fold(next(iter(split.values()))) in SEXES:
            sex = fold(next(iter(split.values())))
        elif split:
            column = next(iter(split))
            problems.append(
                Problem(
                    number, header[column], "public.err.scb_split", {"value": split[column], "column": header[column]}
                )
            )
            continue
        if value_column is not None:
            year_text = cells[long_year]
            if not re.fullmatch(r"(?:19|20)\d{2}", year_text):
                problems.append(Problem(number, header[long_year], "public.err.bad_year", {"value": year_text}))
                continue
            pairs = [(int(year_text), value_column)]
        else:
            pairs = [(year, i) for i, year in year_columns.items()]
        for year, column in pairs:
            text = cells[column]
            if text in MISSING:
                missing += 1
                continue
            population = _count(text)
            if population is None or (population < 1 and sex is None):
                problems.append(Problem(number, header[column], "public.err.bad_count", {"value": text}))
                continue
            if sex is None:
                whole.setdefault((code, year), []).append((population, number, header[column]))
            else:
                parts = by_sex.setdefault((code, year), {})
                if sex in parts:
                    problems.append(
                        Problem(
                            number,
                            header[column],
                            "public.err.duplicate_municipality",
                            {"name": by_code[code], "other": parts[sex][1]},
                        )
                    )
                    continue
                parts[sex] = (population, number, header[column])
    values: dict[tuple[str, int], int] = {}
    for key in sorted(set(whole) | set(by_sex)):
        rows = whole.get(key, [])
        if len(rows) > 1:
            _, number, column = rows[1]
            problems.append(
                Problem(
                    number, column, "public.err.duplicate_municipality", {"name": by_code[key[0]], "other": rows[0][1]}
                )
            )
        elif rows:
            values[key] = rows[0][0]  # the total, whatever rows per sex stand beside it
        elif set(by_sex[key]) == SEXES:
            values[key] = sum(population for population, _, _ in by_sex[key].values())
        else:
            (sex, (_, number, column)), *_ = by_sex[key].items()
            problems.append(
                Problem(number, column, "public.err.scb_one_sex", {"name": by_code[key[0]], "year": key[1]})
            )
    if problems:
        return ScbResult(_empty(), totals, missing, problems, title)
    if not values:
        return ScbResult(_empty(), totals, missing, [Problem(None, None, "public.err.no_rows", {})], title)
    source = t("public.scb.source", "sv", title=title or t("public.scb.table", "sv"), file=path.name)
    keys = sorted(values)
    frame = pd.DataFrame(
        {
            "municipality_code": pd.array([code for code, _ in keys], dtype="string"),
            "year": pd.array([year for _, year in keys], dtype="int64"),
            "population": pd.array([values[key] for key in keys], dtype="int64"),
            "quality": pd.array(["primary"] * len(keys), dtype="string"),
            "source": pd.array([source] * len(keys), dtype="string"),
        }
    )
    return ScbResult(frame, totals, missing, [], title)


def _empty() -> pd.DataFrame:
    return pd.DataFrame({name: pd.Series(dtype=dtype) for name, dtype in COLUMNS.items()})
