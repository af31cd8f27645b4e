"""Where things live and which counties the warehouse covers.

Everything here is read from `prevcap.toml` and the environment, never written into code.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = ROOT / "data"
REFERENCE_DIR = DATA_DIR / "reference"
EXAMPLE_DIR = DATA_DIR / "example"
TEMPLATE_DIR = DATA_DIR / "templates"
CONFIG_FILE = ROOT / "prevcap.toml"

ALL_COUNTIES = "all"


@dataclass(frozen=True)
class Scope:
    """The counties (None = all of Sweden) and years the warehouse is built for."""

    counties: tuple[str, ...] | None
    first_year: int
    last_year: int
    example_first_year: int
    example_last_year: int

    def includes(self, county_code: str) -> bool:
        return self.counties is None or county_code in self.counties


def parse_counties(value) -> tuple[str, ...] | None:
    """'all' -> None; '24,25' or ['24', '25'] -> ('24', '25')."""
    if value is None:
        return None
    if isinstance(value, str):
        if value.strip().lower() == ALL_COUNTIES:
            return None
        value = [part for part in value.replace(";", ",").split(",") if part.strip()]
    return tuple(sorted(str(code).strip().zfill(2) for code in value))


@lru_cache(maxsize=8)
def _read_config(path: Path) -> dict:
    with open(path, "rb") as fh:
        return tomllib.load(fh)


def scope() -> Scope:
    settings = _read_config(CONFIG_FILE)
    counties = os.environ.get("PREVCAP_COUNTIES") or settings.get("counties", ALL_COUNTIES)
    return Scope(
        counties=parse_counties(counties),
        first_year=int(settings["first_year"]),
        last_year=int(settings["last_year"]),
        example_first_year=int(settings["example_first_year"]),
        example_last_year=int(settings["example_last_year"]),
    )


def warehouse_path() -> Path:
    """The DuckDB file: data/warehouse.duckdb unless PREVCAP_DB says otherwise."""
    return Path(os.environ.get("PREVCAP_DB") or DATA_DIR / "warehouse.duckdb")


def ledger_path() -> Path:
    """The ledger of the users' loads: data/ledger.duckdb unless PREVCAP_LEDGER says otherwise.
    It is the one file to back up: the warehouse is rebuilt from it."""
    return Path(os.environ.get("PREVCAP_LEDGER") or DATA_DIR / "ledger.duckdb")


def example_dir(all_of_sweden: bool) -> Path:
    """The folder of the example data set the build adds: data/example/ (the default counties) or
    data/example_all/ (all of Sweden), unless PREVCAP_EXAMPLE_DIR names another (a test's fixture
    files: a rebuild then makes the warehouse the tests started from)."""
    given = os.environ.get("PREVCAP_EXAMPLE_DIR")
    if given:
        return Path(given)
    return DATA_DIR / "example_all" if all_of_sweden else EXAMPLE_DIR


def example_data_enabled() -> bool:
    """`example_data` in prevcap.toml (default true): whether the build adds the example data set."""
    value = _read_config(CONFIG_FILE).get("example_data", True)
    if not isinstance(value, bool):
        raise ValueError(f"{CONFIG_FILE.name}: example_data must be true or false, not {value!r}")
    return value


def write_lock_timeout_s() -> float:
    """How long a second writer waits for the first (prevcap.toml, PREVCAP_LOCK_TIMEOUT overrides)."""
    return float(os.environ.get("PREVCAP_LOCK_TIMEOUT") or _read_config(CONFIG_FILE).get("write_lock_timeout_s", 120))


def setting(name: str, default=None):
    """A plain setting of prevcap.toml (max_upload_mb …), or its default. The environment variable
    PREVCAP_<NAME> (PREVCAP_MAX_ROWS …) overrides the file, as for an unusually large one-off load."""
    return os.environ.get(f"PREVCAP_{name.upper()}") or _read_config(CONFIG_FILE).get(name, default)
