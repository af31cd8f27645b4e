"""Exports that print cleanly: every chart a page exports, drawn as SVG, and every page of the report,
without text that overlaps other text or is cut by the edge, and without words broken in table cells.

The charts are those of the report's sections (the pages export the same figures, decorated the same
way: prevcap.ui.render.chart_file), for one county with a municipality's profile in Swedish and for both
counties in English. The report's PNGs are drawn from the same layout as the SVGs (only the scale
differs), so the report is written with plain pictures of the PNGs' sizes: its pages are laid out as with
the real ones, and the text inside the charts is checked in the SVGs. See tests/layout_check.py."""

from __future__ import annotations

import io
import xml.etree.ElementTree as ET
from datetime import datetime

import duckdb
import plotly.graph_objects as go
import pytest

from prevcap import export
from prevcap.content.source import Direct
from prevcap.queries import meta as meta_queries
from prevcap.sources import example_notice, source_line
from reports import build
from reports.model import Report, image_key, table_text
from reports.selection import report_view
from tests.layout_check import TextBox, box_problems, pdf_problems, svg_problems, svg_text_boxes

pytestmark = pytest.mark.export

# (language, counties, link parameters): a county with a municipality's profile; both counties
VIEWS = {
    "sv-24-mala": ("sv", ["24"], {"kommun": "2418"}),
    "en-both": ("en", ["all"], {}),
}


@pytest.fixture(scope="module")
def con(fixture_warehouse_master):
    connection = duckdb.connect(str(fixture_warehouse_master), read_only=True)
    yield connection
    connection.close()


@pytest.fixture(scope="module")
def renderer():
    if export.find_chromium() is None:
        pytest.skip("no Chromium (install with `sudo apt-get install chromium` or set PREVCAP_CHROMIUM)")
    return export.ensure_renderer()


@pytest.fixture(scope="module")
def svg_page(browser):
    context = browser.new_context(viewport={"width": 1200, "height": 900})
    yield context.new_page()
    context.close()


def plain_png(width: int, height: int) -> bytes:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (width, height), (255, 255, 255)).save(buffer, "PNG", compress_level=1)
    return buffer.getvalue()


def exported(con, view_name: str) -> tuple[Report, dict[str, bytes]]:
    """The view's report with pictures of the real PNGs' sizes, and its charts as SVG by image key."""
    lang, counties, params = VIEWS[view_name]
    source = Direct(con)
    view = report_view(source, counties, 2024, lang, params)
    sections = build.build_sections(source, view)
    datasets = meta_queries.datasets(con)
    source_text = source_line(datasets, lang)
    svgs, images = {}, {}
    for section in sections:
        for chart in section.charts():
            subtitle = export.filters_subtitle(view.county_label(), view.year, lang, chart.subtitle_extra)
            decorated = export.decorate_for_export(
                chart.figure, chart.title, subtitle, source_text, chart.example, lang
            )
            svg = export.figure_bytes(decorated, "svg")
            key = image_key(section, chart)
            svgs[key] = svg
            root = ET.fromstring(svg)  # the PNG is drawn at the SVG's size, times the report's scale
            width, height = (int(float(root.get(side))) * build.REPORT_SCALE for side in ("width", "height"))
            images[key] = plain_png(width, height)
    report = Report(
        view,
        sections,
        images,
        source_text,
        datetime(2025, 3, 14, 9, 30),
        "warehouse.duckdb",
        example_notice=example_notice(datasets, lang),
    )
    return report, svgs


# One test a view, drawing its charts once: with -n 2 the two views are drawn side by side.
@pytest.mark.parametrize("view_name", VIEWS)
def test_exports_print_cleanly(con, renderer, svg_page, view_name):
    report, svgs = exported(con, view_name)
    assert len(svgs) == report.chart_count >= 16
    chart_problems = [f"{key}: {problem}" for key, svg in svgs.items() for problem in svg_problems(svg_page, svg)]
    table_words = {
        word
        for section in report.sections
        for table in section.tables()
        for row in [table_text(table, report.lang)[0], *table_text(table, report.lang)[1]]
        for cell in row
        for word in cell.split()
    }
    assert "Exempeldata" in table_words or "Example" in table_words  # the sources' table says which data
    page_problems = pdf_problems(build.write(report, "pdf"), table_words)
    assert chart_problems + page_problems == []


# --- the check itself finds what it should ------------------------------------------------------


def test_the_check_finds_overlapping_and_cut_text(renderer, svg_page):
    fig = go.Figure(go.Bar(x=["Malå", "Norsjö"], y=[1, 2])).update_layout(
        width=400, height=300, margin=dict(l=40, r=20, t=20, b=40)
    )
    fig.add_annotation(text="Två ord", x=0.5, y=0.5, xref="paper", yref="paper", showarrow=False)
    fig.add_annotation(text="Ovanpå", x=0.5, y=0.5, xref="paper", yref="paper", showarrow=False)
    fig.add_annotation(text="Utanför kanten", x=1.0, y=0.9, xref="paper", yref="paper", showarrow=False, xshift=30)
    fig.add_annotation(text="Fri text", x=0.1, y=0.9, xref="paper", yref="paper", showarrow=False)
    problems = svg_problems(svg_page, export.figure_bytes(fig, "svg"))
    assert [problem.split(" at ")[0] for problem in problems] == [
        "cut: 'Utanför kanten' (annotation)",
        "overlap: 'Ovanpå' (annotation) / 'Två ord' (annotation)",
    ]


