"""Faults of the machine, not of a file: a read-only warehouse or folder, a damaged warehouse or ledger, a
full disk, a folder given as the file. Each gives one sentence that says what happened, never a traceback,
and leaves the warehouse and the ledger exactly as they were."""

from __future__ import annotations

import errno
import hashlib
import os
import stat
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from core.config import ROOT
from core.i18n import t
from etl import build as etl_build
from etl import warehouse
from etl.build import build, load_file

GOOD = "Kommun;År;Roll;Årsarbetare\nMalå;2024;brott;1\n"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def ledger_entries(path: Path) -> int:
    if not path.exists():
        return 0
    con = duckdb.connect(str(path), read_only=True)
    try:
        return con.execute("select count(*) from entries").fetchall()[0][0]
    finally:
        con.close()


@pytest.fixture
def good(tmp_path) -> Path:
    path = tmp_path / "ok.csv"
    path.write_text(GOOD, encoding="utf-8")
    return path


def messages(result) -> list[str]:
    return [t(problem.key, "sv", **problem.values) for problem in result.problems]


def run_cli(*args: str, db: Path, ledger: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "PREVCAP_DB": str(db), "PREVCAP_LEDGER": str(ledger)}
    return subprocess.run(
        [sys.executable, "-m", "etl", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )


def test_a_read_only_warehouse_is_refused_not_replaced(fixture_workspace, fixture_warehouse, good):
    before = digest(fixture_warehouse)
    fixture_warehouse.chmod(0o444)
    try:
        result = load_file(fixture_workspace, "staffing", good, author="test")
        assert messages(result) == [
            f"{fixture_warehouse} är skrivskyddad; ingenting ändrades. Ta bort skrivskyddet (chmod u+w) eller "
            "välj ett annat lager med PREVCAP_DB."
        ]
        with pytest.raises(warehouse.WarehouseReadOnly):
            build(fixture_workspace)
        # still read-only, still the same bytes, nothing in the ledger
        assert stat.S_IMODE(fixture_warehouse.stat().st_mode) == 0o444
        assert digest(fixture_warehouse) == before and ledger_entries(fixture_workspace.ledger) == 0
    finally:
        fixture_warehouse.chmod(0o644)


def test_a_read_only_folder_is_refused(fixture_workspace, fixture_warehouse, good):
    folder = fixture_warehouse.parent
    before = digest(fixture_warehouse)
    folder.chmod(0o555)
    try:
        result = load_file(fixture_workspace, "staffing", good, author="test")
        assert [problem.key for problem in result.problems] == ["fault.read_only"]
        assert str(folder) in messages(result)[0]
    finally:
        folder.chmod(0o755)
    assert digest(fixture_warehouse) == before
    assert not [p for p in folder.iterdir() if ".tmp" in p.name]  # no copy left behind


@pytest.mark.parametrize("damage", ["truncated", "random"])
def test_a_damaged_warehouse_says_so_and_how_to_rebuild(fixture_workspace, fixture_warehouse, good, damage):
    raw = fixture_warehouse.read_bytes()
    fixture_warehouse.write_bytes(raw[:100_000] if damage == "truncated" else os.urandom(5000))
    before = digest(fixture_warehouse)
    result = load_file(fixture_workspace, "staffing", good, author="test")
    assert messages(result) == [
        f"lagret {fixture_warehouse} är skadat eller är inte ett prevcap-lager; ingenting ändrades. Lagret går "
        "alltid att bygga om från liggaren, där användarnas data finns: python -m etl build"
    ]
    assert digest(fixture_warehouse) == before and ledger_entries(fixture_workspace.ledger) == 0
    # and the command line, for every command that reads the warehouse: the sentence, no traceback
    for command in (["load", "staffing", str(good)], ["check"]):
        done = run_cli(*command, db=fixture_warehouse, ledger=fixture_workspace.ledger)
        assert done.returncode == 1 and "Traceback" not in done.stderr, done.stderr
        assert "är skadat eller är inte ett prevcap-lager" in done.stderr, command
    # the advice works: a build from the ledger makes a whole warehouse again, and the damaged file is
    # moved aside with its bytes, never deleted
    damaged = fixture_warehouse.read_bytes()
    done = run_cli("build", db=fixture_warehouse, ledger=fixture_workspace.ledger)
    assert done.returncode == 0, done.stderr
    (aside,) = fixture_warehouse.parent.glob(fixture_warehouse.name + ".damaged-*")
    assert aside.read_bytes() == damaged
    assert f"har flyttats undan till {aside}" in done.stderr
    assert run_cli("check", db=fixture_warehouse, ledger=fixture_workspace.ledger).returncode == 0


def test_a_damaged_ledger_is_never_rebuilt_over(fixture_workspace, fixture_warehouse, good):
    fixture_workspace.ledger.write_bytes(os.urandom(3000))
    before = digest(fixture_workspace.ledger)
    result = load_file(fixture_workspace, "staffing", good, author="test")
    assert [problem.key for problem in result.problems] == ["fault.ledger_damaged"]
    assert "återställ den från säkerhetskopian" in messages(result)[0]
    done = run_cli("build", db=fixture_warehouse, ledger=fixture_workspace.ledger)
    assert done.returncode == 1 and "Traceback" not in done.stderr and "liggaren" in done.stderr
    assert digest(fixture_workspace.ledger) == before


def test_a_full_disk_while_copying_the_warehouse(fixture_workspace, fixture_warehouse, good, monkeypatch):
    before = digest(fixture_warehouse)

    def no_space(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(warehouse.shutil, "copyfile", no_space)
    result = load_file(fixture_workspace, "staffing", good, author="test")
    assert messages(result) == [
        "disken är full; ingenting ändrades (lagret och liggaren är som förut). Frigör utrymme och försök igen."
    ]
    assert digest(fixture_warehouse) == before and ledger_entries(fixture_workspace.ledger) == 0
    assert not [p for p in fixture_warehouse.parent.iterdir() if ".tmp" in p.name]


def test_a_full_disk_while_duckdb_writes(fixture_workspace, fixture_warehouse, good, monkeypatch):
    before = digest(fixture_warehouse)

    def no_space(con):
        raise duckdb.IOException('IO Error: Could not write file "w.duckdb.tmp": No space left on device')

    monkeypatch.setattr(warehouse, "failing_tests", no_space)
    result = load_file(fixture_workspace, "staffing", good, author="test")
    assert [problem.key for problem in result.problems] == ["fault.disk_full"]
    assert digest(fixture_warehouse) == before and ledger_entries(fixture_workspace.ledger) == 0


def test_a_folder_given_as_the_file(fixture_workspace, tmp_path):
    folder = tmp_path / "filer"
    folder.mkdir()
    result = load_file(fixture_workspace, "staffing", folder, author="test")
    assert messages(result) == ["är en mapp, inte en fil; ange filen i mappen"]
    assert etl_build.preview_file(fixture_workspace, "staffing", folder).problems[0].key == "fault.is_directory"
