"""Fixtures: small warehouses built from a handful of rows written here, with answers
computed by hand. They use the real reference data (boundaries, population) but never
the example data's random draws."""
from __future__ import annotations

import shutil
import textwrap
from pathlib import Path

import pytest

from prevcap.config import scope

FIXTURE_FILES = {
    "events.csv": """\
        event_id,date,title,event_type,organiser,host,topic,source
        2024-10-17-inspirationsdag,2024-10-17,Inspirationsdag för mindre kommuner,inspirationsdag,Länsstyrelsen Västerbotten,2418,bada,
        2023-05-10-nätverksträff,2023-05-10,ANDT-nätverk,nätverksträff,Länsstyrelsen Norrbotten,2505,andt,
        """,
    "attendance.csv": """\
        event_id,municipality,participants
        2024-10-17-inspirationsdag,2418,4
        2024-10-17-inspirationsdag,2417,3
        2023-05-10-nätverksträff,2505,2
        2016-10-31-inspirationsdag,2418,2
        """,
    "staffing.csv": """\
        municipality,year,role,fte,funded_by,shared_with
        2418,2024,brott,0.5,kommun,2417
        2418,2024,andt,0.25,fohm,
        2417,2024,brott,0,,2418
        2422,2023,andt,1.0,kommun,
        2505,2024,brott,0.4,lansstyrelsen,
        """,
    "funding.csv": """\
        municipality,year,funder,area,amount_sek
        2418,2024,kommun,bada,300000
        2418,2024,lansstyrelsen,brott,100000
        2505,2024,kommun,brott,200000
        """,
    "collaborations.csv": """\
        collaboration_id,municipalities,kind,start,end,detail,source
        ex-1,2418|2417,gemensam samordnare,2024-01-01,,,
        """,
    "law_status.csv": """\
        municipality,year,coordinating_function,lagesbild,atgardsplan
        2418,2024,ja,ja,nej
        2417,2024,ja,,nej
        """,
}


def write_fixture_files(directory: Path) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    for name, text in FIXTURE_FILES.items():
        (directory / name).write_text(textwrap.dedent(text), encoding="utf-8")
    return directory


@pytest.fixture(scope="session")
def fixture_warehouse_master(tmp_path_factory) -> Path:
    from etl.build import build

    root = tmp_path_factory.mktemp("fixture")
    db = root / "warehouse.duckdb"
    build(db, scope(), write_fixture_files(root / "example"))
    return db


@pytest.fixture
def fixture_warehouse(fixture_warehouse_master, tmp_path) -> Path:
    """A private copy of the fixture warehouse, for tests that write to it."""
    db = tmp_path / "warehouse.duckdb"
    shutil.copyfile(fixture_warehouse_master, db)
    return db
