"""A validated load against DuckDB's bare reader: `etl load events` of N valid rows (read, every check,
the ledger batch, the warehouse swap) beside DuckDB's `read_csv` of the same file into a table. Each runs
in a process of its own, so that its peak memory (VmHWM) is its own. Prints a table with the ratio, and
beside it DuckDB alone putting the rows into the warehouse's events table (its keys and checks, nothing
else): what no load into this warehouse can beat. Then where the largest load spends its time.
Issue 12's goal: 1 000 000 rows within 3× DuckDB's read_csv and under 300 MB.
Run: .venv/bin/python bench/bench_load.py [rows ...]   (default: 10 000, 100 000 and 1 000 000)
"""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

# the child's own peak: VmHWM starts anew at exec (ru_maxrss would carry the parent's over)
PEAK = "lambda: int(next(l for l in open('/proc/self/status') if l.startswith('VmHWM')).split()[1]) / 1024"

CHILD_LOAD = """
import json, sys, time
PEAK = {peak}
from pathlib import Path
sys.path.insert(0, {root!r})
from core.config import EXAMPLE_DIR, scope
from etl import build, columnar, ledger, warehouse
phases = {{}}
def timed(module, name, label):
    for part in name.split(".")[:-1]:
        module = getattr(module, part)
    name = name.split(".")[-1]
    inner = getattr(module, name)
    def run(*args, **kwargs):
        started = time.perf_counter()
        try:
            return inner(*args, **kwargs)
        finally:
            phases[label] = phases.get(label, 0) + time.perf_counter() - started
    setattr(module, name, run)
for module, name, label in {phases_list!r}:
    timed({{"build": build, "columnar": columnar, "ledger": ledger, "warehouse": warehouse}}[module], name, label)
ws = build.Workspace(Path({db!r}), Path({ledger!r}), scope(), EXAMPLE_DIR, lock_timeout_s=60)
started = time.perf_counter()
result = build.load_file(ws, "events", Path({csv!r}), author="bench")
seconds = time.perf_counter() - started
assert result.ok, [p.key for p in result.problems[:3]]
print(seconds, PEAK())
print(json.dumps(phases))
"""

# the steps of a load, timed inside it (module, function, label)
PHASES = [
    ("columnar", "staging_table", "read and check (bulk)"),
    ("build", "matched_rows", "compare with the warehouse"),
    ("build", "apply_frame", "write the warehouse's rows"),
    ("build", "refresh_marts", "refresh the marts"),
    ("warehouse", "failing_tests", "data tests"),
    # the ledger's entry (rows and original file) is written on a thread of its own meanwhile: what is
    # left of it when the warehouse is ready is the wait at its commit
    ("ledger", "Pending.commit", "ledger: wait for its entry, commit"),
]

CHILD_DUCKDB = """
import time, duckdb
PEAK = {peak}
con = duckdb.connect({target!r})
started = time.perf_counter()
con.execute("create table events as select * from read_csv(?, header = true)", [{csv!r}])
con.execute("checkpoint")
seconds = time.perf_counter() - started
print(seconds, PEAK())
"""

# DuckDB alone putting the same rows into a copy of the warehouse's events table, with its keys and checks
# (no validation, no ledger, no marts): the floor of any load into this warehouse
CHILD_FLOOR = """
import time, duckdb
PEAK = {peak}
con = duckdb.connect({db!r})
started = time.perf_counter()
con.execute(
    "insert into staging.events by name select event_id, date::date as event_date, title, event_type, organiser, "
    "null as host_code, topic, nullif(source, '') as source, 'loaded' as origin, 'bench.csv' as source_file, "
    "1 as batch_id from read_csv(?, header = true, all_varchar = true)",
    [{csv!r}],
)
con.execute("checkpoint")
seconds = time.perf_counter() - started
print(seconds, PEAK())
"""

HOSTS = ("Malå", "Norsjö", "Sorsele", "Arjeplog", "Arvidsjaur", "Storuman", "Vilhelmina", "Dorotea")


def write_events(path: Path, rows: int) -> None:
    first = dt.date(2012, 1, 1)
    with path.open("w", encoding="utf-8") as out:
        out.write("event_id,date,title,event_type,organiser,host,topic,source\n")
        for n in range(rows):
            day = first + dt.timedelta(days=n % 5000)
            out.write(
                f"bench-{n},{day.isoformat()},Nätverksträff {n},nätverksträff,Länsstyrelsen Västerbotten,"
                f"{HOSTS[n % len(HOSTS)]},andt,\n"
            )


