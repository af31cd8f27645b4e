"""Capacity indicators, the need norm, the gap and the index, computed by hand for four
municipalities in 2024 and asserted exactly:

- Malå (2418, 2 962 inh.): 0.75 FTE, SEK 400 000, both regional events, a citizen pledge 2024, two of
  the Act's three parts;
- Norsjö (2417, 3 968 inh.): reported 0 FTE ("none"), no funding report ("not reported"), one event,
  no police agreement documented for 2024, one part of two reported;
- Arvidsjaur (2505, 6 113 inh. carried from 2023): 1.2 FTE, SEK 261 130 of which SEK 61 130 external,
  one event (0 participants at the other counts as not attending), an undated citizen pledge, 3 of 3;
- Dorotea (2425, 2 294 inh.): nothing reported for 2024 but one partner and a pledge in force.

The real reference data (population, police agreements, the joint agreements) is part of the fixture.
"""

from __future__ import annotations

import math
from types import SimpleNamespace

import duckdb
import numpy as np
import pandas as pd
import pytest

from prevcap import indicators, method
from prevcap.charts import capacity as capacity_charts
from prevcap.domain import capacity
from prevcap.domain.capacity import Norm, Weights
from prevcap.queries import capacity as capacity_queries
from prevcap.tables import capacity as capacity_tables
from tests.conftest import build_warehouse

CAPACITY_FILES = {
    "events.csv": """\
        event_id,date,title,event_type,organiser,host,topic,source
        2024-03-05-natverk,2024-03-05,ANDT-nätverk,nätverksträff,Länsstyrelsen Norrbotten,2505,andt,
        2024-10-17-inspirationsdag,2024-10-17,Inspirationsdag för mindre kommuner,inspirationsdag,Länsstyrelsen Västerbotten,2418,bada,
        2023-10-18-inspirationsdag,2023-10-18,Inspirationsdag för mindre kommuner,inspirationsdag,Länsstyrelsen Västerbotten,2425,bada,
        """,
    "attendance.csv": """\
        event_id,municipality,participants
        2024-10-17-inspirationsdag,2418,4
        2024-10-17-inspirationsdag,2417,3
        2024-10-17-inspirationsdag,2505,0
        2024-03-05-natverk,2418,2
        2024-03-05-natverk,2505,5
        2023-10-18-inspirationsdag,2425,2
        """,
    "staffing.csv": """\
        municipality,year,role,fte,funded_by,shared_with
        2418,2024,brott,0.5,kommun,2417
        2418,2024,andt,0.25,fohm,
        2417,2024,brott,0,,
        2505,2024,brott,0.6,lansstyrelsen,
        2505,2024,andt,0.6,kommun,
        2418,2023,brott,0.5,kommun,
        2505,2023,andt,1.0,kommun,
        2425,2023,brott,0.5,kommun,
        """,
    "funding.csv": """\
        municipality,year,funder,area,amount_sek
        2418,2024,kommun,bada,300000
        2418,2024,lansstyrelsen,brott,100000
        2505,2024,kommun,brott,200000
        2505,2024,fohm,andt,61130
        """,
    "collaborations.csv": """\
        collaboration_id,municipalities,kind,start,end,detail,source
        ex-dorotea-vilhelmina,2425|2462,gemensamt ANDT-nätverk,2024-01-01,,,
        """,
    "law_status.csv": """\
        municipality,year,coordinating_function,lagesbild,atgardsplan
        2418,2024,ja,ja,nej
        2417,2024,ja,,nej
        2505,2024,ja,ja,ja
        """,
}

MALA, NORSJO, ARVIDSJAUR, DOROTEA = "2418", "2417", "2505", "2425"
POPULATION = {MALA: 2962, NORSJO: 3968, ARVIDSJAUR: 6113, DOROTEA: 2294}


@pytest.fixture(scope="session")
def capacity_warehouse_master(tmp_path_factory):
    return build_warehouse(tmp_path_factory.mktemp("capacity"), CAPACITY_FILES)


