"""The Inläsning page with AppTest: who may use it, a refused file's problems, a preview that writes
nothing, Bekräfta that writes one batch by the signed-in admin, the county's batches, and an undo."""

from __future__ import annotations

import duckdb
import pytest
from streamlit.testing.v1 import AppTest

from core.config import ROOT
from etl import ledger
from tests.drawn_tables import drawn_table

SECRETS = {
    "redirect_uri": "http://localhost:8501/oauth2callback",
    "cookie_secret": "test",
    "client_id": "prevcap",
    "client_secret": "test",
    "server_metadata_url": "http://127.0.0.1:9/.well-known/openid-configuration",
}
ACCESS = """
[[admin]]
county = "24"
emails = ["analytiker@lansstyrelsen.se"]

[[admin]]
county = "25"
emails = ["norr@lansstyrelsen.se"]

[[reporter]]
municipalities = ["2418"]
emails = ["samordnare@mala.se"]
"""


@pytest.fixture
def open_upload(fixture_warehouse, tmp_path, monkeypatch):
    monkeypatch.setenv("PREVCAP_DB", str(fixture_warehouse))
    access = tmp_path / "access.toml"
    access.write_text(ACCESS, encoding="utf-8")
    monkeypatch.setenv("PREVCAP_ACCESS", str(access))

    def open_(email: str | None, signin: bool = True) -> AppTest:
        at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60)
        if signin:
            at.secrets["auth"] = SECRETS
        at.user = {"is_logged_in": True, "email": email} if email else {"is_logged_in": False}
        at.run()
        at.switch_page("pages/inlasning.py").run()
        assert not at.exception, [e.value for e in at.exception]
        return at

    return open_


def upload(at: AppTest, name: str, text: str) -> AppTest:
    at.file_uploader[0].set_value((name, text.encode("utf-8"), "text/csv")).run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def batches(tmp_path):
    with ledger.open_ledger(tmp_path / "ledger.duckdb") as con:
        return ledger.entries(con)


def test_without_sign_in_configured_the_page_says_how(open_upload):
    at = open_upload(None, signin=False)
    assert "Inloggning är inte inställd" in at.info[0].value and not at.file_uploader


def test_a_reporter_or_a_viewer_has_no_upload_page(open_upload):
    for email in ("samordnare@mala.se", "nagon@example.org", None):
        with pytest.raises(ValueError, match="Could not find a navigation page"):
            open_upload(email)


def test_a_refused_file_shows_every_problem_and_writes_nothing(open_upload, tmp_path):
    at = upload(
        open_upload("analytiker@lansstyrelsen.se"),
        "bemanning.csv",
        "Kommun;År;Roll;Årsarbetare\nMalå;2025;brott;25\nGotham;2025;brott;1\n",
    )
    assert at.error[0].value.startswith("bemanning.csv: 2 problem. Ingenting lästes in")
    problems = drawn_table(at, "upload_problems")
    assert list(zip(problems["row"], problems["column"], problems["value"])) == [
        ("2", "Årsarbetare", "25"),
        ("3", "Kommun", "Gotham"),
    ]
    assert problems["problem"].iloc[0] == '"25" årsarbetare är orimligt (högst 20)'
    assert "upload_confirm" not in [button.key for button in at.button]
    assert batches(tmp_path).empty


def test_rows_of_another_county_are_refused_by_the_server(open_upload, tmp_path):
    at = upload(
        open_upload("analytiker@lansstyrelsen.se"), "norr.csv", "Kommun;År;Roll;Årsarbetare\nArvidsjaur;2025;brott;1\n"
    )
    assert at.error[0].value.startswith("norr.csv: 1 problem.")
    assert (
        drawn_table(at, "upload_problems")["problem"].iloc[0]
        == "Arvidsjaur hör inte till de kommuner du får skriva för"
    )
    assert batches(tmp_path).empty


