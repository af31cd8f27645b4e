"""Links, weights and network measures, events and funding, computed by hand on a fixture of five
municipalities and three events: Malå (2418), Norsjö (2417), Sorsele (2422), Skellefteå (2482) in
Västerbotten and Arvidsjaur (2505) in Norrbotten. The real reference data (boundaries, population,
the documented agreements and the police areas) is loaded as in every build."""

from __future__ import annotations

import math
from pathlib import Path

import duckdb
import pandas as pd
import pytest

from prevcap.charts import events as events_charts
from prevcap.charts import network as network_charts
from prevcap.domain import events, funding, network
from prevcap.queries import events as events_queries
from prevcap.queries import funding as funding_queries
from prevcap.queries import network as network_queries
from prevcap.tables import network as network_tables
from tests.conftest import build_warehouse

NETWORK_FILES = {
    "events.csv": """\
        event_id,date,title,event_type,organiser,host,topic,source
        e1,2022-10-10,Inspirationsdag,inspirationsdag,Länsstyrelsen Västerbotten,2418,bada,
        e2,2023-03-01,ANDT-nätverk,nätverksträff,Länsstyrelsen Norrbotten,2505,andt,
        e3,2023-10-05,Inspirationsdag,inspirationsdag,Länsstyrelsen Västerbotten,2422,bada,
        """,
    # Arvidsjaur is listed at e1 with 0 participants: it sent nobody, so it is no co-attendee
    "attendance.csv": """\
        event_id,municipality,participants
        e1,2418,4
        e1,2417,2
        e1,2422,1
        e1,2505,0
        e2,2505,3
        e2,2418,1
        e2,2482,2
        e3,2422,5
        e3,2418,2
        e3,2417,1
        e3,2505,2
        """,
    # 2022: one post reported from both sides (one post); 2023: two roles shared
    "staffing.csv": """\
        municipality,year,role,fte,funded_by,shared_with
        2418,2022,brott,0.5,kommun,2417
        2417,2022,brott,0.5,kommun,2418
        2418,2023,brott,0.5,kommun,2417
        2418,2023,andt,0.3,fohm,2417
        2422,2023,andt,0.4,kommun,
        """,
    "funding.csv": """\
        municipality,year,funder,area,amount_sek
        2418,2022,kommun,bada,250000
        2418,2023,kommun,bada,300000
        2418,2023,fohm,andt,100000
        2417,2023,lansstyrelsen,brott,50000
        2505,2023,kommun,brott,200000
        """,
    "collaborations.csv": """\
        collaboration_id,municipalities,kind,start,end,detail,source
        ex-a,2418|2482|2505,gemensam utbildning,2021-01-01,2022-12-31,,
        """,
}
BOTH = ("24", "25")
CO_AND_SHARED = ("co_attendance", "shared_post")

# populations of the reference data (SCB, 31 December)
MALA_2022, MALA_2023, NORSJO_2023, ARVIDSJAUR_2023 = 3033, 2990, 3924, 6113


@pytest.fixture(scope="session")
def network_warehouse_master(tmp_path_factory) -> Path:
    return build_warehouse(tmp_path_factory.mktemp("network"), NETWORK_FILES)


@pytest.fixture
def con(network_warehouse_master):
    connection = duckdb.connect(str(network_warehouse_master), read_only=True)
    yield connection
    connection.close()


def pairs(frame: pd.DataFrame, kind: str | None = None) -> dict[tuple[str, str], int]:
    if kind:
        frame = frame[frame["kind"] == kind]
    return {(a, b): int(w) for a, b, w in zip(frame["municipality_a"], frame["municipality_b"], frame["weight"])}


# --- the mart ---------------------------------------------------------------------------------


