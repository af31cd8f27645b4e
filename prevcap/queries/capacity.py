"""Queries of the capacity marts (Kapacitet, Kommun)."""

from __future__ import annotations

import pandas as pd


def capacity_year(con, county_codes: tuple[str, ...], year: int) -> pd.DataFrame:
    """marts.capacity_year for one year and the given counties, one row per municipality. Without the list
    of partner codes (marts.municipality_partners has them): a frame of plain columns is a cheap cache key
    for the charts drawn from it."""
    return con.execute(
        "select * exclude (partner_codes) from marts.capacity_year "
        "where county_code in (select unnest(?::varchar[])) and year = ? order by municipality_code",
        [list(county_codes), year],
    ).df()


def capacity_years(con) -> pd.DataFrame:
    """marts.capacity_year for every municipality and year (the profile compares across counties)."""
    return con.execute(
        "select * exclude (partner_codes) from marts.capacity_year order by municipality_code, year"
    ).df()


def municipality_names(con) -> pd.DataFrame:
    """municipality_code, municipality_name, county_name of every municipality, by name."""
    return con.execute(
        "select m.municipality_code, m.municipality_name, c.county_name "
        "from staging.municipalities m join staging.counties c using (county_code) "
        "order by m.municipality_name, m.municipality_code"
    ).df()


def police_agreements(con, municipality_code: str) -> pd.DataFrame:
    return con.execute(
        "select * from marts.police_agreement_list where municipality_code = ? "
        "order by is_dated, first_year nulls first, agreement_id",
        [municipality_code],
    ).df()


def partners(con, municipality_code: str) -> pd.DataFrame:
    return con.execute(
        "select * from marts.municipality_partners where municipality_code = ? "
        "order by basis, start_year nulls first, partner_name",
        [municipality_code],
    ).df()
