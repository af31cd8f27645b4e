-- The warehouse's typed layer: one table per entity, with keys and checks.
-- Every row says where it came from: origin is 'reference' (real, sourced),
-- 'example' (generated example data) or 'loaded' (a batch of the ledger, batch_id),
-- and source_file names the file (for reference data, `source` cites the publication).
-- The tables of the loadable kinds (staffing, events, attendance, funding, collaborations,
-- population, law_status) are generated from their one definition in etl/kinds.py (etl/schema.py).

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
    -- simplified outlines for the maps, as GeoJSON text (full geometry stays above): for a few
    -- counties, and coarser for the whole country
    map_geojson       varchar not null,
    map_geojson_national varchar not null,
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

-- One row per data set, origin and file (a loaded file: per ledger batch): what it is, where it
-- comes from and how current it is. Keyed by origin and file, never by a file's name alone: a
-- loaded file may be called staffing.csv like the example's.
create table meta.datasets (
    dataset      varchar not null,
    origin       varchar not null check (origin in ('reference', 'example', 'loaded')),
    source_file  varchar not null,
    batch_id     integer,
    rows         integer not null,
    source       varchar not null,
    source_date  varchar,
    channel      varchar   -- a loaded batch: 'cli' or 'upload' (a county board's file), 'report' (a municipality's)
);

-- The ledger's entries as the warehouse was built from them (without authors and reviewers: the
-- warehouse is read by everyone, the ledger by its keepers).
create table meta.batches (
    entry_id       integer primary key,
    action         varchar not null,
    kinds          varchar[] not null,
    target_id      integer,
    file_name      varchar,
    sha256         varchar,
    created_at     timestamp not null,
    row_count      integer not null,
    rows_new       integer,
    rows_replaced  integer,
    rows_unchanged integer,
    note           varchar,
    channel        varchar,   -- 'cli', 'upload' (a county board's file), 'report' (a municipality's report)
    scope_municipality varchar,
    scope_year     integer,
    status         varchar not null check (status in ('active', 'reverted'))
);

-- What the warehouse was built from: the ledger's id and newest entry, whether example data is in.
create table meta.build (
    key   varchar primary key,
    value varchar not null
);

create table meta.scope (
    key   varchar primary key,
    value varchar not null
);

-- The documented facts (data/reference/, from the project's collected public sources; etl/reference_facts.py),
-- each row with its source. They are shown as they are; where one states a figure of a municipality,
-- year and item, it also enters the kind's table as a reference row (and the example row steps aside).

-- Sources that name a coordinator; fte only where the source states the working time.
create table staging.coordinator_mentions (
    municipality_code varchar not null,
    role              varchar not null,
    year              integer,
    fte               double check (fte between 0 and 20),
    source            varchar not null,
    origin            varchar not null check (origin in ('reference', 'example', 'loaded')),
    source_file       varchar not null
);

-- Local crime-prevention councils (lokalt BRÅ or equivalent); status 'none': the source says there is none.
create table staging.local_councils (
    municipality_code varchar not null,
    body              varchar not null,
    status            varchar not null check (status in ('exists', 'none')),
    meetings_per_year integer check (meetings_per_year between 0 and 365),
    responsible       varchar,
    year              integer,  -- the year the source speaks of; null: an undated page
    detail            varchar,
    source            varchar not null,
    origin            varchar not null check (origin in ('reference', 'example', 'loaded')),
    source_file       varchar not null
);

-- Documented steps under Lag (2023:196): what the source says, published, assigned or planned (a planned
-- step is not a done one). part: coordinating_function, lagesbild, atgardsplan.
create table staging.law_steps_known (
    municipality_code varchar not null,
    part              varchar not null check (part in ('coordinating_function', 'lagesbild', 'atgardsplan')),
    state             varchar not null check (state in ('published', 'assigned', 'planned')),
    period            varchar not null,  -- as the source dates it: '2024-01' or '2023'
    year              integer not null,
    detail            varchar,
    source            varchar not null,
    origin            varchar not null check (origin in ('reference', 'example', 'loaded')),
    source_file       varchar not null
);

-- Sums a source states. yearly: the sum is one year's and enters staging.funding; otherwise (an unstated
-- period, an approximate year, a county board) it is listed only. recipient_code: a municipality or a county.
create table staging.funding_known (
    recipient_code varchar not null,
    recipient      varchar not null,
    year           integer not null,
    funder         varchar not null,
    funder_code    varchar not null,
    area           varchar not null,
    amount_sek     double  not null check (amount_sek >= 0),
    purpose        varchar,
    detail         varchar,
    yearly         boolean not null,
    source         varchar not null,
    origin         varchar not null check (origin in ('reference', 'example', 'loaded')),
    source_file    varchar not null
);

-- The total participants a source states for a documented event, with 'about' or 'more_than': a total of
-- all who came, never split per municipality.
create table staging.event_totals (
    event_id          varchar primary key,
    participants      integer not null check (participants > 0),
    participants_kind varchar not null check (participants_kind in ('exact', 'about', 'more_than')),
    detail            varchar,
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
