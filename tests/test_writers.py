"""One writer at a time, and writes that cannot half-happen: two loads at once, kill -9 at random
moments, a write that fails after some rows were written, the Makefile's rebuild, database and disk
errors as messages."""

from __future__ import annotations

import hashlib
import random
import shutil
import subprocess
from pathlib import Path

import duckdb
import pytest

from core.config import EXAMPLE_DIR, ROOT, scope
from etl import ledger
from etl.build import Workspace, build, load_file, revert
from tests import writers


def digest(path: Path) -> str | None:
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.exists() else None


@pytest.fixture(scope="module")
def configured_master(tmp_path_factory) -> Path:
    """A warehouse of the configured example data (what a `python -m etl` process rebuilds from)."""
    root = tmp_path_factory.mktemp("configured")
    build(Workspace(root / "warehouse.duckdb", root / "ledger.duckdb", scope(), EXAMPLE_DIR))
    return root / "warehouse.duckdb"


@pytest.fixture
def configured(configured_master, tmp_path) -> Workspace:
    shutil.copyfile(configured_master, tmp_path / "warehouse.duckdb")
    return Workspace(tmp_path / "warehouse.duckdb", tmp_path / "ledger.duckdb", scope(), EXAMPLE_DIR, lock_timeout_s=60)


def test_two_loads_started_together_both_land_ten_times_of_ten(configured, tmp_path):
    landed = [writers.two_loads_at_once(configured, tmp_path, round_number) for round_number in range(10)]
    assert [ok for ok, _ in landed] == [True] * 10, [printed for ok, printed in landed if not ok]
    with ledger.open_ledger(configured.ledger) as con:
        assert ledger.head(con) == 20


def test_a_second_writer_waits_then_stops_with_a_message(configured, tmp_path):
    from etl.locking import writer_lock

    path = writers.staffing_file(tmp_path, "s.csv", [("Malå", 2024, "brott", "1")])
    impatient = Workspace(
        configured.warehouse, configured.ledger, configured.scope, configured.example_dir, lock_timeout_s=0.2
    )
    with writer_lock(configured.ledger, configured.warehouse, 5):
        result = load_file(impatient, "staffing", path)
    assert [problem.message("s.csv") for problem in result.problems] == [
        "s.csv: en annan inläsning, ombyggnad eller ångring pågår; väntade 0.2 s utan att den blev klar "
        f"(lås: {configured.ledger}.lock). Försök igen när den är klar"
    ]
    assert load_file(impatient, "staffing", path).ok  # once the first writer is done


@pytest.mark.parametrize("command", ["load", "build", "revert"])
def test_kill_at_random_moments_leaves_ledger_and_warehouse_consistent(configured, tmp_path, command):
    rng = random.Random(f"kill-{command}")
    outcomes = [
        writers.kill_at_random(configured, tmp_path, command, round_number, rng, longest_s=1.6)
        for round_number in range(2)
    ]
    assert all(o.consistent for o in outcomes), [o.detail for o in outcomes]
    assert all(o.repaired for o in outcomes), [o.detail for o in outcomes]


def test_stale_temporary_copies_are_removed_by_the_next_writer(fixture_workspace, tmp_path):
    for name in ("warehouse.duckdb.tmpabc123", "warehouse.duckdb.tmpabc123.wal"):
        (fixture_workspace.warehouse.parent / name).write_bytes(b"left by a killed writer")
    path = writers.staffing_file(tmp_path, "s.csv", [("Malå", 2024, "brott", "1")])
    assert load_file(fixture_workspace, "staffing", path).ok
    assert sorted(p.name for p in fixture_workspace.warehouse.parent.glob("*.tmp*")) == []


def test_a_write_that_fails_after_rows_were_written_changes_nothing(fixture_workspace, tmp_path, monkeypatch):
    from etl import build as build_module

    path = writers.staffing_file(tmp_path, "s.csv", [("Malå", 2024, "brott", "1")])
    before = digest(fixture_workspace.warehouse)

    def fail_after_the_rows(con, *args, **kwargs):
        assert con.execute("select count(*) from staging.staffing where origin = 'loaded'").fetchall() == [(1,)]
        raise duckdb.IOException("simulated failure after the rows were written")

    monkeypatch.setattr(build_module, "_finish", fail_after_the_rows)
    result = load_file(fixture_workspace, "staffing", path)
    assert [p.message("s.csv") for p in result.problems] == [
        "s.csv: databasfel, ingenting skrevs: simulated failure after the rows were written"
    ]
    assert digest(fixture_workspace.warehouse) == before
    with ledger.open_ledger(fixture_workspace.ledger) as con:
        assert ledger.head(con) == 0
    assert list(fixture_workspace.warehouse.parent.glob("*.tmp*")) == []


