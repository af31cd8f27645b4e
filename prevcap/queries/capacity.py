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


def local_councils(con, municipality_code: str) -> pd.DataFrame:
    """The municipality's local crime-prevention councils the sources document, the newest first."""
    return con.execute(
        "select body, status, meetings_per_year, responsible, year, detail, source from staging.local_councils "
        "where municipality_code = ? order by year desc nulls last, body",
        [municipality_code],
    ).df()


def coordinator_mentions(con, municipality_code: str) -> pd.DataFrame:
    """Coordinators a source names for the municipality, with the working time where it is stated."""
    return con.execute(
        "select role, year, fte, source from staging.coordinator_mentions where municipality_code = ? "
        "order by year nulls last, role",
        [municipality_code],
    ).df()


def law_steps_known(con, municipality_code: str) -> pd.DataFrame:
    """Documented steps under Lag (2023:196): published, assigned or planned."""
    return con.execute(
        "select part, state, period, detail, source from staging.law_steps_known where municipality_code = ? "
        "order by period, part",
        [municipality_code],
    ).df()


def funding_known(con, municipality_code: str) -> pd.DataFrame:
    """Sums a source states for the municipality, and whether each is one year's."""
    return con.execute(
        "select year, funder_code, area, amount_sek, purpose, detail, yearly, source from staging.funding_known "
        "where recipient_code = ? order by year, amount_sek desc",
        [municipality_code],
    ).df()
