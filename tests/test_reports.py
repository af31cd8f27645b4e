"""The report: the selection from what a user types, the sections built from the fixture warehouse,
the PDF and DOCX read back (pypdf, python-docx), and the command line's exit status and messages.

One report is drawn with the real Chromium (module fixture); the writers are also tested with
stand-in pictures, which needs no Chromium."""

from __future__ import annotations

import io
import os
import re
import subprocess
import sys
from datetime import datetime

import docx
import duckdb
import pypdf
import pytest

from core.config import ROOT
from core.fmt import cell as format_cell
from prevcap import export
from prevcap.content.model import Table
from prevcap.content.source import Direct
from prevcap.queries import meta as meta_queries
from prevcap.sources import source_line
from reports import build
from reports.markdown import Run, blocks
from reports.model import Report, image_key, png_size, table_text
from reports.selection import ReportError, link_params, report_view

needs_chromium = pytest.mark.skipif(
    export.find_chromium() is None, reason="no Chromium (sudo apt-get install chromium)"
)

SECTION_TITLES_SV = [
    "Inställningar",
    "Översikt",
    "Kapacitet och kapacitetsbrist",
    "Samverkan",
    "Evenemang",
    "Finansiering",
    "Metod och källor",
    "Källor och datum",
]


@pytest.fixture(scope="module")
def con(fixture_warehouse_master):
    connection = duckdb.connect(str(fixture_warehouse_master), read_only=True)
    yield connection
    connection.close()


def words(text: str) -> str:
    """Extracted PDF text with every kind of space and line break as one space."""
    return re.sub(r"\s+", " ", text.replace("\u00a0", " ").replace("\u202f", " "))


def fake_png(width: int = 1600, height: int = 1000) -> bytes:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (width, height), (40, 90, 160)).save(buffer, "PNG")
    return buffer.getvalue()


def report_filters(con, counties=None, year=None, lang="sv", params=None):
    return report_view(Direct(con), counties, year, lang, params)


def stand_in_report(con, lang: str = "sv") -> Report:
    """The fixture's report with every chart a plain 1600×1000 picture: the writers without Chromium."""
    view = report_filters(con, ["24"], 2024, lang)
    sections = build.build_sections(Direct(con), view)
    images = {image_key(section, chart): fake_png() for section in sections for chart in section.charts()}
    from prevcap.sources import example_notice

    return Report(
        view,
        sections,
        images,
        source_line(meta_queries.datasets(con), lang),
        datetime(2025, 3, 14, 9, 30),
        "warehouse.duckdb",
        example_notice=example_notice(meta_queries.datasets(con), lang),
    )


# --- the selection --------------------------------------------------------------------------------


def test_counties_by_code_name_or_all(con):
    assert report_filters(con, ["24"], 2024).county_codes == ("24",)
    assert report_filters(con, ["Västerbotten"], 2024).county_label() == "Västerbottens län"
    assert report_filters(con, ["norrbottens län", "24"], 2024).county_codes == ("24", "25")
    both = report_filters(con, ["all"], 2024)
    assert both.county_codes == ("24", "25") and both.county_label() == "Båda länen"
    assert report_filters(con, None, 2024, "en").county_label() == "Both counties"


def test_default_year_is_the_latest_reported_and_previous_year_follows(con):
    filters = report_filters(con, ["24"])
    assert (filters.year, filters.previous_year) == (2024, 2023)  # staffing in the fixture ends in 2024


@pytest.mark.parametrize(
    ("counties", "year", "key", "swedish", "english"),
    [
        (
            ["99"],
            2024,
            "export.cli.unknown_county",
            "Okänt län: 99. Län i lagret: 24 (Västerbottens län), 25",
            "Unknown county: 99.",
        ),
        (["Skåne"], 2024, "export.cli.unknown_county", "Okänt län: Skåne.", "Unknown county: Skåne."),
        (
            ["24"],
            2031,
            "export.cli.no_data_year",
            "Det finns inga uppgifter för år 2031. År med uppgifter:",
            "There are no figures for the year 2031.",
        ),
    ],
)
def test_a_selection_without_a_report_says_why(con, counties, year, key, swedish, english):
    with pytest.raises(ReportError) as raised:
        report_filters(con, counties, year)
    assert raised.value.message_key == key
    assert raised.value.message("sv").startswith(swedish) and str(raised.value) == raised.value.message("sv")
    assert raised.value.message("en").startswith(english)


# --- the sections -----------------------------------------------------------------------------------


