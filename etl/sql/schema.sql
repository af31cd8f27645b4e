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
    -- simplified outline for the maps, as GeoJSON text (full geometry stays above)
    map_geojson       varchar not null,
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
