"""One writer at a time: every load, build and revert holds one lock (filelock, an OS file lock that
dies with its process, so a killed writer never leaves the lock taken). A second writer waits up
to the configured time, then stops with a message. The lock holder first removes what a killed
writer left behind: temporary warehouse copies that only a lock holder ever creates."""

from __future__ import annotations

import contextlib
from pathlib import Path

import filelock


class WriterBusy(RuntimeError):
    def __init__(self, lock_path: Path, timeout_s: float):
        super().__init__(f"{lock_path} is held by another writer (waited {timeout_s:g} s)")
        self.lock_path = lock_path
        self.timeout_s = timeout_s


def lock_path(ledger: Path) -> Path:
    return Path(ledger).with_name(Path(ledger).name + ".lock")


def temporary_copies(warehouse: Path) -> list[Path]:
    """The copies (and their write-ahead logs) that writing() makes next to the warehouse."""
    warehouse = Path(warehouse)
    return sorted(warehouse.parent.glob(warehouse.name + ".tmp*"))


@contextlib.contextmanager
def writer_lock(ledger: Path, warehouse: Path, timeout_s: float):
    path = lock_path(ledger)
    path.parent.mkdir(parents=True, exist_ok=True)
    lock = filelock.FileLock(str(path), timeout=timeout_s)
    try:
        lock.acquire()
    except filelock.Timeout as timeout:
        raise WriterBusy(path, timeout_s) from timeout
    try:
        for leftover in temporary_copies(warehouse):
            leftover.unlink(missing_ok=True)
        yield
    finally:
        lock.release()
