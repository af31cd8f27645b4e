"""Figures in through the browser, without the browser: roles from access.toml, uploads (safe names,
limits, the kind from the headers, the role checked under the writer lock), and the yearly report from
draft to accepted batch. The fixture (tests/conftest.py): Malå 2418 and Norsjö 2417 in Västerbotten (24),
Arvidsjaur 2505 in Norrbotten (25)."""

from __future__ import annotations

import duckdb
import pytest

from core.access import ADMIN, REPORTER, VIEWER, Role, parse_rules
from etl import ledger
from prevcap.collect import submissions, uploads

RULES = parse_rules(
    {
        "require_login": False,
        "admin": [
            {"county": "24", "emails": ["Analytiker@Lansstyrelsen.se"]},
            {"county": 25, "domains": ["nbtn.example"]},
        ],
        "reporter": [
            {"municipalities": ["2418"], "emails": ["samordnare@mala.se"]},
            {"municipalities": ["2417", "2418"], "domains": ["norsjo.se"]},
        ],
    }
)
ADMIN_24 = RULES.role_of("analytiker@lansstyrelsen.se")
ADMIN_25 = RULES.role_of("vem@nbtn.example")
MALA = RULES.role_of("samordnare@mala.se")
NAMES = {"2418": "Malå", "2417": "Norsjö", "2505": "Arvidsjaur"}


def test_roles_by_address_or_domain_and_everyone_else_a_viewer():
    assert (ADMIN_24.kind, ADMIN_24.counties) == (ADMIN, frozenset({"24"}))
    assert (ADMIN_25.kind, ADMIN_25.counties) == (ADMIN, frozenset({"25"}))
    assert (MALA.kind, MALA.municipalities) == (REPORTER, frozenset({"2418"}))
    assert RULES.role_of("ny@norsjo.se").municipalities == frozenset({"2417", "2418"})
    assert RULES.role_of("someone@gmail.com").kind == VIEWER and RULES.role_of(None) == Role()
    assert ADMIN_24.may_write("2418") and not ADMIN_24.may_write("2505")
    assert MALA.may_write("2418") and not MALA.may_write("2417")
    assert not Role().may_write("2418")


def test_bad_rules_are_named_not_guessed():
    rules = parse_rules({"admin": [{"emails": ["x@y.se"]}], "reporter": [{"municipalities": ["24180"], "emails": "a"}]})
    assert rules.admins == () and rules.reporters == ()
    assert rules.problems == (
        '[[admin]] 1: an admin needs a county (county = "24")',
        "[[reporter]] 1 municipalities: 24180 are not 4-digit codes",
        '[[reporter]] 1: a reporter needs municipalities (municipalities = ["2418"])',
    )


@pytest.mark.parametrize(
    "name, safe",
    [
        ("../../etc/passwd.csv", "passwd.csv"),
        ("C:\\Users\\anna\\bemanning 2025.xlsx", "bemanning_2025.xlsx"),
        ("[extern länk](https:evil.example).csv", "extern_länk_(https_evil.example).csv"),
        ("<img src=x onerror=alert(1)>.csv", "img_src_x_onerror_alert(1).csv"),
        ("....csv", "fil.csv"),
        ("a" * 300 + ".csv", "a" * 100 + ".csv"),
        ("rapport\x00.csv", "rapport.csv"),
    ],
)
def test_a_file_name_is_kept_safe(name, safe):
    assert uploads.safe_file_name(name) == safe


def test_too_large_or_the_wrong_kind_of_file_is_refused():
    upload, problems = uploads.keep(b"x" * (uploads.max_upload_bytes() + 1), "stor.csv")
    assert upload is None and [p.key for p in problems] == ["collect.err.too_large"]
    upload, problems = uploads.keep(b"MZ\x90\x00", "program.exe")
    assert upload is None and [p.key for p in problems] == ["etl.err.bad_suffix"]


