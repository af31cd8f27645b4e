"""The Rapportera and Inrapportering pages in AppTest, on the fixture warehouse (tests/conftest.py: Malå
2418 and Norsjö 2417 in Västerbotten, 15 municipalities in county 24) with an empty ledger of the test's
own: who may open them, the form prefilled with last year's answers, a problem shown in place, a draft
kept, a report submitted, returned with a comment, accepted into the warehouse, and the county's list."""

from __future__ import annotations

import datetime as dt

import duckdb
import pytest
from streamlit.testing.v1 import AppTest

from core.access import parse_rules
from core.config import ROOT
from core.i18n import t
from etl.build import Workspace
from prevcap.collect import form, submissions
from tests.drawn_tables import drawn_table, drawn_tables, read_tables

AUTH = {
    "redirect_uri": "http://localhost:8501/oauth2callback",
    "cookie_secret": "x",
    "client_id": "prevcap",
    "client_secret": "s",
    "server_metadata_url": "http://127.0.0.1:1/.well-known/openid-configuration",
}
ACCESS = """\
[[admin]]
county = "24"
emails = ["analytiker@lansstyrelsen.se"]

[[admin]]
counties = ["24", "25"]
emails = ["norr@lansstyrelsen.se"]

[[reporter]]
municipalities = ["2418"]
emails = ["samordnare@mala.se"]
"""
REPORTER, ADMIN, VIEWER = "samordnare@mala.se", "analytiker@lansstyrelsen.se", "someone@gmail.com"
ADMIN_BOTH = "norr@lansstyrelsen.se"
RULES = parse_rules(
    {"admin": [{"county": "24", "emails": [ADMIN]}], "reporter": [{"municipalities": ["2418"], "emails": [REPORTER]}]}
)
MALA, ADMIN_24 = RULES.role_of(REPORTER), RULES.role_of(ADMIN)
# Västerbotten's 15 municipalities in a Swedish reader's order (å, ä, ö after z)
VASTERBOTTEN = [
    "Bjurholm", "Dorotea", "Lycksele", "Malå", "Nordmaling", "Norsjö", "Robertsfors", "Skellefteå",
    "Sorsele", "Storuman", "Umeå", "Vilhelmina", "Vindeln", "Vännäs", "Åsele",
]  # fmt: skip
# Malå's report for 2024 that the county board reviews: the example had brott 0.5 + andt 0.25 = 0.75 FTE
REPORT_2024 = {
    "posts": [
        {"role": "brott", "fte": 0.8, "funded_by": "kommun", "shared_with": None},
        {"role": "andt", "fte": 0.1, "funded_by": "fohm", "shared_with": None},
    ],
    "funding": [{"funder": "kommun", "area": "brott", "amount_sek": 250000.0}],
    "law": {
        "coordinating_function": True,
        "coordinating_function_date": "2023-09-01",
        "coordinating_function_link": "https://www.mala.se/trygghet",
        "lagesbild": True,
        "atgardsplan": False,
    },
    "attendance": [{"event_id": "2024-10-17-inspirationsdag", "participants": 5}],
}


@pytest.fixture
def app(fixture_warehouse, tmp_path, monkeypatch):
    """Opens a page of the dashboard signed in as `email` (None: sign-in not configured), on the fixture
    warehouse and the test's ledger; the same ledger for every AppTest of the test, as for a user who
    closes the browser and comes back."""
    access = tmp_path / "access.toml"
    access.write_text(ACCESS, encoding="utf-8")
    monkeypatch.setenv("PREVCAP_ACCESS", str(access))
    monkeypatch.setenv("PREVCAP_DB", str(fixture_warehouse))

    def open_(page: str, email: str | None, **query_params) -> AppTest:
        at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60)
        if email is not None:
            at.secrets["auth"] = AUTH
            at.user = {"is_logged_in": True, "email": email}
        at.query_params.update(query_params)
        at.run()
        at.switch_page(page).run()
        return ok(at)

    return open_


@pytest.fixture
def ws(app) -> Workspace:
    """The workspace the pages write to (the environment's warehouse and ledger)."""
    return Workspace.configured()


def ok(at: AppTest) -> AppTest:
    assert not at.exception, [e.value for e in at.exception]
    return at


def boxes(at: AppTest) -> list[str]:
    return [box.value for kind in ("info", "warning", "success", "error") for box in getattr(at, kind)]


