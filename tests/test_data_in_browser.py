"""Data in through the browser, signed in through the real flow (tests/oidc.py): an admin's file read in on
Inläsning, previewed, confirmed and undone; a reporter's yearly report on Rapportera, accepted by the county
board from Inrapportering; and what each role is offered. Every figure is computed by hand from the
fixture (tests/conftest.py FIXTURE_FILES): staffing 2024 is Malå brott 0.5 + andt 0.25, Norsjö 0 and
Arvidsjaur 0.4, so Översikt (both counties, 2024) starts at 1,15 FTE.

The tests that write get a server and a ledger of their own (`own_server_url`), so that batch and entry
numbers and every figure are the same whatever order the tests run in; those that only look share the
module's `signin_server_url`."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from tests.conftest import FIXTURE_FILES, wait_for_app, write_files
from tests.oidc import ADMIN_24, ADMIN_25, REPORTER_MALA, login, logout, serve_with_login, signed_in_caption

TIMEOUT_MS = 30000
# a choice's button: Streamlit's "Open", renamed in Swedish by the page's script (prevcap/ui/streamlit_texts.py)
OPEN_LIST = re.compile(r"^(Open|Visa alternativen)$")
# Norrbotten's 14 municipalities in a Swedish reader's order (å, ä, ö after z)
NORRBOTTEN = [
    "Arjeplog", "Arvidsjaur", "Boden", "Gällivare", "Haparanda", "Jokkmokk", "Kalix", "Kiruna",
    "Luleå", "Pajala", "Piteå", "Älvsbyn", "Överkalix", "Övertorneå",
]  # fmt: skip


@pytest.fixture
def own_server_url(fixture_warehouse, oidc_provider, access_file, tmp_path):
    """The dashboard with sign-in on a private copy of the fixture warehouse, an empty ledger and the
    fixture's example files (an undo rebuilds the warehouse from them)."""
    example = write_files(tmp_path / "example", FIXTURE_FILES)
    with serve_with_login(
        fixture_warehouse, tmp_path / "ledger.duckdb", oidc_provider, access_file, example_dir=example
    ) as url:
        yield url


# --- what the page shows ------------------------------------------------------------------------------


def main(page):
    return page.locator("[data-testid='stMain']")


def heading(page):
    return main(page).locator("h1").first


def open_page(page, title: str, url_path: str, heading_text: str | None = None) -> None:
    """The sidebar's link to a page, clicked, and the page run to its end."""
    page.locator("[data-testid='stSidebarNavLink']", has_text=title).click()
    page.wait_for_url(f"**/{url_path}**", timeout=TIMEOUT_MS)
    expect(heading(page)).to_have_text(heading_text or title, timeout=TIMEOUT_MS)
    wait_for_app(page)


def idle(page) -> None:
    """Until no script run is under way."""
    page.wait_for_function("() => !document.querySelector('[data-testid=\"stStatusWidget\"]')", timeout=TIMEOUT_MS)


def key_figure(page, label: str):
    """The value of Översikt's key figure `label`."""
    card = main(page).locator("[data-testid='stMetric']", has_text=label).first
    return card.locator("[data-testid='stMetricValue']")


def fte_figure(page):
    return key_figure(page, "Samordnare (årsarbetare)")


def grid(page, header: str):
    """The table with a column headed `header`: an HTML table (prevcap/tables/html.py), or the grid of
    st.dataframe or st.data_editor, which draws on a canvas; its cells are also in an accessible table in
    the page, the rows in view only."""
    tables = main(page).locator("[data-testid='stDataFrame'], .pc-table")
    return tables.filter(has=page.locator("th", has_text=header)).first


def grid_rows(table, count: int) -> list[list[str]]:
    """The table's rows, once it has `count` (the header one of them), as the cells' shown texts (without the
    words an HTML table hides for a screen reader)."""
    expect(table.locator("tr")).to_have_count(count, timeout=TIMEOUT_MS)
    return table.locator("tr").evaluate_all(
        "rows => rows.map(row => Array.from(row.children).map(cell => {"
        " const shown = cell.cloneNode(true); shown.querySelectorAll('.pc-sr').forEach(h => h.remove());"
        " return cell.querySelector('.pc-sr') ? shown.textContent.trim() : cell.innerText; }))"
    )


def grid_cell(table, row: str, column: int):
    """The cell in the `column`-th column (0: the first) of the row whose first column reads `row`."""
    return table.locator(f"tr:has(> td:first-child:text-is('{row}')) > td:nth-child({column + 1})")


