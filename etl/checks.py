"""Data tests run at every build and load: each query returns the rows that break a rule."""

from __future__ import annotations

from dataclasses import dataclass

from etl.identifiers import quoted
from etl.kinds import KINDS


@dataclass(frozen=True)
class DataTest:
    name: str
    sql: str


def _references(
    table: str, column: str, target: str = "staging.municipalities", target_column: str = "municipality_code"
):
    column_sql = quoted(column)
    return DataTest(
        f"{table}.{column} -> {target}",
        f"select {column_sql} from {quoted(table)} where {column_sql} is not null "
        f"and {column_sql} not in (select {quoted(target_column)} from {quoted(target)})",
    )


def _unique(table: str, columns: str):
    columns_sql = ", ".join(quoted(column.strip()) for column in columns.split(","))
    return DataTest(
        f"{table} unique ({columns})",
        f"select {columns_sql}, count(*) from {quoted(table)} group by {columns_sql} having count(*) > 1",
    )


def _not_null(table: str, column: str):
    return DataTest(f"{table}.{column} not null", f"select * from {quoted(table)} where {quoted(column)} is null")


DATA_TESTS: tuple[DataTest, ...] = (
    # each kind's key, one row per key (the staging tables have no primary key: see etl/schema.py)
    *(_unique(kind.table, ", ".join(kind.key_columns)) for kind in KINDS.values()),
    _unique("staging.municipalities", "municipality_code"),
    _references("staging.municipalities", "county_code", "staging.counties", "county_code"),
    _references("staging.population", "municipality_code"),
    _references("staging.staffing", "municipality_code"),
    _references("staging.staffing", "shared_with_code"),
    _references("staging.events", "host_code"),
    _references("staging.attendance", "municipality_code"),
    _references("staging.attendance", "event_id", "staging.events", "event_id"),
    _references("staging.funding", "municipality_code"),
    _references("staging.collaboration_members", "municipality_code"),
    _references("staging.collaboration_members", "collaboration_id", "staging.collaborations", "collaboration_id"),
    _references("staging.police_agreements", "municipality_code"),
    _references("staging.law_status", "municipality_code"),
    _references("staging.crime", "municipality_code"),
    _references("staging.kolada", "municipality_code"),
    _unique("marts.crime_year", "municipality_code, year"),
    DataTest(
        "staging.collaborations have at least two members",
        "select c.collaboration_id from staging.collaborations c "
        "left join staging.collaboration_members m using (collaboration_id) "
        "group by c.collaboration_id having count(m.municipality_code) < 2",
    ),
    DataTest(
        "staging.staffing shared posts point both ways or to a known municipality",
        "select * from staging.staffing where shared_with_code = municipality_code",
    ),
    _unique("marts.municipality_year", "municipality_code, year"),
    _not_null("marts.municipality_year", "county_name"),
    DataTest(
        "marts.municipality_year one row per municipality and year",
        "select 1 where (select count(*) from marts.municipality_year) <> "
        "(select count(*) from staging.municipalities) * (select count(*) from marts.years)",
    ),
    # the funding marts (issue 9): the external share computed once, in marts.funding_year
    _unique("marts.funding_year", "municipality_code, year"),
    DataTest(
        "marts.funding_year one row per municipality and year",
        "select 1 where (select count(*) from marts.funding_year) <> "
        "(select count(*) from staging.municipalities) * (select count(*) from marts.years)",
    ),
    DataTest(
        "marts.funding_year keeps every staging.funding amount (sums equal per municipality and year)",
        "with staged as (select municipality_code, year, sum(amount_sek) as amount_sek "
        "from staging.funding group by municipality_code, year) "
        "select * from staged s full join marts.funding_year f using (municipality_code, year) "
        "where (s.amount_sek is null) <> (f.funding_sek is null) or abs(s.amount_sek - f.funding_sek) > 0.005",
    ),
    DataTest(
        "marts.funding_year reported iff amounts, funders add up, external is all but kommun, share within 0-1",
        "select * from marts.funding_year "
        "where funding_reported <> (funding_sek is not null) "
        "or abs(funding_kommun_sek + funding_fohm_sek + funding_lansstyrelsen_sek + funding_bra_sek "
        "+ funding_annan_sek - funding_sek) > 0.005 "
        "or abs(funding_sek - funding_kommun_sek - funding_external_sek) > 0.005 "
        "or funding_external_share not between 0 and 1",
    ),
    _unique("marts.funding_county_year", "county_code, year"),
    _references("marts.funding_county_year", "county_code", "staging.counties", "county_code"),
    DataTest(
        "marts.funding_county_year keeps every staging.funding amount (sums equal)",
        "select 1 where abs(coalesce((select sum(funding_sek) from marts.funding_county_year), 0) "
        "- coalesce((select sum(amount_sek) from staging.funding), 0)) > 0.01",
    ),
    DataTest(
        "marts.funding_county_year share within 0-1, reporting municipalities within the county's",
        "select * from marts.funding_county_year "
        "where funding_external_share not between 0 and 1 "
        "or municipalities_reporting not between 1 and municipalities",
    ),
    # the links both the capacity and the network marts read (issue 9)
    _unique("marts.shared_posts", "municipality_a, municipality_b, year"),
    _references("marts.shared_posts", "municipality_a"),
    _references("marts.shared_posts", "municipality_b"),
    DataTest(
        "marts.shared_posts pairs ordered, weight the number of roles",
        "select * from marts.shared_posts where municipality_a >= municipality_b or year is null "
        "or weight < 1 or weight <> len(roles)",
    ),
    _unique("marts.collaboration_pairs", "collaboration_id, municipality_a, municipality_b"),
    _references("marts.collaboration_pairs", "municipality_a"),
    _references("marts.collaboration_pairs", "municipality_b"),
    DataTest(
        "marts.collaboration_pairs pairs ordered, periods forward",
        "select * from marts.collaboration_pairs where municipality_a >= municipality_b or start_year > end_year",
    ),
    # the collaboration network (issue 4)
    _references("staging.police_areas", "municipality_code"),
    _references("marts.network_links", "municipality_a"),
    _references("marts.network_links", "municipality_b"),
    _unique("marts.network_links", "municipality_a, municipality_b, kind, basis, start_year"),
    _not_null("marts.network_links", "weight"),
    DataTest(
        "marts.network_links pairs ordered, kinds known, weights positive, periods forward",
        "select * from marts.network_links where municipality_a >= municipality_b or weight < 1 "
        "or kind not in ('shared_post', 'joint_agreement', 'police_area', 'co_attendance') "
        "or start_year > end_year "
        "or (kind in ('shared_post', 'co_attendance') and (year is null or start_year <> year or end_year <> year))",
    ),
    _unique("marts.events", "event_id"),
    _unique("marts.funding", "municipality_code, year, funder, area"),
    DataTest(
        "marts.funding keeps every funding row",
        "select 1 where (select count(*) from marts.funding) <> (select count(*) from staging.funding)",
    ),
    # the capacity marts (issue 3)
    _unique("marts.capacity_year", "municipality_code, year"),
    DataTest(
        "marts.capacity_year has a row for every row of marts.municipality_year",
        "select 1 where (select count(*) from marts.capacity_year) <> (select count(*) from marts.municipality_year)",
    ),
    DataTest(
        "marts.capacity_year statuses known, shares within 0-1, law parts within the reported",
        "select * from marts.capacity_year "
        "where police_agreement_status not in ('in_force', 'undated', 'none') "
        "or funding_external_share not between 0 and 1 or events_attended_share not between 0 and 1 "
        "or partners < 0 or law_parts_in_place > law_parts_reported "
        "or (staffing_reported and fte_total is null) or (not staffing_reported and fte_total is not null)",
    ),
    _unique("marts.police_agreement_list", "agreement_id"),
    DataTest(
        "marts.police_agreement_list undated agreements have no years, dated ones some",
        "select * from marts.police_agreement_list where is_dated = (len(in_force_years) = 0)",
    ),
    _references("marts.municipality_partners", "municipality_code"),
    _references("marts.municipality_partners", "partner_code"),
    DataTest(
        "marts.municipality_partners never pairs a municipality with itself",
        "select * from marts.municipality_partners where partner_code = municipality_code",
    ),
    DataTest(
        "every row names its origin",
        "select 'staffing' from staging.staffing where origin is null or source_file = '' "
        "union all select 'funding' from staging.funding where origin is null or source_file = ''",
    ),
)


def failing_tests(con) -> list[tuple[str, int]]:
    """(test name, number of offending rows) for every data test that fails."""
    failures = []
    for test in DATA_TESTS:
        count = len(con.execute(test.sql).fetchall())  # the offending rows: few, or none
        if count:
            failures.append((test.name, count))
    return failures
