"""The downloads on the pages: chart and table buttons (AppTest), what they produce (the same helpers,
called as Streamlit calls them on a click), the Rapport page, the interface without Chromium, and a
real download in Chromium."""

from __future__ import annotations

import io
import struct
import xml.etree.ElementTree as ET
from urllib.parse import urlparse

import docx
import duckdb
import openpyxl
import pandas as pd
import pypdf
import pytest
from streamlit.testing.v1 import AppTest

from core.config import ROOT
from prevcap import export
from prevcap.charts import overview as overview_charts
from prevcap.queries import overview as overview_queries
from prevcap.tables import overview as overview_tables
from prevcap.ui import render
from tests.conftest import wait_for_app

needs_chromium = pytest.mark.skipif(
    export.find_chromium() is None, reason="no Chromium (sudo apt-get install chromium)"
)


@pytest.fixture
def open_page(fixture_warehouse, monkeypatch):
    monkeypatch.setenv("PREVCAP_DB", str(fixture_warehouse))

    def open_(page: str | None = None) -> AppTest:
        at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=120)
        at.run()
        if page:
            at.switch_page(page).run()
        assert not at.exception, [e.value for e in at.exception]
        return at

    return open_


@pytest.fixture
def no_chromium(monkeypatch):
    monkeypatch.setattr(export.browser, "find_chromium", lambda: None)


def png_size(png: bytes) -> tuple[int, int]:
    assert png.startswith(b"\x89PNG\r\n\x1a\n")
    return struct.unpack(">II", png[16:24])


def overview_table(db, county_codes=("24",), year=2024):
    with duckdb.connect(str(db), read_only=True) as con:
        return overview_tables.overview_table(overview_queries.municipality_year(con, county_codes, year))


# --- buttons under every chart and table ------------------------------------------------------------


def test_every_chart_and_table_of_the_overview_has_its_downloads(open_page):
    at = open_page()
    buttons = {button.key: button.label for button in at.download_button}
    assert buttons == {
        "overview_map__png": "PNG",
        "overview_map__svg": "SVG",
        "overview_map__pdf": "PDF",
        "overview_table__csv": "CSV",
        "overview_table__xlsx": "Excel",
    }
    assert at.download_button(key="overview_map__png").help.startswith("Ladda ned PNG: Bild i tryckkvalitet")
    assert not [c for c in at.caption if "Chromium" in c.value]


def test_every_chart_has_a_text_alternative_its_numbers_and_no_toolbar(open_page):
    """A screen reader hears what the chart is; its numbers are one click away as an HTML table; no plotly
    toolbar (English tooltips, 6–8 Tab stops) and no Streamlit theme over the chart's own font colour."""
    import json

    at = open_page()
    chart = at.get("plotly_chart")[0]
    assert chart.proto.alt.startswith("Diagram: Årsarbetare per 10 000 invånare, 2024.")
    assert chart.proto.theme == ""
    assert json.loads(chart.proto.config)["displayModeBar"] is False
    (numbers,) = [e for e in at.expander if e.label == "Visa siffrorna som tabell"]
    frame = numbers.table[0].value
    # the fixture's Malå 2024: 0.5 + 0.25 FTE over 2 962 inhabitants = 2,532 per 10 000
    assert frame.set_index("Kommun").loc["Malå", "Årsarbetare per 10 000 invånare"] == "2,53"
    assert len(frame) == 29


def test_other_pages_get_the_same_downloads(open_page):
    at = open_page("pages/kapacitet.py")
    keys = {button.key for button in at.download_button}
    assert {"capacity_map__png", "capacity_bars__svg", "capacity_scatter__pdf", "capacity_table__csv"} <= keys


