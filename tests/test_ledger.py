"""The ledger: the users' loads survive every rebuild, replay in order, revert and come back, and
the example rows step aside for them. Answers by hand on the fixture (tests/conftest.py):

    example staffing  2418 2024 brott 0.5 (shared with 2417) · 2418 2024 andt 0.25
                      2417 2024 brott 0 (shared with 2418)   · 2422 2023 andt 1.0 · 2505 2024 brott 0.4
"""

from __future__ import annotations

import gzip
import shutil
from pathlib import Path

import duckdb
import pytest

from etl import history, ledger
from etl.build import build, load_file, revert
from etl.warehouse import table_digests
from tests.conftest import FIXTURE_FILES, workspace, write_files


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def staffing(db: Path, year: int | None = None):
    con = duckdb.connect(str(db), read_only=True)
    try:
        where = "where year = ?" if year else ""
        return con.execute(
            f"select municipality_code, year, role, fte, shared_with_code, origin, batch_id "
            f"from staging.staffing {where} order by 1, 2, 3",
            [year] if year else [],
        ).fetchall()
    finally:
        con.close()


def digests(db: Path) -> dict[str, str]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return table_digests(con)
    finally:
        con.close()


@pytest.fixture
def two_batches(fixture_workspace, tmp_path):
    """Batch 1: Malå 2024 brott 1.5, Sorsele 2025 andt 0.4. Batch 2: Malå 2024 brott 2 (again) and
    Norsjö 2024 brott 0.3."""
    first = write(
        tmp_path, "bemanning_1.csv", "Kommun;År;Roll;Årsarbetare\nMalå;2024;brott;1,5\nSorsele;2025;andt;0,4\n"
    )
    second = write(
        tmp_path, "bemanning_2.csv", "Kommun;År;Roll;Årsarbetare\nMalå;2024;brott;2\nNorsjö;2024;brott;0,3\n"
    )
    one = load_file(fixture_workspace, "staffing", first, author="analytiker")
    two = load_file(fixture_workspace, "staffing", second, author="analytiker")
    assert one.ok and two.ok
    return fixture_workspace, one, two


def test_two_overlapping_batches_replayed_in_order(two_batches):
    ws, one, two = two_batches
    assert (one.batch_id, one.new, one.replaced, one.unchanged, one.stepped_aside) == (1, 1, 1, 0, 1)
    assert (two.batch_id, two.new, two.replaced, two.unchanged, two.stepped_aside) == (2, 0, 2, 0, 0)
    expected_2024 = [
        ("2417", 2024, "brott", 0.3, None, "loaded", 2),  # batch 2 replaced the example's 0
        ("2418", 2024, "brott", 2.0, None, "loaded", 2),  # batch 2 over batch 1 over the example
        ("2505", 2024, "brott", 0.4, None, "example", None),
    ]  # Malå's example andt row stepped aside
    assert staffing(ws.warehouse, 2024) == expected_2024
    assert staffing(ws.warehouse, 2025) == [("2422", 2025, "andt", 0.4, None, "loaded", 1)]
    incremental = digests(ws.warehouse)
    build(ws)  # from nothing: reference, example, then the ledger
    assert staffing(ws.warehouse, 2024) == expected_2024
    assert digests(ws.warehouse) == incremental


def test_same_inputs_and_ledger_give_the_same_warehouse(two_batches, tmp_path):
    ws, _, _ = two_batches
    again = workspace(tmp_path / "again" / "warehouse.duckdb", ws.example_dir, ws.ledger)
    build(again)
    assert digests(again.warehouse) == digests(ws.warehouse)
    assert len(digests(ws.warehouse)) > 20


