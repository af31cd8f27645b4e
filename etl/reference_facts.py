"""The documented facts of data/reference/ (carried from the project's collected public sources, each row
with its source): local crime-prevention councils, coordinators a source names, steps under Lag 2023:196,
sums a source states, and the total participants of documented events.

They are loaded as they are, into their own staging tables, and shown with their source links. Where a fact
states a figure of a municipality, year and item that a kind holds, it also enters that kind's table as a
reference row (`apply_facts`, run after the example data): the example row of the same key steps aside, so
that the fact wins and is marked as real (a stated working time makes the year's example posts step aside
whole, as a loaded row does; a stated sum replaces the example sum of the same funder and area; a documented
step replaces the year's example row of the Lag 2023:196 status). A municipality's own loaded figure,
replayed from the ledger after this, replaces the fact in turn. Nothing is extended to other years: a source
of 2021 speaks of 2021.
"""

from __future__ import annotations

import pandas as pd

from etl import reference
from etl.kinds import LAW_PARTS
from etl.validate import parse_date
from etl.warehouse import apply_frame, insert, record_dataset

COUNCILS = "local_councils.csv"
MENTIONS = "coordinators_mentioned.csv"
LAW_STEPS = "law_status_known.csv"
FUNDING = "funding_known.csv"
EVENTS = "events_known.csv"

# a step the source says was taken: the part is in place from then; 'planned' is not a done step
DONE_STATES = ("published", "assigned")
PART_CODES = {swedish: code for code, swedish in LAW_PARTS.items()}


def _number(text: str):
    return pd.to_numeric(text, errors="coerce") if text not in ("", "unknown") else None


def _year(text: str):
    return int(text) if str(text).strip() else None


def councils(in_scope: set[str]) -> pd.DataFrame:
    rows = reference.read_reference_csv(COUNCILS)
    rows = rows[rows["municipality_code"].isin(in_scope)]
    return pd.DataFrame(
        {
            "municipality_code": rows["municipality_code"],
            "body": rows["body"],
            "status": rows["status"],
            "meetings_per_year": pd.array([_year(v) for v in rows["meetings_per_year"]], dtype="Int64"),
            "responsible": rows["responsible"].replace("", None),
            "year": pd.array([_year(v) for v in rows["year"]], dtype="Int64"),
            "detail": rows["detail"].replace("", None),
            "source": rows["source"],
            "origin": "reference",
            "source_file": COUNCILS,
        }
    )


def mentions(in_scope: set[str]) -> pd.DataFrame:
    """Rows with a source (the rows without one record that nothing was found)."""
    rows = reference.read_reference_csv(MENTIONS)
    rows = rows[rows["municipality_code"].isin(in_scope) & (rows["source"] != "")]
    return pd.DataFrame(
        {
            "municipality_code": rows["municipality_code"],
            "role": rows["role"],
            "year": pd.array([_year(v) for v in rows["year"]], dtype="Int64"),
            "fte": pd.array([_number(v) for v in rows["fte"]], dtype="Float64"),
            "source": rows["source"],
            "origin": "reference",
            "source_file": MENTIONS,
        }
    ).assign(staffing_role=rows["staffing_role"].to_numpy())


def law_steps(in_scope: set[str]) -> pd.DataFrame:
    rows = reference.read_reference_csv(LAW_STEPS)
    rows = rows[rows["municipality_code"].isin(in_scope)]
    return pd.DataFrame(
        {
            "municipality_code": rows["municipality_code"],
            "part": rows["item"].map(PART_CODES),
            "state": rows["state"],
            "period": rows["date"],
            "year": rows["date"].str[:4].astype(int),
            "detail": rows["detail"].replace("", None),
            "source": rows["source"],
            "origin": "reference",
            "source_file": LAW_STEPS,
        }
    )


def funding(in_scope: set[str], county_codes: set[str]) -> pd.DataFrame:
    """A municipality's sums, and a county board's (recipient code = the county's)."""
    rows = reference.read_reference_csv(FUNDING)
    rows = rows[rows["recipient_code"].isin(in_scope | county_codes)]
    return pd.DataFrame(
        {
            "recipient_code": rows["recipient_code"],
            "recipient": rows["recipient"],
            "year": rows["year"].astype(int),
            "funder": rows["funder"],
            "funder_code": rows["funder_code"],
            "area": rows["area"],
            "amount_sek": rows["amount_sek"].astype(float),
            "purpose": rows["purpose"].replace("", None),
            "detail": rows["detail"].replace("", None),
            "yearly": rows["yearly"] == "true",
            "source": rows["source"],
            "origin": "reference",
            "source_file": FUNDING,
        }
    )