def test_without_chromium_the_page_says_so_and_tables_still_download(open_page, no_chromium):
    at = open_page()
    keys = {button.key for button in at.download_button}
    assert keys == {"overview_table__csv", "overview_table__xlsx"}
    notice = next(c for c in at.caption if "Chromium" in c.value)
    assert "Chromium saknas på servern" in notice.value and "sudo apt-get install chromium" in notice.value
    assert "Kameraikonen" in notice.value
    assert "PREVCAP_CHROMIUM" in notice.proto.help  # the tooltip holds the whole explanation
    # the plotly mode bar keeps its own PNG button (drawn by the browser, no Chromium on the server)
    import json

    config = json.loads(at.get("plotly_chart")[0].proto.config)
    assert config["toImageButtonOptions"]["format"] == "png" and config.get("displayModeBar", True) is not False


def test_a_chromium_that_does_not_start_is_named_instead_of_failing_buttons(open_page, monkeypatch):
    monkeypatch.setattr(export.browser, "start_renderer_in_background", lambda: None)
    monkeypatch.setattr(
        export.browser, "renderer_problem", lambda: export.ExportUnavailable("export.unavailable.renderer_failed")
    )
    at = open_page()
    assert {button.key for button in at.download_button} == {"overview_table__csv", "overview_table__xlsx"}
    assert any("Chromium startade inte eller svarade inte" in caption.value for caption in at.caption)


def test_a_failed_background_start_is_reported_and_retried_later(monkeypatch):
    starts = []

    def failing_start():
        starts.append(1)
        raise export.ExportUnavailable("export.unavailable.renderer_failed")

    monkeypatch.setattr(export.browser, "find_chromium", lambda: "/usr/bin/chromium")
    monkeypatch.setattr(export.browser, "ensure_renderer", failing_start)
    monkeypatch.setattr(export.browser, "_warm_up_started", None)
    monkeypatch.setattr(export.browser, "_warm_up_failure", None)
    export.start_renderer_in_background()
    for _ in range(100):
        if export.renderer_problem() is not None:
            break
        import time

        time.sleep(0.02)
    assert export.renderer_problem().message_key == "export.unavailable.renderer_failed"
    export.start_renderer_in_background()  # within a minute: no new attempt
    assert len(starts) == 1
    monkeypatch.setattr(
        export.browser, "_warm_up_started", export.browser._warm_up_started - export.WARM_UP_RETRY_S - 1
    )
    monkeypatch.setattr(export.browser, "ensure_renderer", lambda: starts.append(2))
    export.start_renderer_in_background()
    for _ in range(100):
        if export.renderer_problem() is None:
            break
        time.sleep(0.02)
    assert starts == [1, 2] and export.renderer_problem() is None


# --- what the buttons produce ---------------------------------------------------------------------


def test_table_headers_are_the_shown_labels_and_hidden_columns_stay_out():
    frame = pd.DataFrame({"municipality_name": ["Malå"], "fte_total": [0.75], "internal": [1]})
    config = render.table_config(
        "sv", {"municipality_name": ("col.municipality", None), "fte_total": ("ind.fte_total", "localized")}
    ) | {"internal": None}
    shown = render.table_headers(frame, config)
    assert list(shown.columns) == ["Kommun", "Samordnare, årsarbetare"]
    assert shown.iloc[0].tolist() == ["Malå", 0.75]


def test_csv_and_excel_read_back_equal_the_table(fixture_warehouse_master):
    table, columns = overview_table(fixture_warehouse_master)
    shown = render.table_headers(table, render.table_config("sv", columns))
    csv = export.table_csv_bytes(shown)
    back = pd.read_csv(
        io.BytesIO(csv), sep=";", decimal=",", encoding="utf-8-sig", keep_default_na=False, na_values=[""]
    )
    assert list(back.columns)[:3] == ["Kommun", "Län", "Invånare"]
    text = "Uppgift om bemanning"  # an empty text cell reads back as missing
    pd.testing.assert_frame_equal(
        back.drop(columns=text), shown.drop(columns=text).reset_index(drop=True), check_dtype=False
    )
    assert list(back[text].fillna("")) == list(shown[text])
    assert set(shown["Uppgift om bemanning"]) == {"Exempeldata", ""}  # Malå and Norsjö reported (example)
    sheet = openpyxl.load_workbook(io.BytesIO(export.table_xlsx_bytes(shown, "Kommunerna i siffror"))).active
    rows = list(sheet.iter_rows(values_only=True))
    assert list(rows[0]) == list(shown.columns) and len(rows) == 16
    mala = next(row for row in rows if row[0] == "Malå")
    assert mala[2:5] == (2962, 2024, 0.75)


