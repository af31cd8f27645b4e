-- The marts the pages read, and those the marts of each area (marts_*.sql, run after this file)
-- share. Rebuilt in the same transaction as every write.
-- Missing stays missing: a municipality-year without any staffing row has fte_total NULL
-- ("not reported"), one with rows of 0 FTE has 0 ("none").

-- One row per year from the first to the last year of any data (gaps included).
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

-- One row per municipality and year (every municipality, every year of marts.years): the funding
-- it reported, in total, from outside its own budget (every funder but 'kommun'), and per funder.
-- The one place the external share is computed: municipality_year, capacity_year and
-- funding_county_year read it here. A year without a funding row is not reported (amounts NULL);
-- in a reported year a funder without a row gave nothing (0).
create or replace table marts.funding_year as
with grid as (
    select m.municipality_code, y.year
    from staging.municipalities m
    cross join marts.years y
),
reported as (
    select municipality_code, year,
           sum(amount_sek) as funding_sek,
           coalesce(sum(amount_sek) filter (where funder <> 'kommun'), 0) as funding_external_sek,
           coalesce(sum(amount_sek) filter (where funder = 'kommun'), 0) as funding_kommun_sek,
           coalesce(sum(amount_sek) filter (where funder = 'fohm'), 0) as funding_fohm_sek,
           coalesce(sum(amount_sek) filter (where funder = 'lansstyrelsen'), 0) as funding_lansstyrelsen_sek,
           coalesce(sum(amount_sek) filter (where funder = 'bra'), 0) as funding_bra_sek,
           coalesce(sum(amount_sek) filter (where funder = 'annan'), 0) as funding_annan_sek,
           bool_or(origin = 'example') as is_example
    from staging.funding
    group by municipality_code, year
),
final as (
    select g.municipality_code, g.year,
           r.municipality_code is not null as funding_reported,
           r.funding_sek, r.funding_external_sek,
           -- a report of nothing but zeros has no share (NULL), not a share of 0
           case when r.funding_sek > 0 then r.funding_external_sek / r.funding_sek end as funding_external_share,
           r.funding_kommun_sek, r.funding_fohm_sek, r.funding_lansstyrelsen_sek, r.funding_bra_sek,
           r.funding_annan_sek,
           coalesce(r.is_example, false) as is_example
    from grid g
    left join reported r using (municipality_code, year)
)
select * from final
order by municipality_code, year;

-- One row per municipality and year with a figure of reported crimes, as the public sources give it:
-- Brå's count and rate (its yearly file, `etl load crime`), and Kolada's rates (N07540 all reported
-- crimes, N07403 violent crimes, per 100,000 inhabitants) with Kolada's status of each value (a value
-- Kolada marks missing stays missing, never 0). Crimes are counted where they were committed.
create or replace table marts.crime_year as
with bra as (
    select municipality_code, year, reported_crimes, per_100k, source from staging.crime
),
kolada as (
    select municipality_code, year,
           any_value(value) filter (where kpi = 'N07540') as kolada_crimes_per_100k,
           any_value(status) filter (where kpi = 'N07540') as kolada_crimes_status,
           any_value(value) filter (where kpi = 'N07403') as kolada_violent_per_100k,
           any_value(status) filter (where kpi = 'N07403') as kolada_violent_status,
           any_value(source) filter (where kpi = 'N07540') as kolada_source,
           any_value(source) filter (where kpi = 'N07403') as kolada_violent_source
    from staging.kolada
    group by municipality_code, year
),
final as (
    select coalesce(b.municipality_code, k.municipality_code) as municipality_code,
           coalesce(b.year, k.year) as year,
           b.reported_crimes, b.per_100k as bra_per_100k, b.source as bra_source,
           k.kolada_crimes_per_100k, k.kolada_crimes_status, k.kolada_violent_per_100k, k.kolada_violent_status,
           k.kolada_source, k.kolada_violent_source
    from bra b
    full join kolada k using (municipality_code, year)
)
select * from final
order by municipality_code, year;