def editor(at: AppTest, part: str):
    (found,) = [e for e in at.data_editor if e.key.startswith(f"rapport_{part}_")]
    return found


def rows(at: AppTest, part: str) -> list[tuple]:
    frame = editor(at, part).value
    columns = {"posts": form.POST_COLUMNS, "funding": form.FUNDING_COLUMNS, "attendance": ("title", "participants")}
    return [
        tuple(None if value != value else value for value in row)
        for row in frame[list(columns[part])].itertuples(index=False)
    ]


def edit(at: AppTest, part: str, edited=None, added=None, deleted=None) -> AppTest:
    """What a user does in an editor, as its edit state (AppTest does not type into an editor)."""
    at.session_state[editor(at, part).key] = {
        "edited_rows": edited or {},
        "added_rows": added or [],
        "deleted_rows": deleted or [],
    }
    return ok(at.run())


def button(at: AppTest, label: str):
    (found,) = [b for b in at.button if b.label == label]
    return found


def problems(at: AppTest, part: str) -> list[tuple]:
    """(row of the form, field, message) of the problems shown under the part."""
    slot = at.get_by_key(f"rapport_problem_slot_{part}")
    return [tuple(row) for element in slot.html for table in read_tables(element.value) for row in table["rows"]]


def compared(at: AppTest, part: str) -> list[list]:
    """The county board's comparison of a part: what, last year, this report."""
    (table,) = [
        table for element in at.get_by_key(f"rapport_jamfor_{part}").html for table in read_tables(element.value)
    ]
    return table["rows"]


def choose(at: AppTest, municipality: str | None = None, year: int | None = None) -> AppTest:
    if municipality is not None:
        at.selectbox(key="rapport_kommun").set_value(municipality).run()
    if year is not None:
        at.selectbox(key="rapport_ar").set_value(year).run()
    return ok(at)


def page_alone(page: str, email: str) -> AppTest:
    """The page's script without dashboard.py: its own check of the role, which the navigation (that
    does not list the page for the role) never lets it reach."""
    from prevcap.view import View

    at = AppTest.from_file(str(ROOT / page), default_timeout=60)
    at.secrets["auth"] = AUTH
    at.user = {"is_logged_in": True, "email": email}
    at.session_state["_view"] = View()
    return ok(at.run())


# --- who may open the pages -----------------------------------------------------------------------------


def test_without_sign_in_configured_the_pages_say_so(app):
    for page in ("pages/rapportera.py", "pages/inrapportering.py"):
        at = app(page, None)
        assert [box.value for box in at.info] == [t("auth.not_configured", "sv")]
        assert at.info[0].value.startswith("Inloggning är inte inställd, så uppgifter kan inte läsas in")
        assert not at.data_editor and not at.title


def test_a_viewer_neither_sees_nor_opens_the_data_pages(app):
    with pytest.raises(ValueError, match="Could not find a navigation page"):
        app("pages/rapportera.py", VIEWER)
    at = page_alone("pages/rapportera.py", VIEWER)
    assert [box.value for box in at.warning] == [
        "someone@gmail.com får inte rapportera för någon kommun. Be länsstyrelsen lägga till dig i `access.toml`."
    ]
    assert not at.data_editor and not at.title


def test_a_reporter_is_refused_inrapportering(app):
    with pytest.raises(ValueError, match="Could not find a navigation page"):
        app("pages/inrapportering.py", REPORTER)
    at = page_alone("pages/inrapportering.py", REPORTER)
    assert [box.value for box in at.warning] == [
        "samordnare@mala.se har inte länsstyrelsens behörighet, som den här sidan kräver. Be länsstyrelsen "
        "lägga till dig i `access.toml`."
    ]
    assert not at.dataframe and not drawn_tables(at) and not at.metric


# --- Rapportera: the reporter -------------------------------------------------------------------------------