@pytest.fixture(scope="module")
def overview_map(fixture_warehouse_master):
    from prevcap.geo import feature_collection
    from prevcap.queries import overview as overview_queries

    with duckdb.connect(str(fixture_warehouse_master), read_only=True) as con:
        municipalities = overview_queries.municipality_year(con, ("24",), 2024)
        geojson = feature_collection(overview_queries.map_geometry(con, ("24",)))
    title = "Årsarbetare per 10 000 invånare, 2024"
    return overview_charts.choropleth(municipalities, geojson, "fte_per_10k", "sv", title=title), title


@needs_chromium
def test_chart_files_carry_title_filters_source_and_example_mark(overview_map):
    fig, title = overview_map
    subtitle = export.filters_subtitle("Västerbottens län", 2024, "sv", "Behovsnorm: 1,00 åa + 0,20 åa per 10 000 inv.")
    source = "Källa: Befolkning: SCB (31 dec)"
    png = render.chart_file(fig, "png", title, subtitle, source, True, "sv")
    width, height = png_size(png)
    assert width == 2400 and height > 650 * 3  # print resolution, grown by the title and the footer
    svg = render.chart_file(fig, "svg", title, subtitle, source, True, "sv")
    text = "".join(ET.fromstring(svg).itertext())
    assert title in text and "Exempeldata" in text and source in text
    assert "Län: Västerbottens län · År: 2024 · Behovsnorm: 1,00 åa + 0,20 åa per 10 000 inv." in text
    reader = pypdf.PdfReader(io.BytesIO(render.chart_file(fig, "pdf", title, subtitle, source, False, "sv")))
    assert len(reader.pages) == 1 and title in reader.pages[0].extract_text()
    assert "Exempeldata" not in reader.pages[0].extract_text()


def _drawn_box(fig, hidden):
    """Bounding box (left, top, right, bottom) of what `fig` draws and `hidden` does not."""
    from PIL import Image, ImageChops

    shown, without = (
        Image.open(io.BytesIO(export.figure_bytes(f, "png", scale=1))).convert("RGB") for f in (fig, hidden)
    )
    return ImageChops.difference(shown, without).getbbox()


@needs_chromium
def test_a_long_title_stays_inside_the_picture():
    import plotly.graph_objects as go

    bars = go.Figure(go.Bar(x=["Malå", "Norsjö"], y=[1, 2])).update_layout(
        template="plotly_white", font=dict(family="DejaVu Sans")
    )
    for title in (
        "Andel av länets evenemang som kommunen deltog i, 2012–2025",
        "Samverkan mellan kommunerna i Västerbottens och Norrbottens län, 2022–2024, med alla typer av "
        "länkar och gemensamt deltagande från fyra evenemang",
    ):
        fig = export.decorate_for_export(bars, title, "Län: Båda länen · År: 2024", "Källa: SCB", True, "sv")
        no_title = go.Figure(fig).update_layout(title_font_color="rgba(0,0,0,0)")
        no_title.layout.title.text = no_title.layout.title.text.replace("#B00020", "rgba(0,0,0,0)")
        left, top, right, bottom = _drawn_box(fig, no_title)
        assert top >= 2 and right < fig.layout.width - 2, (title, (left, top, right, bottom))
        no_subtitle = go.Figure(fig).update_layout(title_subtitle_font_color="rgba(0,0,0,0)")
        assert bottom < _drawn_box(fig, no_subtitle)[1], "the subtitle overlaps the title"


