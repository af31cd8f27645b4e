"""Queries of the funding marts (Finansiering)."""

from __future__ import annotations

import pandas as pd


def funding_years(con) -> tuple[int, int] | None:
    first, last = con.execute("select min(year), max(year) from marts.funding").fetchall()[0]
    return None if first is None else (int(first), int(last))


def funding_by_source(con, county_codes: tuple[str, ...], areas: tuple[str, ...]) -> pd.DataFrame:
    """Per year and funder for the chosen counties: the amount, and per inhabitant of the
    municipalities that reported funding that year (a missing report does not count as 0)."""
    return con.execute(
        """
        with chosen as (
            select * from marts.funding
            where county_code in (select unnest(?::varchar[])) and area in (select unnest(?::varchar[]))
        ),
        reporting as (
            -- per inhabitant only when every reporting municipality's population is known:
            -- dividing by part of them would inflate the figure
            select year, case when bool_and(population is not null) then sum(population) end as population_reporting,
                   count(*) as municipalities_reporting
            from (select distinct year, municipality_code, population from chosen) group by year
        ),
        final as (
            select c.year, c.funder, sum(c.amount_sek) as amount_sek,
                   r.population_reporting, r.municipalities_reporting,
                   sum(c.amount_sek) / r.population_reporting as sek_per_inhabitant,
                   bool_or(c.is_example) as is_example
            from chosen c join reporting r using (year)
            group by c.year, c.funder, r.population_reporting, r.municipalities_reporting
        )
        select * from final order by year, funder
        """,
        [list(county_codes), list(areas)],
    ).df()


def funding_by_county(con, county_codes: tuple[str, ...], areas: tuple[str, ...]) -> pd.DataFrame:
    """Per county and year: total, external (not the municipality's own budget), the share of
    external money, and funding per inhabitant of the reporting municipalities."""
    return con.execute(
        """
        with chosen as (
            select * from marts.funding
            where county_code in (select unnest(?::varchar[])) and area in (select unnest(?::varchar[]))
        ),
        municipality_totals as (
            select county_code, county_name, year, municipality_code, any_value(population) as population,
                   sum(amount_sek) as amount_sek, sum(amount_sek) filter (where is_external) as external_sek,
                   bool_or(is_example) as is_example
            from chosen group by county_code, county_name, year, municipality_code
        ),
        final as (
            select county_code, county_name, year, count(*) as municipalities_reporting,
                   (select count(*) from marts.network_nodes n where n.county_code = t.county_code) as municipalities,
                   -- per inhabitant only when every reporting municipality's population is known
                   case when bool_and(population is not null) then sum(population) end as population_reporting,
                   sum(amount_sek) as amount_sek, coalesce(sum(external_sek), 0) as external_sek,
                   coalesce(sum(external_sek), 0) / nullif(sum(amount_sek), 0) * 100 as external_share_pct,
                   case when bool_and(population is not null) then sum(amount_sek) / sum(population) end
                       as sek_per_inhabitant,
                   bool_or(is_example) as is_example
            from municipality_totals t group by county_code, county_name, year
        )
        select * from final order by county_code, year
        """,
        [list(county_codes), list(areas)],
    ).df()


def funding_by_municipality(con, county_codes: tuple[str, ...], year: int, areas: tuple[str, ...]) -> pd.DataFrame:
    """Per municipality and funder in one year (long form), with the municipality's population and whether
    the funder's money is external (the mart's one definition of it)."""
    return con.execute(
        "select municipality_code, municipality_name, county_name, funder, sum(amount_sek) as amount_sek, "
        "bool_and(is_external) as is_external, "
        "any_value(population) as population, any_value(population_year) as population_year, "
        "sum(amount_sek) / any_value(population) as sek_per_inhabitant, bool_or(is_example) as is_example "
        "from marts.funding "
        "where county_code in (select unnest(?::varchar[])) and year = ? and area in (select unnest(?::varchar[])) "
        "group by municipality_code, municipality_name, county_name, funder "
        "order by municipality_code, funder",
        [list(county_codes), year, list(areas)],
    ).df()


def municipality_count(con, county_codes: tuple[str, ...]) -> int:
    return con.execute(
        "select count(*) from marts.network_nodes where county_code in (select unnest(?::varchar[]))",
        [list(county_codes)],
    ).fetchall()[0][0]
