"""The report as a Word document with python-docx, made to be edited: Word's own heading, caption and
list styles (so the navigation pane, a table of contents and a list of figures work), A4, Swedish
proofing language, charts as pictures with alt text, tables that repeat their header row, wide
tables on landscape pages, and a footer with the selection and "Sida X av Y"."""

from __future__ import annotations

import io

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from core.i18n import t
from prevcap.content.model import Chart, KeyFigures, Section, Table
from reports.markdown import Run, blocks
from reports.model import Report, image_key, png_size, table_text, write_item
from reports.pdf_writer import (
    WIDE_TABLE_COLUMNS,
    column_groups,
    column_widths,
    cover_rows,
    fitting_size,
    measuring_pdf,
    table_size,
)

EXAMPLE = RGBColor(0xB0, 0x00, 0x20)
MUTED = RGBColor(0x55, 0x55, 0x55)
HEADER_FILL = "EEEEEE"
PAGE_WIDTH, PAGE_HEIGHT, MARGIN = Cm(21), Cm(29.7), Cm(2)
TEXT_WIDTH_CM = 17.0
# Word's and LibreOffice's cell margins (0,19 cm left and right) and some slack: the columns are
# measured in DejaVu Sans, wider than Word's Calibri and LibreOffice's Carlito, so a word that fits
# here fits there
CELL_PADDING_MM = 2 * 1.9 + 0.4


def _field(
    paragraph,
    instruction: str,
    shown_lines: list[str],
    bold: bool = False,
    size: float | None = None,
    colour: RGBColor | None = None,
) -> None:
    """A Word field (PAGE, NUMPAGES, SEQ, TOC …) showing `shown_lines` until Word updates it. A complex
    field, so that its shown text is an ordinary run (other programs read it too)."""

    def char(kind):
        run = paragraph.add_run()
        element = OxmlElement("w:fldChar")
        element.set(qn("w:fldCharType"), kind)
        run._r.append(element)

    char("begin")
    run = paragraph.add_run()
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" {instruction} "
    run._r.append(instr)
    char("separate")
    for index, line in enumerate(shown_lines):
        run = paragraph.add_run(line)
        run.bold = bold or None
        if size is not None:
            run.font.size = Pt(size)
        if colour is not None:
            run.font.color.rgb = colour
        if index < len(shown_lines) - 1:
            run.add_break(WD_BREAK.LINE)
    char("end")


def _set_language(document, lang: str) -> None:
    """Proofing language of the default text, so Word checks Swedish spelling."""
    tag = "sv-SE" if lang == "sv" else "en-GB"
    for rpr in (
        document.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr")),
        document.styles["Normal"].element.get_or_add_rPr(),
    ):
        element = rpr.find(qn("w:lang"))
        if element is None:
            element = OxmlElement("w:lang")
            rpr.append(element)
        element.set(qn("w:val"), tag)


def _shade(cell, fill: str) -> None:
    properties = cell._tc.get_or_add_tcPr()
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    properties.append(shading)


def _repeat_header(row) -> None:
    properties = row._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    properties.append(header)