-- One row per municipality and year (every municipality of a known county, every year of
-- marts.years): population, staffing, funding and participation, the indicators a user can pick.
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
    -- where the year's staffing comes from: example data, a municipality's own report (with the day the
    -- county board accepted it), or a file the county board loaded (with the day it was loaded)
    select s.municipality_code, s.year,
           sum(s.fte) filter (where s.role = 'brott') as fte_brott,
           sum(s.fte) filter (where s.role = 'andt') as fte_andt,
           sum(s.fte) filter (where s.role = 'annan') as fte_other,
           sum(s.fte) as fte_total,
           bool_or(s.origin = 'example') as staffing_example,
           case when bool_or(s.origin = 'example') then 'example'
                when bool_or(b.channel = 'report') then 'reported'
                when bool_and(s.origin = 'reference') then 'documented'
                else 'loaded' end as staffing_source,
           max(b.created_at)::date as staffing_source_date
    from staging.staffing s
    left join meta.batches b on b.entry_id = s.batch_id
    group by s.municipality_code, s.year
),
funding as (
    select * from marts.funding_year
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
           s.fte_brott, s.fte_andt, s.fte_other, s.fte_total, s.staffing_source, s.staffing_source_date,
           s.fte_total / p.population * 10000 as fte_per_10k,
           f.funding_sek, f.funding_external_sek,
           f.funding_sek / p.population as funding_per_inhabitant,
           -- a year with regional events: a municipality without an attendance row sent nobody
           case when ye.events_in_year is not null then coalesce(a.participants, 0) end as participants,
           case when ye.events_in_year is not null then coalesce(a.participants, 0) end
               / p.population * 1000 as participants_per_1000,
           case when ye.events_in_year is not null then coalesce(a.events_attended, 0) end as events_attended,
           ye.events_in_year,
           -- reported crimes per 100,000: Brå's rate, else Brå's count over the population, else Kolada's
           coalesce(c.bra_per_100k, c.reported_crimes / p.population * 100000, c.kolada_crimes_per_100k)
               as crimes_per_100k,
           case when c.bra_per_100k is not null or c.reported_crimes is not null then 'bra'
                when c.kolada_crimes_per_100k is not null then 'kolada' end as crimes_source,
           case when c.bra_per_100k is not null or c.reported_crimes is not null then c.bra_source
                when c.kolada_crimes_per_100k is not null then c.kolada_source end as crimes_source_text,
           -- the count the need norm's crime term uses: Brå's, else Kolada's rate times the population
           coalesce(c.reported_crimes, c.kolada_crimes_per_100k * p.population / 100000) as reported_crimes,
           c.kolada_crimes_status, c.kolada_violent_per_100k, c.kolada_violent_status,
           coalesce(s.staffing_example, false) or coalesce(f.is_example, false)
               or coalesce(a.attendance_example, false) as has_example_data
    from grid g
    join population p using (municipality_code, year)
    left join staffing s using (municipality_code, year)
    left join funding f using (municipality_code, year)
    left join attendance a using (municipality_code, year)
    left join year_events ye using (year)
    left join marts.crime_year c using (municipality_code, year)
)
select * from final
order by municipality_code, year;