def test_co_attendance_rows_per_pair_and_year(con):
    rows = con.execute(
        "select municipality_a, municipality_b, year, weight from marts.network_links "
        "where kind = 'co_attendance' order by all"
    ).fetchall()
    # 2022, e1: Malå, Norsjö, Sorsele (Arvidsjaur sent 0); 2023, e2: Malå, Skellefteå, Arvidsjaur;
    # e3: Malå, Norsjö, Sorsele, Arvidsjaur; Malå and Arvidsjaur met at both 2023 events
    assert rows == [
        ("2417", "2418", 2022, 1),
        ("2417", "2418", 2023, 1),
        ("2417", "2422", 2022, 1),
        ("2417", "2422", 2023, 1),
        ("2417", "2505", 2023, 1),
        ("2418", "2422", 2022, 1),
        ("2418", "2422", 2023, 1),
        ("2418", "2482", 2023, 1),
        ("2418", "2505", 2023, 2),
        ("2422", "2505", 2023, 1),
        ("2482", "2505", 2023, 1),
    ]


def test_shared_post_counts_a_post_reported_from_both_sides_once(con):
    rows = con.execute(
        "select municipality_a, municipality_b, year, weight, label from marts.network_links "
        "where kind = 'shared_post' order by year"
    ).fetchall()
    assert rows == [("2417", "2418", 2022, 1, "brott"), ("2417", "2418", 2023, 2, "andt, brott")]


def test_joint_agreements_and_police_areas_from_the_reference_data(con):
    agreement_2014 = con.execute(
        "select count(*), min(start_year), max(end_year), bool_or(is_example) from marts.network_links "
        "where kind = 'joint_agreement' and start_year = 2014"
    ).fetchall()[0]
    # Malå, Norsjö, Sorsele, Arvidsjaur, Arjeplog: 5 * 4 / 2 pairs, from 2014, no end, real
    assert agreement_2014 == (10, 2014, None, False)
    police = dict(
        con.execute(
            "select basis, count(*) from marts.network_links where kind = 'police_area' group by basis"
        ).fetchall()
    )
    # the members of each area as the sources name them; Norra Lappland has one (Gällivare): no pair
    assert police == {
        "LPO Umeå": 15,
        "LPO Södra Lappland": 15,
        "LPO Piteå älvdal": 6,
        "LPO Östra Norrbotten": 3,
        "LPO Skellefteå": 1,
        "LPO Luleå/Boden": 1,
    }
    undated = con.execute(
        "select count(*) from marts.network_links where kind = 'police_area' "
        "and start_year is null and end_year is null"
    ).fetchall()[0][0]
    assert undated == 41
    sources = con.execute("select count(*) from staging.police_areas where source not like 'http%'").fetchall()[0][0]
    assert sources == 0


def test_data_tests_pass_and_catch_a_broken_link(network_warehouse_master, tmp_path):
    import shutil

    from etl.checks import failing_tests

    copy = tmp_path / "broken.duckdb"
    shutil.copyfile(network_warehouse_master, copy)
    connection = duckdb.connect(str(copy))
    assert failing_tests(connection) == []
    connection.execute(
        "insert into marts.network_links (municipality_a, municipality_b, kind, weight, is_example) "
        "values ('2505', '2418', 'co_attendance', 1, true)"
    )
    failures = dict(failing_tests(connection))
    connection.close()
    assert failures == {"marts.network_links pairs ordered, kinds known, weights positive, periods forward": 1}


# --- links of a period ------------------------------------------------------------------------


def test_period_sums_the_yearly_weights(con):
    links = network_queries.period_links(con, BOTH, 2022, 2023, CO_AND_SHARED)
    assert pairs(links, "co_attendance") == {
        ("2417", "2418"): 2,
        ("2417", "2422"): 2,
        ("2417", "2505"): 1,
        ("2418", "2422"): 2,
        ("2418", "2482"): 1,
        ("2418", "2505"): 2,
        ("2422", "2505"): 1,
        ("2482", "2505"): 1,
    }
    assert pairs(links, "shared_post") == {("2417", "2418"): 3}  # 1 post in 2022 + 2 in 2023: 3 post-years
    only_2022 = network_queries.period_links(con, BOTH, 2022, 2022, CO_AND_SHARED)
    assert pairs(only_2022, "co_attendance") == {("2417", "2418"): 1, ("2417", "2422"): 1, ("2418", "2422"): 1}
    assert pairs(only_2022, "shared_post") == {("2417", "2418"): 1}
    border = links[links["crosses_county_border"]]
    assert sorted(zip(border["municipality_a"], border["municipality_b"])) == [
        ("2417", "2505"),
        ("2418", "2505"),
        ("2422", "2505"),
        ("2482", "2505"),
    ]