def test_the_kind_is_found_from_the_headers(tmp_path):
    def kind_of(text):
        upload, _ = uploads.keep(text.encode(), "f.csv")
        return uploads.detect_kind(upload.path)

    assert kind_of("Kommun;År;Roll;Årsarbetare\nMalå;2025;brott;1\n") == ("staffing", [])
    assert kind_of("Kommun;År;Källa;Belopp\nMalå;2025;Brå;1000\n") == ("funding", [])
    assert kind_of("Evenemang;Kommun;Deltagare\nx;Malå;2\n") == ("attendance", [])
    kind, problems = kind_of("Namn på hund;Färg\nFido;brun\n")
    assert kind is None and [p.key for p in problems] == ["collect.err.kind_unknown"]


def test_an_upload_is_refused_for_a_municipality_of_another_county(fixture_workspace, fixture_warehouse):
    upload, _ = uploads.keep(
        "Kommun;År;Roll;Årsarbetare\nMalå;2025;brott;1\nArvidsjaur;2025;brott;2\n".encode(), "bemanning.csv"
    )
    preview = uploads.preview(fixture_workspace, ADMIN_24, "staffing", upload, NAMES)
    assert preview.result.ok and [(p.row, p.column, p.values["name"]) for p in preview.scope_problems] == [
        (3, "municipality", "Arvidsjaur")
    ]
    assert preview.scope_problems[0].values["value"] == "Arvidsjaur"  # the problem table shows the value
    result = uploads.confirm(fixture_workspace, ADMIN_24, "staffing", upload, NAMES)
    assert [(p.row, p.key) for p in result.problems] == [(3, "collect.err.not_yours")]
    assert (
        uploads.confirm(fixture_workspace, MALA, "staffing", upload, NAMES).problems[0].key == "auth.not_allowed.admin"
    )  # only a county board uploads
    with ledger.open_ledger(fixture_workspace.ledger) as con:
        assert ledger.head(con) == 0
    ok, _ = uploads.keep("Kommun;År;Roll;Årsarbetare\nMalå;2025;brott;1\n".encode(), "bemanning.csv")
    loaded = uploads.confirm(fixture_workspace, ADMIN_24, "staffing", ok, NAMES)
    assert loaded.ok and loaded.batch_id == 1
    with ledger.open_ledger(fixture_workspace.ledger) as con:
        entry = ledger.entries(con).iloc[0]
    assert (entry.author, entry.channel, entry.file_name) == ("analytiker@lansstyrelsen.se", "upload", "bemanning.csv")
    # the other county's admin sees no batch of it and may not undo it
    assert uploads.county_batches(fixture_workspace, ADMIN_25).empty
    assert len(uploads.county_batches(fixture_workspace, ADMIN_24)) == 1
    assert uploads.revert(fixture_workspace, ADMIN_25, 1).problems[0].key == "collect.err.not_yours"
    assert uploads.original_file(fixture_workspace, ADMIN_25, 1) == (None, None)
    assert uploads.original_file(fixture_workspace, ADMIN_24, 1)[1].startswith("Kommun;År".encode())
    assert uploads.revert(fixture_workspace, ADMIN_24, 1).ok


# --- the yearly report -------------------------------------------------------------------------------------


def content_for_mala() -> dict:
    return {
        "posts": [
            {"role": "brott", "fte": 0.8, "funded_by": "kommun", "shared_with": None},
            {"role": "andt", "fte": 0.0, "funded_by": None, "shared_with": None},
        ],
        "funding": [{"funder": "kommun", "area": "brott", "amount_sek": 250000}],
        "law": {
            "coordinating_function": True,
            "coordinating_function_date": "2023-09-01",
            "coordinating_function_link": "https://www.mala.se/trygghet",
            "lagesbild": True,
            "atgardsplan": False,
        },
        "attendance": [{"event_id": "2024-10-17-inspirationsdag", "participants": 5}],
    }