@pytest.fixture(scope="module")
def con(capacity_warehouse_master):
    connection = duckdb.connect(str(capacity_warehouse_master), read_only=True)
    yield connection
    connection.close()


@pytest.fixture(scope="module")
def year_2024(con) -> pd.DataFrame:
    return capacity_queries.capacity_year(con, ("24", "25"), 2024).set_index("municipality_code", drop=False)


def assessed_row(frame: pd.DataFrame, code: str) -> pd.Series:
    return frame.set_index("municipality_code", drop=False).loc[code]


# --- the mart ------------------------------------------------------------------------------------


def test_capacity_year_has_every_municipality_and_year(con):
    rows = con.execute(
        "select count(*), count(distinct municipality_code), min(year), max(year) from marts.capacity_year"
    ).fetchall()[0]
    # the fixture's years, 2023-2024, and the documented facts' back to 2018 (Robertsfors' sum)
    assert rows == (29 * 7, 29, 2018, 2024)


def test_staffing_indicators_by_hand(year_2024):
    mala, norsjo, arvidsjaur, dorotea = (year_2024.loc[c] for c in (MALA, NORSJO, ARVIDSJAUR, DOROTEA))
    assert (mala.fte_brott, mala.fte_andt, mala.fte_total) == (0.5, 0.25, 0.75)
    assert mala.fte_per_10k == pytest.approx(0.75 / 2962 * 10000)
    assert mala.fte_brott_per_10k == pytest.approx(0.5 / 2962 * 10000)
    assert norsjo.staffing_reported and norsjo.fte_total == 0  # reported none: zero
    assert arvidsjaur.fte_total == pytest.approx(1.2) and arvidsjaur.population == 6113
    assert arvidsjaur.population_carried and arvidsjaur.population_year == 2023
    assert not dorotea.staffing_reported and pd.isna(dorotea.fte_total)  # not reported: missing
    assert dorotea.inhabitants_per_km2 == pytest.approx(2294 / dorotea.area_km2)


def test_funding_indicators_by_hand(year_2024):
    mala, norsjo, arvidsjaur = (year_2024.loc[c] for c in (MALA, NORSJO, ARVIDSJAUR))
    assert mala.funding_per_inhabitant == pytest.approx(400000 / 2962)
    assert mala.funding_external_share == pytest.approx(100000 / 400000)
    assert mala.funding_kommun_per_inhabitant == pytest.approx(300000 / 2962)
    assert mala.funding_lansstyrelsen_per_inhabitant == pytest.approx(100000 / 2962)
    assert mala.funding_fohm_per_inhabitant == 0 and mala.funding_bra_per_inhabitant == 0  # reported year: 0
    assert arvidsjaur.funding_per_inhabitant == pytest.approx(261130 / 6113)
    assert arvidsjaur.funding_external_share == pytest.approx(61130 / 261130)
    assert arvidsjaur.funding_fohm_per_inhabitant == pytest.approx(10.0)
    for column in ("funding_per_inhabitant", "funding_external_share", "funding_kommun_per_inhabitant"):
        assert pd.isna(norsjo[column]), column  # no funding report: missing, not 0


def test_event_indicators_by_hand(year_2024):
    mala, norsjo, arvidsjaur, dorotea = (year_2024.loc[c] for c in (MALA, NORSJO, ARVIDSJAUR, DOROTEA))
    assert mala.events_in_year == 2
    assert (mala.participants, mala.events_attended_share) == (6, 1.0)
    assert mala.participants_per_1000 == pytest.approx(6 / 2962 * 1000)
    assert (norsjo.participants, norsjo.events_attended_share) == (3, 0.5)
    # a row of 0 participants is not attending
    assert (arvidsjaur.participants, arvidsjaur.events_attended) == (5, 1)
    assert arvidsjaur.events_attended_share == 0.5
    assert (dorotea.participants, dorotea.events_attended_share) == (0, 0.0)


