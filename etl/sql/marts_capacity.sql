-- Marts of the capacity pages (Kapacitet, Kommun): every capacity indicator per municipality and
-- year, the police agreements with their dating, and each municipality's partners.
-- Runs after marts.sql (whose funding_year, shared_posts and collaboration_pairs it reads), in the
-- same transaction as every load.
-- Missing stays missing: NULL means "not reported", 0 means "none". The need norm, the gap and
-- the index depend on settings the user changes, so they are computed in prevcap/capacity.py.

-- One row per police agreement, its kind reduced to the two kinds the indicator asks about, and
-- the years it is known to be in force. The source writes periods as free text, segments split by
-- ';' ("2016; 2018; 2024-2027"): each segment covers the years from its first to its last year, so
-- the gaps between segments stay gaps. A segment "through 2026" is certain for its last year only;
-- the years before it may or may not be covered (possible_until).
-- An agreement is undated when the source gives no year, or says so ("undated (…)"): the years a
-- note like "refers to ANDT-strategin 2016-2020" mentions are not the agreement's period.
create or replace table marts.police_agreement_list as
with agreements as (
    select agreement_id, municipality_code, kind, period, detail, source, origin,
           kind ilike '%medborgarl%' as is_medborgarlofte,
           kind ilike '%samverkans%' as is_samverkan,
           coalesce(trim(period), '') = '' or period ilike 'undated%' or period ilike 'odaterat%' as said_undated
    from staging.police_agreements
),
segments as (
    select agreement_id, unnest(string_split(period, ';')) as segment
    from agreements
    where not said_undated
),
segment_years as (
    select agreement_id,
           list_transform(regexp_extract_all(segment, '\b((?:19|20)\d{2})\b', 1), lambda y: y::integer) as years,
           regexp_matches(segment, '(?i)\b(through|t\.o\.m\.|till)\b') as open_start
    from segments
),
covered as (
    select agreement_id,
           list_sort(list_distinct(flatten(list(
               case when open_start then [list_max(years)]
                    else range(list_min(years), list_max(years) + 1) end)))) as in_force_years,
           max(list_max(years)) filter (where open_start) as possible_until
    from segment_years
    where len(years) > 0
    group by agreement_id
),
final as (
    select a.agreement_id, a.municipality_code, a.kind,
           case when a.is_medborgarlofte and a.is_samverkan then 'both'
                when a.is_medborgarlofte then 'medborgarlofte'
                else 'samverkan' end as agreement_kind,
           a.period,
           c.agreement_id is not null as is_dated,
           coalesce(c.in_force_years, []::integer[]) as in_force_years,
           list_min(c.in_force_years) as first_year,
           list_max(c.in_force_years) as last_year,
           c.possible_until,
           a.detail, a.source, a.origin
    from agreements a
    left join covered c using (agreement_id)
)
select * from final
order by municipality_code, is_dated, first_year nulls first, agreement_id;

-- One row per municipality, partner and basis (a joint collaboration, or a coordinator post
-- shared with the partner), with the years it covers (NULL = not known / still running).
-- The pairs come once each from marts.collaboration_pairs and marts.shared_posts (marts.sql).
create or replace table marts.municipality_partners as
with collaborations as (
    select municipality_a, municipality_b, 'collaboration' as basis, collaboration_id,
           collaboration_kind as label, start_year, end_year, detail, source, origin
    from marts.collaboration_pairs
),
shared_posts as (
    select municipality_a, municipality_b, 'shared_post' as basis, null::varchar as collaboration_id,
           label, year as start_year, year as end_year,
           null::varchar as detail, null::varchar as source, origin
    from marts.shared_posts
),
pairs as (
    select * from collaborations
    union all by name select * from shared_posts
),
both_sides as (
    -- each pair once from either of its municipalities
    select municipality_a as municipality_code, municipality_b as partner_code,
           * exclude (municipality_a, municipality_b)
    from pairs
    union all
    select municipality_b as municipality_code, municipality_a as partner_code,
           * exclude (municipality_a, municipality_b)
    from pairs
),
final as (
    select s.municipality_code, s.partner_code, m.municipality_name as partner_name, s.basis,
           s.collaboration_id, s.label, s.start_year, s.end_year, s.detail, s.source, s.origin
    from both_sides s
    join staging.municipalities m on m.municipality_code = s.partner_code
)
select * from final
order by municipality_code, basis, start_year nulls first, partner_code, collaboration_id;

