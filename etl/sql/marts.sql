-- The marts the pages read. Rebuilt in the same transaction as every write.
-- Missing stays missing: a municipality-year without any staffing row has fte_total NULL
-- ("not reported"), one with rows of 0 FTE has 0 ("none").

create or replace table marts.years as
with data_years as (
    select year from staging.staffing
    union select year from staging.funding
    union select year from staging.law_status
    union select year(e.event_date) from staging.events e
        where exists (select 1 from staging.attendance a where a.event_id = e.event_id)
),
final as (
    select range::integer as year
    from range((select min(year) from data_years), (select max(year) from data_years) + 1)
)
select * from final;

create or replace table marts.municipality_year as
with grid as (
    select m.municipality_code, m.municipality_name, m.county_code, c.county_name,
           m.area_km2, y.year
    from staging.municipalities m
    join staging.counties c using (county_code)
    cross join marts.years y
),
population as (
    select g.municipality_code, g.year, p.population, p.year as population_year,
           p.quality as population_quality, p.source as population_source
    from grid g
    asof left join staging.population p
        on g.municipality_code = p.municipality_code and g.year >= p.year
),
staffing as (
    select municipality_code, year,
           sum(fte) filter (where role = 'brott') as fte_brott,
           sum(fte) filter (where role = 'andt') as fte_andt,
           sum(fte) filter (where role = 'annan') as fte_other,
           sum(fte) as fte_total,
           bool_or(origin = 'example') as staffing_example
    from staging.staffing
    group by all
),
funding as (
    select municipality_code, year,
           sum(amount_sek) as funding_sek,
           sum(amount_sek) filter (where funder <> 'kommun') as funding_external_sek,
           bool_or(origin = 'example') as funding_example
    from staging.funding
    group by all
),
year_events as (
    select year(e.event_date) as year, count(distinct e.event_id) as events_in_year
    from staging.events e
    where exists (select 1 from staging.attendance a where a.event_id = e.event_id)
    group by all
),
attendance as (
    select a.municipality_code, year(e.event_date) as year,
           sum(a.participants) as participants,
           count(distinct a.event_id) filter (where a.participants > 0) as events_attended,
           bool_or(a.origin = 'example') as attendance_example
    from staging.attendance a
    join staging.events e using (event_id)
    group by all
),
final as (
    select g.municipality_code, g.municipality_name, g.county_code, g.county_name, g.year, g.area_km2,
           p.population, p.population_year, p.population_year <> g.year as population_carried,
           p.population_quality, p.population_source,
           s.fte_total is not null as staffing_reported,
           s.fte_brott, s.fte_andt, s.fte_other, s.fte_total,
           s.fte_total / p.population * 10000 as fte_per_10k,
           f.funding_sek, coalesce(f.funding_external_sek, case when f.funding_sek is not null then 0 end)
               as funding_external_sek,
           f.funding_sek / p.population as funding_per_inhabitant,
           -- a year with regional events: a municipality without an attendance row sent nobody
           case when ye.events_in_year is not null then coalesce(a.participants, 0) end as participants,
           case when ye.events_in_year is not null then coalesce(a.participants, 0) end
               / p.population * 1000 as participants_per_1000,
           case when ye.events_in_year is not null then coalesce(a.events_attended, 0) end as events_attended,
           ye.events_in_year,
           coalesce(s.staffing_example, false) or coalesce(f.funding_example, false)
               or coalesce(a.attendance_example, false) as has_example_data
    from grid g
    join population p using (municipality_code, year)
    left join staffing s using (municipality_code, year)
    left join funding f using (municipality_code, year)
    left join attendance a using (municipality_code, year)
    left join year_events ye using (year)
)
select * from final
order by municipality_code, year;

create or replace table marts.map_geometry as
select municipality_code, municipality_name, county_code, centroid_lon, centroid_lat, map_geojson
from staging.municipalities
order by municipality_code;