def test_turned_boxes_overlap_only_where_they_meet():
    # labels 100×10 px turned 45°, 20 px apart along x (14 px across): their upright bounding rectangles
    # overlap, the labels do not; 4 px apart (3 px across) they do
    def turned(x: float) -> tuple[tuple[float, float], ...]:
        return ((x, 100.0), (x + 70.7, 29.3), (x + 77.8, 36.4), (x + 7.1, 107.1))

    boxes = [TextBox("Norsjö", turned(0), "xtick"), TextBox("Malå", turned(20), "xtick")]
    assert box_problems(200, 200, boxes) == []
    assert box_problems(200, 200, [boxes[0], TextBox("Umeå", turned(4), "xtick")]) == [
        "overlap: 'Norsjö' (xtick) / 'Umeå' (xtick)"
    ]


def test_the_check_finds_a_word_broken_in_a_table_cell():
    from fpdf import FPDF

    pdf = FPDF(unit="mm", format="A4")
    pdf.add_page()
    pdf.add_font("DejaVu", "", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    pdf.set_font("DejaVu", "", 9)
    with pdf.table(col_widths=(14, 60), width=74, first_row_as_headings=False) as table:
        row = table.row()
        row.cell("Exempeldata")
        row.cell("Befolkning")
    problems = pdf_problems(bytes(pdf.output()), {"Exempeldata", "Befolkning"})
    assert problems == ["page 1: broken word: 'Exemp' + 'eldata'"]


def test_svg_boxes_follow_the_text(renderer, svg_page):
    fig = go.Figure().update_layout(width=300, height=200, margin=dict(l=0, r=0, t=0, b=0))
    fig.update_xaxes(visible=False).update_yaxes(visible=False)
    fig.add_annotation(
        text="Malå", x=0, y=1, xref="paper", yref="paper", xanchor="left", yanchor="top", showarrow=False
    )
    width, height, boxes = svg_text_boxes(svg_page, export.figure_bytes(fig, "svg"))
    assert (width, height) == (300, 200)
    [box] = boxes
    left, top, right, bottom = box.bounds
    assert box.text == "Malå" and box.where == "annotation"
    # 12 px DejaVu Sans: 'Malå' is 26.3 px wide (its advance), from the ring of the å 11 px above the
    # baseline to the baseline (no descender); the annotation's box starts at 0, its text 2 px in
    assert (left, top, right - left, bottom - top) == pytest.approx((2, 2, 26.3, 11), abs=0.5)


# --- the fixes, each on a small figure --------------------------------------------------------------

FILTERS = "Län: Västerbottens län · År: 2024 · Behovsnorm: 1,00 åa + 0,20 åa per 10 000 inv."


def boxes_by_place(page, svg: bytes) -> dict[str, TextBox]:
    return {box.where: box for box in svg_text_boxes(page, svg)[2]}


def test_an_x_axis_on_top_sits_under_the_subtitle(renderer, svg_page):
    bars = go.Figure(go.Bar(y=["Malå", "Norsjö"], x=[-0.3, 0.2], orientation="h"))
    bars.update_layout(xaxis=dict(side="top", title="åa mot normen"), margin=dict(l=10, r=30, t=110, b=40))
    fig = export.decorate_for_export(bars, "Kommunerna rangordnade efter gapet", FILTERS, "SCB", True, "sv")
    svg = export.figure_bytes(fig, "svg")
    boxes = boxes_by_place(svg_page, svg)
    subtitle, axis_title = boxes["g-gtitle"], boxes["g-xtitle"]
    assert subtitle.text == FILTERS and axis_title.text == "åa mot normen"
    assert subtitle.bounds[3] < axis_title.bounds[1]  # the subtitle ends above the axis title
    # the figure grew by the room the axis takes: the plot keeps its height
    assert int(ET.fromstring(svg).get("height")) > fig.layout.height


def test_the_footer_starts_at_the_edge_of_a_square_matrix(renderer, svg_page):
    names = ["Bjurholm", "Dorotea", "Malå", "Norsjö"]
    matrix = go.Figure(go.Heatmap(z=[[1, 2, 0, 1]] * 4, x=names, y=names))
    matrix.update_layout(
        height=500, xaxis=dict(constrain="domain"), yaxis=dict(scaleanchor="x"), margin=dict(l=80, b=80)
    )
    fig = export.decorate_for_export(matrix, "Länkarnas styrka", FILTERS, "SCB", True, "sv")
    footer = next(box for box in svg_text_boxes(svg_page, export.figure_bytes(fig, "svg"))[2] if "Källa" in box.text)
    assert footer.bounds[0] == pytest.approx(export.EDGE_PX + 2, abs=1)  # the box at 12 px, its text 2 px in


def test_a_legend_of_two_rows_above_the_plot_stays_under_the_subtitle(renderer, svg_page):
    names = ["Municipality's own budget", "County administrative board", "Public Health Agency", "Brå (Council)"]
    fig = go.Figure([go.Bar(name=name, y=["Malå", "Norsjö"], x=[1, 2], orientation="h") for name in names])
    fig.update_layout(
        barmode="stack", legend=dict(orientation="h", x=0, y=1.02, yanchor="bottom"), margin=dict(t=40, l=10)
    )
    fig = export.decorate_for_export(fig, "Funding per inhabitant by source", FILTERS, "SCB", True, "en")
    boxes = svg_text_boxes(svg_page, export.figure_bytes(fig, "svg", width=500))[2]
    subtitle = next(box for box in boxes if box.text == FILTERS)
    legend = [box for box in boxes if box.text in names]
    assert len({round(box.bounds[1]) for box in legend}) >= 2  # the legend has wrapped to two rows
    assert subtitle.bounds[3] < min(box.bounds[1] for box in legend)