@needs_chromium
def test_footer_stays_clear_of_the_axis_title_of_bars_with_outside_labels():
    import plotly.graph_objects as go

    bars = go.Figure(
        go.Bar(
            y=["Bjurholm", "Norsjö", "Vännäs"],
            x=[3, 10, 80],
            orientation="h",
            text=["1 av 30"] * 3,
            textposition="outside",
            cliponaxis=False,
        )
    )
    bars.update_layout(
        template="plotly_white",
        margin=dict(l=10, r=10, t=40, b=10),
        xaxis=dict(title=dict(text="Andel av länets evenemang (%)")),
    )
    fig = export.decorate_for_export(bars, "Andel", "Län: Västerbottens län", "Källa: SCB", False, "sv")
    no_axis_title = go.Figure(fig).update_xaxes(title_font_color="rgba(0,0,0,0)")
    no_footer = go.Figure(fig)
    no_footer.layout.annotations[-1].font.color = "rgba(0,0,0,0)"
    axis_title, footer = _drawn_box(fig, no_axis_title), _drawn_box(fig, no_footer)
    assert axis_title[3] < footer[1], f"the axis title ends at y={axis_title[3]}, the footer starts at y={footer[1]}"
    assert export.EDGE_PX - 2 <= footer[0] <= export.EDGE_PX + 4


def test_file_names_say_what_and_for_which_selection():
    assert (
        export.chart_filename("Årsarbetare per 10 000 invånare, 2024", "Båda länen", 2024, "png")
        == "arsarbetare_per_10_000_invanare_2024_bada_lanen.png"
    )
    assert (
        export.chart_filename("Gap mot behovsnormen", "Norrbottens län", 2023, "svg")
        == "gap_mot_behovsnormen_norrbottens_lan_2023.svg"
    )


# --- the Rapport page ---------------------------------------------------------------------------------


@pytest.fixture
def stand_in_renderer(monkeypatch):
    """Chromium replaced by plain pictures: the page's flow without drawing (drawing: test_reports.py)."""
    from tests.test_reports import fake_png

    monkeypatch.setattr(export.browser, "find_chromium", lambda: "/usr/bin/chromium")
    monkeypatch.setattr(export.browser, "ensure_renderer", lambda: "/usr/bin/chromium")
    monkeypatch.setattr(export.browser, "start_renderer_in_background", lambda: None)
    monkeypatch.setattr(export.images, "figure_bytes", lambda fig, fmt="png", **kwargs: fake_png())


def test_rapport_page_lists_the_contents(open_page, stand_in_renderer):
    at = open_page("pages/rapport.py")
    assert at.title[0].value == "Rapport"
    assert "**Västerbottens län" not in at.markdown[0].value and "**Båda länen, 2024**" in at.markdown[0].value
    contents = next(m.value for m in at.markdown if m.value.startswith("1. **Inställningar**"))
    assert contents.splitlines()[:3] == [
        "1. **Inställningar**: 1 tabell",
        "1. **Översikt**: 1 diagram, 1 tabell",
        "1. **Kapacitet och kapacitetsbrist**: 3 diagram, 1 tabell",
    ]
    assert "1. **Metod och källor**: 2 tabeller" in contents
    assert not at.button(key="build_report").disabled
    assert not [b for b in at.download_button if b.key.startswith("report_")]
    command = at.get("code")[0].proto.code_text
    # the link carries the whole view: the scheduled report has every setting of this one
    assert command == "python -m reports --link '?lan=alla&ar=2024' --format pdf --out rapport_bada_lanen_2024.pdf"