def test_sections_follow_the_pages_and_the_selection(con):
    sections = build.build_sections(Direct(con), report_filters(con, ["24"], 2024))
    assert [section.title for section in sections] == SECTION_TITLES_SV
    settings = dict(sections[0].tables()[0].frame.itertuples(index=False, name=None))
    assert settings["Behovsnorm"] == "1,00 åa + 0,20 åa per 10 000 invånare"
    assert settings["Samverkan: Period (år)"] == "2022–2024" and settings["Evenemang: Period (år)"] == "2016–2024"
    overview = sections[1]
    key_figures = dict((label, (value, change)) for label, value, change in overview.items[0].rows)
    # Malå 0.5 + 0.25, Norsjö 0 in 2024; Sorsele 1.0 in 2023 (the only report of Västerbotten that year)
    assert key_figures["Samordnare (årsarbetare)"] == ("0,75", "-0,25")
    assert key_figures["Årsarbetare per 10 000 invånare"][0] == "1,08"  # 0.75 / (2962 + 3968) × 10 000
    assert key_figures["Deltagare vid regionala träffar"][0] == "7"
    assert overview.items[0].note == "2 av 15 kommuner har rapporterat"
    table = overview.tables()[0]
    assert len(table.frame) == 15 and set(table.frame["county_name"]) == {"Västerbottens län"}
    assert [chart.key for section in sections for chart in section.charts()][:4] == [
        "overview_map",
        "capacity_map",
        "capacity_bars",
        "capacity_scatter",
    ]
    assert all(section.example for section in sections[1:6])
    capacity_charts = sections[2].charts()
    assert {chart.subtitle_extra for chart in capacity_charts} == {"Behovsnorm: 1,00 åa + 0,20 åa per 10 000 inv."}
    # the map's note on paper does not tell the reader to click
    assert "Klicka" not in capacity_charts[0].printed_caption and capacity_charts[0].printed_caption.endswith(".")
    assert "Klicka" in capacity_charts[0].caption  # the page's does


def test_a_report_from_a_link_carries_every_setting_and_says_which(con):
    params = link_params(
        "http://localhost:8501/kapacitet?lan=24&ar=2024&norm_bas=1.5&vikt_bemanning=60"
        "&period=2023-2024&minst=2&omrade=brott&gap=share&lang=en"
    )
    view = report_filters(con, None, None, params["lang"], params)
    assert (view.county_codes, view.year, view.norm.base_fte, view.weights.staffing) == (("24",), 2024, 1.5, 60)
    assert (view.link_period, view.min_shared_events, view.funding_areas, view.gap_measure) == (
        (2023, 2024),
        2,
        ("brott",),
        "share",
    )
    report = stand_in_report_for(con, view)
    settings = dict(report.settings())
    assert settings["Need norm"] == "1.50 FTE + 0.20 FTE per 10,000 inhabitants"
    assert settings["Collaboration: Period (years)"] == "2023–2024"
    assert settings["Events: Period (years)"] == "2016–2024"  # the link has none: all the years with events
    assert settings["Co-attendance: show pairs with at least this many shared events"] == "2"
    assert settings["Area"] == "Crime prevention"
    assert settings["Show the gap as"] == "Share of the norm"
    capacity = next(section for section in report.sections if section.key == "capacity")
    assert {chart.subtitle_extra for chart in capacity.charts()} == {"Need norm: 1.50 FTE + 0.20 FTE per 10,000 inh."}


def stand_in_report_for(con, view) -> Report:
    sections = build.build_sections(Direct(con), view)
    images = {image_key(section, chart): fake_png() for section in sections for chart in section.charts()}
    return Report(
        view,
        sections,
        images,
        source_line(meta_queries.datasets(con), view.lang),
        datetime(2025, 3, 14, 9, 30),
        "warehouse.duckdb",
    )


def test_source_line_is_the_pages_source_line(con, fixture_warehouse_master, monkeypatch):
    from prevcap import ui

    monkeypatch.setenv("PREVCAP_DB", str(fixture_warehouse_master))
    for lang in ("sv", "en"):
        assert source_line(meta_queries.datasets(con), lang) == ui.source_line(lang)


@pytest.mark.parametrize(
    ("value", "number_format", "lang", "expected"),
    [
        (6942, "localized", "sv", "6\u00a0942"),
        (1.5, "localized", "sv", "1,5"),
        (0.754, "localized", "en", "0.75"),
        (-0.25, "localized", "sv", "\u22120,25"),
        (2024, "plain", "sv", "2024"),
        (2024.0, "%d", "sv", "2024"),
        (33.0, "%.0f %%", "sv", "33 %"),
        (float("nan"), "localized", "sv", ""),
        (None, None, "sv", ""),
        ("Umeå", None, "sv", "Umeå"),
    ],
)
def test_cells_read_as_on_the_dashboard(value, number_format, lang, expected):
    assert format_cell(value, number_format, lang) == expected


