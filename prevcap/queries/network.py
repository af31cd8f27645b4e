"""Queries of the collaboration network (Samverkan): its nodes, the links of a period, the years."""

from __future__ import annotations

import pandas as pd


def network_nodes(con, county_codes: tuple[str, ...]) -> pd.DataFrame:
    """Every municipality of the warehouse (partners may lie outside the chosen counties);
    `selected` marks those of the chosen counties."""
    return con.execute(
        "select municipality_code, municipality_name, county_code, county_name, centroid_lon, centroid_lat, "
        "police_area, county_code in (select unnest(?::varchar[])) as selected "
        "from marts.network_nodes order by municipality_code",
        [list(county_codes)],
    ).df()


def period_links(
    con, county_codes: tuple[str, ...], first_year: int, last_year: int, kinds: tuple[str, ...]
) -> pd.DataFrame:
    """One row per pair and kind with at least one end in the chosen counties, for the period.

    The weight is the sum over the period: shared post-years, joint agreements in force,
    1 for a shared police area, shared events for co-attendance. Undated links (NULL years)
    count in every period; a link with only an end or a start is open on the other side."""
    return con.execute(
        """
        with chosen as (
            select l.*
            from marts.network_links l
            where l.kind in (select unnest(?::varchar[]))
              and coalesce(l.start_year, ?) <= ?
              and coalesce(l.end_year, ?) >= ?
        ),
        pairs as (
            select municipality_a, municipality_b, kind,
                   sum(weight)::integer as weight,
                   string_agg(distinct label, '; ' order by label) as labels,
                   min(start_year) as first_year,
                   case when bool_or(end_year is null) then null else max(end_year) end as last_year,
                   bool_or(start_year is null and end_year is null) as undated,
                   bool_or(is_example) as is_example,
                   string_agg(distinct source, ' ; ' order by source) as sources
            from chosen
            group by municipality_a, municipality_b, kind
        ),
        final as (
            select p.*,
                   a.municipality_name as name_a, a.county_code as county_a,
                   a.centroid_lon as lon_a, a.centroid_lat as lat_a,
                   b.municipality_name as name_b, b.county_code as county_b,
                   b.centroid_lon as lon_b, b.centroid_lat as lat_b,
                   a.county_code <> b.county_code as crosses_county_border
            from pairs p
            join marts.network_nodes a on a.municipality_code = p.municipality_a
            join marts.network_nodes b on b.municipality_code = p.municipality_b
            where a.county_code in (select unnest(?::varchar[])) or b.county_code in (select unnest(?::varchar[]))
        )
        select * from final order by kind, municipality_a, municipality_b
        """,
        [list(kinds), last_year, last_year, first_year, first_year, list(county_codes), list(county_codes)],
    ).df()


def link_years(con) -> tuple[int, int]:
    """The first and last year the period slider offers: the warehouse's years."""
    first, last = con.execute("select min(year), max(year) from marts.years").fetchall()[0]
    return int(first), int(last)