def test_a_report_from_draft_to_an_accepted_batch(fixture_workspace, fixture_warehouse):
    ws = fixture_workspace
    assert submissions.current(ws, "2418", 2024).status == "not_started"
    draft = submissions.save_draft(ws, MALA, "2418", 2024, {"posts": [{"role": "brott", "fte": "en halv"}]})
    assert draft.ok and draft.report.status == "draft"  # a draft may be half done
    bad = submissions.submit(ws, MALA, "2418", 2024, {"posts": [{"role": "brott", "fte": "25"}]})
    assert [p.message("Rapport") for p in bad.problems] == [
        'Rapport, rad 2, kolumn "fte": "25" årsarbetare är orimligt (högst 20)'
    ]
    assert submissions.current(ws, "2418", 2024).status == "draft"
    submitted = submissions.submit(ws, MALA, "2418", 2024, content_for_mala())
    assert submitted.ok and submitted.report.status == "submitted"
    assert submissions.save_draft(ws, MALA, "2418", 2024, {}).problems[0].key == "collect.err.already_submitted"
    # the other county's admin may not accept it; a reporter never
    assert submissions.accept(ws, ADMIN_25, "2418", 2024, NAMES).problems[0].key == "collect.err.not_yours"
    assert submissions.accept(ws, MALA, "2418", 2024, NAMES).problems[0].key == "collect.err.not_yours"
    returned = submissions.return_report(ws, ADMIN_24, "2418", 2024, "Stämmer finansieringen?")
    assert returned.report.status == "returned" and returned.report.comment == "Stämmer finansieringen?"
    assert submissions.submit(ws, MALA, "2418", 2024, content_for_mala()).ok
    accepted = submissions.accept(ws, ADMIN_24, "2418", 2024, NAMES)
    assert accepted.ok and accepted.report.status == "accepted" and accepted.report.batch_id == 1
    with ledger.open_ledger(ws.ledger) as con:
        entry = ledger.entries(con).iloc[0]
    assert (entry.channel, entry.author, entry.reviewer, entry.scope_municipality, entry.scope_year) == (
        "report",
        "samordnare@mala.se",
        "analytiker@lansstyrelsen.se",
        "2418",
        2024,
    )
    assert list(entry.kinds) == ["attendance", "staffing", "funding", "law_status"] and entry.row_count == 5
    con = duckdb.connect(str(ws.warehouse), read_only=True)
    # the report replaced Malå's 2024 staffing whole: the example had brott 0.5 (shared with Norsjö) + andt 0.25
    assert con.execute(
        "select role, fte, origin from staging.staffing where municipality_code = '2418' and year = 2024 order by role"
    ).fetchall() == [("andt", 0.0, "loaded"), ("brott", 0.8, "loaded")]
    assert con.execute(
        "select funder, area, amount_sek from staging.funding where municipality_code = '2418' and year = 2024"
    ).fetchall() == [("kommun", "brott", 250000.0)]
    assert con.execute(
        "select coordinating_function, coordinating_function_date::varchar, "
        "coordinating_function_link, atgardsplan from staging.law_status "
        "where municipality_code = '2418' and year = 2024"
    ).fetchall() == [(True, "2023-09-01", "https://www.mala.se/trygghet", False)]
    assert con.execute(
        "select participants from staging.attendance where municipality_code = '2418' "
        "and event_id = '2024-10-17-inspirationsdag'"
    ).fetchall() == [(5,)]
    # every figure says where it comes from: Malå's 2024 staffing is the municipality's report now
    import datetime as dt

    from prevcap import sources
    from prevcap.queries import meta as meta_queries
    from prevcap.queries import overview as overview_queries
    from prevcap.tables.overview import overview_table

    today = dt.datetime.now(dt.timezone.utc).date().isoformat()
    table, _ = overview_table(overview_queries.municipality_year(con, ("24",), 2024), "sv")
    shown = dict(zip(table["municipality_name"], table["staffing_source_text"]))
    assert (shown["Malå"], shown["Norsjö"], shown["Sorsele"]) == (f"Rapporterad av kommunen {today}", "Exempeldata", "")
    assert f"rapporter från kommunerna: 1 (senast godkänd {today})" in sources.source_line(
        meta_queries.datasets(con), "sv"
    )
    con.close()
    assert list(submissions.history(ws, "2418", 2024)["status"]) == [
        "draft",
        "submitted",
        "returned",
        "submitted",
        "accepted",
    ]