def event_totals(event_ids: set[str]) -> pd.DataFrame:
    rows = reference.read_reference_csv(EVENTS)
    rows = rows[rows["participants_total"] != ""]
    ids = rows["date"] + "-" + rows["event_type"]
    keep = ids.isin(event_ids)
    rows, ids = rows[keep], ids[keep]
    return pd.DataFrame(
        {
            "event_id": ids,
            "participants": rows["participants_total"].astype(int),
            "participants_kind": rows["participants_total_kind"].replace("", "exact"),
            "detail": rows["detail"].replace("", None),
            "source": rows["source"],
            "origin": "reference",
            "source_file": EVENTS,
        }
    )


def load_facts(con, in_scope: set[str]) -> None:
    """The facts' own tables, with meta.datasets saying where they come from."""
    county_codes = {row[0] for row in con.execute("select county_code from staging.counties").fetchall()}
    insert(con, "staging.local_councils", councils(in_scope))
    record_dataset(con, "local_councils", "reference", COUNCILS, FACT_SOURCES[COUNCILS], None)
    insert(con, "staging.coordinator_mentions", mentions(in_scope).drop(columns="staffing_role"))
    record_dataset(con, "coordinator_mentions", "reference", MENTIONS, FACT_SOURCES[MENTIONS], None)
    insert(con, "staging.law_steps_known", law_steps(in_scope))
    record_dataset(con, "law_steps_known", "reference", LAW_STEPS, FACT_SOURCES[LAW_STEPS], None)
    insert(con, "staging.funding_known", funding(in_scope, county_codes))
    record_dataset(con, "funding_known", "reference", FUNDING, FACT_SOURCES[FUNDING], None)
    events = {row[0] for row in con.execute("select event_id from staging.events").fetchall()}
    insert(con, "staging.event_totals", event_totals(events))
    record_dataset(con, "event_totals", "reference", EVENTS, FACT_SOURCES[EVENTS], None)


def apply_facts(con, in_scope: set[str]) -> None:
    """The facts that state a kind's figure, as reference rows of that kind: run after the example data, so
    that the example row of the same municipality, year and item steps aside."""
    scope = dict(con.execute("select key, value from meta.scope").fetchall())
    first, last = int(scope["first_year"]), int(scope["last_year"])
    stated = mentions(in_scope)
    stated = stated[stated["fte"].notna() & stated["year"].between(first, last)]
    if len(stated):
        # a stated working time speaks of the municipality's coordinator posts that year, as a loaded
        # report would: the year's example posts step aside whole (funding facts replace one sum each)
        for code, year in zip(stated["municipality_code"], stated["year"]):
            con.execute(
                "delete from staging.staffing where origin = 'example' and municipality_code = ? and year = ?",
                [code, int(year)],
            )
        apply_frame(
            con,
            "staffing",
            pd.DataFrame(
                {
                    "municipality_code": stated["municipality_code"],
                    "year": stated["year"].astype(int),
                    "role": stated["staffing_role"],
                    "fte": stated["fte"].astype(float),
                    "funded_by": None,
                    "shared_with_code": None,
                }
            ),
            MENTIONS,
            None,
            origin="reference",
        )
    sums = funding(in_scope, set())
    sums = sums[sums["yearly"] & sums["year"].between(first, last)]
    if len(sums):
        apply_frame(
            con,
            "funding",
            pd.DataFrame(
                {
                    "municipality_code": sums["recipient_code"],
                    "year": sums["year"],
                    "funder": sums["funder_code"],
                    "area": sums["area"],
                    "amount_sek": sums["amount_sek"],
                }
            ),
            FUNDING,
            None,
            origin="reference",
        )
    steps = law_steps(in_scope)
    steps = steps[steps["state"].isin(DONE_STATES) & steps["year"].between(first, last)]
    if len(steps):
        # one row per municipality and year, holding only the documented parts (the others unknown)
        rows = []
        for (code, year), part_rows in steps.groupby(["municipality_code", "year"]):
            row = {"municipality_code": code, "year": int(year)}
            for part in LAW_PARTS:
                row[part], row[f"{part}_date"], row[f"{part}_link"] = None, None, None
            for step in part_rows.itertuples():
                row[step.part] = True
                row[f"{step.part}_date"] = parse_date(step.period)
                row[f"{step.part}_link"] = step.source
            rows.append(row)
        apply_frame(con, "law_status", pd.DataFrame(rows), LAW_STEPS, None, origin="reference")
    for kind, file in (("staffing", MENTIONS), ("funding", FUNDING), ("law_status", LAW_STEPS)):
        record_dataset(con, kind, "reference", file, FACT_SOURCES[file], None)


FACT_SOURCES = {
    COUNCILS: "Kommunernas och Brås webbplatser (lokala brottsförebyggande råd)",
    MENTIONS: "Kommunernas och Brås webbplatser (samordnare som nämns)",
    LAW_STEPS: "Kommunernas webbplatser (steg enligt lag 2023:196)",
    FUNDING: "Brå och kommunernas webbplatser (belopp som anges)",
    EVENTS: "Arrangörernas webbplatser (deltagare totalt)",
}