def test_agreements_count_when_their_years_overlap_the_period(con):
    in_2023 = network_queries.period_links(con, BOTH, 2023, 2023, ("joint_agreement",))
    # the open-ended 2014 agreement (10 pairs), LPO Umeå's pledges 2023-2025 (10 pairs) and eastern
    # Norrbotten's joint council of 2018 (4 members, 6 pairs); not the example agreement that ended 2022,
    # nor Södra Lappland's (2016-2020)
    assert len(in_2023) == 26 and set(in_2023["weight"]) == {1}
    in_2021_2022 = pairs(network_queries.period_links(con, BOTH, 2021, 2022, ("joint_agreement",)))
    assert len(in_2021_2022) == 18  # 10 pairs of 2014 + two new pairs of ex-a + the council's 6
    assert in_2021_2022[("2418", "2505")] == 2  # both agreements
    assert in_2021_2022[("2482", "2505")] == 1
    before = network_queries.period_links(con, BOTH, 2012, 2013, ("joint_agreement",))
    assert before.empty
    mala = in_2023[(in_2023["municipality_a"] == "2417") & (in_2023["municipality_b"] == "2418")].iloc[0]
    assert (mala.first_year, pd.isna(mala.last_year), bool(mala.undated)) == (2014, True, False)
    assert network_tables.link_period_text(mala, "sv") == "från 2014"


def test_police_areas_count_in_every_period(con):
    links = network_queries.period_links(con, BOTH, 2012, 2012, ("police_area",))
    assert len(links) == 41 and links["undated"].all()
    assert network_tables.link_period_text(links.iloc[0], "sv") == "odaterad"


def test_county_filter_keeps_links_touching_the_county(con):
    norrbotten = network_queries.period_links(con, ("25",), 2022, 2023, CO_AND_SHARED)
    assert sorted(pairs(norrbotten)) == [("2417", "2505"), ("2418", "2505"), ("2422", "2505"), ("2482", "2505")]


# --- network measures ---------------------------------------------------------------------------


@pytest.fixture
def graph(con):
    nodes = network_queries.network_nodes(con, BOTH)
    return network.link_graph(nodes, network_queries.period_links(con, BOTH, 2022, 2023, CO_AND_SHARED))


def test_edges_sum_the_kinds(graph):
    assert graph.number_of_nodes() == 29 and graph.number_of_edges() == 8
    assert graph["2417"]["2418"]["weight"] == 5  # 3 post-years + 2 shared events
    assert graph["2417"]["2418"]["kinds"] == {"co_attendance": 2, "shared_post": 3}


def test_partners_per_municipality_by_hand(graph):
    partners = network.partners_per_municipality(graph).set_index("municipality_name")
    assert list(partners.index[:5]) == ["Malå", "Arvidsjaur", "Norsjö", "Sorsele", "Skellefteå"]
    # Malå: Norsjö 5, Sorsele 2, Skellefteå 1, Arvidsjaur 2
    assert tuple(partners.loc["Malå", ["partners", "partners_other_county", "strength"]]) == (4, 1, 10)
    assert tuple(partners.loc["Arvidsjaur", ["partners", "partners_other_county", "strength"]]) == (4, 4, 5)
    assert tuple(partners.loc["Norsjö", ["partners", "partners_other_county", "strength"]]) == (3, 1, 8)
    assert tuple(partners.loc["Sorsele", ["partners", "partners_other_county", "strength"]]) == (3, 1, 5)
    assert tuple(partners.loc["Skellefteå", ["partners", "partners_other_county", "strength"]]) == (2, 1, 2)
    assert partners.loc["Skellefteå", "partner_names"] == "Arvidsjaur, Malå"
    assert (partners["partners"].iloc[5:] == 0).all() and len(partners) == 29


