"""The staging tables of the loadable kinds and the ledger's row tables, generated from the one
definition of each kind (etl/kinds.py): types, keys, checks of ranges and allowed codes.

Validation reads the same definition, so a value it accepts the schema accepts, and the other
way round (tests/test_schema.py tries the edges of every range against both)."""

from __future__ import annotations

from etl.identifiers import literal, quoted
from etl.kinds import KINDS, Column, Kind

SQL_TYPES = {
    "municipality": "varchar",
    "year": "integer",
    "number": "double",
    "integer": "integer",
    "text": "varchar",
    "url": "varchar",
    "date": "date",
    "choice": "varchar",
    "bool": "boolean",
    "event": "varchar",
}
ORIGINS = ("reference", "example", "loaded")


def _not_null(kind: Kind, column: Column) -> bool:
    return not column.nullable or column.default is not None or column.name in kind.key


def _checks(column: Column, first_year: int, last_year: int) -> list[str]:
    name = quoted(column.column_name)
    checks = []
    if column.kind == "municipality":
        checks.append(f"length({name}) = 4")
    if column.kind == "year":
        checks.append(f"{name} between {int(first_year)} and {int(last_year)}")
    if column.kind in ("number", "integer"):
        checks.append(f"{name} >= {column.lowest!r}")
        if column.max_value is not None:
            checks.append(f"{name} <= {column.max_value!r}")
    if column.kind == "url":
        checks.append(f"({name} like 'http://%' or {name} like 'https://%')")
    if column.kind == "choice":
        codes = ", ".join(literal(code) for code in sorted(set(column.choices.values())))
        checks.append(f"{name} in ({codes})")
    return checks


def staging_table_sql(kind: Kind, first_year: int, last_year: int) -> str:
    """create table staging.<kind> with the kind's columns, then where each row came from."""
    lines = []
    for column in kind.stored_columns:
        line = f"    {quoted(column.column_name)} {SQL_TYPES[column.kind]}"
        if _not_null(kind, column):
            line += " not null"
        checks = _checks(column, first_year, last_year)
        if checks:
            line += " check (" + " and ".join(checks) + ")"
        lines.append(line)
    origins = ", ".join(literal(origin) for origin in ORIGINS)
    lines += [
        f"    origin varchar not null check (origin in ({origins}))",
        "    source_file varchar not null",
        # the ledger batch a loaded row comes from. The key is kept unique by a data test (etl/checks.py)
        # rather than a primary key: DuckDB's index on it doubled the time a large batch takes to insert
        "    batch_id integer",
    ]
    return f"create table {quoted(kind.table)} (\n" + ",\n".join(lines) + "\n);"


def staging_sql(first_year: int, last_year: int) -> str:
    return "\n".join(staging_table_sql(kind, first_year, last_year) for kind in KINDS.values())


def ledger_table(kind_name: str) -> str:
    return f"rows_{kind_name}"


def ledger_columns(kind: Kind) -> dict[str, str]:
    """The ledger keeps a batch's rows as validated: staging column -> type, without checks (the
    rules may change; the rows a user loaded do not). A member list is a list of codes."""
    columns = {column.column_name: SQL_TYPES[column.kind] for column in kind.stored_columns}
    if any(column.kind == "municipalities" for column in kind.columns):
        columns["municipality_codes"] = "varchar[]"
    return columns
