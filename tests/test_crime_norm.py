"""The need norm's optional crime term, "+ X FTE per 1,000 reported crimes", computed by hand: off by
default, and with it on a municipality without a figure of reported crimes has no norm (never a
term of zero)."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pandas as pd
import pytest

from etl.build import load_file
from prevcap.domain import capacity
from prevcap.domain.capacity import Norm

BRA_2024 = Path(__file__).parent / "fixtures" / "bra" / "Anmälda brott i kommunerna 2024.csv"


def frame() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "municipality_code": ["A", "B", "C"],
            "population": [3000.0, 20000.0, 8000.0],
            "reported_crimes": [150.0, 1500.0, None],
            "fte_total": [1.0, 1.2, 0.5],
        }
    )


def test_the_term_is_off_by_default_and_changes_nothing():
    assessed = capacity.with_norm(frame(), Norm())
    # 1.0 + 0.2 × 3 000 / 10 000 = 1.06; 1.0 + 0.2 × 2 = 1.4; 1.0 + 0.2 × 0.8 = 1.16
    assert assessed["norm_fte"].tolist() == pytest.approx([1.06, 1.4, 1.16])
    assert assessed["gap_status"].tolist() == ["short", "short", "short"]


def test_two_municipalities_by_hand_and_one_without_crimes():
    assessed = capacity.with_norm(frame(), Norm(1.0, 0.2, 0.1))
    # A: 1.0 + 0.06 + 0.1 × 150 / 1 000 = 1.075, gap 1.0 − 1.075 = −0.075
    # B: 1.0 + 0.4 + 0.1 × 1 500 / 1 000 = 1.55, gap 1.2 − 1.55 = −0.35
    a, b, c = assessed.itertuples()
    assert (a.norm_fte, a.capacity_gap_fte) == (pytest.approx(1.075), pytest.approx(-0.075))
    assert (b.norm_fte, b.capacity_gap_fte) == (pytest.approx(1.55), pytest.approx(-0.35))
    assert b.capacity_gap_share == pytest.approx(-0.35 / 1.55)
    assert pd.isna(c.norm_fte) and pd.isna(c.capacity_gap_fte) and c.gap_status == "no_crimes"
    assert capacity.gap_summary(assessed.assign(capacity_index=float("nan")))["no_crimes"] == 1


def test_the_index_leaves_out_staffing_without_a_norm():
    components = capacity.index_components(
        frame().assign(
            funding_per_inhabitant=None,
            events_attended_share=None,
            partners=None,
            police_agreement_status="none",
            law_parts_in_place=None,
            law_parts_reported=None,
        ),
        Norm(1.0, 0.2, 0.1),
    )
    # A: 1.0 / 1.075; C: no norm, so no staffing part (missing, not 0)
    assert components["staffing"].iloc[0] == pytest.approx(1.0 / 1.075)
    assert pd.isna(components["staffing"].iloc[2])


def test_with_brås_figures_in_the_warehouse(fixture_workspace, fixture_warehouse):
    assert load_file(fixture_workspace, "crime", BRA_2024, author="test").ok
    con = duckdb.connect(str(fixture_warehouse), read_only=True)
    year = con.execute("select * exclude (partner_codes) from marts.capacity_year where year = 2024").df()
    con.close()
    assessed = capacity.assess(year, Norm(1.0, 0.2, 0.1)).set_index("municipality_code")
    # Malå 2024: 0.5 + 0.25 FTE, 2 962 inhabitants (SCB), 150 reported crimes (the fixture)
    # norm 1.0 + 0.2 × 0.2962 + 0.1 × 0.150 = 1.07424, gap 0.75 − 1.07424 = −0.32424
    mala = assessed.loc["2418"]
    assert (mala.population, mala.reported_crimes, mala.fte_total) == (2962, 150, pytest.approx(0.75))
    assert mala.norm_fte == pytest.approx(1.07424) and mala.capacity_gap_fte == pytest.approx(-0.32424)
    # Arvidsjaur reported staffing, but the fixture file has no crimes for it: no norm
    assert assessed.loc["2505", "gap_status"] == "no_crimes"
    # Norsjö reported 0 FTE and has no crimes either; Arjeplog has crimes but reported no staffing
    assert assessed.loc["2506", "gap_status"] == "not_reported"