def test_tables_leave_out_links_inside_the_dashboard():
    import pandas as pd

    frame = pd.DataFrame({"name": ["Malå"], "profile": ["kommun?kommun=2418"], "source": ["https://bra.se/x"]})
    table = Table(
        "t",
        frame,
        {"name": ("col.municipality", None), "profile": ("col.municipality", "link"), "source": ("col.county", "link")},
        "T",
    )
    headers, rows, numeric = table_text(table, "sv")
    assert headers == ["Kommun", "Län"] and rows == [["Malå", "https://bra.se/x"]] and numeric == [False, False]


def test_markdown_blocks():
    parsed = blocks("**Fet.** Vanlig *kursiv* och `kod`.\n\n- en\n- två [länk](https://x)\n\n## Rubrik")
    assert [block.kind for block in parsed] == ["paragraph", "bullet", "bullet", "heading"]
    assert parsed[0].runs == (
        Run("Fet.", bold=True),
        Run(" Vanlig "),
        Run("kursiv", italic=True),
        Run(" och "),
        Run("kod", code=True),
        Run("."),
    )
    assert "".join(run.text for run in parsed[2].runs) == "två länk" and parsed[3].level == 2


# --- the files, written from stand-in pictures ------------------------------------------------------


def test_pdf_in_english_without_chromium(con):
    pdf = build.write(stand_in_report(con, "en"), "pdf")
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    cover = words(reader.pages[0].extract_text())
    assert "Prevention capacity in Västerbottens län" in cover and "Compared with 2023" in cover
    assert "Created 2025-03-14 09:30" in cover and "Example data" in cover
    assert [item.title for item in reader.outline if not isinstance(item, list)] == [
        "Settings",
        "Overview",
        "Capacity and capacity gaps",
        "Collaboration",
        "Events",
        "Funding",
        "Method and sources",
        "Sources and dates",
    ]
    text = words(" ".join(page.extract_text() for page in reader.pages))
    assert "Coordinators (FTE) 0.75 -0.25" in text
    assert f"Page {len(reader.pages)} of {len(reader.pages)}" in text
    # paper has no sidebar, no hover and nothing to click; one county has no line between counties
    for screen_only in ("sidebar", "hover", "Click", "click", "The line separates the counties"):
        assert screen_only not in text, screen_only


def test_docx_in_english_without_chromium(con):
    document = docx.Document(io.BytesIO(build.write(stand_in_report(con, "en"), "docx")))
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert headings == [
        "Settings",
        "Overview",
        "Capacity and capacity gaps",
        "Collaboration",
        "Events",
        "Funding",
        "Method and sources",
        "Sources and dates",
    ]
    cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    assert "0.75" in cells and "0,75" not in cells
    body = " ".join(p.text for p in document.paragraphs)
    assert "sidebar" not in body and "hover" not in body and "click" not in body.lower()
    assert document.core_properties.language == "en-GB"


def test_wide_tables_get_landscape_pages(con):
    report = stand_in_report(con)
    document = docx.Document(io.BytesIO(build.write(report, "docx")))
    landscape = [section for section in document.sections if section.page_width > section.page_height]
    wide = [table for section in report.sections for table in section.tables() if len(table_text(table, "sv")[0]) >= 9]
    assert wide and len(landscape) == len(wide)
    reader = pypdf.PdfReader(io.BytesIO(build.write(report, "pdf")))
    assert sum(page.mediabox.width > page.mediabox.height for page in reader.pages) >= len(wide)


# --- the report drawn by Chromium -----------------------------------------------------------------


@pytest.fixture(scope="module")
def drawn(con):
    if export.find_chromium() is None:
        pytest.skip("no Chromium (sudo apt-get install chromium)")
    steps = []
    report = build.make_report(
        Direct(con),
        report_filters(con, ["24"], 2024),
        lambda done, total, title: steps.append(done),
        warehouse="warehouse.duckdb",
    )
    return report, steps


def test_every_chart_is_drawn_once_with_progress(drawn):
    report, steps = drawn
    assert report.chart_count == 16 == len(report.images)
    assert steps == list(range(17))
    for png in report.images.values():
        assert png.startswith(b"\x89PNG\r\n\x1a\n")
        assert png_size(png)[0] == export.DEFAULT_WIDTH * build.REPORT_SCALE