def test_without_partner_cross_border_and_summary(graph):
    isolated = network.without_partner(graph)
    assert len(isolated) == 24 and "Malå" not in isolated and isolated[0] == "Arjeplog"
    assert isolated[-3:] == ["Älvsbyn", "Överkalix", "Övertorneå"]  # Swedish order: å, ä, ö after z
    crossing = network.cross_border_pairs(graph)
    assert sorted(zip(crossing["name_a"], crossing["name_b"])) == [
        ("Malå", "Arvidsjaur"),
        ("Norsjö", "Arvidsjaur"),
        ("Skellefteå", "Arvidsjaur"),
        ("Sorsele", "Arvidsjaur"),
    ]
    assert network.network_summary(graph) == {
        "pairs": 8,
        "municipalities": 29,
        "with_partner": 5,
        "without_partner": 24,
        "cross_border_pairs": 4,
        "groups": 25,
    }


def test_strongest_pairs_by_hand(graph):
    strongest = network.strongest_pairs(graph, top=4)
    # name_a is the municipality with the lower code (Norsjö 2417 before Malå 2418); ties by name
    assert list(zip(strongest["name_a"], strongest["name_b"], strongest["weight"])) == [
        ("Norsjö", "Malå", 5),  # the only pair of two kinds: 3 post-years + 2 shared events
        ("Malå", "Arvidsjaur", 2),
        ("Malå", "Sorsele", 2),
        ("Norsjö", "Sorsele", 2),
    ]
    assert tuple(strongest.iloc[0][["weight_shared_post", "weight_co_attendance", "kind_count"]]) == (3, 2, 2)


def test_threshold_drops_weak_co_attendance_only(con):
    nodes = network_queries.network_nodes(con, BOTH)
    links = network.drop_weak_co_attendance(network_queries.period_links(con, BOTH, 2022, 2023, CO_AND_SHARED), 2)
    assert pairs(links, "co_attendance") == {
        ("2417", "2418"): 2,
        ("2417", "2422"): 2,
        ("2418", "2422"): 2,
        ("2418", "2505"): 2,
    }
    assert pairs(links, "shared_post") == {("2417", "2418"): 3}
    summary = network.network_summary(network.link_graph(nodes, links))
    assert summary == {
        "pairs": 4,
        "municipalities": 29,
        "with_partner": 4,
        "without_partner": 25,
        "cross_border_pairs": 1,
        "groups": 26,
    }


def test_matrix_of_one_county(con):
    nodes = network_queries.network_nodes(con, ("24",))
    graph = network.link_graph(nodes, network_queries.period_links(con, ("24",), 2022, 2023, CO_AND_SHARED))
    matrix = network.link_matrix(graph)
    assert matrix.shape == (15, 15) and list(matrix.index) == list(matrix.columns)
    assert matrix.loc["Malå", "Norsjö"] == 5 and matrix.loc["Norsjö", "Malå"] == 5
    assert matrix.loc["Malå", "Skellefteå"] == 1 and matrix.loc["Malå", "Malå"] == 0
    assert int(matrix.values.sum()) == 2 * (5 + 2 + 2 + 1)  # the pairs inside Västerbotten, both halves
    assert list(matrix.index[-2:]) == ["Vännäs", "Åsele"]
    summary = network.network_summary(graph)
    assert (summary["with_partner"], summary["municipalities"], summary["cross_border_pairs"], summary["groups"]) == (
        4,
        15,
        4,
        12,
    )


