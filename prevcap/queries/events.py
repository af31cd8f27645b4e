"""Queries of the regional events (Evenemang)."""

from __future__ import annotations

import pandas as pd

from core.fmt import sort_by_name


def event_years(con) -> tuple[int, int]:
    first, last = con.execute("select min(year), max(year) from marts.events where has_attendance").fetchall()[0]
    return int(first), int(last)


def events_by_year(con, county_codes: tuple[str, ...], first_year: int, last_year: int) -> pd.DataFrame:
    """Events per year, type and topic that a municipality of the counties attended or hosted,
    with the counties' participants (missing for events whose attendance nobody reported)."""
    return con.execute(
        """
        with chosen as (
            select e.* from marts.events e
            where e.year between ? and ?
              and (e.host_county_code in (select unnest(?::varchar[]))
                   or exists (select 1 from marts.event_attendance a
                              where a.event_id = e.event_id and a.county_code in (select unnest(?::varchar[]))))
        ),
        participants as (
            select event_id, sum(participants) as participants from marts.event_attendance
            where county_code in (select unnest(?::varchar[])) group by event_id
        ),
        final as (
            select c.year, c.event_type, c.topic, count(*) as events,
                   -- an event without attendance data (a documented conference's total is not split):
                   -- its participants are unknown, not 0
                   case when bool_or(c.has_attendance) then coalesce(sum(p.participants), 0)::integer end
                       as participants,
                   bool_or(c.is_example) as is_example
            from chosen c left join participants p using (event_id)
            group by c.year, c.event_type, c.topic
        )
        select * from final order by year, event_type, topic
        """,
        [first_year, last_year, list(county_codes), list(county_codes), list(county_codes)],
    ).df()


def participation(con, county_codes: tuple[str, ...], first_year: int, last_year: int) -> pd.DataFrame:
    """Participants per municipality and year (also per 1,000 inhabitants), for the years with events."""
    return (
        con.execute(
            "select municipality_code, municipality_name, county_code, county_name, year, "
            "participants, participants_per_1000, "
            "events_attended, events_in_year, population, population_carried, has_example_data "
            "from marts.municipality_year "
            "where county_code in (select unnest(?::varchar[])) and year between ? and ? "
            "and events_in_year is not null "
            "order by county_code, municipality_name, year",
            [list(county_codes), first_year, last_year],
        )
        .df()
        .pipe(sort_by_name, ["county_code", "municipality_name", "year"])
    )


def attendance_record(con, county_codes: tuple[str, ...], first_year: int, last_year: int) -> pd.DataFrame:
    """Per municipality over the period: the events of its county (events at least one
    municipality of the county attended), how many of them it attended, the share, its
    participants, and the last year it attended at all."""
    return con.execute(
        """
        with period_attendance as (
            select * from marts.event_attendance where year between ? and ?
        ),
        county_events as (
            select county_code, count(distinct event_id) as county_events
            from period_attendance group by county_code
        ),
        own as (
            select municipality_code, count(distinct event_id) as events_attended,
                   sum(participants)::integer as participants, max(year) as last_attended_year,
                   bool_or(is_example) as is_example
            from period_attendance group by municipality_code
        ),
        ever as (
            select municipality_code, max(year) as last_attended_ever from marts.event_attendance group by all
        ),
        final as (
            select n.municipality_code, n.municipality_name, n.county_name,
                   coalesce(ce.county_events, 0)::integer as county_events,
                   coalesce(o.events_attended, 0)::integer as events_attended,
                   coalesce(o.events_attended, 0) / nullif(ce.county_events, 0) as attended_share,
                   coalesce(o.participants, 0)::integer as participants,
                   o.last_attended_year, ev.last_attended_ever,
                   coalesce(o.is_example, false) as is_example
            from marts.network_nodes n
            left join county_events ce using (county_code)
            left join own o using (municipality_code)
            left join ever ev using (municipality_code)
            where n.county_code in (select unnest(?::varchar[]))
        )
        select * from final order by attended_share nulls first, municipality_name
        """,
        [first_year, last_year, list(county_codes)],
    ).df()


def inspiration_days(con) -> pd.DataFrame:
    """Every inspiration day with its host: the joint event of both county boards, in full."""
    return con.execute(
        "select event_id, event_date, year, title, host_code, host_name, host_lon, host_lat, "
        "municipalities_attending, participants, is_example, origin, source "
        "from marts.events where event_type = 'inspirationsdag' order by event_date, event_id",
    ).df()


def documented_events(con, county_codes: tuple[str, ...], first: int, last: int) -> pd.DataFrame:
    """The events public sources document (reference data) hosted in the counties, with the total
    participants a source states: a total of all who came, never split per municipality."""
    return con.execute(
        "select e.event_id, e.event_date, e.title, e.event_type, e.organiser, e.host_name, "
        "t.participants as participants_total, t.participants_kind, e.source "
        "from marts.events e left join staging.event_totals t using (event_id) "
        "where e.origin = 'reference' and e.host_county_code in (select unnest(?::varchar[])) "
        "and e.year between ? and ? order by e.event_date, e.event_id",
        [list(county_codes), first, last],
    ).df()