def test_revert_brings_back_what_was_underneath_and_reverting_the_revert_restores(two_batches):
    ws, _, _ = two_batches
    undone = revert(ws, 2, author="granskare")
    assert undone.ok and undone.entry_id == 3 and not undone.restored
    assert staffing(ws.warehouse, 2024) == [
        ("2417", 2024, "brott", 0.0, "2418", "example", None),  # the example's value is back
        ("2418", 2024, "brott", 1.5, None, "loaded", 1),  # batch 1's value is back
        ("2505", 2024, "brott", 0.4, None, "example", None),
    ]
    again = revert(ws, 3)
    assert again.ok and again.entry_id == 4 and again.restored
    assert [row[3] for row in staffing(ws.warehouse, 2024)] == [0.3, 2.0, 0.4]
    with ledger.open_ledger(ws.ledger) as con:
        entries = ledger.entries(con)
    assert list(zip(entries["entry_id"], entries["action"], entries["status"])) == [
        (1, "load", "active"),
        (2, "load", "active"),
        (3, "revert", "reverted"),
        (4, "revert", "active"),
    ]
    assert list(entries["author"]) == ["analytiker", "analytiker", "granskare", entries["author"].iloc[3]]


def test_revert_refuses_what_is_not_there_or_already_undone(two_batches):
    ws, _, _ = two_batches
    assert [p.key for p in revert(ws, 9).problems] == ["etl.err.no_such_batch"]
    assert revert(ws, 1).ok
    assert [p.key for p in revert(ws, 1).problems] == ["etl.err.already_reverted"]


def test_nothing_in_the_ledger_is_ever_deleted_or_overwritten(two_batches):
    ws, _, _ = two_batches
    revert(ws, 2)
    with ledger.open_ledger(ws.ledger) as con:
        rows = con.execute("select batch_id, fte from rows_staffing order by batch_id, source_row").fetchall()
        name, original = ledger.original_file(con, 2)
    assert rows == [(1, 1.5), (1, 0.4), (2, 2.0), (2, 0.3)]  # batch 2's rows stay, only inactive
    assert name == "bemanning_2.csv"
    assert original == "Kommun;År;Roll;Årsarbetare\nMalå;2024;brott;2\nNorsjö;2024;brott;0,3\n".encode()


def test_history_of_one_key(two_batches):
    ws, _, _ = two_batches
    revert(ws, 2)
    rows = history.key_history(ws, "staffing", "2418", 2024)
    assert list(zip(rows["batch_id"], rows["fte"], rows["replaced_origin"], rows["status"])) == [
        (1, 1.5, "example", "active"),
        (2, 2.0, "loaded", "reverted"),
    ]
    lines = history.key_history_lines(ws, "staffing", "Malå", 2024, "sv")
    assert lines[0] == "kommun 2418, år 2024, roll brott:"
    assert lines[1].startswith("  sats 1, ") and lines[1].endswith(
        ", analytiker: årsarbetare 1,5, finansiär –, delad med –; ersatte årsarbetare 0,5, finansiär kommun, "
        "delad med 2417 (exempeldata); gäller"
    )
    assert lines[2].endswith(
        ": årsarbetare 2, finansiär –, delad med –; ersatte årsarbetare 1,5, finansiär –, delad med – (inläst); ångrad"
    )


def test_history_lists_batches_filtered_by_kind_and_municipality(two_batches, tmp_path):
    ws, _, _ = two_batches
    funding = write(tmp_path, "f.csv", "Kommun;År;Källa;Belopp\nArvidsjaur;2024;Brå;5000\n")
    assert load_file(ws, "funding", funding).ok
    lines = history.batch_lines(ws, None, None, "sv")
    assert lines[0].split() == ["Nr", "Åtgärd", "Typ", "Fil", "Vem", "När", "Nya", "Ersatta", "Oförändrade", "Status"]
    assert [line.split()[0] for line in lines[2:]] == ["1", "2", "3"]
    assert [line.split()[0] for line in history.batch_lines(ws, "funding", None, "sv")[2:]] == ["3"]
    assert [line.split()[0] for line in history.batch_lines(ws, None, "Sorsele", "sv")[2:]] == ["1"]
    assert [line.split()[0] for line in history.batch_lines(ws, None, "Norsjö", "sv")[2:]] == ["2"]
    with pytest.raises(history.UnknownMunicipality):
        history.batch_lines(ws, None, "Gotham", "sv")