def test_links_table_translates_and_orders(con):
    links = network_queries.period_links(con, BOTH, 2023, 2023, ("shared_post", "joint_agreement"))
    table, columns = network_tables.links_display(links, "sv")
    assert set(columns) == set(table.columns)
    first = table.iloc[0]
    assert (first["name_a"], first["name_b"], first["kind"], first["weight"], first["basis"]) == (
        "Norsjö",
        "Malå",
        "Delad tjänst",
        2,
        "ANDT-samordnare; brottsförebyggande samordnare",
    )
    agreement = table[(table["kind"] == "Gemensam överenskommelse") & (table["name_b"] == "Arvidsjaur")].iloc[0]
    assert agreement["basis"] == "gemensam samverkansöverenskommelse med polisen"
    assert agreement["crosses_county_border"] == "ja" and agreement["period"] == "från 2014"
    english, _ = network_tables.links_display(links, "en")
    assert english.iloc[0]["kind"] == "Shared post"


# --- charts ------------------------------------------------------------------------------------


def test_link_map_draws_one_segment_per_link(con):
    nodes = network_queries.network_nodes(con, BOTH)
    links = network_queries.period_links(con, BOTH, 2022, 2023, CO_AND_SHARED)
    graph = network.link_graph(nodes, links)
    from prevcap.geo import feature_collection
    from prevcap.queries.overview import map_geometry

    fig = network_charts.link_map(
        nodes, links, network.partners_per_municipality(graph), feature_collection(map_geometry(con, BOTH)), "sv"
    )
    line_traces = [trace for trace in fig.data if trace.type == "scattermap" and trace.mode == "lines"]
    assert {trace.meta["link_kind"] for trace in line_traces} == {"shared_post", "co_attendance"}
    assert sum(trace.meta["segments"] for trace in line_traces) == 9  # 8 co-attendance pairs + 1 shared post
    assert sum(list(trace.lon).count(None) for trace in line_traces) == 9
    co_attendance = [trace for trace in line_traces if trace.meta["link_kind"] == "co_attendance"]
    # weights 1 and 2: two width classes, the stronger one wider
    assert [trace.name for trace in co_attendance] == [
        "Gemensamt deltagande: 1 gemensamt evenemang",
        "Gemensamt deltagande: 2 gemensamma evenemang",
    ]
    assert co_attendance[0].line.width < co_attendance[1].line.width
    assert fig.data[0].type == "choroplethmap" and len(fig.data[0].locations) == 29
    assert fig.layout.map.style == "white-bg"


def test_width_classes():
    assert network_charts.width_classes(pd.Series([1, 1, 2])) == [(1, 1, 2.0), (2, 2, 7.0)]
    assert network_charts.width_classes(pd.Series([3, 3])) == [(3, 3, 3.5)]
    classes = network_charts.width_classes(pd.Series(range(1, 21)))
    assert classes == [(1, 5, 2.0), (6, 10, 3.67), (11, 15, 5.33), (16, 20, 7.0)]
    assert network_charts.width_classes(pd.Series([], dtype=int)) == []