def test_pdf_report(drawn):
    report, _ = drawn
    pdf = build.write(report, "pdf")
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    pages = len(reader.pages)
    assert 15 <= pages <= 60
    assert reader.metadata.title == "Förebyggande kapacitet i Västerbottens län, 2024"
    cover = words(reader.pages[0].extract_text())
    for expected in (
        "Förebyggande kapacitet i Västerbottens län",
        "Län Västerbottens län",
        "År 2024",
        "Jämförs med 2023",
        "Exempeldata",
        "Innehåll",
        f"Sida 1 av {pages}",
        "Källa: Befolkning: SCB",
    ):
        assert expected in cover, expected
    settings = words(reader.pages[1].extract_text())
    assert "Inställningar" in settings and "Behovsnorm 1,00 åa + 0,20 åa per 10 000 invånare" in settings
    # the contents and the bookmarks: every section, each on the page its bookmark points to
    outline = [item for item in reader.outline if not isinstance(item, list)]
    assert [item.title for item in outline] == SECTION_TITLES_SV
    for item in outline:
        page = reader.get_destination_page_number(item)
        assert words(reader.pages[page].extract_text()).startswith(item.title)
        assert re.search(rf"{re.escape(item.title)} \.+ ?{page + 1}\b", cover), item.title
    # every chart as a picture, with its numbered caption
    pictures = [image for page in reader.pages for image in page.images]
    assert len(pictures) == 16
    assert pictures[0].image.size == png_size(report.images["overview/overview_map"])
    text = words(" ".join(page.extract_text() for page in reader.pages))
    for number, chart in enumerate((c for s in report.sections for c in s.charts()), start=1):
        assert f"Figur {number}. {words(chart.title)}" in text
    assert "Malå Västerbottens län 2 962 2024 0,75" in text
    assert text.count("Exempeldata") >= pages
    assert f"Sida {pages} av {pages}" in text


def test_docx_report(drawn):
    report, _ = drawn
    document = docx.Document(io.BytesIO(build.write(report, "docx")))
    assert len(document.inline_shapes) == 16
    titles = [chart.title for section in report.sections for chart in section.charts()]
    assert [shape._inline.docPr.get("descr") for shape in document.inline_shapes] == titles
    assert [p.text for p in document.paragraphs if p.style.name == "Heading 1"] == SECTION_TITLES_SV
    captions = [p.text for p in document.paragraphs if p.style.name == "Caption" and p.text.startswith("Figur")]
    assert [caption.split(".")[0] for caption in captions] == [f"Figur {n}" for n in range(1, 17)]
    selection = {row.cells[0].text: row.cells[1].text for row in document.tables[0].rows}
    assert selection["Län"] == "Västerbottens län" and selection["År"] == "2024"
    settings = {row.cells[0].text: row.cells[1].text for row in document.tables[1].rows}
    assert settings["Behovsnorm"] == "1,00 åa + 0,20 åa per 10 000 invånare"
    overview = next(
        table
        for table in document.tables
        if table.rows[0].cells[0].text == "Kommun"
        and table.rows[0].cells[1].text == "Län"
        and table.rows[0].cells[2].text == "Invånare"
    )
    mala = next(row for row in overview.rows if row.cells[0].text == "Malå")
    assert [cell.text for cell in mala.cells][2:5] == ["2\u00a0962", "2024", "0,75"]
    assert "Exempeldata" in document.sections[0].footer.paragraphs[0].text
    assert document.core_properties.title == "Förebyggande kapacitet i Västerbottens län, 2024"
    assert 'w:val="sv-SE"' in document.styles.element.xml


def test_make_report_without_chromium_says_so(con, monkeypatch):
    export.stop_renderer()
    monkeypatch.setattr(export.browser, "find_chromium", lambda: None)
    with pytest.raises(export.ExportUnavailable) as raised:
        build.make_report(Direct(con), report_filters(con, ["24"], 2024))
    assert "sudo apt-get install chromium" in raised.value.message("sv")


# --- the command line -------------------------------------------------------------------------------


def run_cli(*args, db=None, env=None):
    environment = {**os.environ, **(env or {})}
    if db is not None:
        environment["PREVCAP_DB"] = str(db)
    return subprocess.run(
        [sys.executable, "-m", "reports", *args], cwd=ROOT, env=environment, capture_output=True, text=True, timeout=300
    )


def test_cli_unknown_county(fixture_warehouse_master, tmp_path):
    out = tmp_path / "rapport.pdf"
    result = run_cli("--county", "99", "--year", "2024", "--out", str(out), db=fixture_warehouse_master)
    assert result.returncode == 1 and not out.exists() and result.stdout == ""
    assert result.stderr.strip() == (
        "Okänt län: 99. Län i lagret: 24 (Västerbottens län), 25 (Norrbottens län) (eller all för alla)."
    )