def test_partners_count_joint_agreements_and_shared_posts(year_2024, con):
    # the real 2014 agreement of Malå, Norsjö, Sorsele, Arvidsjaur and Arjeplog has no end date
    def partner_codes(code):
        return con.execute(
            "select partner_codes from marts.capacity_year where municipality_code = ? and year = 2024", [code]
        ).fetchall()[0][0]

    assert partner_codes(MALA) == ["2417", "2422", "2505", "2506"]
    assert year_2024.loc[MALA].partners == 4
    assert year_2024.loc[DOROTEA].partners == 1  # the Södra Lappland agreement ended in 2020
    assert partner_codes(DOROTEA) == ["2462"]
    shared = con.execute(
        "select partner_code, label, start_year from marts.municipality_partners "
        "where municipality_code = ? and basis = 'shared_post'",
        [NORSJO],
    ).fetchall()
    assert shared == [(MALA, "brott", 2024)]  # a shared post counts for both municipalities


def test_police_agreements_in_force_undated_or_none(year_2024):
    assert year_2024.loc[MALA].police_agreement_status == "in_force"  # medborgarlöfte 2024
    assert year_2024.loc[MALA].medborgarlofte_in_force and not year_2024.loc[MALA].samverkan_in_force
    assert year_2024.loc[NORSJO].police_agreement_status == "none"  # 2019-2023 ended
    assert year_2024.loc[ARVIDSJAUR].police_agreement_status == "undated"  # "undated (current page)"
    assert year_2024.loc[DOROTEA].police_agreement_status == "in_force"  # medborgarlöfte 2023-2024


def test_police_periods_read_piece_by_piece(con):
    def agreement(code, period):
        return con.execute(
            "select is_dated, in_force_years, possible_until from marts.police_agreement_list "
            "where municipality_code = ? and period = ?",
            [code, period],
        ).fetchall()[0]

    # Kiruna's pledges 2016; 2018; 2024-2027: no pledge known for 2017 or 2019-2023
    assert agreement("2584", "2016; 2018; 2024-2027") == (True, [2016, 2018, 2024, 2025, 2026, 2027], None)
    # Dorotea's agreement "through 2026": certain for 2026 only, possibly before
    assert agreement("2425", "through 2026") == (True, [2026], 2026)
    # a note referring to a strategy's years does not date an agreement
    assert agreement("2425", "undated (refers to ANDT-strategin 2016-2020)") == (False, [], None)
    assert agreement("2418", "2020-01-01 to 2022-12-31") == (True, [2020, 2021, 2022], None)


def test_law_parts_missing_stays_missing(year_2024):
    mala, norsjo, dorotea = (year_2024.loc[c] for c in (MALA, NORSJO, DOROTEA))
    assert (mala.law_parts_in_place, mala.law_parts_reported) == (2, 3)
    assert bool(norsjo.law_coordinating_function) and pd.isna(norsjo.law_lagesbild)
    assert (norsjo.law_parts_in_place, norsjo.law_parts_reported) == (1, 2)
    assert not dorotea.law_reported and pd.isna(dorotea.law_parts_in_place)


# --- the norm and the gap ---------------------------------------------------------------------


def test_gap_with_the_default_norm_by_hand(year_2024):
    assessed = capacity.assess(year_2024)
    mala, norsjo, arvidsjaur, dorotea = (assessed_row(assessed, c) for c in (MALA, NORSJO, ARVIDSJAUR, DOROTEA))
    assert mala.norm_fte == pytest.approx(1.0 + 0.2 * 2962 / 10000)  # 1.05924
    assert mala.capacity_gap_fte == pytest.approx(0.75 - 1.05924)  # -0.30924
    assert mala.capacity_gap_share == pytest.approx(-0.30924 / 1.05924)  # -0.29195
    assert mala.gap_status == "short"
    assert norsjo.capacity_gap_fte == pytest.approx(-1.07936) and norsjo.capacity_gap_share == pytest.approx(-1.0)
    assert arvidsjaur.norm_fte == pytest.approx(1.12226)
    assert arvidsjaur.capacity_gap_fte == pytest.approx(1.2 - 1.12226) and arvidsjaur.gap_status == "meets"
    assert dorotea.norm_fte == pytest.approx(1.04588)
    assert pd.isna(dorotea.capacity_gap_fte) and dorotea.gap_status == "not_reported"