def test_a_ledger_that_cannot_be_written_leaves_the_warehouse_as_it_was(fixture_workspace, tmp_path, monkeypatch):
    path = writers.staffing_file(tmp_path, "s.csv", [("Malå", 2024, "brott", "1")])
    before = digest(fixture_workspace.warehouse)

    def full_disk(con, entry):
        raise OSError(28, "No space left on device", str(fixture_workspace.ledger))

    monkeypatch.setattr(ledger, "_write", full_disk)  # the entry is written while the warehouse is made
    result = load_file(fixture_workspace, "staffing", path)
    assert [p.message("s.csv") for p in result.problems] == [
        "s.csv: disken är full; ingenting ändrades (lagret och liggaren är som förut). Frigör utrymme och försök igen."
    ]
    assert digest(fixture_workspace.warehouse) == before
    with ledger.open_ledger(fixture_workspace.ledger) as con:
        assert ledger.head(con) == 0


def test_a_ledger_entry_is_kept_only_if_its_warehouse_passed_the_data_tests(fixture_workspace, tmp_path, monkeypatch):
    """The entry is written in its own transaction while the warehouse is made; failing data tests roll it
    back, and the ledger is free for the next load."""
    from etl import warehouse

    path = writers.staffing_file(tmp_path, "s.csv", [("Malå", 2024, "brott", "1")])
    before = digest(fixture_workspace.warehouse)
    monkeypatch.setattr(warehouse, "failing_tests", lambda con: [("unique_staffing", 1)])
    result = load_file(fixture_workspace, "staffing", path)
    assert [p.key for p in result.problems] == ["etl.err.data_tests"]
    assert digest(fixture_workspace.warehouse) == before
    with ledger.open_ledger(fixture_workspace.ledger) as con:
        assert ledger.head(con) == 0
    monkeypatch.undo()
    assert load_file(fixture_workspace, "staffing", path).batch_id == 1


def test_a_file_changed_while_it_is_loaded_is_refused(fixture_workspace, tmp_path, monkeypatch):
    """What was checked is what the ledger keeps: a file saved again after it was checked is refused."""
    from etl import build as build_module

    path = writers.staffing_file(tmp_path, "s.csv", [("Malå", 2024, "brott", "1")])
    before = digest(fixture_workspace.warehouse)
    counted = build_module._counts

    def saved_again_meanwhile(*args, **kwargs):
        matched = counted(*args, **kwargs)
        path.write_text(path.read_text(encoding="utf-8") + "Norsjö;2024;brott;2\n", encoding="utf-8")
        return matched

    monkeypatch.setattr(build_module, "_counts", saved_again_meanwhile)
    result = load_file(fixture_workspace, "staffing", path)
    assert [p.message("s.csv") for p in result.problems] == [
        "s.csv: filen ändrades medan den lästes in, så det som kontrollerades är inte det som skulle sparas; "
        "inget är inläst: läs in den igen när den är färdigsparad"
    ]
    assert digest(fixture_workspace.warehouse) == before
    with ledger.open_ledger(fixture_workspace.ledger) as con:
        assert ledger.head(con) == 0


@pytest.mark.parametrize(("processors", "split"), [(1, (1, 1)), (2, (1, 1)), (3, (2, 1)), (8, (4, 4))])
def test_a_load_splits_the_processors_between_warehouse_and_ledger(processors, split):
    from etl.build import shared_threads

    assert shared_threads(processors) == split


def test_the_ledger_entry_is_written_on_the_ledger_s_share_of_threads(fixture_workspace, tmp_path, monkeypatch):
    """The warehouse copy and the ledger are written at once, each with its share of the processors."""
    import etl.build as build_module

    seen = {}
    written = ledger._write

    def spy(con, entry):
        seen["ledger"] = con.execute("select current_setting('threads')").fetchall()[0][0]
        return written(con, entry)

    monkeypatch.setattr(ledger, "_write", spy)
    monkeypatch.setattr(build_module.os, "cpu_count", lambda: 6)
    path = writers.staffing_file(tmp_path, "s.csv", [("Malå", 2024, "brott", "1")])
    assert load_file(fixture_workspace, "staffing", path).batch_id == 1
    assert seen == {"ledger": 3}


@pytest.mark.parametrize("name", ["s.csv", "bemanning [2024] {v2} *?.csv"])
def test_the_ledger_keeps_the_original_byte_for_byte(fixture_workspace, tmp_path, name):
    """DuckDB reads the original from the file; a name it would take for a pattern is handed over whole."""
    path = writers.staffing_file(tmp_path, name, [("Malå", 2024, "brott", "0,5"), ("Norsjö", 2024, "andt", "1")])
    result = load_file(fixture_workspace, "staffing", path)
    assert (result.batch_id, result.rows) == (1, 2)
    with ledger.open_ledger(fixture_workspace.ledger) as con:
        assert ledger.original_file(con, 1) == (name, path.read_bytes())
        assert con.execute("select sha256 from entries").fetchall() == [
            (hashlib.sha256(path.read_bytes()).hexdigest(),)
        ]


