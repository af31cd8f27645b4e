-- The warehouse's typed layer: one table per entity, with keys and checks.
-- Every row says where it came from: origin is 'reference' (real, sourced),
-- 'example' (generated example data) or 'loaded' (a file loaded with `etl load`),
-- and source_file names the file (for reference data, `source` cites the publication).

create schema if not exists staging;
create schema if not exists marts;
create schema if not exists meta;

create table staging.counties (
    county_code   varchar primary key,
    county_name   varchar not null,
    origin        varchar not null check (origin in ('reference', 'example', 'loaded')),
    source_file   varchar not null
);

create table staging.municipalities (
    municipality_code varchar primary key check (length(municipality_code) = 4),
    municipality_name varchar not null,
    county_code       varchar not null,
    area_km2          double  not null check (area_km2 > 0),
    centroid_lon      double  not null,
    centroid_lat      double  not null,
    geometry          geometry not null,
    -- simplified outline for the maps, as GeoJSON text (full geometry stays above)
    map_geojson       varchar not null,
    origin            varchar not null check (origin in ('reference', 'example', 'loaded')),
    source_file       varchar not null
);

create table staging.population (
    municipality_code varchar not null,
    year              integer not null,
    population        integer not null check (population > 0),
    quality           varchar not null check (quality in ('primary', 'secondary')),
    source            varchar not null,
    origin            varchar not null check (origin in ('reference', 'example', 'loaded')),
    source_file       varchar not null,
    primary key (municipality_code, year)
);

create table staging.staffing (
    municipality_code varchar not null,
    year              integer not null,
    role              varchar not null check (role in ('brott', 'andt', 'annan')),
    fte               double  not null check (fte >= 0 and fte <= 20),
    funded_by         varchar,
    shared_with_code  varchar,
    origin            varchar not null check (origin in ('reference', 'example', 'loaded')),
    source_file       varchar not null,
    primary key (municipality_code, year, role)
);

create table staging.events (
    event_id          varchar primary key,
    event_date        date    not null,
    title             varchar not null,
    event_type        varchar not null,
    organiser         varchar not null,
    host_code         varchar,
    topic             varchar not null check (topic in ('brott', 'andt', 'bada')),
    source            varchar,
    origin            varchar not null check (origin in ('reference', 'example', 'loaded')),
    source_file       varchar not null
);

create table staging.attendance (
    event_id          varchar not null,
    municipality_code varchar not null,
    participants      integer not null check (participants >= 0 and participants <= 5000),
    origin            varchar not null check (origin in ('reference', 'example', 'loaded')),
    source_file       varchar not null,
    primary key (event_id, municipality_code)
);

create table staging.funding (
    municipality_code varchar not null,
    year              integer not null,
    funder            varchar not null check (funder in ('fohm', 'lansstyrelsen', 'bra', 'kommun', 'annan')),
    area              varchar not null check (area in ('brott', 'andt', 'bada')),
    amount_sek        double  not null check (amount_sek >= 0),
    origin            varchar not null check (origin in ('reference', 'example', 'loaded')),
    source_file       varchar not null,
    primary key (municipality_code, year, funder, area)
);

create table staging.collaborations (
    collaboration_id  varchar primary key,
    kind              varchar not null,
    start_date        date,
    end_date          date,
    detail            varchar,
    source            varchar,
    origin            varchar not null check (origin in ('reference', 'example', 'loaded')),
    source_file       varchar not null
);

create table staging.collaboration_members (
    collaboration_id  varchar not null,
    municipality_code varchar not null,
    primary key (collaboration_id, municipality_code)
);

create table staging.police_agreements (
    agreement_id      varchar primary key,
    municipality_code varchar not null,
    kind              varchar not null,
    period            varchar,  -- free text as the source writes it; marts_capacity.sql reads the years
    detail            varchar,
    source            varchar not null,
    origin            varchar not null check (origin in ('reference', 'example', 'loaded')),
    source_file       varchar not null
);

create table staging.law_status (
    municipality_code     varchar not null,
    year                  integer not null,
    coordinating_function boolean,
    lagesbild             boolean,
    atgardsplan           boolean,
    origin                varchar not null check (origin in ('reference', 'example', 'loaded')),
    source_file           varchar not null,
    primary key (municipality_code, year)
);

-- One row per data set: what it is, where it comes from and how current it is.
create table meta.datasets (
    dataset      varchar not null,
    origin       varchar not null,
    source_file  varchar not null,
    rows         integer not null,
    source       varchar not null,
    source_date  varchar,
    primary key (dataset, source_file)
);

create table meta.scope (
    key   varchar primary key,
    value varchar not null
);

-- Sources that name a coordinator without giving an FTE figure (reference, documentary).
create table staging.coordinator_mentions (
    municipality_code varchar not null,
    role              varchar not null,
    year              integer,
    source            varchar not null,
    origin            varchar not null check (origin in ('reference', 'example', 'loaded')),
    source_file       varchar not null
);

-- Local police areas (lokalpolisområden) and the municipalities they group (reference, sourced).
-- basis: 'source_names_area' (the cited page names the area for the municipality),
-- 'area_named_after_municipality' (the area bears its name), 'facts_summary' (listed in the
-- project's collected facts, the cited page being the municipality's police page).
create table staging.police_areas (
    police_area       varchar not null,
    municipality_code varchar primary key,
    basis             varchar not null check (basis in ('source_names_area', 'area_named_after_municipality', 'facts_summary')),
    source            varchar not null,
    origin            varchar not null check (origin in ('reference', 'example', 'loaded')),
    source_file       varchar not null
);