def test_gap_with_a_changed_norm_by_hand(year_2024):
    assessed = capacity.assess(year_2024, Norm(base_fte=0.5, fte_per_10k=0.5))
    mala, norsjo, arvidsjaur = (assessed_row(assessed, c) for c in (MALA, NORSJO, ARVIDSJAUR))
    assert mala.norm_fte == pytest.approx(0.6481)
    assert mala.capacity_gap_fte == pytest.approx(0.1019) and mala.gap_status == "meets"
    assert norsjo.capacity_gap_fte == pytest.approx(-0.6984) and norsjo.gap_status == "short"
    assert arvidsjaur.capacity_gap_fte == pytest.approx(1.2 - 0.80565)


def test_a_gap_of_exactly_zero_meets_the_norm():
    frame = pd.DataFrame({"population": [5000], "fte_total": [1.1]})
    assessed = capacity.with_norm(frame, Norm(1.0, 0.2))  # 1.0 + 0.1 = 1.1, not -2e-16 short
    assert assessed.loc[0, "capacity_gap_fte"] == 0 and assessed.loc[0, "gap_status"] == "meets"


def test_a_norm_of_zero_is_met_by_any_report(year_2024):
    assessed = capacity.assess(year_2024, Norm(0.0, 0.0))
    norsjo = assessed_row(assessed, NORSJO)
    assert norsjo.capacity_gap_fte == 0 and pd.isna(norsjo.capacity_gap_share)
    assert norsjo.component_staffing == 1.0
    assert pd.isna(assessed_row(assessed, DOROTEA).component_staffing)


def test_gap_summary(year_2024):
    summary = capacity.gap_summary(capacity.assess(year_2024))
    assert summary["short"] == 2 and summary["meets"] == 1 and summary["not_reported"] == 26
    assert summary["shortfall_fte"] == pytest.approx(0.30924 + 1.07936)
    nobody_short = capacity.gap_summary(capacity.assess(year_2024, Norm(0.0, 0.0)))
    assert nobody_short["short"] == 0 and str(nobody_short["shortfall_fte"]) == "0.0"  # not -0.0
    assert math.isnan(nobody_short["median_index"]) is False


# --- the index -----------------------------------------------------------------------------------


def test_index_components_by_hand(year_2024):
    components = capacity.assess(year_2024).set_index("municipality_code")
    mala = components.loc[MALA]
    assert mala.component_staffing == pytest.approx(0.75 / 1.05924)
    assert mala.component_funding == 1.0  # SEK 135 per inhabitant, capped at the reference of 100
    assert mala.component_participation == 1.0
    assert mala.component_collaboration == 1.0  # 4 partners, capped at 3
    assert mala.component_police == 1.0
    assert mala.component_law == pytest.approx(2 / 3)
    arvidsjaur = components.loc[ARVIDSJAUR]
    assert arvidsjaur.component_staffing == 1.0
    assert arvidsjaur.component_funding == pytest.approx(261130 / 6113 / 100)
    assert arvidsjaur.component_police == 0.5  # undated
    dorotea = components.loc[DOROTEA]
    assert dorotea.component_collaboration == pytest.approx(1 / 3)
    assert pd.isna(dorotea.component_staffing) and pd.isna(dorotea.component_funding) and pd.isna(dorotea.component_law)