def test_a_reporter_sees_only_mala_and_last_year_s_answers(app):
    at = app("pages/rapportera.py", REPORTER)
    assert at.title[0].value == "Rapportera"
    municipality = at.selectbox(key="rapport_kommun")
    assert (municipality.options, municipality.value, municipality.disabled) == (["Malå"], "2418", True)
    year = at.selectbox(key="rapport_ar")
    assert year.value == 2024  # the view's year
    assert year.options[:3] == ["2026", "2025", "2024"]  # this calendar year and the one before it too
    # 2024 from 2023's answers: Malå reported nothing in 2023, so two posts at 0; the event of 2024 with
    # the 4 participants the dashboard has
    assert rows(at, "posts") == [("brott", 0.0, None, None), ("andt", 0.0, None, None)]
    assert rows(at, "attendance") == [("Inspirationsdag för mindre kommuner", 4.0)]
    assert [box for box in boxes(at) if box.startswith("Tomt: ")] == [
        "Tomt: Finansiering, Lag (2023:196). En tom del rapporterar att det inte finns något (till exempel ingen "
        "finansiering alls), och ersätter årets uppgifter i panelen när rapporten godkänns."
    ]
    choose(at, year=2025)
    assert at.info[0].value == (
        "**Inte påbörjad.** Rapporten för Malå 2025 är inte påbörjad. Formuläret är ifyllt med förra årets "
        "uppgifter: ändra det som inte stämmer."
    )
    assert rows(at, "posts") == [("andt", 0.25, "fohm", None), ("brott", 0.5, "kommun", "2417")]
    assert rows(at, "funding") == [("kommun", "bada", 300000.0), ("lansstyrelsen", "brott", 100000.0)]
    assert [radio.value for radio in at.radio] == ["yes", "yes", "no"]  # Lag (2023:196) as of 2024
    assert [radio.label for radio in at.radio] == ["Samordnande funktion", "Lägesbild", "Åtgärdsplan"]
    assert not [e for e in at.data_editor if e.key.startswith("rapport_attendance_")]  # no event in 2025
    assert "Panelen har inga regionala träffar det här året." in [c.value for c in at.caption]
    assert not [box for box in boxes(at) if box.startswith("Tomt: ")]  # nothing to attend is not "empty"
    assert not any(problems(at, part) for part in submissions.PARTS)
    assert not button(at, "Skicka in").disabled
    # Norsjö, the post's partner, is offered by name: the editor stores its code
    assert editor(at, "posts").value.loc[1, "shared_with"] == "2417"


def test_a_problem_is_shown_in_swedish_under_its_part_and_stops_the_submission(app, ws):
    at = choose(app("pages/rapportera.py", REPORTER), year=2025)
    edit(at, "posts", edited={1: {"fte": 25.0}})
    # the second row of the form (the sheet the ETL checks has it as row 3, under its header)
    assert problems(at, "posts") == [("2", "Årsarbetare", '"25" årsarbetare är orimligt (högst 20)')]
    assert problems(at, "funding") == problems(at, "law") == problems(at, "attendance") == []
    assert "Fel att rätta här: 1" in boxes(at)
    assert button(at, "Skicka in").disabled
    assert not button(at, "Spara utkast").disabled  # a draft may be half done
    # a link that is no web address (script, formula) is refused under the law part
    link = next(w for w in at.text_input if w.key.endswith("_coordinating_function_link"))
    link.set_value("javascript:alert(1)").run()
    ok(at)
    assert problems(at, "law") == [
        ("–", "Samordnande funktion: länk", '"javascript:alert(1)" är ingen webbadress (skriv https://…)')
    ]
    edit(at, "posts", edited={1: {"fte": 0.5}})
    assert problems(at, "posts") == []
    link = next(w for w in at.text_input if w.key.endswith("_coordinating_function_link"))
    link.set_value('=HYPERLINK("https://evil.example")').run()
    assert problems(at, "law")[0][2] == '"=HYPERLINK("https://evil.example")" är ingen webbadress (skriv https://…)'
    assert submissions.current(ws, "2418", 2025).status == "not_started"  # nothing was written


def test_a_draft_is_kept_and_shown_again_in_a_new_session(app, ws):
    at = choose(app("pages/rapportera.py", REPORTER), year=2025)
    edit(at, "posts", edited={1: {"fte": 0.8}}, added=[{"role": "annan", "fte": 0.2}])
    assert problems(at, "posts") == []
    ok(button(at, "Spara utkast").click().run())
    saved = submissions.current(ws, "2418", 2025)
    assert saved.status == "draft" and saved.author == REPORTER
    assert saved.content["posts"] == [
        {"role": "andt", "fte": 0.25, "funded_by": "fohm", "shared_with": None},
        {"role": "brott", "fte": 0.8, "funded_by": "kommun", "shared_with": "2417"},
        {"role": "annan", "fte": 0.2, "funded_by": None, "shared_with": None},
    ]
    assert (
        at.success[0].value == "Utkastet är sparat. Det finns kvar när du kommer tillbaka, också från en annan dator."
    )
    # the browser closed; a new session on the same ledger
    again = choose(app("pages/rapportera.py", REPORTER), year=2025)
    assert again.info[0].value == (
        f"**Utkast**, senast sparat {form.local_time(saved.created_at)}. Rapporten för Malå 2025 är inte inskickad än."
    )
    assert rows(again, "posts") == [
        ("andt", 0.25, "fohm", None),
        ("brott", 0.8, "kommun", "2417"),
        ("annan", 0.2, None, None),
    ]


