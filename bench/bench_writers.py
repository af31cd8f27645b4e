"""Writers under faults: two loads started together (k of 10 with both kept) and kill -9 at random
moments of a load, a build and a revert (k of 20 consistent, and repaired with no leftovers by the
next writer). Prints a table. Run: .venv/bin/python bench/bench_writers.py [rounds]
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main(rounds: int = 20) -> int:
    from core.config import EXAMPLE_DIR, scope
    from etl.build import Workspace, build
    from tests import writers

    with tempfile.TemporaryDirectory(prefix="prevcap-writers-") as tmp:
        tmp = Path(tmp)
        ws = Workspace(tmp / "warehouse.duckdb", tmp / "ledger.duckdb", scope(), EXAMPLE_DIR, lock_timeout_s=60)
        build(ws)
        started = time.perf_counter()
        both = sum(writers.two_loads_at_once(ws, tmp, n)[0] for n in range(10))
        rows = [("two loads at once, both kept", f"{both} of 10", f"{time.perf_counter() - started:.0f} s")]
        rng = random.Random(2016)
        for command in ("load", "build", "revert"):
            started = time.perf_counter()
            outcomes = [writers.kill_at_random(ws, tmp, command, n, rng) for n in range(rounds)]
            killed = sum(not o.finished for o in outcomes)
            rows.append(
                (
                    f"kill -9 during {command} ({killed} killed, {rounds - killed} had finished)",
                    f"{sum(o.consistent for o in outcomes)} of {rounds} consistent; "
                    f"{sum(o.behind for o in outcomes)} behind the ledger; "
                    f"{sum(o.leftovers_after_kill > 0 for o in outcomes)} left temporary files; "
                    f"{sum(o.repaired for o in outcomes)} of {rounds} repaired by the next writer",
                    f"{time.perf_counter() - started:.0f} s",
                )
            )
            for outcome in outcomes:
                if not (outcome.consistent and outcome.repaired):
                    print(f"  {command} killed after {outcome.after_s:.2f} s: {outcome.detail}", file=sys.stderr)
    width = max(len(row[0]) for row in rows)
    print(f"{'case'.ljust(width)}  result")
    for case, result, seconds in rows:
        print(f"{case.ljust(width)}  {result}  ({seconds})")
    return 0


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 20))