def test_index_with_default_weights_by_hand(year_2024):
    assessed = capacity.assess(year_2024).set_index("municipality_code")
    mala = 40 * 0.75 / 1.05924 + 15 + 15 + 10 + 10 + 10 * 2 / 3  # 84.989
    assert assessed.loc[MALA, "capacity_index"] == pytest.approx(mala)
    assert assessed.loc[MALA, "index_coverage"] == 1.0
    # Norsjö: funding not reported, left out of both sums: (0 + 7.5 + 10 + 0 + 5) / 85
    assert assessed.loc[NORSJO, "capacity_index"] == pytest.approx(100 * 22.5 / 85)  # 26.471
    assert assessed.loc[NORSJO, "index_coverage"] == pytest.approx(0.85)
    arvidsjaur = 40 + 15 * 261130 / 6113 / 100 + 15 * 0.5 + 10 + 10 * 0.5 + 10  # 78.908
    assert assessed.loc[ARVIDSJAUR, "capacity_index"] == pytest.approx(arvidsjaur)
    # Dorotea: only participation, collaboration and police (35 of 100): below half, no index
    assert assessed.loc[DOROTEA, "index_coverage"] == pytest.approx(0.35)
    assert pd.isna(assessed.loc[DOROTEA, "capacity_index"])


def test_index_with_changed_weights_by_hand(year_2024):
    staffing_only = Weights(staffing=1, funding=0, participation=0, collaboration=0, police=0, law=0)
    assessed = capacity.assess(year_2024, weights=staffing_only).set_index("municipality_code")
    assert assessed.loc[MALA, "capacity_index"] == pytest.approx(100 * 0.75 / 1.05924)
    assert assessed.loc[NORSJO, "capacity_index"] == 0
    assert pd.isna(assessed.loc[DOROTEA, "capacity_index"])  # its only weighted part is missing
    without_staffing = Weights(staffing=0)
    assessed = capacity.assess(year_2024, weights=without_staffing).set_index("municipality_code")
    # Dorotea now has 35 of 60: (15 * 0 + 10 / 3 + 10 * 1) / 35
    assert assessed.loc[DOROTEA, "capacity_index"] == pytest.approx(100 * (10 / 3 + 10) / 35)


def test_index_is_deterministic_and_independent_of_the_other_rows(year_2024):
    once = capacity.assess(year_2024).set_index("municipality_code")["capacity_index"]
    again = capacity.assess(year_2024.iloc[::-1]).set_index("municipality_code")["capacity_index"]
    alone = capacity.assess(year_2024[year_2024["municipality_code"] == MALA])["capacity_index"].iloc[0]
    pd.testing.assert_series_equal(once.sort_index(), again.sort_index())
    assert alone == once.loc[MALA]


def test_index_breakdown(year_2024):
    row = assessed_row(capacity.assess(year_2024), NORSJO)
    breakdown = capacity.index_breakdown(row, Weights()).set_index("component")
    assert breakdown.loc["staffing", "score"] == 0 and pd.isna(breakdown.loc["funding", "score"])
    assert breakdown.loc["law", "score"] == pytest.approx(50)
    assert breakdown["weight_share"].sum() == pytest.approx(1.0)


# --- similar municipalities, medians, tables -----------------------------------------------------


def test_similar_municipalities_by_population_and_sparsity():
    e = math.e
    profiles = pd.DataFrame(
        {
            "municipality_code": ["A", "B", "C", "D", "E"],
            "population": [3000, 3000, 3000 * e**0.5, 3000 * e**2, 3000 * e**0.5],
            "inhabitants_per_km2": [1.5, 1.5 * e, 1.5, 1.5, 1.5 / e**0.5],
        }
    )
    # distances from A: B 1, C 0.5, D 2, E sqrt(0.5) = 0.707
    assert capacity.similar_municipalities(profiles, "A", 3) == ["C", "E", "B"]
    assert capacity.similar_municipalities(profiles, "Z") == []


def test_similar_municipalities_break_ties_by_code():
    profiles = pd.DataFrame(
        {
            "municipality_code": ["2401", "2403", "2402"],
            "population": [100, 200, 200],
            "inhabitants_per_km2": [1.0, 1.0, 1.0],
        }
    )
    assert capacity.similar_municipalities(profiles, "2401", 2) == ["2402", "2403"]