def overview_fte(page, municipality: str):
    """Översikt's table: the municipality's FTE ("Samordnare, årsarbetare", in Swedish: a decimal comma)."""
    return grid_cell(grid(page, "Samordnare, årsarbetare"), municipality, 4)


def combobox(page, key: str):
    return main(page).locator(f".st-key-{key}").get_by_role("combobox")


def options(page, key: str) -> list[str]:
    """The options the selectbox `key` offers, opened as a user opens it (then closed again)."""
    main(page).locator(f".st-key-{key}").get_by_role("button", name=OPEN_LIST).click()
    listbox = page.get_by_role("listbox")
    expect(listbox).to_be_visible(timeout=TIMEOUT_MS)
    offered = listbox.get_by_role("option").all_inner_texts()
    page.keyboard.press("Escape")
    expect(listbox).to_be_hidden(timeout=TIMEOUT_MS)
    return offered


def type_into_cell(page, table, row: int, column: int, text: str) -> None:
    """Types `text` into a cell of an editor, as a user does with the keyboard: the row's first column
    clicked (right of the row markers; `row` 0 the first under the header), the arrow key `column` times
    to the right, Enter opens the cell's editor, the text replaces what it held, Enter keeps it. Each
    step waits for the grid to show the one before (the grid answers keys asynchronously)."""
    box = table.locator("canvas").first.bounding_box()
    row_height = 35  # Streamlit's grid: the header and every row
    page.mouse.click(box["x"] + 100, box["y"] + row_height * (row + 1) + row_height / 2)
    cells = table.locator("tr").nth(row + 1).locator("td")
    expect(cells.nth(0)).to_have_attribute("aria-selected", "true", timeout=TIMEOUT_MS)
    for _ in range(column):
        page.keyboard.press("ArrowRight")
    expect(cells.nth(column)).to_have_attribute("aria-selected", "true", timeout=TIMEOUT_MS)
    page.keyboard.press("Enter")
    editor = page.locator("input.gdg-input")
    expect(editor).to_be_focused(timeout=TIMEOUT_MS)
    page.keyboard.press("ControlOrMeta+A")
    page.keyboard.type(text)
    expect(editor).to_have_value(text, timeout=TIMEOUT_MS)
    page.keyboard.press("Enter")
    expect(editor).to_have_count(0, timeout=TIMEOUT_MS)


# --- 1. an admin's file: preview, Bekräfta, Översikt, Ångra -------------------------------------------------


@pytest.mark.browser
def test_an_admin_uploads_confirms_sees_the_figure_and_undoes(own_server_url, page, tmp_path):
    login(page, own_server_url, ADMIN_24)
    # both counties, 2024: 0.5 + 0.25 (Malå) + 0 (Norsjö) + 0.4 (Arvidsjaur)
    expect(fte_figure(page)).to_have_text("1,15", timeout=TIMEOUT_MS)
    expect(overview_fte(page, "Malå")).to_have_text("0,75", timeout=TIMEOUT_MS)

    open_page(page, "Inläsning", "inlasning")
    staffing = tmp_path / "bemanning.csv"
    staffing.write_text("Kommun;År;Roll;Årsarbetare\nMalå;2024;brott;1,5\n", encoding="utf-8")
    main(page).locator("[data-testid='stFileUploaderDropzoneInput']").set_input_files(str(staffing))
    # Malå 2024 brott has 0.5 in the example data: one row replaced, none new, none unchanged
    expect(main(page).get_by_text("bemanning.csv är kontrollerad: ")).to_have_text(
        "bemanning.csv är kontrollerad: 1 rader Bemanning (0 nya, 1 ersätter andra, 0 oförändrade). "
        "Ingenting är sparat ännu.",
        timeout=TIMEOUT_MS,
    )
    # the example's andt row of Malå 2024 steps aside for the file
    expect(main(page).get_by_text("1 exempelrader för samma kommun och år används inte längre.")).to_be_visible()
    assert grid_rows(grid(page, "Oförändrade"), 2) == [
        ["Kommun", "Nya", "Ersätter", "Oförändrade"],
        ["Malå", "0", "1", "0"],
    ]
    # old → new: the file's FTE replaces the example's; the file has no payer and no partner
    assert grid_rows(grid(page, "Efter inläsningen"), 4) == [
        ["Rad (nyckel)", "Kolumn", "Nu", "Efter inläsningen", "Nuvarande värdes ursprung"],
        ["Malå, 2024, brottsförebyggande samordnare", "Årsarbetare", "0,5", "1,5", "Exempeldata"],
        ["Malå, 2024, brottsförebyggande samordnare", "Finansiär", "Kommunens egen budget", "", "Exempeldata"],
        ["Malå, 2024, brottsförebyggande samordnare", "Delad med", "Norsjö", "", "Exempeldata"],
    ]
    expect(main(page).get_by_text("Inga satser för länets kommuner ännu.")).to_be_visible()  # nothing written yet

    main(page).get_by_role("button", name="Bekräfta").click()
    expect(main(page).get_by_text("bemanning.csv är inläst som sats 1 (1 rader).")).to_be_visible(timeout=TIMEOUT_MS)
    expect(main(page).get_by_role("button", name="Bekräfta")).to_have_count(0)  # a new, empty uploader
    history = grid(page, "Vem")
    expect(grid_cell(history, "1", 3)).to_have_text(ADMIN_24, timeout=TIMEOUT_MS)
    expect(history.locator("td", has_text="Gäller")).to_have_count(1)

    open_page(page, "Översikt", "oversikt")
    # Malå 1.5 (its example rows of 2024 stepped aside) + Norsjö 0 + Arvidsjaur 0.4
    expect(fte_figure(page)).to_have_text("1,90", timeout=TIMEOUT_MS)
    expect(overview_fte(page, "Malå")).to_have_text("1,5", timeout=TIMEOUT_MS)

    open_page(page, "Inläsning", "inlasning")
    main(page).get_by_role("button", name="Ångra sats 1").click()
    expect(main(page).get_by_text(re.compile(r"^Ångra 1\? Satsens rader används inte längre"))).to_be_visible(
        timeout=TIMEOUT_MS
    )
    main(page).get_by_role("button", name="Ja, ångra").click()
    expect(main(page).get_by_text("1 är ångrad (post 2 i liggaren).")).to_be_visible(timeout=TIMEOUT_MS)
    # the revert is an entry of its own; the batch it reverts is no longer in force
    expect(grid_cell(grid(page, "Vem"), "2", 1)).to_have_text("Ångrar sats 1", timeout=TIMEOUT_MS)

    open_page(page, "Översikt", "oversikt")
    expect(fte_figure(page)).to_have_text("1,15", timeout=TIMEOUT_MS)
    expect(overview_fte(page, "Malå")).to_have_text("0,75", timeout=TIMEOUT_MS)


