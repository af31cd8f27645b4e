-- Marts of the joint work: links between municipalities (Samverkan), the regional events and
-- who attends them (Evenemang), and the funding by source (Finansiering).
-- Runs after marts.sql (whose shared_posts and collaboration_pairs it reads), in the same
-- transaction as every load.

-- One row per pair of municipalities (municipality_a < municipality_b), kind of link and period.
-- Kinds and their weight:
--   shared_post      one row per pair and year; weight = the number of distinct roles shared that
--                    year (a post that both municipalities report, each naming the other, is one post)
--   joint_agreement  one row per pair and collaboration; weight 1; start_year/end_year from the
--                    collaboration's dates (NULL = not known / still running)
--   police_area      one row per pair in the same local police area; weight 1; undated (NULL years)
--   co_attendance    one row per pair and year; weight = the number of events that year both sent
--                    at least one participant to
-- A period [first, last] sums the weights of the rows whose years overlap it (prevcap/network.py).
-- The shared posts and joint agreements are marts.shared_posts and marts.collaboration_pairs
-- (marts.sql), which marts.municipality_partners reads too.
create or replace table marts.network_links as
with shared_posts as (
    select municipality_a, municipality_b, 'shared_post' as kind, null::varchar as basis, label,
           year, year as start_year, year as end_year, weight, is_example, null::varchar as source
    from marts.shared_posts
),
joint_agreements as (
    select municipality_a, municipality_b, 'joint_agreement' as kind, collaboration_id as basis,
           collaboration_kind as label, null::integer as year, start_year, end_year,
           1 as weight, is_example, source
    from marts.collaboration_pairs
),
police_areas as (
    select a.municipality_code as municipality_a, b.municipality_code as municipality_b,
           'police_area' as kind, a.police_area as basis, a.police_area as label,
           null::integer as year, null::integer as start_year, null::integer as end_year,
           1 as weight, false as is_example,
           a.source || ' ; ' || b.source as source
    from staging.police_areas a
    join staging.police_areas b using (police_area)
    where a.municipality_code < b.municipality_code
),
attended as (
    -- an attendance row with 0 participants means the municipality sent nobody
    select a.event_id, year(e.event_date) as year, a.municipality_code, a.origin
    from staging.attendance a
    join staging.events e using (event_id)
    where a.participants > 0
),
co_attendance as (
    select a.municipality_code as municipality_a, b.municipality_code as municipality_b,
           'co_attendance' as kind, null::varchar as basis, null::varchar as label,
           a.year, a.year as start_year, a.year as end_year,
           count(distinct a.event_id) as weight,
           bool_or(a.origin = 'example' or b.origin = 'example') as is_example,
           null::varchar as source
    from attended a
    join attended b on a.event_id = b.event_id and a.municipality_code < b.municipality_code
    group by a.municipality_code, b.municipality_code, a.year
),
final as (
    select * from shared_posts
    union all by name select * from joint_agreements
    union all by name select * from police_areas
    union all by name select * from co_attendance
)
select municipality_a, municipality_b, kind, basis, label, year, start_year, end_year,
       weight::integer as weight, is_example, source
from final
order by kind, municipality_a, municipality_b, start_year nulls first, basis;

-- One row per municipality: where to draw it and which county it belongs to (the network's nodes).
create or replace table marts.network_nodes as
select m.municipality_code, m.municipality_name, m.county_code, c.county_name,
       m.centroid_lon, m.centroid_lat, pa.police_area
from staging.municipalities m
join staging.counties c using (county_code)
left join staging.police_areas pa using (municipality_code)
order by m.municipality_code;

-- One row per event, with its host and how many municipalities and participants came. A view, not a
-- table: a load of a million events would otherwise copy them a second time (0.75 s and the memory of
-- the copy), and every query reads it filtered and sorted as it needs it.
create or replace view marts.events as
with attendance as (
    select event_id,
           count(*) filter (where participants > 0) as municipalities_attending,
           sum(participants) as participants,
           bool_or(origin = 'example') as attendance_example
    from staging.attendance
    group by event_id
),
final as (
    select e.event_id, e.event_date, year(e.event_date) as year, e.title, e.event_type, e.topic,
           e.organiser, e.host_code, m.municipality_name as host_name, m.county_code as host_county_code,
           m.centroid_lon as host_lon, m.centroid_lat as host_lat,
           coalesce(a.municipalities_attending, 0) as municipalities_attending,
           coalesce(a.participants, 0) as participants,
           a.event_id is not null as has_attendance,
           e.origin = 'example' or coalesce(a.attendance_example, false) as is_example,
           e.origin, e.source
    from staging.events e
    left join attendance a using (event_id)
    left join staging.municipalities m on m.municipality_code = e.host_code
)
select * from final;

-- One row per event and attending municipality (participants > 0), with the municipality's county.
create or replace table marts.event_attendance as
select a.event_id, year(e.event_date) as year, e.event_type, e.topic,
       a.municipality_code, m.county_code, a.participants,
       a.origin = 'example' as is_example
from staging.attendance a
join staging.events e using (event_id)
join staging.municipalities m using (municipality_code)
where a.participants > 0
order by a.event_id, a.municipality_code;

-- One row per municipality, year, funder and area, with the population the per-inhabitant
-- figures divide by (carried forward from the latest earlier year, as in municipality_year).
-- External is every funder but the municipality itself ('kommun'), as in marts.funding_year.
create or replace table marts.funding as
select f.municipality_code, my.municipality_name, my.county_code, my.county_name, f.year,
       f.funder, f.area, f.amount_sek, f.funder <> 'kommun' as is_external,
       my.population, my.population_year, my.population_carried,
       f.origin = 'example' as is_example
from staging.funding f
join marts.municipality_year my using (municipality_code, year)
order by f.municipality_code, f.year, f.funder, f.area;
