"""One definition per kind: what validation accepts, the generated staging schema accepts, and what
one refuses the other refuses. Tried at the edges of every numeric range and with every allowed code."""

from __future__ import annotations

import duckdb
import pytest

from etl import reference
from etl.kinds import KINDS
from etl.readers import Sheet
from etl.schema import staging_table_sql
from etl.templates import EXAMPLE_OVERRIDES
from etl.validate import Context, MunicipalityIndex, check_cell, validate
from etl.warehouse import staging_frame

FIRST, LAST = 2012, 2026


def context() -> Context:
    names = reference.all_municipality_names()
    events = frozenset({EXAMPLE_OVERRIDES[("attendance", "event_id")]})
    return Context(MunicipalityIndex(names, names["municipality_code"]), FIRST, LAST, events)


def example_record(kind_name: str) -> dict:
    kind = KINDS[kind_name]
    header = [column.name for column in kind.columns]
    cells = [EXAMPLE_OVERRIDES.get((kind_name, column.name), column.example) for column in kind.columns]
    checked = validate(kind_name, Sheet(header, [(2, cells)]), context())
    assert not checked.problems, checked.problems
    return checked.records[0]


def schema_accepts(kind_name: str, record: dict) -> bool:
    con = duckdb.connect()
    con.execute("create schema staging")
    con.execute(staging_table_sql(KINDS[kind_name], FIRST, LAST))
    frame = staging_frame(kind_name, [record]).drop(columns=["source_row", "municipality_codes"], errors="ignore")
    con.register("row", frame.assign(origin="loaded", source_file="t.csv", batch_id=1))
    try:
        con.execute(f"insert into {KINDS[kind_name].table} by name select * from row")
    except duckdb.ConstraintException:
        return False
    return True


def validator_accepts(kind_name: str, column_name: str, text: str) -> tuple[bool, object]:
    value, problem = check_cell(KINDS[kind_name].column(column_name), text, context())
    return problem is None, value


NUMERIC = [
    (kind_name, column.name)
    for kind_name, kind in KINDS.items()
    for column in kind.columns
    if column.kind in ("number", "integer", "year")
]


@pytest.mark.parametrize("kind_name, column_name", NUMERIC)
def test_validation_and_schema_agree_at_the_edges(kind_name, column_name):
    column = KINDS[kind_name].column(column_name)
    if column.kind == "year":
        low, high, step = FIRST, LAST, 1
    else:
        low, high = column.lowest, column.max_value
        step = 1 if column.kind == "integer" else 0.01
    cases = [(low, True), (high, True), (low - step, False), (high + step, False)]
    for number, allowed in cases:
        text = f"{number:.2f}".replace(".", ",") if column.kind == "number" else str(int(number))
        accepted, value = validator_accepts(kind_name, column_name, text)
        assert accepted == allowed, (column_name, text)
        record = example_record(kind_name) | {column_name: number if column.kind == "number" else int(number)}
        assert schema_accepts(kind_name, record) == allowed, (column_name, number)


@pytest.mark.parametrize(
    "kind_name, column_name", [(k, c.name) for k, kind in KINDS.items() for c in kind.columns if c.kind == "choice"]
)
def test_every_allowed_code_is_allowed_by_the_schema_and_no_other(kind_name, column_name):
    column = KINDS[kind_name].column(column_name)
    for code in set(column.choices.values()):
        assert schema_accepts(kind_name, example_record(kind_name) | {column_name: code}), code
    assert not schema_accepts(kind_name, example_record(kind_name) | {column_name: "något annat"})


def test_every_template_row_fits_the_schema():
    for kind_name in KINDS:
        assert schema_accepts(kind_name, example_record(kind_name)), kind_name
