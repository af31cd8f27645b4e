"""Do the ledger and the warehouse agree? For `python -m etl check`, the kill tests and the bench.

The ledger is consistent when every load holds the rows it counted; the warehouse when its data
tests pass and every loaded row belongs to an active batch. The warehouse may be *behind* the
ledger (a writer killed between committing a batch and swapping in its warehouse): that is not an
inconsistency but a rebuild to come, which the next writer, or the dashboard at start, does.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import duckdb

from etl import ledger
from etl.checks import failing_tests
from etl.identifiers import quoted
from etl.kinds import KINDS
from etl.schema import ledger_table
from etl.warehouse import build_info


@dataclass
class Agreement:
    problems: list[str] = field(default_factory=list)
    behind: bool = False  # the warehouse was built from an older state of the ledger
    ledger_head: int = 0
    warehouse_head: int = 0

    @property
    def consistent(self) -> bool:
        return not self.problems


def agreement(ws) -> Agreement:
    result = Agreement()
    with ledger.open_ledger(ws.ledger) as lcon:
        entries = ledger.entries(lcon)
        result.ledger_head = ledger.head(lcon)
        counted = {}
        if lcon is not None:
            present = {row[0] for row in lcon.execute("select table_name from duckdb_tables()").fetchall()}
            for kind_name in (k for k in KINDS if ledger_table(k) in present):
                for batch_id, rows in lcon.execute(
                    f"select batch_id, count(*) from {quoted(ledger_table(kind_name))} group by all"
                ).fetchall():
                    counted[batch_id] = counted.get(batch_id, 0) + rows
    for entry in entries.itertuples():
        if entry.action == "load" and counted.get(entry.entry_id, 0) != entry.row_count:
            result.problems.append(
                f"ledger entry {entry.entry_id}: {counted.get(entry.entry_id, 0)} rows "
                f"stored, {entry.row_count} counted"
            )
    if not ws.warehouse.exists():
        result.behind = True
        return result
    con = duckdb.connect(str(ws.warehouse), read_only=True)
    try:
        info = build_info(con)
        if info is None:
            result.behind = True
            return result
        result.warehouse_head = int(info.get("ledger_head") or 0)
        result.problems += [f"data test {name}: {count} rows" for name, count in failing_tests(con)]
        loaded = set()
        for kind in KINDS.values():
            loaded |= {
                row[0]
                for row in con.execute(
                    f"select distinct batch_id from {quoted(kind.table)} where origin = 'loaded'"
                ).fetchall()
            }
    finally:
        con.close()
    if result.warehouse_head > result.ledger_head:
        result.problems.append(
            f"the warehouse was built from entry {result.warehouse_head}, the ledger ends at {result.ledger_head}"
        )
    result.behind = (
        result.warehouse_head != result.ledger_head
        or info.get("ledger_id", "") != (ledger_id_of(ws) or "")
        and result.ledger_head > 0
    )
    if not result.behind:
        active = set(ledger.active_loads(entries)) if len(entries) else set()
        if not loaded <= active:
            result.problems.append(f"loaded rows of inactive batches: {sorted(loaded - active)}")
    return result


def ledger_id_of(ws) -> str | None:
    with ledger.open_ledger(ws.ledger) as lcon:
        return ledger.ledger_id(lcon)