class ReportDocx:
    def __init__(self, report: Report):
        self.report = report
        self.lang = report.lang
        self.document = Document()
        self.figure_number = 0
        self.table_number = 0
        self.at_page_start = False  # right after a section break: the next page break would leave a blank page
        self._setup()

    def _setup(self) -> None:
        document, filters = self.document, self.report.filters
        section = document.sections[0]
        section.page_width, section.page_height = PAGE_WIDTH, PAGE_HEIGHT
        for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
            setattr(section, side, MARGIN)
        normal = document.styles["Normal"]
        normal.font.size = Pt(10)
        _set_language(document, self.lang)
        properties = document.core_properties
        properties.title = t("export.report.title", self.lang, county=filters.county_label) + f", {filters.year}"
        properties.subject = t("export.report.subtitle", self.lang, year=filters.year)
        properties.author = "prevcap"
        properties.language = "sv-SE" if self.lang == "sv" else "en-GB"
        properties.created = self.report.created
        self._footer(section)

    def _footer(self, section) -> None:
        filters = self.report.filters
        paragraph = section.footer.paragraphs[0]
        paragraph.paragraph_format.tab_stops.add_tab_stop(Cm(TEXT_WIDTH_CM / 2), alignment=1)  # centre
        paragraph.paragraph_format.tab_stops.add_tab_stop(Cm(TEXT_WIDTH_CM), alignment=2)  # right
        run = paragraph.add_run(t("export.report.footer", self.lang, county=filters.county_label, year=filters.year))
        run.font.size, run.font.color.rgb = Pt(8), MUTED
        paragraph.add_run("\t")
        if self.report.example and self.report.example_notice:
            run = paragraph.add_run(t("export.example_data", self.lang))
            run.font.size, run.font.bold, run.font.color.rgb = Pt(8), True, EXAMPLE
        paragraph.add_run("\t")
        # "Sida {page} av {pages}" with Word's page fields in place of the numbers
        before, _, rest = t("export.report.page", self.lang, page="\0", pages="\1").partition("\0")
        middle, _, after = rest.partition("\1")
        for text, field in ((before, "PAGE"), (middle, "NUMPAGES"), (after, None)):
            if text:
                run = paragraph.add_run(text)
                run.font.size, run.font.color.rgb = Pt(8), MUTED
            if field:
                _field(paragraph, field, ["1"], size=8, colour=MUTED)

    # --- text --------------------------------------------------------------------------------------

    def add_runs(self, paragraph, runs: tuple[Run, ...], colour: RGBColor | None = None) -> None:
        for part in runs:
            run = paragraph.add_run(part.text)
            run.bold, run.italic = part.bold or None, part.italic or None
            if part.code:
                run.font.name = "Consolas"
            if colour is not None:
                run.font.color.rgb = colour

    def markdown(self, text: str, colour: RGBColor | None = None) -> None:
        for block in blocks(text):
            if block.kind == "heading":
                self.document.add_heading("".join(run.text for run in block.runs), level=2)
                continue
            paragraph = self.document.add_paragraph(style="List Bullet" if block.kind == "bullet" else None)
            self.add_runs(paragraph, block.runs, colour)

    def caption(self, kind: str, text: str, above: bool = False) -> None:
        """'Figur 3. …' in Word's Caption style, numbered by a SEQ field (for a list of figures)."""
        paragraph = self.document.add_paragraph(style="Caption")
        if above:
            paragraph.paragraph_format.keep_with_next = True
        number = self.figure_number if kind == "figure" else self.table_number
        label = t(f"export.report.{kind}", self.lang, n="\0")
        before, _, after = label.partition("\0")
        run = paragraph.add_run(before)
        run.bold = True
        _field(paragraph, f"SEQ {'Figur' if kind == 'figure' else 'Tabell'} \\* ARABIC", [str(number)], bold=True)
        run = paragraph.add_run(after + " ")
        run.bold = True
        paragraph.add_run(text)

    # --- the parts of a section -----------------------------------------------------------------------

    def section(self, section: Section) -> None:
        self.current_section = section
        if not self.at_page_start:
            self.document.add_page_break()
        self.at_page_start = False
        self.document.add_heading(section.title, level=1)
        if section.intro:
            self.markdown(section.intro, MUTED)
        for item in section.printed():
            self.at_page_start = False
            write_item(self, item)

    def key_figures(self, figures: KeyFigures) -> None:
        with_change = any(change for _, _, change in figures.rows)
        headers = [t("export.report.indicator", self.lang), t("export.report.value", self.lang)]
        headers += [t("export.report.change", self.lang)] if with_change else []
        rows = [[label, value, change][: len(headers)] for label, value, change in figures.rows]
        self.simple_table(headers, rows, [False, True, True][: len(headers)], 9.5, [9, 4, 4][: len(headers)])
        if figures.note:
            paragraph = self.document.add_paragraph()
            run = paragraph.add_run(figures.note)
            run.font.size, run.font.color.rgb = Pt(8.5), MUTED

    def chart(self, chart: Chart) -> None:
        png = self.report.images[image_key(self.current_section, chart)]
        width_px, height_px = png_size(png)
        width_cm = min(TEXT_WIDTH_CM, 21.0 * width_px / height_px)  # at most 21 cm tall
        self.document.add_picture(io.BytesIO(png), width=Cm(width_cm))
        picture = self.document.paragraphs[-1]
        picture.alignment = WD_ALIGN_PARAGRAPH.CENTER
        picture.paragraph_format.keep_with_next = True
        self.document.inline_shapes[-1]._inline.docPr.set("descr", chart.title)
        self.figure_number += 1
        self.caption(
            "figure", chart.title + "." + (f" {_plain(chart.printed_caption)}" if chart.printed_caption else "")
        )

    def table_item(self, table: Table) -> None:
        headers, rows, numeric = table_text(table, self.lang)
        wide = len(headers) >= WIDE_TABLE_COLUMNS
        if wide:
            self._orientation(WD_ORIENT.LANDSCAPE)
        self.table_number += 1
        self.caption("table", table.title, above=True)
        if rows:
            room_cm = (PAGE_HEIGHT.cm if wide else PAGE_WIDTH.cm) - 2 * MARGIN.cm
            measure = measuring_pdf()
            size = fitting_size(measure, headers, rows, table_size(headers), room_cm * 10, CELL_PADDING_MM)
            for group in column_groups(measure, headers, rows, size, room_cm * 10, CELL_PADDING_MM):
                part = [[row[index] for index in group] for row in rows]
                part_headers = [headers[index] for index in group]
                widths = column_widths(measure, part_headers, part, size, CELL_PADDING_MM, room=room_cm * 10)
                self.simple_table(part_headers, part, [numeric[index] for index in group], size, widths, room_cm)
        else:
            self.document.add_paragraph(t("export.report.no_chart", self.lang))
        notes = [_plain(table.note)] if table.note else []
        if len(table.frame) > len(rows):
            notes.append(t("export.report.rows_shown", self.lang, shown=len(rows), total=len(table.frame)))
        if notes:
            paragraph = self.document.add_paragraph()
            run = paragraph.add_run(" ".join(notes))
            run.font.size, run.font.color.rgb = Pt(8), MUTED
        if wide:
            self._orientation(WD_ORIENT.PORTRAIT)

    def _orientation(self, orientation) -> None:
        section = self.document.add_section(WD_SECTION.NEW_PAGE)
        section.orientation = orientation
        landscape = orientation == WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = (PAGE_HEIGHT, PAGE_WIDTH) if landscape else (PAGE_WIDTH, PAGE_HEIGHT)
        self.at_page_start = True

    def simple_table(
        self,
        headers: list[str] | None,
        rows: list[list[str]],
        numeric: list[bool],
        size: float,
        weights: list[float],
        width_cm: float = TEXT_WIDTH_CM,
    ) -> None:
        columns = len(headers) if headers else len(rows[0])
        table = self.document.add_table(rows=0, cols=columns)
        table.style = self.document.styles["Table Grid"]
        table.alignment = WD_TABLE_ALIGNMENT.LEFT
        table.autofit = False
        widths = [Cm(width_cm * weight / sum(weights)) for weight in weights]
        for column, width in zip(table.columns, widths):  # the grid, which LibreOffice lays out by
            column.width = width
        for cells, is_header in ([(headers, True)] if headers else []) + [(row, False) for row in rows]:
            row = table.add_row()
            if is_header:
                _repeat_header(row)
            for index, (cell, text) in enumerate(zip(row.cells, cells)):
                cell.width = widths[index]
                paragraph = cell.paragraphs[0]
                paragraph.paragraph_format.space_after = Pt(0)
                if numeric[index]:
                    paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                run = paragraph.add_run(text)
                run.font.size = Pt(size)
                if is_header:
                    run.bold = True
                    _shade(cell, HEADER_FILL)
        self.document.add_paragraph().paragraph_format.space_after = Pt(2)

    # --- the cover ------------------------------------------------------------------------------------

    def cover(self) -> None:
        report, filters, lang, document = self.report, self.report.filters, self.lang, self.document
        label = document.add_paragraph()
        run = label.add_run("prevcap")
        run.bold, run.font.color.rgb = True, MUTED
        document.add_heading(t("export.report.title", lang, county=filters.county_label), level=0)
        document.add_paragraph(t("export.report.subtitle", lang, year=filters.year), style="Subtitle")
        heading = document.add_paragraph()
        heading.add_run(t("export.report.selection", lang)).bold = True
        self.simple_table(None, [[label, value] for label, value in cover_rows(report)], [False, False], 10, [1, 3.2])
        if report.example and report.example_notice:
            notice = document.add_paragraph()
            self.add_runs(notice, blocks(report.example_notice or "")[0].runs, EXAMPLE)
        made_by = document.add_paragraph()
        run = made_by.add_run(t("export.report.made_by", lang, warehouse=report.warehouse or "–"))
        run.font.size, run.font.color.rgb = Pt(8.5), MUTED
        heading = document.add_paragraph()
        heading.add_run(t("export.report.contents", lang)).bold = True
        _field(document.add_paragraph(), 'TOC \\o "1-1" \\h \\z \\u', [section.title for section in report.sections])


def _plain(markdown: str) -> str:
    return " ".join("".join(run.text for run in block.runs) for block in blocks(markdown))


def docx_bytes(report: Report) -> bytes:
    writer = ReportDocx(report)
    writer.cover()
    for section in report.sections:
        writer.section(section)
    buffer = io.BytesIO()
    writer.document.save(buffer)
    return buffer.getvalue()