def test_county_median_and_profile_series(con):
    all_years = capacity.assess(capacity_queries.capacity_years(con))
    median = capacity.county_median(all_years, "24", ["fte_total"]).set_index("year")
    assert median.loc[2024, "fte_total"] == pytest.approx((0.75 + 0) / 2)  # Malå and Norsjö reported
    assert median.loc[2023, "fte_total"] == pytest.approx(0.5)  # Malå 0.5 and Dorotea 0.5
    series = capacity.profile_series(all_years, MALA, [NORSJO])
    assert list(series["series"].unique()) == ["municipality", "median", "similar"]
    own = series[series["series"] == "municipality"].set_index("year")
    assert own.loc[2024, "fte_total"] == 0.75 and own.loc[2023, "fte_total"] == 0.5
    similar = series[series["series"] == "similar"].set_index("year")
    assert pd.isna(similar.loc[2023, "fte_total"])  # Norsjö 2023: not reported, stays missing


def test_years_text():
    assert capacity_tables.years_text([2016, 2018, 2024, 2025, 2026, 2027]) == "2016, 2018, 2024–2027"
    assert capacity_tables.years_text([2014]) == "2014"
    assert capacity_tables.years_text([]) == ""


def test_capacity_table_ranks_shortfall_first_and_not_reported_last(year_2024):
    table, columns = capacity_tables.capacity_table(capacity.assess(year_2024), "sv")
    assert list(table["municipality_name"][:3]) == ["Norsjö", "Malå", "Arvidsjaur"]
    assert list(table["status"][:3]) == ["Under normen", "Under normen", "Når normen"]
    assert set(table["status"][3:]) == {"Ej rapporterat"}
    assert table.loc[0, "capacity_gap_percent"] == -100 and table.loc[1, "capacity_gap_fte"] == -0.31
    assert table.loc[1, "profile"] == "kommun?kommun=2418"
    assert table.loc[1, "police"] == "I kraft" and table.loc[2, "police"] == "Odaterat avtal"
    assert table.loc[0, "police"] == "Inget dokumenterat" and table.loc[0, "law"] == "1 av 2"
    assert set(columns) == set(table.columns)
    on_paper, columns = capacity_tables.capacity_table(capacity.assess(year_2024), "sv", links=False)
    assert "profile" not in on_paper.columns and "profile" not in columns


def test_profile_tables_tell_not_reported_from_zero(con):
    all_years = capacity.assess(capacity_queries.capacity_years(con))
    table = capacity_tables.profile_year_table(all_years, NORSJO, "sv")[0].set_index("year")
    assert table.loc["2024", "fte_total"] == "0,00"
    assert table.loc["2023", "fte_total"] == "ej rapporterat"
    assert table.loc["2024", "funding_per_inhabitant"] == "ej rapporterat"
    assert table.loc["2024", "capacity_gap_fte"] == "-1,08"
    law = capacity_tables.law_checklist(all_years, NORSJO, "sv")[0].set_index("year")
    assert list(law.loc["2024"]) == ["Ja", "ej rapporterat", "Nej"]
    assert list(law.loc["2023"]) == ["ej rapporterat"] * 3


def test_profile_table_tells_a_missing_population_from_a_missing_report(con):
    years = capacity_queries.capacity_years(con)
    without_population = (years["municipality_code"] == MALA) & (years["year"] == 2023)
    years.loc[without_population, ["population", "fte_per_10k", "funding_per_inhabitant"]] = np.nan
    table = capacity_tables.profile_year_table(capacity.assess(years), MALA, "sv")[0].set_index("year")
    assert table.loc["2023", "fte_total"] == "0,50"
    assert table.loc["2023", "fte_per_10k"] == "saknas (ingen befolkningssiffra)"
    assert table.loc["2023", "capacity_gap_fte"] == "saknas (ingen befolkningssiffra)"
    assert table.loc["2023", "funding_per_inhabitant"] == "ej rapporterat"  # no funding report either