def test_preview_then_confirm_then_undo(open_upload, fixture_warehouse, tmp_path):
    at = upload(
        open_upload("analytiker@lansstyrelsen.se"),
        "bemanning 2024.csv",
        "Kommun;År;Roll;Årsarbetare\nMalå;2024;brott;1,5\nSorsele;2024;brott;0,5\n",
    )
    # the fixture has Malå 2024 brott 0.5: replaced; Sorsele 2024 has none: new
    assert at.success[0].value.startswith(
        "bemanning_2024.csv är kontrollerad: 2 rader Bemanning (1 nya, 1 ersätter andra, 0 oförändrade)"
    )
    per_municipality = drawn_table(at, "upload_per_municipality")
    assert per_municipality.to_dict("records") == [
        {"municipality": "Malå", "new": "0", "replaced": "1", "unchanged": "0"},
        {"municipality": "Sorsele", "new": "1", "replaced": "0", "unchanged": "0"},
    ]
    replaced = drawn_table(at, "upload_replaced")
    assert replaced.to_dict("records")[0] == {
        "key": "Malå, 2024, brottsförebyggande samordnare",
        "column": "Årsarbetare",
        "old": "0,5",
        "new": "1,5",
        "old_origin": "Exempeldata",
    }
    # the partner by its name, under its Swedish header
    assert {
        "key": "Malå, 2024, brottsförebyggande samordnare",
        "column": "Delad med",
        "old": "Norsjö",
        "new": "",
        "old_origin": "Exempeldata",
    } in (replaced.to_dict("records"))
    assert batches(tmp_path).empty  # the preview wrote nothing
    at.button(key="upload_confirm").click().run()
    assert not at.exception
    assert at.success[0].value == "bemanning_2024.csv är inläst som sats 1 (2 rader). Sidorna visar de nya siffrorna."
    entry = batches(tmp_path).iloc[0]
    assert (entry.author, entry.channel, entry.file_name) == (
        "analytiker@lansstyrelsen.se",
        "upload",
        "bemanning_2024.csv",
    )
    con = duckdb.connect(str(fixture_warehouse), read_only=True)
    assert con.execute(
        "select fte_total from marts.municipality_year where municipality_code = '2418' and year = 2024"
    ).fetchall() == [(1.5,)]  # the example's andt 0.25 stepped aside
    con.close()
    history = drawn_table(at, "upload_history")
    assert list(history["author"]) == ["analytiker@lansstyrelsen.se"] and list(history["status"]) == ["Gäller"]
    at.button(key="history_revert").click().run()
    assert at.warning[0].value.startswith("Ångra 1?")
    at.button(key="history_revert_yes").click().run()
    assert at.success[0].value == "1 är ångrad (post 2 i liggaren)."
    assert list(batches(tmp_path)["status"]) == ["reverted", "active"]


def test_the_other_county_does_not_see_the_batch(open_upload, tmp_path):
    at = upload(open_upload("analytiker@lansstyrelsen.se"), "b.csv", "Kommun;År;Roll;Årsarbetare\nMalå;2025;andt;1\n")
    at.button(key="upload_confirm").click().run()
    other = open_upload("norr@lansstyrelsen.se")
    assert "Inga satser för länets kommuner ännu." in [c.value for c in other.caption]


def test_brås_file_is_recognised_previewed_and_loaded(open_upload, fixture_warehouse, tmp_path):
    """Brå's CSV as published (BOM, CRLF, non-breaking spaces) through the browser: recognised from its header,
    the municipalities outside the counties left out, confirmed as one batch."""
    from pathlib import Path

    raw = (Path(__file__).parent / "fixtures" / "bra" / "Anmälda brott i kommunerna 2024.csv").read_bytes()
    at = open_upload("analytiker@lansstyrelsen.se")
    at.file_uploader[0].set_value(("Anmälda brott i kommunerna 2024.csv", raw, "text/csv")).run()
    assert not at.exception, [e.value for e in at.exception]
    # Umeå, Skellefteå, Arjeplog, Luleå, Malå: in the counties (Kramfors is not)
    assert at.success[0].value.startswith("Anmälda_brott_i_kommunerna_2024.csv är kontrollerad: 5 rader Anmälda brott")
    at.button(key="upload_confirm").click().run()
    assert not at.exception
    con = duckdb.connect(str(fixture_warehouse), read_only=True)
    try:
        assert con.execute("select count(*), sum(reported_crimes) from staging.crime").fetchall() == [
            (5, 12345 + 6789 + 214 + 8001 + 150)
        ]
    finally:
        con.close()


def test_hidden_rows_of_an_uploaded_workbook_are_named_in_the_preview(open_upload, tmp_path):
    import io

    import openpyxl

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    for record in [["Kommun", "År", "Roll", "Årsarbetare"], ["Malå", 2024, "brott", 1], ["Sorsele", 2024, "andt", 0.5]]:
        sheet.append(record)
    sheet.row_dimensions[3].hidden = True
    buffer = io.BytesIO()
    workbook.save(buffer)
    at = open_upload("analytiker@lansstyrelsen.se")
    mime = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    at.file_uploader[0].set_value(("bemanning.xlsx", buffer.getvalue(), mime)).run()
    assert not at.exception, [e.value for e in at.exception]
    assert "bemanning.xlsx: rad 3 är dold i Excel men läses in ändå; kontrollera att den ska vara med" in [
        w.value for w in at.warning
    ]
