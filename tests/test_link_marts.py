"""The link marts of issue 9, marts.shared_posts and marts.collaboration_pairs, which both
marts.municipality_partners and marts.network_links read; computed by hand on the network fixture
(tests/test_network.py): Malå (2418) names Norsjö (2417) as the partner of its brott post in 2022,
and Norsjö names Malå (one post); in 2023 Malå shares a brott and an andt post with Norsjö; the
example collaboration ex-a joins Malå, Skellefteå (2482) and Arvidsjaur (2505) in 2021-2022."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import duckdb
import pytest

from tests.conftest import build_warehouse
from tests.test_network import NETWORK_FILES


@pytest.fixture(scope="module")
def links_warehouse(tmp_path_factory) -> Path:
    return build_warehouse(tmp_path_factory.mktemp("links"), NETWORK_FILES)


@pytest.fixture(scope="module")
def con(links_warehouse):
    connection = duckdb.connect(str(links_warehouse), read_only=True)
    yield connection
    connection.close()


def test_shared_posts_by_hand(con):
    rows = con.execute("select * from marts.shared_posts order by all").fetchall()
    # 2022: the post both report, each naming the other, is one post
    assert rows == [
        ("2417", "2418", 2022, ["brott"], "brott", 1, "example", True),
        ("2417", "2418", 2023, ["andt", "brott"], "andt, brott", 2, "example", True),
    ]


def test_collaboration_pairs_by_hand(con):
    rows = con.execute(
        "select * exclude (detail) from marts.collaboration_pairs where collaboration_id = 'ex-a' order by all"
    ).fetchall()
    ex_a = (
        "gemensam utbildning",
        dt.date(2021, 1, 1),
        dt.date(2022, 12, 31),
        2021,
        2022,
        "collaborations.csv",
        "example",
        True,
    )  # no source given: the file it came from
    assert rows == [("ex-a", "2418", "2482", *ex_a), ("ex-a", "2418", "2505", *ex_a), ("ex-a", "2482", "2505", *ex_a)]
    # the real 2014 agreement of Malå, Norsjö, Sorsele, Arvidsjaur and Arjeplog: 5 * 4 / 2 pairs
    assert con.execute(
        "select count(*), bool_or(is_example) from marts.collaboration_pairs where start_year = 2014"
    ).fetchall() == [(10, False)]


def rows_not_in(con, left: str, right: str) -> list[tuple]:
    return (
        con.execute(f"({left}) except all ({right})").fetchall()
        + con.execute(f"({right}) except all ({left})").fetchall()
    )


def test_network_links_read_the_link_marts(con):
    assert (
        rows_not_in(
            con,
            "select municipality_a, municipality_b, year, weight, label, is_example from marts.shared_posts",
            "select municipality_a, municipality_b, year, weight, label, is_example from marts.network_links "
            "where kind = 'shared_post'",
        )
        == []
    )
    assert (
        rows_not_in(
            con,
            "select municipality_a, municipality_b, collaboration_id, collaboration_kind, start_year, end_year, "
            "is_example, source from marts.collaboration_pairs",
            "select municipality_a, municipality_b, basis, label, start_year, end_year, is_example, source "
            "from marts.network_links where kind = 'joint_agreement'",
        )
        == []
    )


def test_municipality_partners_read_the_link_marts_from_both_sides(con):
    assert (
        rows_not_in(
            con,
            "select municipality_a, municipality_b, label, year, origin from marts.shared_posts "
            "union all select municipality_b, municipality_a, label, year, origin from marts.shared_posts",
            "select municipality_code, partner_code, label, start_year, origin from marts.municipality_partners "
            "where basis = 'shared_post' and start_year = end_year",
        )
        == []
    )
    pair = "collaboration_id, collaboration_kind, start_year, end_year, detail, source, origin"
    assert (
        rows_not_in(
            con,
            f"select municipality_a, municipality_b, {pair} from marts.collaboration_pairs "
            f"union all select municipality_b, municipality_a, {pair} from marts.collaboration_pairs",
            "select municipality_code, partner_code, collaboration_id, label, start_year, end_year, detail, source, origin "
            "from marts.municipality_partners where basis = 'collaboration'",
        )
        == []
    )
    norsjo = con.execute(
        "select partner_code, label, start_year from marts.municipality_partners "
        "where municipality_code = '2417' and basis = 'shared_post' order by start_year"
    ).fetchall()
    assert norsjo == [("2418", "brott", 2022), ("2418", "andt, brott", 2023)]


def test_data_tests_catch_broken_link_marts(links_warehouse, tmp_path):
    from etl.checks import failing_tests

    copy = tmp_path / "broken.duckdb"
    shutil.copyfile(links_warehouse, copy)
    connection = duckdb.connect(str(copy))
    try:
        assert failing_tests(connection) == []
        connection.execute(
            "insert into marts.shared_posts values ('2418', '2417', 2024, ['brott'], 'brott', 1, 'example', true)"
        )
        connection.execute("update marts.shared_posts set weight = 3 where year = 2023")
        connection.execute(
            "insert into marts.collaboration_pairs select * from marts.collaboration_pairs "
            "where collaboration_id = 'ex-a' and municipality_b = '2482'"
        )
        connection.execute(
            "update marts.collaboration_pairs set municipality_a = '2505', municipality_b = '2482' "
            "where collaboration_id = 'ex-a' and municipality_a = '2482'"
        )
        failures = dict(failing_tests(connection))
    finally:
        connection.close()
    assert failures == {
        "marts.shared_posts pairs ordered, weight the number of roles": 2,
        "marts.collaboration_pairs unique (collaboration_id, municipality_a, municipality_b)": 1,
        "marts.collaboration_pairs pairs ordered, periods forward": 1,
    }