def test_inspiration_map_writes_the_years_as_text_on_flat_polygons():
    square = {
        "type": "FeatureCollection",
        "features": [
            {
                "type": "Feature",
                "id": code,
                "properties": {},
                "geometry": {
                    "type": "Polygon",
                    "coordinates": [[[lon, 64], [lon + 1, 64], [lon + 1, 65], [lon, 65], [lon, 64]]],
                },
            }
            for code, lon in (("2418", 18), ("2417", 19))
        ],
    }
    nodes = pd.DataFrame(
        {"municipality_code": ["2418", "2417"], "municipality_name": ["Malå", "Norsjö"], "selected": [True, False]}
    )
    hosts = pd.DataFrame(
        {"host_code": ["2418"], "host_name": ["Malå"], "host_lon": [18.5], "host_lat": [64.5], "years": [(2016, 2024)]}
    )
    fig = events_charts.inspiration_map(nodes, hosts, square, "sv")
    others, chosen, middles, labels, dots = fig.data
    assert {trace.type for trace in fig.data} == {"scatter"}  # no MapLibre: no glyphs, vectors in SVG and PDF
    assert (others.fillcolor, chosen.fillcolor) == ("#F4F4F4", "#E3E3E3")
    scale = math.cos(math.radians(64.5))
    assert list(chosen.x[:5]) == pytest.approx([18 * scale, 19 * scale, 19 * scale, 18 * scale, 18 * scale])
    assert list(chosen.y[:6]) == [64, 64, 65, 65, 64, None]
    assert labels.mode == "text" and list(labels.text) == ["2016", "2024"] and labels.meta == {"year_labels": 2}
    assert labels.textfont.family == "DejaVu Sans, Arial, sans-serif" and labels.textfont.size == 14
    assert labels.y[0] - labels.y[1] == pytest.approx(0.13 * 1.5)  # the second year one line below
    # a click on a municipality or on a host's dot opens its profile (prevcap.ui.render.clicked_municipality)
    assert list(middles.customdata) == ["2418", "2417"] and list(dots.customdata) == ["2418"]
    assert list(middles.x) == pytest.approx([18.5 * scale, 19.5 * scale]) and list(middles.y) == [64.5, 64.5]
    assert fig.layout.yaxis.scaleanchor == "x" and fig.layout.xaxis.visible is False


# --- events ------------------------------------------------------------------------------------


def test_events_by_year_type_and_topic(con):
    events = events_queries.events_by_year(con, BOTH, 2022, 2023)
    assert [tuple(row) for row in events[["year", "event_type", "topic", "events", "participants"]].values] == [
        (2022, "inspirationsdag", "bada", 1, 7),  # 4 + 2 + 1
        (2023, "inspirationsdag", "bada", 1, 10),  # 5 + 2 + 1 + 2
        # Trygghetskonferensen in Luleå: about 130 in all, no figure per municipality: unknown, not 0
        (2023, "konferens", "brott", 1, pd.NA),
        (2023, "nätverksträff", "andt", 1, 6),  # 3 + 1 + 2
    ]
    norrbotten = events_queries.events_by_year(con, ("25",), 2022, 2023)
    # e1: Arvidsjaur listed with 0 and not the host: not Norrbotten's event
    assert [tuple(row) for row in norrbotten[["year", "event_type", "participants"]].values] == [
        (2023, "inspirationsdag", 2),
        (2023, "konferens", pd.NA),  # hosted in Luleå; its total is not split per municipality
        (2023, "nätverksträff", 3),
    ]


def test_attendance_record_and_classes(con):
    record = events.classify_attendance(events_queries.attendance_record(con, BOTH, 2022, 2023)).set_index(
        "municipality_name"
    )
    # Västerbotten's events: e1, e2, e3; Norrbotten's: e2, e3 (at e1 Arvidsjaur sent nobody)
    assert tuple(record.loc["Malå", ["county_events", "events_attended", "participants"]]) == (3, 3, 7)
    assert record.loc["Norsjö", "attended_share"] == pytest.approx(2 / 3)
    assert tuple(record.loc["Skellefteå", ["events_attended", "attendance_class"]]) == (1, "regularly")
    assert tuple(record.loc["Arvidsjaur", ["county_events", "events_attended", "attended_share"]]) == (2, 2, 1.0)
    assert record.loc["Nordmaling", "attendance_class"] == "never"
    assert events.attendance_counts(record.reset_index()) == {"never": 24, "rarely": 0, "regularly": 5, "no_events": 0}
    stricter = events.classify_attendance(record.reset_index(), rarely_share=0.5).set_index("municipality_name")
    assert stricter.loc["Skellefteå", "attendance_class"] == "rarely"  # 1 of 3 < 50 %


def test_inspiration_days_and_their_hosts(con):
    editions = events_queries.inspiration_days(con)
    assert list(
        zip(editions["year"], editions["host_name"], editions["municipalities_attending"], editions["origin"])
    ) == [(2016, "Malå", 0, "reference"), (2022, "Malå", 3, "example"), (2023, "Sorsele", 4, "example")]
    hosts = events.host_labels(editions)
    assert list(zip(hosts["host_name"], hosts["years"])) == [("Malå", (2016, 2022)), ("Sorsele", (2023,))]