def test_loaded_attendance_makes_the_examples_of_that_municipality_and_year_step_aside(fixture_workspace, tmp_path):
    # the example has Malå at the 2024 inspiration day (4) and at the 2016 one (2)
    path = write(
        tmp_path,
        "deltagande.csv",
        "Evenemang;Kommun;Deltagare\n2024-10-17-inspirationsdag;Norsjö;6\n2024-10-17-inspirationsdag;Malå;5\n",
    )
    result = load_file(fixture_workspace, "attendance", path)
    assert (result.new, result.replaced, result.stepped_aside) == (0, 2, 0)
    con = duckdb.connect(str(fixture_workspace.warehouse), read_only=True)
    assert con.execute(
        "select event_id, municipality_code, participants, origin from staging.attendance "
        "where municipality_code in ('2417', '2418') order by 1, 2"
    ).fetchall() == [
        ("2016-10-31-inspirationsdag", "2418", 2, "example"),  # another year: stays
        ("2024-10-17-inspirationsdag", "2417", 6, "loaded"),
        ("2024-10-17-inspirationsdag", "2418", 5, "loaded"),
    ]


def test_without_example_data_no_example_row_is_built(tmp_path):
    from prevcap.queries import meta as meta_queries
    from prevcap.sources import example_notice

    ws = workspace(tmp_path / "warehouse.duckdb", None)
    build(ws)
    path = write(tmp_path, "s.csv", "Kommun;År;Roll;Årsarbetare\nMalå;2024;brott;1\n")
    assert load_file(ws, "staffing", path).ok
    con = duckdb.connect(str(ws.warehouse), read_only=True)
    assert con.execute("select count(*) from staging.staffing where origin = 'example'").fetchall() == [(0,)]
    assert con.execute("select count(*) from meta.datasets where origin = 'example'").fetchall() == [(0,)]
    assert example_notice(meta_queries.datasets(con), "sv") is None
    assert con.execute("select value from meta.build where key = 'example_data'").fetchall() == [("false",)]


def test_the_banner_names_what_is_still_example_data(fixture_workspace, tmp_path):
    from prevcap.queries import meta as meta_queries
    from prevcap.sources import example_notice

    con = duckdb.connect(str(fixture_workspace.warehouse), read_only=True)
    before = example_notice(meta_queries.datasets(con), "sv")
    con.close()
    assert before.startswith(
        "**Exempeldata:** Bemanning, finansiering, deltagande, evenemang, samverkan och "
        "lagstatus (Lag 2023:196) är påhittade exempel"
    )
    # the fixture has four example attendance rows; loading all four makes attendance wholly loaded
    path = write(
        tmp_path,
        "a.csv",
        "Evenemang;Kommun;Deltagare\n2024-10-17-inspirationsdag;2418;4\n"
        "2024-10-17-inspirationsdag;2417;3\n2023-05-10-nätverksträff;2505;2\n"
        "2016-10-31-inspirationsdag;2418;2\n",
    )
    assert load_file(fixture_workspace, "attendance", path).ok
    staffing_file = write(tmp_path, "s.csv", "Kommun;År;Roll;Årsarbetare\nMalå;2024;brott;1\n")
    assert load_file(fixture_workspace, "staffing", staffing_file).ok
    con = duckdb.connect(str(fixture_workspace.warehouse), read_only=True)
    notice = example_notice(meta_queries.datasets(con), "sv")
    assert notice.startswith(
        "**Exempeldata:** Finansiering, evenemang, samverkan och lagstatus (Lag 2023:196) är "
        "påhittade exempel (fast slumpfrö) som visar hur verktyget fungerar. "
        "**Delvis exempeldata:** bemanning (resten är inläst). **Inläst:** deltagande."
    )