def test_agreements_table_says_undated(con):
    table = capacity_tables.agreements_table(capacity_queries.police_agreements(con, DOROTEA), 2024, "sv")[0]
    by_period = table.set_index("period")
    assert by_period.loc["undated (refers to ANDT-strategin 2016-2020)", "validity"] == "odaterat"
    assert by_period.loc["undated (refers to ANDT-strategin 2016-2020)", "in_force"] == "okänt"
    assert by_period.loc["through 2026", "validity"] == "t.o.m. 2026 (start okänd)"
    assert by_period.loc["through 2026", "in_force"] == "okänt"  # 2024 lies before the known end
    assert by_period.loc["2023-2024", "in_force"] == "Ja" and by_period.loc["2019-2020", "in_force"] == "Nej"
    assert by_period.loc["2023-2024", "source"].startswith("https://www.dorotea.se/")
    assert by_period.loc["2023-2024", "more_sources"].startswith("https://polisen.se/")


def test_partners_table(con):
    table = capacity_tables.partners_table(capacity_queries.partners(con, MALA), "sv")[0]
    joint = table[table["basis"] == "Gemensam överenskommelse"].iloc[0]
    assert joint["partners"] == "Arjeplog, Arvidsjaur, Norsjö, Sorsele" and joint["years"] == "2014–pågående"
    shared = table[table["basis"] == "Delad samordnartjänst"].iloc[0]
    assert (shared["partners"], shared["what"], shared["years"]) == ("Norsjö", "brottsförebyggande", "2024")
    assert shared["example"] == "Exempeldata"


def test_method_tables(con):
    examples = method.norm_examples(Norm(), "sv")[0].set_index("population")
    assert examples.loc[50000, "norm_fte"] == 2.0 and examples.loc[50000, "base_share"] == 50
    weights = method.index_component_table(Weights(), "sv")[0]
    assert weights["weight"].sum() == 100 and weights["url"].iloc[0] == "vikt_bemanning"
    sources = method.sources_table(con.execute("select * from meta.datasets").df(), "sv")[0]
    population = sources[sources["dataset"] == "Befolkning"].iloc[0]
    assert population["source_date"] == "2025-02-21" and population["origin"] == "Verklig (referens)"
    assert "Polisavtal" in set(sources["dataset"])


# --- charts ---------------------------------------------------------------------------------------


def geojson(con):
    from prevcap.geo import feature_collection
    from prevcap.queries.overview import map_geometry

    return feature_collection(map_geometry(con, ("24", "25")))


def test_gap_map_marks_shortfalls_without_colour(con, year_2024):
    assessed = capacity.assess(year_2024)
    fig = capacity_charts.gap_map(assessed, geojson(con), "sv")
    missing, present, markers = fig.data
    assert missing.marker.line.color == "#ffffff" and len(missing.locations) == 26
    assert set(present.locations) == {NORSJO, MALA, ARVIDSJAUR}
    assert present.zmid == 0 and present.zmin == -present.zmax  # white is a gap of zero
    assert markers.type == "scattermap" and markers.mode == "markers"
    assert sorted(row[0] for row in markers.customdata) == [NORSJO, MALA]
    assert fig.layout.map.style == "white-bg"


def test_gap_bars_hatch_the_shortfalls(year_2024):
    fig = capacity_charts.gap_bars(capacity.assess(year_2024), "sv", "share")
    bars = fig.data[0]
    assert list(bars.y[:3]) == ["Norsjö", "Malå", "Arvidsjaur"]
    assert list(bars.marker.pattern.shape[:4]) == ["/", "/", "", ""]
    assert bars.x[0] == pytest.approx(-100) and bars.text[3] == "ej rapporterat"


def test_norm_scatter_draws_the_norm(year_2024):
    norm = Norm(0.5, 0.5)
    fig = capacity_charts.norm_scatter(capacity.assess(year_2024, norm), norm, "sv")
    line = fig.data[0]
    assert np.allclose(line.y, 0.5 + 0.5 * np.asarray(line.x) / 10000)
    names = {trace.name: list(trace.text) for trace in fig.data[1:]}
    assert names == {"Under normen": ["Norsjö"], "Når normen": ["Malå", "Arvidsjaur"]}