def test_participation_per_1000(con):
    participation = events_queries.participation(con, ("24",), 2022, 2023).set_index(["municipality_name", "year"])
    assert participation.loc[("Malå", 2023), "participants"] == 3  # 1 at e2 + 2 at e3
    assert participation.loc[("Malå", 2023), "participants_per_1000"] == pytest.approx(3 / MALA_2023 * 1000)
    assert participation.loc[("Nordmaling", 2022), "participants"] == 0  # a year with events: 0, not missing


# --- funding -----------------------------------------------------------------------------------


def test_funding_by_county_by_hand(con):
    by_county = funding_queries.funding_by_county(con, BOTH, funding.FUNDING_AREAS).set_index(["county_code", "year"])
    vb_2023 = by_county.loc[("24", 2023)]
    assert (vb_2023.amount_sek, vb_2023.external_sek, vb_2023.municipalities_reporting) == (450000, 150000, 2)
    assert vb_2023.external_share_pct == pytest.approx(100 / 3)
    assert vb_2023.sek_per_inhabitant == pytest.approx(450000 / (MALA_2023 + NORSJO_2023))  # 65.09
    assert by_county.loc[("24", 2022), "sek_per_inhabitant"] == pytest.approx(250000 / MALA_2022)
    assert by_county.loc[("25", 2023), "external_share_pct"] == 0
    kpis = funding.funding_kpis(by_county.reset_index(), 2023)
    assert kpis["amount_msek"] == pytest.approx(0.65)
    assert kpis["sek_per_inhabitant"] == pytest.approx(650000 / (MALA_2023 + NORSJO_2023 + ARVIDSJAUR_2023))
    assert kpis["external_share_pct"] == pytest.approx(150000 / 650000 * 100)
    assert kpis["municipalities_reporting"] == 3


def test_funding_by_source_and_area(con):
    by_source = funding_queries.funding_by_source(con, BOTH, funding.FUNDING_AREAS).set_index(["year", "funder"])
    assert by_source.loc[(2023, "kommun"), "amount_sek"] == 500000
    assert by_source.loc[(2023, "kommun"), "sek_per_inhabitant"] == pytest.approx(
        500000 / (MALA_2023 + NORSJO_2023 + ARVIDSJAUR_2023)
    )
    crime = funding_queries.funding_by_county(con, BOTH, ("brott",)).set_index(["county_code", "year"])
    assert crime.loc[("24", 2023), "amount_sek"] == 50000 and crime.loc[("24", 2023), "external_share_pct"] == 100
    assert ("24", 2022) not in crime.index  # Malå's 2022 money is for both areas ('bada')


def test_funding_per_inhabitant_waits_for_every_population():
    by_county = pd.DataFrame(
        {
            "year": [2016, 2016],
            "amount_sek": [100.0, 50.0],
            "external_sek": [0.0, 0.0],
            "population_reporting": [None, 10.0],
            "municipalities_reporting": [1, 1],
            "sek_per_inhabitant": [None, 5.0],
        }
    )
    assert funding.funding_kpis(by_county, 2016)["sek_per_inhabitant"] is None


def test_funding_table_by_hand(con):
    table = funding.funding_table(funding_queries.funding_by_municipality(con, BOTH, 2023, funding.FUNDING_AREAS))
    assert list(table["municipality_name"]) == ["Malå", "Arvidsjaur", "Norsjö"]  # by SEK per inhabitant
    mala = table.iloc[0]
    assert (mala.sek_kommun, mala.sek_fohm, mala.amount_sek, mala.external_sek) == (300000, 100000, 400000, 100000)
    assert mala.external_share_pct == 25 and mala.sek_per_inhabitant == pytest.approx(400000 / MALA_2023)
    assert table.iloc[2].external_share_pct == 100