def test_a_warehouse_of_the_version_before_the_ledger_gives_its_loads_to_the_ledger(tmp_path):
    """tests/fixtures/warehouse_before_ledger.duckdb.gz was built by the code before the ledger from
    the fixture files, then loaded with: staffing Malå 2025 brott 1.5 and Sorsele 2024 andt 0.8,
    a collaboration Malå|Lycksele from 2025, and Lycksele's 5 participants at the 2024 inspiration day."""
    db = tmp_path / "warehouse.duckdb"
    with (
        gzip.open(Path(__file__).parent / "fixtures" / "warehouse_before_ledger.duckdb.gz") as packed,
        open(db, "wb") as out,
    ):
        shutil.copyfileobj(packed, out)
    ws = workspace(db, write_files(tmp_path / "example", FIXTURE_FILES))
    build(ws)
    with ledger.open_ledger(ws.ledger) as con:
        entries = ledger.entries(con)
    assert len(entries) == 1
    entry = entries.iloc[0]
    assert (entry.action, list(entry.kinds), entry.row_count, entry.note) == (
        "load",
        ["attendance", "staffing", "collaborations"],
        4,
        "earlier_warehouse",
    )
    assert entry.file_name == "bemanning_2025.csv, deltagande.csv, samverkan.csv"
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute(
        "select municipality_code, year, role, fte, origin, source_file, batch_id from staging.staffing "
        "where origin = 'loaded' order by 1"
    ).fetchall() == [
        ("2418", 2025, "brott", 1.5, "loaded", "bemanning_2025.csv", 1),
        ("2422", 2024, "andt", 0.8, "loaded", "bemanning_2025.csv", 1),
    ]
    assert con.execute(
        "select list(m.municipality_code order by m.municipality_code), c.start_date::varchar "
        "from staging.collaborations c join staging.collaboration_members m using (collaboration_id) "
        "where c.origin = 'loaded' group by all"
    ).fetchall() == [(["2418", "2481"], "2025-01-01")]
    assert con.execute(
        "select municipality_code, participants from staging.attendance where origin = 'loaded'"
    ).fetchall() == [("2481", 5)]
    con.close()
    build(ws)  # the new warehouse is not migrated again
    with ledger.open_ledger(ws.ledger) as con:
        assert ledger.head(con) == 1
    assert (
        "attendance, staffing, collaborations  från det tidigare lagret (bemanning_2025.csv, deltagande.csv, "
        "samverkan.csv)" in history.batch_lines(ws, None, None, "sv")[2]
    )


def test_a_warehouse_built_by_other_code_is_rebuilt_and_keeps_the_loaded_rows(fixture_workspace, tmp_path):
    """An upgrade: the warehouse was built by another version (its code_version differs). The dashboard's
    start and the next writer rebuild it from the ledger, so no query meets a column it lacks, and the
    users' rows are still there."""
    import duckdb

    from etl.build import is_current

    path = tmp_path / "s.csv"
    path.write_text("Kommun;År;Roll;Årsarbetare\nMalå;2024;brott;1,25\n", encoding="utf-8")
    assert load_file(fixture_workspace, "staffing", path, author="test").ok
    con = duckdb.connect(str(fixture_workspace.warehouse))
    con.execute("update meta.build set value = 'an-older-version' where key = 'code_version'")
    con.close()
    assert is_current(fixture_workspace) is False
    build(fixture_workspace)
    assert is_current(fixture_workspace) is True
    con = duckdb.connect(str(fixture_workspace.warehouse), read_only=True)
    assert con.execute(
        "select fte from staging.staffing where municipality_code = '2418' and year = 2024 and role = 'brott'"
    ).fetchall() == [(1.25,)]
    con.close()