-- One row per municipality and year (the grid of marts.municipality_year) with every capacity
-- indicator.
create or replace table marts.capacity_year as
with base as (
    select * from marts.municipality_year
),
funding as (
    select * from marts.funding_year
),
partners as (
    -- a collaboration without an end date counts as running; one without a start as always on
    select b.municipality_code, b.year,
           count(distinct p.partner_code) as partners,
           list(distinct p.partner_code order by p.partner_code) as partner_codes,
           bool_or(p.origin = 'example') as partners_example
    from base b
    join marts.municipality_partners p
      on p.municipality_code = b.municipality_code
     and (p.start_year is null or p.start_year <= b.year)
     and (p.end_year is null or p.end_year >= b.year)
    group by b.municipality_code, b.year
),
police as (
    select b.municipality_code, b.year,
           bool_or(list_contains(a.in_force_years, b.year)) as agreement_in_force,
           bool_or(a.agreement_kind in ('medborgarlofte', 'both') and list_contains(a.in_force_years, b.year))
               as medborgarlofte_in_force,
           bool_or(a.agreement_kind in ('samverkan', 'both') and list_contains(a.in_force_years, b.year))
               as samverkan_in_force,
           -- may be in force: undated, or before the last year of a period whose start is unknown
           bool_or(not a.is_dated or b.year < a.possible_until) as agreement_possible
    from base b
    join marts.police_agreement_list a using (municipality_code)
    group by b.municipality_code, b.year
),
law as (
    select municipality_code, year, coordinating_function, lagesbild, atgardsplan, origin = 'example' as law_example
    from staging.law_status
),
final as (
    select b.municipality_code, b.municipality_name, b.county_code, b.county_name, b.year,
           b.area_km2, b.population, b.population_year, b.population_carried,
           b.population / b.area_km2 as inhabitants_per_km2,
           g.centroid_lon, g.centroid_lat,
           -- staffing
           b.staffing_reported, b.fte_brott, b.fte_andt, b.fte_other, b.fte_total, b.fte_per_10k,
           b.staffing_source, b.staffing_source_date,
           -- need: reported crimes (public sources), for the norm's optional crime term
           b.crimes_per_100k, b.crimes_source, b.crimes_source_text, b.reported_crimes,
           b.fte_brott / b.population * 10000 as fte_brott_per_10k,
           b.fte_andt / b.population * 10000 as fte_andt_per_10k,
           -- funding (marts.funding_year): a funder without a row in a reported year gave nothing (0)
           b.funding_sek, b.funding_external_sek, b.funding_per_inhabitant, f.funding_external_share,
           f.funding_fohm_sek / b.population as funding_fohm_per_inhabitant,
           f.funding_lansstyrelsen_sek / b.population as funding_lansstyrelsen_per_inhabitant,
           f.funding_bra_sek / b.population as funding_bra_per_inhabitant,
           f.funding_kommun_sek / b.population as funding_kommun_per_inhabitant,
           f.funding_annan_sek / b.population as funding_annan_per_inhabitant,
           -- regional events
           b.participants, b.participants_per_1000, b.events_attended, b.events_in_year,
           b.events_attended::double / b.events_in_year as events_attended_share,
           -- collaboration: the partners documented for the year (0 = none documented)
           coalesce(p.partners, 0) as partners,
           coalesce(p.partner_codes, []::varchar[]) as partner_codes,
           -- police agreements: in force / possibly in force (undated) / none documented
           case when pol.agreement_in_force then 'in_force'
                when pol.agreement_possible then 'undated'
                else 'none' end as police_agreement_status,
           coalesce(pol.medborgarlofte_in_force, false) as medborgarlofte_in_force,
           coalesce(pol.samverkan_in_force, false) as samverkan_in_force,
           -- Lag (2023:196): NULL = not reported
           l.municipality_code is not null as law_reported,
           l.coordinating_function as law_coordinating_function,
           l.lagesbild as law_lagesbild,
           l.atgardsplan as law_atgardsplan,
           (l.coordinating_function is not null)::integer + (l.lagesbild is not null)::integer
               + (l.atgardsplan is not null)::integer as law_parts_reported,
           case when l.municipality_code is not null then
               coalesce(l.coordinating_function::integer, 0) + coalesce(l.lagesbild::integer, 0)
               + coalesce(l.atgardsplan::integer, 0) end as law_parts_in_place,
           b.has_example_data or coalesce(l.law_example, false) or coalesce(p.partners_example, false)
               as has_example_data
    from base b
    join staging.municipalities g using (municipality_code)
    left join funding f using (municipality_code, year)
    left join partners p using (municipality_code, year)
    left join police pol using (municipality_code, year)
    left join law l using (municipality_code, year)
)
select * from final
order by municipality_code, year;