def child(code: str) -> tuple[float, float, dict]:
    # a million rows are beyond prevcap.toml's limits for one file: raised for the bench
    limits = {"PREVCAP_MAX_ROWS": "5000000", "PREVCAP_MAX_FILE_MB": "2000"}
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, env={**os.environ, **limits}
    )
    if done.returncode:
        raise SystemExit(done.stderr[-2000:])
    lines = [line for line in done.stdout.splitlines() if line.strip()]
    if lines[-1].startswith("{"):
        seconds, megabytes = lines[-2].split()
        return float(seconds), float(megabytes), json.loads(lines[-1])
    seconds, megabytes = lines[-1].split()
    return float(seconds), float(megabytes), {}


def main(sizes: list[int]) -> int:
    from core.config import EXAMPLE_DIR, scope
    from etl.build import Workspace, build

    print(
        "rows       | etl load s | etl peak MB | duckdb read_csv s | duckdb peak MB | time ratio "
        "| read_csv into a file s | its peak MB | its ratio | duckdb into the warehouse s | its ratio"
    )
    print(
        "-----------|-----------:|------------:|------------------:|---------------:|-----------:"
        "|-----------------------:|------------:|----------:|----------------------------:|---------:"
    )
    breakdowns: dict[int, dict[str, float]] = {}
    duckdb_seconds: dict[int, float] = {}
    with tempfile.TemporaryDirectory(prefix="prevcap-load-") as tmp:
        tmp = Path(tmp)
        master = tmp / "master.duckdb"
        build(Workspace(master, tmp / "master-ledger.duckdb", scope(), EXAMPLE_DIR))
        for rows in sizes:
            csv = tmp / f"events_{rows}.csv"
            write_events(csv, rows)
            db, ledger = tmp / f"w{rows}.duckdb", tmp / f"l{rows}.duckdb"
            db.write_bytes(master.read_bytes())
            load_s, load_mb, phases = child(
                CHILD_LOAD.format(
                    peak=PEAK, root=str(ROOT), db=str(db), ledger=str(ledger), csv=str(csv), phases_list=PHASES
                )
            )
            duck_s, duck_mb, _ = child(CHILD_DUCKDB.format(peak=PEAK, csv=str(csv), target=":memory:"))
            # the same into a table of a database file, as a load's rows end in one
            file_s, file_mb, _ = child(
                CHILD_DUCKDB.format(peak=PEAK, csv=str(csv), target=str(tmp / f"r{rows}.duckdb"))
            )
            floor_db = tmp / f"floor{rows}.duckdb"
            floor_db.write_bytes(master.read_bytes())
            floor_s, _, _ = child(CHILD_FLOOR.format(peak=PEAK, db=str(floor_db), csv=str(csv)))
            breakdowns[rows], duckdb_seconds[rows] = phases, duck_s
            print(
                f"{rows:<10} | {load_s:10.2f} | {load_mb:11.0f} | {duck_s:17.2f} | {duck_mb:14.0f} | "
                f"{load_s / duck_s:9.1f}× | {file_s:19.2f} | {file_mb:13.0f} | {load_s / file_s:9.1f}× "
                f"| {floor_s:27.2f} | {floor_s / duck_s:7.1f}×"
            )
    largest = max(breakdowns)
    phases, duck_largest = breakdowns[largest], duckdb_seconds[largest]
    print(f"\nwhere the {largest} rows' load spends its time (s)")
    print("step                             |       s")
    print("---------------------------------|-------:")
    for _, _, label in PHASES:
        print(f"{label:<32} | {phases.get(label, 0):7.2f}")
    writes = sum(phases.get(label, 0) for _, _, label in PHASES[2:])
    checks = phases.get(PHASES[0][2], 0)
    print(
        f"\nreading and checking: {checks / duck_largest:.1f}× DuckDB's read_csv; the writes every load makes "
        f""
        f"(warehouse with its keys, marts, data tests, ledger): {writes:.2f} s = {writes / duck_largest:.1f}× alone"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main([int(a) for a in sys.argv[1:]] or [10_000, 100_000, 1_000_000]))