def test_a_failed_revert_leaves_both_as_they_were(fixture_workspace, tmp_path, monkeypatch):
    from etl import build as build_module

    path = writers.staffing_file(tmp_path, "s.csv", [("Malå", 2024, "brott", "1")])
    assert load_file(fixture_workspace, "staffing", path).ok
    before, ledger_before = digest(fixture_workspace.warehouse), digest(fixture_workspace.ledger)
    monkeypatch.setattr(build_module, "refresh_marts", lambda con: (_ for _ in ()).throw(OSError(28, "No space")))
    result = revert(fixture_workspace, 1)
    assert [p.key for p in result.problems] == ["fault.disk_full"]  # errno 28: the disk is full
    assert (digest(fixture_workspace.warehouse), digest(fixture_workspace.ledger)) == (before, ledger_before)


def test_data_tests_that_fail_refuse_the_load(fixture_workspace, tmp_path, monkeypatch):
    from etl import warehouse

    path = writers.staffing_file(tmp_path, "s.csv", [("Malå", 2024, "brott", "1")])
    before = digest(fixture_workspace.warehouse)
    monkeypatch.setattr(warehouse, "failing_tests", lambda con: [("staging.staffing unique", 2)])
    result = load_file(fixture_workspace, "staffing", path)
    assert [p.message("s.csv") for p in result.problems] == [
        "s.csv: lagrets datatester bröts, ingenting skrevs: staging.staffing unique (2)"
    ]
    assert digest(fixture_workspace.warehouse) == before
    with ledger.open_ledger(fixture_workspace.ledger) as con:
        assert ledger.head(con) == 0


def test_the_makefile_rebuild_keeps_the_loaded_rows(configured, tmp_path):
    """Load a file, let an ETL source look newer, run the Makefile's warehouse target: the rebuild
    replays the ledger."""
    if shutil.which("make") is None or not (ROOT / ".venv" / "bin" / "python").exists():
        pytest.skip("needs make and the project's .venv")
    path = writers.staffing_file(tmp_path, "s.csv", [("Malå", 2024, "brott", "3,5")])
    process = writers.etl(configured, "load", "staffing", str(path))
    assert process.wait(timeout=120) == 0, process.stderr.read()
    before = configured.warehouse.stat().st_ino
    make = subprocess.run(
        ["make", "-C", str(ROOT), "-W", "etl/checks.py", str(configured.warehouse)],
        env=writers.environment(configured),
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert make.returncode == 0, make.stderr
    assert "-m etl build" in make.stdout
    assert configured.warehouse.stat().st_ino != before  # it did rebuild
    con = duckdb.connect(str(configured.warehouse), read_only=True)
    assert con.execute(
        "select fte, origin, batch_id from staging.staffing where municipality_code = '2418' "
        "and year = 2024 and role = 'brott'"
    ).fetchall() == [(3.5, "loaded", 1)]


def test_a_crash_between_the_ledger_and_the_swap_is_repaired_by_the_next_writer(
    fixture_workspace, tmp_path, monkeypatch
):
    """The batch is committed, then the process dies before its warehouse is swapped in: the
    warehouse is behind the ledger, and the next writer rebuilds it first."""
    from etl import warehouse
    from etl.consistency import agreement

    path = writers.staffing_file(tmp_path, "s.csv", [("Malå", 2024, "brott", "2,5")])

    class Killed(BaseException):
        pass

    def die(*args):
        raise Killed()

    with monkeypatch.context() as patched, pytest.raises(Killed):
        patched.setattr(warehouse.os, "replace", die)
        load_file(fixture_workspace, "staffing", path)
    state = agreement(fixture_workspace)
    assert state.consistent and state.behind and (state.ledger_head, state.warehouse_head) == (1, 0)
    other = writers.staffing_file(tmp_path, "t.csv", [("Sorsele", 2024, "brott", "1")])
    assert load_file(fixture_workspace, "staffing", other).ok
    state = agreement(fixture_workspace)
    assert state.consistent and not state.behind and state.warehouse_head == 2
    con = duckdb.connect(str(fixture_workspace.warehouse), read_only=True)
    assert con.execute(
        "select municipality_code, fte, batch_id from staging.staffing where year = 2024 "
        "and origin = 'loaded' order by 1"
    ).fetchall() == [("2418", 2.5, 1), ("2422", 1.0, 2)]