def test_a_submitted_report_waits_for_the_county_board(app, ws):
    at = choose(app("pages/rapportera.py", REPORTER), year=2025)
    ok(button(at, "Skicka in").click().run())
    report = submissions.current(ws, "2418", 2025)
    assert report.status == "submitted" and report.content["posts"][1]["fte"] == 0.5
    assert at.success[0].value == "Rapporten är inskickad. Länsstyrelsen granskar den."
    assert at.info[0].value.startswith(f"**Inskickad** {form.local_time(report.created_at)}. Länsstyrelsen granskar")
    assert [b.label for b in at.button if b.label in ("Spara utkast", "Skicka in", "Godkänn")] == []
    assert all(radio.disabled for radio in at.radio)


# --- Rapportera: the county board ---------------------------------------------------------------------------


def test_the_county_board_returns_a_report_and_the_reporter_sees_the_comment(app, ws):
    assert submissions.submit(ws, MALA, "2418", 2024, REPORT_2024).ok
    at = app("pages/rapportera.py", ADMIN)
    municipality = at.selectbox(key="rapport_kommun")
    assert municipality.options == VASTERBOTTEN and municipality.value == "2403"  # Bjurholm, first by name
    choose(at, "2418", 2024)
    assert at.info[0].value.startswith("**Inskickad** ") and "Granska rapporten för Malå 2024" in at.info[0].value
    ok(button(at, "Skicka tillbaka").click().run())  # without a comment: refused
    assert "skriv varför rapporten skickas tillbaka" in [text.value for text in at.text]
    assert submissions.current(ws, "2418", 2024).status == "submitted"
    comment = "Stämmer finansieringen? <img src=x onerror=alert(1)> [länk](https://evil.example)"
    at.text_area[0].set_value(comment).run()
    ok(button(at, "Skicka tillbaka").click().run())
    assert at.success[0].value == "Rapporten är skickad tillbaka till kommunen med kommentaren."
    returned = submissions.current(ws, "2418", 2024)
    assert (returned.status, returned.comment) == ("returned", comment)
    reporter = choose(app("pages/rapportera.py", REPORTER), year=2024)
    assert reporter.warning[0].value == (
        f"**Återsänd** av länsstyrelsen {form.local_time(returned.created_at)}. Ändra rapporten för Malå 2024 "
        "efter kommentaren och skicka in den igen."
    )
    assert [text.value for text in reporter.text] == [comment]  # as plain text, never as Markdown
    assert comment not in [m.value for m in reporter.markdown]
    assert rows(reporter, "posts") == [("brott", 0.8, "kommun", None), ("andt", 0.1, "fohm", None)]
    (history,) = [
        table for element in reporter.get_by_key("rapport_historik").html for table in read_tables(element.value)
    ]
    assert [[row[history["columns"].index(c)] for c in ("status", "author", "comment")] for row in history["rows"]] == [
        ["Återsänd", ADMIN, comment],
        ["Inskickad", REPORTER, "–"],
    ]