# --- 2. a reporter's report, accepted by the county board ---------------------------------------------------


@pytest.mark.browser
def test_a_report_is_submitted_accepted_and_shows_on_oversikt(own_server_url, page):
    login(page, own_server_url, REPORTER_MALA)
    expect(fte_figure(page)).to_have_text("1,15", timeout=TIMEOUT_MS)
    open_page(page, "Rapportera", "rapportera")
    expect(combobox(page, "rapport_kommun")).to_have_value("Malå")
    expect(combobox(page, "rapport_ar")).to_have_value("2024")
    expect(main(page).get_by_text("Rapporten för Malå 2024 är inte påbörjad.", exact=False)).to_be_visible()
    posts = grid(page, "Finansieras av")
    # 2024 starts from 2023's answers: Malå reported nothing then, so its two posts at 0
    assert grid_rows(posts, 3) == [
        ["Roll", "Årsarbetare", "Finansieras av", "Delad med"],
        ["brott", "0", "", ""],
        ["andt", "0", "", ""],
    ]
    # the brott post becomes 0,8 FTE (typed as a Swedish reader writes it)
    type_into_cell(page, posts, 0, 1, "0,8")
    expect(grid_cell(posts, "brott", 1)).to_have_text("0.8", timeout=TIMEOUT_MS)
    idle(page)
    send = main(page).get_by_role("button", name="Skicka in")
    expect(send).to_be_enabled(timeout=TIMEOUT_MS)
    send.click()
    expect(main(page).get_by_text("Rapporten är inskickad. Länsstyrelsen granskar den.")).to_be_visible(
        timeout=TIMEOUT_MS
    )
    expect(main(page).get_by_role("button", name="Skicka in")).to_have_count(0)  # no longer editable
    expect(grid_cell(grid(page, "Finansieras av"), "brott", 1)).to_have_text("0.8")
    logout(page)

    login(page, own_server_url, ADMIN_24)
    expect(fte_figure(page)).to_have_text("1,15", timeout=TIMEOUT_MS)  # submitted is not yet accepted
    open_page(page, "Inrapportering", "inrapportering")
    expect(key_figure(page, "Godkända rapporter 2024")).to_have_text("0 av 15", timeout=TIMEOUT_MS)
    expect(main(page).get_by_text("Inskickade som väntar på granskning: 1")).to_be_visible()
    expect(grid_cell(grid(page, "Status"), "Malå", 1)).to_have_text("Inskickad", timeout=TIMEOUT_MS)
    expect(combobox(page, "inrapportering_oppna")).to_have_value("Malå")  # the first waiting for review
    main(page).get_by_role("button", name="Öppna rapporten").click()
    page.wait_for_url("**/rapportera**", timeout=TIMEOUT_MS)
    expect(main(page).get_by_text("Granska rapporten för Malå 2024", exact=False)).to_be_visible(timeout=TIMEOUT_MS)
    idle(page)
    main(page).get_by_role("button", name="Godkänn").click()
    expect(main(page).get_by_text("Rapporten är godkänd och finns nu i panelen (post 1 i liggaren).")).to_be_visible(
        timeout=TIMEOUT_MS
    )

    open_page(page, "Översikt", "oversikt")
    # Malå 0.8 + 0 (the report's posts replace the example's) + Norsjö 0 + Arvidsjaur 0.4
    expect(fte_figure(page)).to_have_text("1,20", timeout=TIMEOUT_MS)
    expect(overview_fte(page, "Malå")).to_have_text("0,8", timeout=TIMEOUT_MS)
    open_page(page, "Inrapportering", "inrapportering")
    expect(key_figure(page, "Godkända rapporter 2024")).to_have_text("1 av 15", timeout=TIMEOUT_MS)
    expect(grid_cell(grid(page, "Status"), "Malå", 1)).to_have_text("Godkänd", timeout=TIMEOUT_MS)