def test_rapport_page_builds_pdf_and_docx_in_one_click(open_page, stand_in_renderer):
    at = open_page("pages/rapport.py")
    at.sidebar.selectbox(key="lan").set_value("24").run()
    at.button(key="build_report").click().run()
    assert not at.exception, [e.value for e in at.exception]
    made = at.session_state["_report"]
    assert at.success[0].value == (
        f"Rapporten är klar ({made['seconds']} s): {made['pages']} sidor, 16 diagram, 12 tabeller."
    )
    pdf = pypdf.PdfReader(io.BytesIO(made["files"]["pdf"]))
    assert len(pdf.pages) == made["pages"] and "Västerbottens län" in pdf.pages[0].extract_text()
    document = docx.Document(io.BytesIO(made["files"]["docx"]))
    assert len(document.inline_shapes) == 16
    labels = {button.key: button.label for button in at.download_button if button.key.startswith("report_")}
    assert labels["report_pdf"].startswith("Ladda ned PDF (") and labels["report_docx"].startswith("Ladda ned Word (")
    # a report belongs to its selection: another year hides it
    at.sidebar.selectbox(key="ar").set_value(2023).run()
    assert not [b for b in at.download_button if b.key.startswith("report_")] and not at.success


def test_rapport_page_without_chromium(open_page, no_chromium):
    at = open_page("pages/rapport.py")
    assert "sudo apt-get install chromium" in at.warning[0].value
    assert at.button(key="build_report").disabled


def test_rapport_page_in_english(open_page, stand_in_renderer):
    at = open_page("pages/rapport.py")
    at.sidebar.selectbox(key="lang").set_value("en").run()
    assert at.title[0].value == "Report"
    assert at.button(key="build_report").label == "Create report"
    assert at.get("code")[0].proto.code_text == (
        "python -m reports --link '?lang=en&lan=alla&ar=2024' --format pdf --out report_both_counties_2024.pdf"
    )


# --- a real download in Chromium ------------------------------------------------------------------


@pytest.mark.browser
@needs_chromium
def test_the_map_png_downloads_from_the_overview(server_url, page):
    page.goto(server_url)
    wait_for_app(page)
    page.wait_for_selector(".js-plotly-plot", timeout=30000)
    with page.expect_download(timeout=90000) as info:
        page.locator(".st-key-overview_map__png button").first.click()
    download = info.value
    assert download.suggested_filename == "arsarbetare_per_10_000_invanare_2024_bada_lanen.png"
    png = open(download.path(), "rb").read()
    width, height = png_size(png)
    assert width == 2400 and height > 650 * 3
    from PIL import Image

    picture = Image.open(io.BytesIO(png))
    assert round(picture.info["dpi"][0]) == 300
    # the map is drawn: many colours, not an empty frame with a title
    assert len(picture.convert("RGB").getcolors(maxcolors=1 << 22)) > 50
    hosts = {urlparse(url).hostname for url in page.requests if urlparse(url).scheme in ("http", "https", "ws", "wss")}
    assert hosts <= {"127.0.0.1", "localhost"}, hosts


@pytest.mark.browser
def test_the_table_csv_downloads_and_reads_back(server_url, page, fixture_warehouse_master, tmp_path):
    page.goto(server_url + "/?lan=V%C3%A4sterbottens+l%C3%A4n&ar=2024")
    wait_for_app(page)
    with page.expect_download(timeout=60000) as info:
        page.locator(".st-key-overview_table__csv button").first.click()
    download = info.value
    # the fixture holds example data: a CSV has only its name for the mark
    assert download.suggested_filename == "kommunerna_i_siffror_vasterbottens_lan_2024_exempeldata.csv"
    raw = open(download.path(), "rb").read()
    assert raw.startswith(b"\xef\xbb\xbf")
    back = pd.read_csv(io.BytesIO(raw), sep=";", decimal=",", encoding="utf-8-sig")
    table, columns = overview_table(fixture_warehouse_master)
    shown = render.table_headers(table, render.table_config("sv", columns)).reset_index(drop=True)
    # an empty text cell (no staffing figure, so no "Uppgift om bemanning") reads back as missing
    shown = shown.replace("", None)
    pd.testing.assert_frame_equal(back, shown, check_dtype=False)