def test_scatter_names_go_where_they_cover_nothing():
    from prevcap.charts.labels import label_positions

    # 10 px text (6 px a character, 12 px a line), 11 px markers (6.5 px to the edge of the box around one)
    points = [(100, 100), (100, 112), (5, 50), (195, 195)]
    names = ["Malå", "Norsjö", "Övertorneå", "Kommunen med det mycket långa namnet här"]
    assert label_positions(points, names, 10, 11, (200, 200)) == [
        "top center",  # under it is Norsjö's point
        "bottom center",
        "middle right",  # centred it would run out of the plot on the left
        None,  # no place inside the plot: left out
    ]


def test_profile_trend_leaves_missing_years_out(con):
    all_years = capacity.assess(capacity_queries.capacity_years(con))
    series = capacity.profile_series(all_years, NORSJO, [MALA])
    fte = next(i for i in indicators.PROFILE_INDICATORS if i.column == "fte_total")
    fig = capacity_charts.profile_trend(series, fte, "sv")
    own = fig.data[0]
    assert list(own.x) == list(range(2018, 2025)) and pd.isna(own.y[-2]) and own.y[-1] == 0
    assert own.connectgaps is False and own.customdata[-2] == "ej rapporterat"


# --- a click on a map -----------------------------------------------------------------------------


def test_clicked_municipality_reads_locations_and_codes():
    from prevcap.ui.render import clicked_municipality

    def event(*points):
        return SimpleNamespace(selection={"points": list(points)})

    assert clicked_municipality(event({"location": "2418", "customdata": ["Malå"]})) == "2418"
    assert clicked_municipality(event({"customdata": ["2505", "Arvidsjaur"]})) == "2505"
    assert clicked_municipality(event({"customdata": ["Malå"]})) is None
    assert clicked_municipality(event()) is None
    assert clicked_municipality(None) is None


def test_the_index_needs_at_least_half_the_weight_exactly_half_is_enough():
    import math

    import pandas as pd

    from prevcap.domain.capacity import Weights, capacity_index

    components = pd.DataFrame(
        {
            "staffing": [0.8],
            "funding": [math.nan],
            "participation": [math.nan],
            "collaboration": [math.nan],
            "police": [math.nan],
            "law": [math.nan],
        }
    )
    half = capacity_index(components, Weights(50, 50, 0, 0, 0, 0)).iloc[0]
    assert half["index_coverage"] == 0.5 and half["capacity_index"] == pytest.approx(80.0)
    under = capacity_index(components, Weights(49, 51, 0, 0, 0, 0)).iloc[0]
    assert under["index_coverage"] == pytest.approx(0.49) and math.isnan(under["capacity_index"])


WRAPPING = "Invånare och samordnare, 2025, med behovsnormen för båda länen"  # two lines at 46 characters


@pytest.mark.parametrize("chart", ["gap_map", "gap_bars", "norm_scatter"])
def test_a_wrapped_title_has_room_for_its_first_line(con, year_2024, chart):
    """These charts place their own title: as finish() does, the first of two lines moves down 0.7 em
    (11 px at 15 px), and the room above the plot grows by a line and that drop."""
    assessed = capacity.assess(year_2024)
    build = {
        "gap_map": lambda title: capacity_charts.gap_map(assessed, geojson(con), "sv", title=title),
        "gap_bars": lambda title: capacity_charts.gap_bars(assessed, "sv", "share", title=title),
        "norm_scatter": lambda title: capacity_charts.norm_scatter(assessed, Norm(1.0, 0.2), "sv", title=title),
    }[chart]
    short, wrapped = build("Kort titel"), build(WRAPPING)
    assert wrapped.layout.title.text.count("<br>") == 1
    assert (wrapped.layout.title.yref, wrapped.layout.title.y, wrapped.layout.title.yanchor) == ("container", 1, "top")
    assert short.layout.title.pad.t == 10 and wrapped.layout.title.pad.t == 10 + 11
    assert wrapped.layout.margin.t - short.layout.margin.t == 20 + 11