def test_the_county_board_compares_with_last_year_and_accepts(app, ws, fixture_warehouse):
    assert submissions.submit(ws, MALA, "2418", 2024, REPORT_2024).ok
    before = app("pages/oversikt.py", ADMIN, lan="24")
    assert before.metric[0].label == "Samordnare (årsarbetare)"
    assert before.metric[0].value == "0,75"  # Malå 0.5 + 0.25, Norsjö 0 (Sorsele's post is of 2023)
    at = choose(app("pages/rapportera.py", ADMIN), "2418", 2024)
    # last year is 2023, when Malå reported nothing: nothing to compare with (not 0 FTE)
    assert compared(at, "posts") == [
        ["brottsförebyggande samordnare", "–", "0,8"],
        ["ANDT-samordnare", "–", "0,1"],
        ["Totalt", "–", "0,9"],
    ]
    assert compared(at, "funding") == [
        ["Kommunens egen budget – Brottsförebyggande", "–", "250\u00a0000"],
        ["Totalt", "0", "250\u00a0000"],
    ]
    assert compared(at, "law") == [
        ["Samordnande funktion", "Ej besvarat", "Ja"],
        ["Lägesbild", "Ej besvarat", "Ja"],
        ["Åtgärdsplan", "Ej besvarat", "Nej"],
    ]
    assert compared(at, "attendance") == [["Inspirationsdag för mindre kommuner", "4", "5"]]
    ok(button(at, "Godkänn").click().run())
    assert at.success[0].value == "Rapporten är godkänd och finns nu i panelen (post 1 i liggaren)."
    accepted = submissions.current(ws, "2418", 2024)
    assert (accepted.status, accepted.batch_id) == ("accepted", 1)
    con = duckdb.connect(str(fixture_warehouse), read_only=True)
    try:
        assert con.execute(
            "select fte_brott, fte_andt, fte_total, participants from marts.municipality_year "
            "where municipality_code = '2418' and year = 2024"
        ).fetchall() == [(0.8, 0.1, 0.9, 5)]
    finally:
        con.close()
    after = app("pages/oversikt.py", ADMIN, lan="24")
    assert after.metric[0].value == "0,90"  # Malå 0.8 + 0.1, Norsjö 0
    reporter = choose(app("pages/rapportera.py", REPORTER), year=2024)
    status = f"**Godkänd** {form.local_time(accepted.created_at)}: uppgifterna för Malå 2024 finns i panelen."
    assert reporter.success[0].value.startswith(status)


# --- Inrapportering -------------------------------------------------------------------------------------------


def test_inrapportering_lists_every_municipality_with_its_status(app, ws):
    assert submissions.submit(ws, MALA, "2418", 2024, REPORT_2024).ok
    assert submissions.accept(ws, ADMIN_24, "2418", 2024, {"2418": "Malå"}).ok
    assert submissions.save_draft(ws, ADMIN_24, "2417", 2024, {"posts": [{"role": "brott", "fte": 1}]}).ok
    assert submissions.submit(ws, ADMIN_24, "2422", 2024, {**REPORT_2024, "attendance": []}).ok
    at = app("pages/inrapportering.py", ADMIN)
    assert at.title[0].value == "Inrapportering"
    assert at.selectbox(key="inrapportering_ar").value == 2024
    assert not [s for s in at.selectbox if s.key == "inrapportering_lan"]  # one county: no choice
    assert (at.metric[0].label, at.metric[0].value) == ("Godkända rapporter 2024", "1 av 15")
    assert at.progress[0].text == "1 av 15 kommuner har rapporterat 2024"
    assert at.progress[0].value == 6  # per cent: 1/15, as Streamlit rounds it down
    assert "Inskickade som väntar på granskning: 1" in [c.value for c in at.caption]
    table = drawn_table(at, "reporting_status")
    assert list(table["municipality_name"]) == VASTERBOTTEN
    rows_by_name = table.set_index("municipality_name")
    history = {code: submissions.current(ws, code, 2024).created_at for code in ("2418", "2417", "2422")}
    accepted_at = form.local_time(history["2418"])
    assert rows_by_name.loc["Malå"].tolist() == ["Godkänd", accepted_at, accepted_at, ""]
    assert rows_by_name.loc["Norsjö"].tolist() == [
        "Utkast",
        form.local_time(history["2417"]),
        "",
        "Finansiering, Lag (2023:196), Regionala träffar",
    ]
    assert rows_by_name.loc["Sorsele"].tolist() == [
        "Inskickad",
        form.local_time(history["2422"]),
        "",
        "Regionala träffar",
    ]
    assert rows_by_name.loc["Bjurholm"].fillna("").tolist() == [
        "Inte påbörjad",
        "",
        "",
        "Samordnartjänster, Finansiering, Lag (2023:196), Regionala träffar",
    ]
    assert [b.label for b in at.get("download_button")] == ["CSV", "Excel"]  # the list for reminders
    # the report waiting for review is the one offered; the button opens it in Rapportera
    assert at.selectbox(key="inrapportering_oppna").value == "2422"
    ok(button(at, "Öppna rapporten").click().run())
    assert at.title[0].value == "Rapportera"
    assert (at.selectbox(key="rapport_kommun").value, at.selectbox(key="rapport_ar").value) == ("2422", 2024)
    assert "Granska rapporten för Sorsele 2024" in at.info[0].value