def test_cli_year_without_data_in_english(fixture_warehouse_master, con):
    years = [row[0] for row in con.execute("select year from marts.years order by year").fetchall()]
    result = run_cli("--county", "all", "--year", "1990", "--lang", "en", db=fixture_warehouse_master)
    assert result.returncode == 1
    assert result.stderr.strip() == (
        f"There are no figures for the year 1990. Years with figures: {years[0]}–{years[-1]}."
    )


def test_cli_missing_warehouse_and_missing_chromium(fixture_warehouse_master, tmp_path):
    result = run_cli("--county", "24", db=tmp_path / "none.duckdb")
    assert result.returncode == 1 and "python -m etl build" in result.stderr
    result = run_cli(
        "--county",
        "24",
        "--year",
        "2024",
        db=fixture_warehouse_master,
        env={"PREVCAP_CHROMIUM": str(tmp_path / "no-chromium")},
    )
    assert result.returncode == 1
    assert "Chromium" in result.stderr and "sudo apt-get install chromium" in result.stderr


@needs_chromium
def test_cli_writes_the_report(fixture_warehouse_master, tmp_path):
    out = tmp_path / "ut" / "rapport.docx"  # the format from the file's extension; the folder is made
    result = run_cli("--county", "Västerbotten", "--year", "2024", "--out", str(out), db=fixture_warehouse_master)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(
        f"Rapporten skrevs till {out}: 16 diagram, 12 tabeller,"
    )  # the settings, the documented events
    document = docx.Document(str(out))
    assert len(document.inline_shapes) == 16
    assert document.tables[0].rows[0].cells[1].text == "Västerbottens län"


def test_paper_drops_what_only_a_screen_can_do():
    from reports.markdown import for_paper, plain

    assert for_paper("Båda länen, 2024. Behovsnorm: 1,00 åa (ändra i sidopanelen).") == (
        "Båda länen, 2024. Behovsnorm: 1,00 åa."
    )
    assert (
        for_paper(
            "För ett år utan befolkningssiffra används senaste tidigare år; kolumnen ”Befolkning avser år” och kartans "
            "hovertext visar vilket."
        )
        == "För ett år utan befolkningssiffra används senaste tidigare år."
    )
    assert for_paper("Vikterna ändras i sidopanelen; bara deras förhållande spelar roll.") == (
        "Bara deras förhållande spelar roll."
    )
    assert for_paper("Key figures for 2024 (choose the year in the sidebar).") == "Key figures for 2024."
    assert plain("Grå: ej rapporterad. Klicka på en kommun för att öppna dess profil.") == "Grå: ej rapporterad."
    # nothing else is touched
    assert for_paper("Malå, 2024: 0,75 åa; Norsjö 0,5 åa.") == "Malå, 2024: 0,75 åa; Norsjö 0,5 åa."


def test_table_columns_hold_their_longest_word_and_wide_tables_split(con):
    """No word is broken inside a cell (LibreOffice lays a DOCX table out by its grid): every column is
    as wide as its longest word, in DejaVu Sans (wider than Word's Calibri) with the cell margins; the
    16 columns of the municipality's years are printed as two tables that both start with the year."""
    from reports.docx_writer import CELL_PADDING_MM
    from reports.pdf_writer import _least_widths, measuring_pdf

    report = stand_in_report_for(con, report_filters(con, ["24"], 2024, "sv", {"kommun": "2418"}))
    document = docx.Document(io.BytesIO(build.write(report, "docx")))
    measure = measuring_pdf()
    checked = 0
    for table in document.tables[2:]:  # after the cover's selection and the settings' own layout
        headers = [cell.text for cell in table.rows[0].cells]
        rows = [[cell.text for cell in row.cells] for row in table.rows[1:]]
        size = table.rows[0].cells[0].paragraphs[0].runs[0].font.size.pt
        least = _least_widths(measure, headers, rows, size, CELL_PADDING_MM)
        widths = [column.width.mm for column in table.columns]
        assert all(width >= need - 0.05 for width, need in zip(widths, least)), (headers, widths, least)
        checked += 1
    assert checked >= 10
    years = [
        [cell.text for cell in table.rows[0].cells]
        for table in document.tables
        if table.rows[0].cells[0].text == "År" and len(table.rows) == 10
    ]
    assert [header[0] for header in years] == ["År", "År"]
    assert years[0][1] == "Samordnare, årsarbetare" and years[1][-1] == "Lag 2023:196, delar på plats"
    assert len(years[0]) + len(years[1]) == 16 + 1
