"""Writers as separate processes, for the tests of two writers at once and of kill -9 at any moment
(tests/test_writers.py) and for the bench that repeats them (bench/bench_writers.py)."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def environment(ws) -> dict[str, str]:
    """The environment a `python -m etl` process needs to work on the workspace (the configured
    example data: the warehouse must have been built from it)."""
    return {
        **os.environ,
        "PREVCAP_DB": str(ws.warehouse),
        "PREVCAP_LEDGER": str(ws.ledger),
        "PREVCAP_LOCK_TIMEOUT": "60",
    }


def etl(ws, *args: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "etl", *args],
        cwd=ROOT,
        env=environment(ws),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def staffing_file(directory: Path, name: str, rows: list[tuple[str, int, str, str]]) -> Path:
    path = directory / name
    path.write_text(
        "Kommun;År;Roll;Årsarbetare\n" + "".join(f"{m};{y};{r};{f}\n" for m, y, r, f in rows), encoding="utf-8"
    )
    return path


def two_loads_at_once(ws, directory: Path, round_number: int) -> tuple[bool, str]:
    """Two `etl load`s of different files started together: (both landed, what they printed)."""
    year = 2012 + round_number % 14
    first = staffing_file(directory, f"a{round_number}.csv", [("Malå", year, "annan", f"1,{round_number}")])
    second = staffing_file(directory, f"b{round_number}.csv", [("Sorsele", year, "annan", f"2,{round_number}")])
    processes = [etl(ws, "load", "staffing", str(first)), etl(ws, "load", "staffing", str(second))]
    outputs = [process.communicate(timeout=120) for process in processes]
    printed = "\n".join(out + err for out, err in outputs)
    if any(process.returncode for process in processes):
        return False, printed
    import duckdb

    con = duckdb.connect(str(ws.warehouse), read_only=True)
    try:
        found = con.execute(
            "select municipality_code, fte from staging.staffing where year = ? and role = 'annan' "
            "and municipality_code in ('2418', '2422') order by 1",
            [year],
        ).fetchall()
    finally:
        con.close()
    expected = [("2418", float(f"1.{round_number}")), ("2422", float(f"2.{round_number}"))]
    return found == expected, printed


@dataclass
class KillOutcome:
    command: str
    after_s: float
    finished: bool  # the process ended by itself before the kill
    consistent: bool  # ledger and warehouse agree (or the warehouse is only behind)
    behind: bool  # the warehouse was behind the ledger right after the kill
    leftovers_after_kill: int
    repaired: bool  # after the next writer: consistent, current and no temporary files
    detail: str = ""


def kill_at_random(
    ws, directory: Path, command: str, round_number: int, rng: random.Random, longest_s: float = 2.0
) -> KillOutcome:
    """Start a writer (`load`, `build` or `revert`), kill -9 it at a random moment, then check the
    ledger and the warehouse, let the next writer run, and check again."""
    from etl.consistency import agreement
    from etl.locking import temporary_copies

    if command == "load":
        path = staffing_file(
            directory, f"k{round_number}.csv", [("Malå", 2012 + round_number % 14, "andt", f"0,{round_number % 9 + 1}")]
        )
        args = ["load", "staffing", str(path)]
    elif command == "revert":
        from etl import ledger

        with ledger.open_ledger(ws.ledger) as con:
            entries = ledger.entries(con)
        active = entries[entries["status"] == "active"]["entry_id"].tolist() if len(entries) else []
        if not active:  # a batch to revert first
            path = staffing_file(
                directory, f"r{round_number}.csv", [("Sorsele", 2012 + round_number % 14, "andt", "0,5")]
            )
            etl(ws, "load", "staffing", str(path)).communicate(timeout=120)
            return kill_at_random(ws, directory, command, round_number, rng, longest_s)
        args = ["revert", str(int(active[-1]))]
    else:
        args = ["build"]
    after = rng.uniform(0.05, longest_s)
    process = etl(ws, *args)
    time.sleep(after)
    finished = process.poll() is not None
    if not finished:
        os.kill(process.pid, signal.SIGKILL)
    process.communicate()
    leftovers = len(temporary_copies(ws.warehouse))
    state = agreement(ws)
    # the next writer: a build (loads and reverts repair first, too)
    nxt = etl(ws, "build")
    out, err = nxt.communicate(timeout=120)
    after_next = agreement(ws)
    repaired = (
        nxt.returncode == 0 and after_next.consistent and not after_next.behind and not temporary_copies(ws.warehouse)
    )
    return KillOutcome(
        command,
        after,
        finished,
        state.consistent,
        state.behind,
        leftovers,
        repaired,
        "; ".join(state.problems + after_next.problems) + (err if nxt.returncode else ""),
    )