# --- 3. a reporter: only Malå, and no admin page by a typed address ----------------------------------------


@pytest.mark.browser
def test_a_reporter_is_offered_only_mala_and_cannot_open_the_admin_pages(signin_server_url, page):
    login(page, signin_server_url, REPORTER_MALA)
    open_page(page, "Rapportera", "rapportera")
    municipality = combobox(page, "rapport_kommun")
    # one municipality: shown, and the choice disabled
    expect(municipality).to_have_value("Malå")
    expect(municipality).to_be_disabled()
    expect(main(page).locator(".st-key-rapport_kommun").get_by_role("button", name=OPEN_LIST)).to_be_disabled()
    for url_path, title in (("inlasning", "Inläsning"), ("inrapportering", "Inrapportering")):
        page.goto(f"{signin_server_url}/{url_path}")
        wait_for_app(page)
        expect(signed_in_caption(page, REPORTER_MALA)).to_be_visible(timeout=TIMEOUT_MS)  # still signed in
        # the navigation does not know the page for the role: Streamlit opens the default, Översikt
        expect(heading(page)).to_have_text("Översikt", timeout=TIMEOUT_MS)
        expect(heading(page)).not_to_have_text(title)
        expect(main(page).locator("[data-testid='stFileUploader']")).to_have_count(0)


# --- 4. an admin of Norrbotten: Norrbotten's municipalities only -----------------------------------------


@pytest.mark.browser
def test_an_admin_of_norrbotten_is_offered_only_norrbotten(signin_server_url, page, tmp_path):
    login(page, signin_server_url, ADMIN_25)
    open_page(page, "Rapportera", "rapportera")
    expect(combobox(page, "rapport_kommun")).to_have_value("Arjeplog")  # the first by name
    assert options(page, "rapport_kommun") == NORRBOTTEN

    open_page(page, "Inrapportering", "inrapportering")
    expect(main(page).locator(".st-key-inrapportering_lan")).to_have_count(0)  # one county: no choice
    expect(key_figure(page, "Godkända rapporter 2024")).to_have_text("0 av 14", timeout=TIMEOUT_MS)
    assert options(page, "inrapportering_oppna") == NORRBOTTEN

    # a file with a row of Västerbotten is refused whole, and nothing is written
    open_page(page, "Inläsning", "inlasning")
    staffing = tmp_path / "bemanning.csv"
    staffing.write_text("Kommun;År;Roll;Årsarbetare\nMalå;2024;brott;1\n", encoding="utf-8")
    main(page).locator("[data-testid='stFileUploaderDropzoneInput']").set_input_files(str(staffing))
    expect(main(page).get_by_text(re.compile(r"^bemanning\.csv: 1 problem\. Ingenting lästes in"))).to_be_visible(
        timeout=TIMEOUT_MS
    )
    problems = grid_rows(grid(page, "Vad är fel"), 2)
    assert problems[0] == ["Rad", "Kolumn", "Värde", "Vad är fel"]
    assert [(row[0], row[3]) for row in problems[1:]] == [("2", "Malå hör inte till de kommuner du får skriva för")]
    expect(main(page).get_by_role("button", name="Bekräfta")).to_have_count(0)
