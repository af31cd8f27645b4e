"""Queries of the Översikt page and the sidebar: counties, years, one year's municipalities, the key
figures, the map outlines."""

from __future__ import annotations

import pandas as pd


def counties(con) -> pd.DataFrame:
    return con.execute("select county_code, county_name from staging.counties order by county_code").df()


def years(con) -> list[int]:
    return [row[0] for row in con.execute("select year from marts.years order by year").fetchall()]


def latest_reported_year(con) -> int | None:
    """The newest year for which any municipality reported staffing: the sensible default view."""
    return con.execute("select max(year) from marts.municipality_year where staffing_reported").fetchall()[0][0]


def municipality_year(con, county_codes: tuple[str, ...], year: int) -> pd.DataFrame:
    """One row per municipality of the counties, for one year, with every indicator."""
    return con.execute(
        "select * from marts.municipality_year "
        "where county_code in (select unnest(?::varchar[])) and year = ? "
        "order by municipality_code",
        [list(county_codes), year],
    ).df()


def county_kpis(con, county_codes: tuple[str, ...], years: tuple[int, ...]) -> pd.DataFrame:
    """Totals of the chosen counties per year. A ratio is taken over the municipalities that have both
    its figure and their population (`*_base` counts them), so that neither a missing report nor a
    missing population counts as zero: all FTE over the population of some would inflate it."""
    return con.execute(
        """
        with chosen as (
            select * from marts.municipality_year
            where county_code in (select unnest(?::varchar[])) and year in (select unnest(?::integer[]))
        ),
        final as (
            select year,
                   count(*) as municipalities,
                   count(*) filter (where staffing_reported) as staffing_reported,
                   sum(fte_total) as fte_total,
                   count(*) filter (where staffing_reported and population is not null) as fte_per_10k_base,
                   sum(fte_total) filter (where staffing_reported and population is not null)
                       / sum(population) filter (where staffing_reported and population is not null)
                       * 10000 as fte_per_10k,
                   count(*) filter (where funding_sek is not null) as funding_reported,
                   sum(funding_sek) as funding_sek,
                   count(*) filter (where funding_sek is not null and population is not null)
                       as funding_per_inhabitant_base,
                   sum(funding_sek) filter (where funding_sek is not null and population is not null)
                       / sum(population) filter (where funding_sek is not null and population is not null)
                       as funding_per_inhabitant,
                   count(*) filter (where population is null) as population_missing,
                   sum(participants) as participants,
                   sum(population) as population,
                   bool_or(population_carried) as population_carried,
                   bool_or(has_example_data) as has_example_data
            from chosen
            group by year
        )
        select * from final order by year
        """,
        [list(county_codes), list(years)],
    ).df()


def map_geometry(con, county_codes: tuple[str, ...], national: bool = False) -> pd.DataFrame:
    """The outlines of the counties' municipalities as `map_geojson`: with `national`, the coarser ones
    drawn for the whole country."""
    return con.execute(
        "select municipality_code, municipality_name, county_code, centroid_lon, centroid_lat, "
        "case when ? then map_geojson_national else map_geojson end as map_geojson "
        "from marts.map_geometry where county_code in (select unnest(?::varchar[])) order by municipality_code",
        [national, list(county_codes)],
    ).df()