def test_inrapportering_in_english_and_for_another_year(app):
    at = app("pages/inrapportering.py", ADMIN, lang="en")
    at.selectbox(key="inrapportering_ar").set_value(2025).run()
    ok(at)
    assert at.progress[0].text == "0 of 15 municipalities have reported 2025"
    assert set(drawn_table(at, "reporting_status")["status"]) == {"Not started"}


def test_an_admin_of_two_counties_chooses_one(app):
    at = app("pages/inrapportering.py", ADMIN_BOTH)
    county = at.selectbox(key="inrapportering_lan")
    assert county.options == ["Västerbottens län", "Norrbottens län"] and county.value == "24"
    county.set_value("25").run()
    ok(at)
    assert at.progress[0].text == "0 av 14 kommuner har rapporterat 2024"
    status = drawn_table(at, "reporting_status")
    assert len(status) == 14 and "Arvidsjaur" in set(status["municipality_name"])


def test_rapportera_in_english(app):
    at = choose(app("pages/rapportera.py", REPORTER, lang="en"), year=2025)
    assert at.title[0].value == "Report"
    assert at.info[0].value.startswith("**Not started.** The report of Malå for 2025 is not started.")
    edit(at, "posts", edited={0: {"fte": 21.0}})
    assert problems(at, "posts") == [("1", "FTE", '"21" FTE is absurd (at most 20)')]


# --- the form's shaping, without Streamlit ------------------------------------------------------------------


def test_the_form_gives_back_the_content_it_was_given(fixture_warehouse):
    from prevcap.queries.reports import events_of_year

    con = duckdb.connect(str(fixture_warehouse), read_only=True)
    try:
        events = events_of_year(con, 2024)
    finally:
        con.close()
    # the form asks the regional events, not Råd för framtiden (a total of more than 1 000, never split)
    assert list(events["event_id"]) == ["2024-10-17-inspirationsdag"]
    law = form.law_answers(REPORT_2024)
    assert law["coordinating_function"] == form.LawAnswer("yes", dt.date(2023, 9, 1), "https://www.mala.se/trygghet")
    assert law["atgardsplan"] == form.LawAnswer("no", None, "")
    given = form.content_from_form(
        form.posts_frame(REPORT_2024), form.funding_frame(REPORT_2024), law, form.attendance_frame(REPORT_2024, events)
    )
    assert given["posts"] == REPORT_2024["posts"] and given["funding"] == REPORT_2024["funding"]
    assert given["attendance"] == REPORT_2024["attendance"]
    assert {key: value for key, value in given["law"].items() if value is not None} == REPORT_2024["law"]
    # a row added and left empty is no row; "  " is no value
    posts = form.posts_frame(REPORT_2024)
    posts.loc[2] = [None, None, "  ", None]
    assert len(form.content_from_form(posts, posts.iloc[:0], law, events.iloc[:0])["posts"]) == 2


def test_problems_are_numbered_and_named_as_the_form_shows_them(fixture_warehouse):
    from core.config import scope

    content = {
        **REPORT_2024,
        "posts": [
            {"role": "brott", "fte": 0.5},
            {"role": "brott", "fte": 0.2},
            {"role": "andt", "fte": 0.1, "shared_with": "2418"},
        ],
        "law": {"lagesbild": True, "lagesbild_link": "www.mala.se"},
    }
    con = duckdb.connect(str(fixture_warehouse), read_only=True)
    try:
        _, found = submissions.check(con, content, "2418", 2024, scope())
    finally:
        con.close()
    by_part = form.form_problems(found)
    assert [(p.row, p.field_label("sv"), p.text("sv")) for p in by_part["posts"]] == [
        (2, "", "raden har samma nyckel (Roll) som rad 1"),
        (3, "Delad med", "en tjänst kan inte delas med den egna kommunen"),
    ]
    assert [(p.row, p.field_label("sv"), p.text("sv")) for p in by_part["law"]] == [
        (None, "Lägesbild: länk", '"www.mala.se" är ingen webbadress (skriv https://…)')
    ]
    assert by_part["funding"] == by_part["attendance"] == []


def test_the_years_a_report_can_be_for():
    assert form.report_years(range(2016, 2025), dt.date(2026, 3, 1), 2026) == list(range(2026, 2015, -1))
    assert form.report_years(range(2016, 2025), dt.date(2026, 3, 1), 2025)[:2] == [2025, 2024]  # within last_year
    assert form.report_years(range(2016, 2025), dt.date(2024, 3, 1), 2026)[0] == 2024