def test_the_county_board_sees_every_municipality_s_status(fixture_workspace):
    ws = fixture_workspace
    submissions.save_draft(ws, MALA, "2418", 2025, {"posts": [{"role": "brott", "fte": 1}]})
    table = submissions.overview(ws, ["2417", "2418"], 2025).set_index("municipality_code")
    assert table.loc["2417", "status"] == "not_started" and table.loc["2417", "missing"] == [
        "posts",
        "funding",
        "law",
        "attendance",
    ]
    assert table.loc["2418", "status"] == "draft" and table.loc["2418", "missing"] == ["funding", "law", "attendance"]


def test_an_accepted_report_counts_while_a_new_draft_of_it_is_written(fixture_workspace):
    from prevcap.collect import form

    ws = fixture_workspace
    assert submissions.submit(ws, MALA, "2418", 2024, content_for_mala()).ok
    assert submissions.accept(ws, ADMIN_24, "2418", 2024, NAMES).ok
    assert submissions.save_draft(ws, MALA, "2418", 2024, content_for_mala()).ok
    table = submissions.overview(ws, ["2417", "2418"], 2024)
    assert list(table["status"]) == ["not_started", "draft"]
    assert table["accepted_at"].notna().tolist() == [False, True]
    assert form.progress(table) == form.Progress(2, 1, 0)
    # in a year without events, attendance is not listed as missing
    frame, _ = form.status_table(table, NAMES, "sv", events_in_year=False)
    assert (
        frame.set_index("municipality_name").loc["Norsjö", "missing"]
        == "Samordnartjänster, Finansiering, Lag (2023:196)"
    )


def test_prefill_takes_last_year_s_answers(fixture_warehouse):
    con = duckdb.connect(str(fixture_warehouse), read_only=True)
    content = submissions.prefill(con, "2418", 2025)
    assert content["posts"] == [
        {"role": "andt", "fte": 0.25, "funded_by": "fohm", "shared_with": None},
        {"role": "brott", "fte": 0.5, "funded_by": "kommun", "shared_with": "2417"},
    ]
    assert content["funding"] == [
        {"funder": "kommun", "area": "bada", "amount_sek": 300000.0},
        {"funder": "lansstyrelsen", "area": "brott", "amount_sek": 100000.0},
    ]
    assert (content["law"]["coordinating_function"], content["law"]["atgardsplan"]) == (True, False)
    assert content["attendance"] == []  # no event in 2025
    empty = submissions.prefill(con, "2422", 2020)
    assert [post["role"] for post in empty["posts"]] == ["brott", "andt"] and empty["funding"] == []
    assert (content["last_year_posts"], empty["last_year_posts"]) == (True, False)
    # the admin's comparison: with no report last year, last year is not 0 FTE but nothing
    from prevcap.collect import form

    frame, _ = form.compare_posts(empty, {"posts": [{"role": "brott", "fte": 0.5}]}, "sv")
    assert frame["last_year"].isna().all() and frame["report"].tolist() == [0.5, 0.5]


def test_the_preview_names_a_choice_by_its_word_not_its_code():
    import pandas as pd

    from prevcap.collect.preview import replaced_values

    diff = pd.DataFrame(
        {
            "municipality_code": ["2418"],
            "year": [2024],
            "role": ["andt"],
            "funded_by": ["fohm"],
            "old_funded_by": ["kommun"],
            "status": ["replaced"],
            "old_origin": ["example"],
        }
    )
    rows = replaced_values("staffing", diff, {"2418": "Malå"}, "sv").to_dict("records")
    assert rows == [
        {
            "key": "Malå, 2024, ANDT-samordnare",
            "column": "Finansiär",
            "old": "Kommunens egen budget",
            "new": "Folkhälsomyndigheten",
            "old_origin": "example",
        }
    ]
    english = replaced_values("staffing", diff, {"2418": "Malå"}, "en").to_dict("records")[0]
    assert (english["key"], english["new"]) == ("Malå, 2024, ANDT coordinator", "Public Health Agency")