-- One row per county and year in which at least one of its municipalities reported funding:
-- the sums over the reporting municipalities (every area), the external share of those sums
-- (not a mean of the municipalities' shares), and the funding per inhabitant of the reporting
-- municipalities, only when every one's population is known: dividing by part of them would
-- inflate the figure. Population as in municipality_year (carried from the latest earlier year).
create or replace table marts.funding_county_year as
with reporting as (
    select my.county_code, my.county_name, f.year, f.municipality_code, my.population,
           f.funding_sek, f.funding_external_sek, f.funding_kommun_sek, f.funding_fohm_sek,
           f.funding_lansstyrelsen_sek, f.funding_bra_sek, f.funding_annan_sek, f.is_example
    from marts.funding_year f
    join marts.municipality_year my using (municipality_code, year)
    where f.funding_reported
),
county_sizes as (
    select county_code, count(*) as municipalities
    from staging.municipalities
    group by county_code
),
county_sums as (
    select county_code, county_name, year,
           count(*) as municipalities_reporting,
           case when bool_and(population is not null) then sum(population) end as population_reporting,
           sum(funding_sek) as funding_sek,
           sum(funding_external_sek) as funding_external_sek,
           sum(funding_kommun_sek) as funding_kommun_sek,
           sum(funding_fohm_sek) as funding_fohm_sek,
           sum(funding_lansstyrelsen_sek) as funding_lansstyrelsen_sek,
           sum(funding_bra_sek) as funding_bra_sek,
           sum(funding_annan_sek) as funding_annan_sek,
           bool_or(is_example) as is_example
    from reporting
    group by county_code, county_name, year
),
final as (
    select s.county_code, s.county_name, s.year, c.municipalities, s.municipalities_reporting,
           s.population_reporting, s.funding_sek, s.funding_external_sek,
           case when s.funding_sek > 0 then s.funding_external_sek / s.funding_sek end as funding_external_share,
           s.funding_sek / s.population_reporting as funding_per_inhabitant,
           s.funding_kommun_sek, s.funding_fohm_sek, s.funding_lansstyrelsen_sek, s.funding_bra_sek,
           s.funding_annan_sek, s.is_example
    from county_sums s
    join county_sizes c using (county_code)
)
select * from final
order by county_code, year;

-- One row per municipality: its outlines for the maps (county and national detail).
create or replace table marts.map_geometry as
select municipality_code, municipality_name, county_code, centroid_lon, centroid_lat, map_geojson,
       map_geojson_national
from staging.municipalities
order by municipality_code;

-- The links between municipalities that the capacity marts (municipality_partners) and the
-- network marts (network_links) both read, each pair once (municipality_a < municipality_b).

-- One row per pair of municipalities and year in which they share a coordinator post: either
-- names the other as shared_with in staging.staffing. A post that both report, each naming the
-- other, is one post: weight is the number of distinct roles shared that year.
create or replace table marts.shared_posts as
with shared_staffing as (
    select least(municipality_code, shared_with_code) as municipality_a,
           greatest(municipality_code, shared_with_code) as municipality_b,
           year, role, origin
    from staging.staffing
    where shared_with_code is not null and shared_with_code <> municipality_code
),
final as (
    select municipality_a, municipality_b, year,
           list(distinct role order by role) as roles,
           string_agg(distinct role, ', ' order by role) as label,
           count(distinct role) as weight,
           -- example as soon as one side's row is, so that the pages mark the link as example data
           case when bool_or(origin = 'example') then 'example' else min(origin) end as origin,
           bool_or(origin = 'example') as is_example
    from shared_staffing
    group by municipality_a, municipality_b, year
)
select * from final
order by municipality_a, municipality_b, year;

-- One row per collaboration and pair of its members, with the collaboration's kind, dates
-- (end NULL = still running) and source.
create or replace table marts.collaboration_pairs as
with member_pairs as (
    select collaboration_id, a.municipality_code as municipality_a, b.municipality_code as municipality_b
    from staging.collaboration_members a
    join staging.collaboration_members b using (collaboration_id)
    where a.municipality_code < b.municipality_code
),
final as (
    select p.collaboration_id, p.municipality_a, p.municipality_b,
           c.kind as collaboration_kind, c.start_date, c.end_date,
           year(c.start_date) as start_year, year(c.end_date) as end_year,
           c.detail, c.source, c.origin, c.origin = 'example' as is_example
    from member_pairs p
    join staging.collaborations c using (collaboration_id)
)
select * from final
order by collaboration_id, municipality_a, municipality_b;
