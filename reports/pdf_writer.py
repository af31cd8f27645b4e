"""The report as PDF with fpdf2: A4, a cover with the selection and the contents (with page numbers and
links), bookmarks per section, charts as print-quality PNG, tables that repeat their header row.

Text is set in DejaVu Sans (embedded, so å, ä, ö, –, × and Σ print on any machine); without it in
Liberation Sans, and as a last resort in the PDF's built-in Helvetica, which knows only Latin-1."""

from __future__ import annotations

import io
from pathlib import Path

from fpdf import FPDF
from fpdf.fonts import FontFace
from fpdf.outline import TableOfContents

from core.i18n import t
from prevcap.content.model import Chart, KeyFigures, Section, Table
from reports.markdown import Block, Run, blocks
from reports.model import Report, image_key, png_size, table_text, write_item

FONT_DIRS = (
    Path("/usr/share/fonts/truetype/dejavu"),
    Path("/usr/share/fonts/dejavu"),
    Path("/usr/share/fonts/TTF"),
    Path("/usr/share/fonts/truetype/liberation"),
)
FONT_FILES = {
    "DejaVu": {
        "": "DejaVuSans.ttf",
        "B": "DejaVuSans-Bold.ttf",
        "I": "DejaVuSans-Oblique.ttf",
        "BI": "DejaVuSans-BoldOblique.ttf",
    },
    "Liberation": {
        "": "LiberationSans-Regular.ttf",
        "B": "LiberationSans-Bold.ttf",
        "I": "LiberationSans-Italic.ttf",
        "BI": "LiberationSans-BoldItalic.ttf",
    },
}
MONO_FILES = ("DejaVuSansMono.ttf", "LiberationMono-Regular.ttf")

TEXT = (34, 34, 34)
MUTED = (85, 85, 85)
EXAMPLE = (176, 0, 32)  # prevcap.export.EXAMPLE_COLOUR
RULE = (200, 200, 200)
HEADER_FILL = (238, 238, 238)
EXAMPLE_FILL = (253, 236, 238)

BODY_PT = 10
LINE_MM = 5.0
WIDE_TABLE_COLUMNS = 9  # tables with more columns get a landscape page
# fpdf2's cell padding left and right (simple_table's padding=(0.9, 1.2)) and half a point of slack for
# the rounding of its line breaking
CELL_PADDING_MM = 2 * 1.2 + 0.2
MIN_TABLE_PT = 6.5  # a table that needs smaller text to fit is split into tables of fewer columns


def _font_path(name: str) -> Path | None:
    return next((directory / name for directory in FONT_DIRS if (directory / name).is_file()), None)


# Characters the built-in fonts (Latin-1) lack, as close as they get
_LATIN1 = str.maketrans(
    {
        "–": "-",
        "—": "-",
        "−": "-",
        "‘": "'",
        "’": "'",
        "“": '"',
        "”": '"',
        "…": "...",
        "Σ": "Sum ",
        "\u2009": " ",
        "\u202f": " ",
        "•": "-",
        "≥": ">=",
        "≤": "<=",
    }
)


def register_fonts(pdf: FPDF) -> tuple[str, str]:
    """Add the report's fonts to `pdf`: (text family, monospaced family)."""
    family = "Helvetica"
    for name, files in FONT_FILES.items():
        paths = {style: _font_path(file) for style, file in files.items()}
        if paths[""] is not None:
            for style, path in paths.items():
                pdf.add_font(name, style, str(path or paths[""]))
            family = name
            break
    mono = next((path for path in map(_font_path, MONO_FILES) if path is not None), None)
    if mono is not None and family != "Helvetica":
        pdf.add_font("Mono", "", str(mono))
        return family, "Mono"
    return family, "Courier" if family == "Helvetica" else family


class ReportPDF(FPDF):
    def __init__(self, report: Report):
        super().__init__(orientation="P", unit="mm", format="A4")
        self.report = report
        self.ui_lang = report.lang
        self.set_margins(20, 18, 20)
        self.set_auto_page_break(True, margin=20)
        self.family, self.mono = register_fonts(self)
        self.figure_number = 0
        self.table_number = 0

    def text_for_font(self, text: str) -> str:
        if self.family != "Helvetica":
            return text
        return text.translate(_LATIN1).encode("latin-1", "replace").decode("latin-1")

    def font(self, size: float = BODY_PT, style: str = "", colour=TEXT, mono: bool = False) -> None:
        self.set_font(self.mono if mono else self.family, "" if mono else style, size)
        self.set_text_color(*colour)

    # --- page furniture ---------------------------------------------------------------------------

    def new_page(self, orientation: str = "P") -> None:
        """A new page, unless the current one is still empty and turned the same way."""
        turned = getattr(self.cur_orientation, "value", self.cur_orientation)
        if self.page and self.y <= self.t_margin + 0.01 and turned == getattr(orientation, "value", orientation):
            return
        self.add_page(orientation=orientation)

    def footer(self) -> None:
        filters = self.report.filters
        self.set_y(-13)
        self.font(7.5, colour=MUTED)
        self.cell(
            self.epw / 3,
            5,
            self.text_for_font(t("export.report.footer", self.ui_lang, county=filters.county_label, year=filters.year)),
        )
        if self.report.example and self.report.example_notice:
            self.font(7.5, "B", EXAMPLE)
            self.cell(self.epw / 3, 5, self.text_for_font(t("export.example_data", self.ui_lang)), align="C")
        else:
            self.cell(self.epw / 3, 5, "")
        self.font(7.5, colour=MUTED)
        self.cell(self.epw / 3, 5, t("export.report.page", self.ui_lang, page=self.page_no(), pages="{nb}"), align="R")

    # --- text ---------------------------------------------------------------------------------------

    def write_runs(self, runs: tuple[Run, ...], size: float = BODY_PT, colour=TEXT, line: float = LINE_MM) -> None:
        for run in runs:
            style = ("B" if run.bold else "") + ("I" if run.italic else "")
            self.font(size * (0.92 if run.code else 1), style, colour, mono=run.code)
            self.write(line, self.text_for_font(run.text))

    def write_block(self, block: Block, colour=TEXT) -> None:
        if block.kind == "heading":
            self.subheading("".join(run.text for run in block.runs))
            return
        if block.kind == "bullet":
            left = self.l_margin
            self.font(BODY_PT, colour=colour)
            self.set_x(left + 1.5)
            self.write(LINE_MM, "•" if self.family != "Helvetica" else "-")
            self.set_left_margin(left + 5.5)
            self.set_x(left + 5.5)
            self.write_runs(block.runs, colour=colour)
            self.set_left_margin(left)
            self.ln(LINE_MM + 1)
            return
        self.write_runs(block.runs, colour=colour)
        self.ln(LINE_MM + 2.2)

    def markdown(self, text: str, colour=TEXT) -> None:
        items = blocks(text)
        for index, block in enumerate(items):
            self.write_block(block, colour)
            if block.kind == "bullet" and (index + 1 == len(items) or items[index + 1].kind != "bullet"):
                self.ln(1.2)

    def subheading(self, text: str) -> None:
        if self.will_page_break(40):
            self.new_page(self.cur_orientation)
        self.ln(2)
        self.start_section(text, level=1)
        self.font(12.5, "B")
        self.multi_cell(0, 6.5, self.text_for_font(text), new_x="LMARGIN", new_y="NEXT")
        self.ln(1.5)

    def caption(self, label: str, text: str) -> None:
        self.font(8.5, "B", MUTED)
        self.write(4.3, self.text_for_font(label + " "))
        self.font(8.5, "", MUTED)
        self.write(4.3, self.text_for_font(text))
        self.ln(4.3)

    # --- the parts of a section -----------------------------------------------------------------------

    def section(self, section: Section) -> None:
        self.current_section = section
        self.new_page("P")
        self.start_section(section.title, level=0)
        self.font(19, "B")
        self.multi_cell(0, 9, self.text_for_font(section.title), new_x="LMARGIN", new_y="NEXT")
        self.set_draw_color(*RULE)
        self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
        self.ln(4)
        if section.intro:
            self.markdown(section.intro, MUTED)
        for item in section.printed():
            write_item(self, item)

    def key_figures(self, figures: KeyFigures) -> None:
        with_change = any(change for _, _, change in figures.rows)
        headers = [t("export.report.indicator", self.ui_lang), t("export.report.value", self.ui_lang)]
        headers += [t("export.report.change", self.ui_lang)] if with_change else []
        rows = [[label, value, change][: len(headers)] for label, value, change in figures.rows]
        self.simple_table(
            headers,
            rows,
            [False, True, True][: len(headers)],
            column_widths(self, headers, rows, BODY_PT - 1),
            BODY_PT - 1,
        )
        if figures.note:
            self.font(8.5, colour=MUTED)
            self.multi_cell(0, 4.3, self.text_for_font(figures.note), new_x="LMARGIN", new_y="NEXT")
        self.ln(3)

    def chart(self, chart: Chart) -> None:
        png = self.report.images[image_key(self.current_section, chart)]
        width_px, height_px = png_size(png)
        width = self.epw
        height = width * height_px / width_px
        most = self.eph - 22  # room for the caption on a page of its own
        if height > most:
            width, height = width * most / height, most
        if self.will_page_break(height + 12):
            self.new_page(self.cur_orientation)
        self.figure_number += 1
        self.image(
            io.BytesIO(png),
            x=self.l_margin + (self.epw - width) / 2,
            w=width,
            h=height,
            alt_text=chart.title,
            title=chart.title,
        )
        self.ln(1.5)
        caption = chart.title + "." + (f" {_plain(chart.printed_caption)}" if chart.printed_caption else "")
        self.caption(t("export.report.figure", self.ui_lang, n=self.figure_number), caption)
        self.ln(4)

    def table_item(self, table: Table) -> None:
        headers, rows, numeric = table_text(table, self.ui_lang)
        wide = len(headers) >= WIDE_TABLE_COLUMNS
        if wide:
            self.new_page("L")
        elif self.will_page_break(30):
            self.new_page(self.cur_orientation)
        self.table_number += 1
        self.caption(t("export.report.table", self.ui_lang, n=self.table_number), table.title)
        self.ln(0.8)
        if rows:
            size = fitting_size(self, headers, rows, table_size(headers))
            for number, group in enumerate(column_groups(self, headers, rows, size)):
                if number:
                    self.ln(3)
                part = [[row[index] for index in group] for row in rows]
                part_headers = [headers[index] for index in group]
                widths = column_widths(self, part_headers, part, size)
                self.simple_table(part_headers, part, [numeric[index] for index in group], widths, size)
        else:
            self.font(9, colour=MUTED)
            self.multi_cell(
                0, 4.5, self.text_for_font(t("export.report.no_chart", self.ui_lang)), new_x="LMARGIN", new_y="NEXT"
            )
        notes = [_plain(table.note)] if table.note else []
        if len(table.frame) > len(rows):
            notes.append(t("export.report.rows_shown", self.ui_lang, shown=len(rows), total=len(table.frame)))
        if notes:
            self.ln(1)
            self.font(8, colour=MUTED)
            self.multi_cell(0, 4, self.text_for_font(" ".join(notes)), new_x="LMARGIN", new_y="NEXT")
        self.ln(4)
        if wide:
            self.new_page("P")

    def simple_table(
        self, headers: list[str] | None, rows: list[list[str]], numeric: list[bool], widths, size: float
    ) -> None:
        """A table with columns `widths` mm wide; `headers` None: no header row."""
        self.font(size)
        self.set_fill_color(255, 255, 255)
        aligns = tuple("RIGHT" if is_number else "LEFT" for is_number in numeric)
        with self.table(
            col_widths=tuple(widths),
            text_align=aligns,
            line_height=size * 0.48,
            headings_style=FontFace(emphasis="BOLD", fill_color=HEADER_FILL, color=TEXT),
            borders_layout="HORIZONTAL_LINES",
            padding=(0.9, 1.2),
            repeat_headings=1,
            v_align="TOP",
            align="LEFT",
            width=min(sum(widths), self.epw),
            first_row_as_headings=headers is not None,
            num_heading_rows=int(headers is not None),
        ) as table:
            self.set_draw_color(*RULE)
            for cells in ([headers] if headers else []) + rows:
                row = table.row()
                for cell in cells:
                    row.cell(self.text_for_font(cell))

    # --- the cover ------------------------------------------------------------------------------------

    def cover(self) -> None:
        report, filters, lang = self.report, self.report.filters, self.ui_lang
        self.add_page()
        self.font(10, "B", MUTED)
        self.cell(0, 6, "prevcap", new_x="LMARGIN", new_y="NEXT")
        self.ln(14)
        self.font(25, "B")
        self.multi_cell(
            0,
            11,
            self.text_for_font(t("export.report.title", lang, county=filters.county_label)),
            new_x="LMARGIN",
            new_y="NEXT",
            align="L",
        )
        self.ln(2)
        self.font(13, colour=MUTED)
        self.multi_cell(
            0,
            6.5,
            self.text_for_font(t("export.report.subtitle", lang, year=filters.year)),
            new_x="LMARGIN",
            new_y="NEXT",
            align="L",
        )
        self.ln(10)
        self.font(11, "B")
        self.cell(0, 6, self.text_for_font(t("export.report.selection", lang)), new_x="LMARGIN", new_y="NEXT")
        self.ln(1)
        rows = cover_rows(report)
        self.simple_table(
            None, [[label, value] for label, value in rows], [False, False], (self.epw * 0.24, self.epw * 0.76), 9.5
        )
        self.ln(5)
        if report.example and report.example_notice:
            self.example_notice()
        self.font(8.5, colour=MUTED)
        self.multi_cell(
            0,
            4.3,
            self.text_for_font(t("export.report.made_by", lang, warehouse=report.warehouse or "–")),
            new_x="LMARGIN",
            new_y="NEXT",
        )
        self.ln(6)
        self.font(11, "B")
        self.cell(0, 6, self.text_for_font(t("export.report.contents", lang)), new_x="LMARGIN", new_y="NEXT")
        self.insert_toc_placeholder(_Contents(self).render_toc, pages=1, reset_page_indices=False)

    def example_notice(self) -> None:
        top = self.get_y()
        self.set_fill_color(*EXAMPLE_FILL)
        # measure with a dry run, then draw the box and the text over it
        lines = self.multi_cell(
            self.epw - 8,
            4.8,
            self.text_for_font(_plain(self.report.example_notice or "")),
            dry_run=True,
            output="LINES",
        )
        height = len(lines) * 4.8 + 6
        self.rect(self.l_margin, top, self.epw, height, style="F")
        self.set_fill_color(*EXAMPLE)
        self.rect(self.l_margin, top, 1.4, height, style="F")
        self.set_xy(self.l_margin + 4, top + 3)
        self.set_left_margin(self.l_margin + 4)
        self.write_runs(blocks(self.report.example_notice or "")[0].runs, 9.5, EXAMPLE, 4.8)
        self.set_left_margin(self.l_margin - 4)
        self.set_fill_color(255, 255, 255)
        self.set_xy(self.l_margin, top + height + 5)


class _Contents(TableOfContents):
    """The sections with their page numbers, on the cover; the method's sub-headings left out."""

    def __init__(self, pdf: ReportPDF):
        from fpdf.fonts import TextStyle

        super().__init__(text_style=TextStyle(font_family=pdf.family, font_size_pt=10.5, color=TEXT), line_spacing=1.7)

    def render_toc(self, pdf, outline) -> None:
        super().render_toc(pdf, [section for section in outline if section.level == 0])


def cover_rows(report: Report) -> list[tuple[str, str]]:
    """The selection as (label, value): county, year, compared with, created, data. Every other setting
    has a section of its own (reports.build.settings_section)."""
    filters, lang = report.filters, report.lang
    return [
        (t("export.report.county", lang), filters.county_label),
        (t("export.report.year", lang), str(filters.year)),
        (t("export.report.compared", lang), str(filters.previous_year or t("kpi.no_previous", lang))),
        (t("export.report.created", lang), report.created.strftime("%Y-%m-%d %H:%M")),
        (t("export.report.data", lang), report.source),
    ]


def _plain(markdown: str) -> str:
    return " ".join("".join(run.text for run in block.runs) for block in blocks(markdown))


LONGEST_LINK_MM = 40  # a link may break anywhere: its column needs no more than this


def _longest_word(pdf: FPDF, texts, style: str, size: float) -> float:
    pdf.set_font(pdf.family, style, size)
    return max(
        (
            min(pdf.get_string_width(word), LONGEST_LINK_MM)
            if word.startswith(("http://", "https://"))
            else pdf.get_string_width(word)
            for text in texts
            for word in text.split()
        ),
        default=0,
    )


def _least_widths(pdf: FPDF, headers: list[str] | None, rows: list[list[str]], size: float, padding: float):
    """Per column, the width of its longest word (the header's in bold) and the padding: narrower, a
    word would be broken inside the cell ('Exempeldat|a')."""
    columns = len(headers) if headers else len(rows[0])
    return [
        max(
            _longest_word(pdf, [headers[index]] if headers else [], "B", size),
            _longest_word(pdf, [row[index] for row in rows], "", size),
        )
        + padding
        for index in range(columns)
    ]


def table_size(headers: list[str]) -> float:
    """The font size of a report table, by its number of columns."""
    return 9 if len(headers) <= 5 else 8 if len(headers) <= 8 else 7


def column_groups(
    pdf: FPDF,
    headers: list[str] | None,
    rows: list[list[str]],
    size: float,
    room: float | None = None,
    padding: float = CELL_PADDING_MM,
) -> list[list[int]]:
    """The columns in groups that each fit `room` mm without breaking a word, each group after the
    first repeating the first column (the year, the municipality): a table too wide for the page is
    printed as two or more tables one under the other. One group when the table fits."""
    room = pdf.epw if room is None else room
    least = _least_widths(pdf, headers, rows, size, padding)
    groups: list[list[int]] = [[0]]
    for index in range(1, len(least)):
        if len(groups[-1]) > 1 and sum(least[column] for column in groups[-1]) + least[index] > room:
            groups.append([0])
        groups[-1].append(index)
    return groups


def fitting_size(
    pdf: FPDF,
    headers: list[str] | None,
    rows: list[list[str]],
    size: float,
    room: float | None = None,
    padding: float = CELL_PADDING_MM,
    smallest: float = MIN_TABLE_PT,
) -> float:
    """The largest font size, from `size` down by half points to `smallest`, at which every column is
    as wide as its longest word and the columns still fit `room` mm (by default the text width); a
    table that does not fit at `smallest` is split by column_groups."""
    room = pdf.epw if room is None else room
    while size > smallest and sum(_least_widths(pdf, headers, rows, size, padding)) > room:
        size -= 0.5
    return size


def column_widths(
    pdf: FPDF,
    headers: list[str] | None,
    rows: list[list[str]],
    size: float,
    padding: float = CELL_PADDING_MM,
    widest: float = 62,
    room: float | None = None,
) -> list[float]:
    """Column widths in mm that fill `room` (by default the text width): each column as wide as its
    content (at most `widest`), never narrower than its longest word, so that no word is broken inside
    a cell (fitting_size finds a size where that is possible); what does not fit is taken from the
    columns with the most text. `pdf` measures the text in the report's font."""
    room = pdf.epw if room is None else room
    least = _least_widths(pdf, headers, rows, size, padding)
    pdf.set_font(pdf.family, "", size)
    wanted = [
        max(least[index], min(max((pdf.get_string_width(row[index]) for row in rows), default=0), widest) + padding)
        for index in range(len(least))
    ]
    if sum(wanted) <= room:  # a small table grows a little, not to the full width
        return [width * min(room / sum(wanted), 1.5) for width in wanted]
    spare = [want - low for want, low in zip(wanted, least)]
    cut = min(sum(wanted) - room, sum(spare))
    widths = [want - cut * extra / sum(spare) if sum(spare) else want for want, extra in zip(wanted, spare)]
    return [width * room / sum(widths) for width in widths]


def measuring_pdf() -> FPDF:
    """An FPDF in the report's font, to measure text with (the DOCX writer's column widths)."""
    pdf = FPDF(orientation="P", unit="mm", format="A4")
    pdf.family, pdf.mono = register_fonts(pdf)
    return pdf


def pdf_bytes(report: Report) -> bytes:
    pdf = ReportPDF(report)
    filters = report.filters
    pdf.set_title(t("export.report.title", filters.lang, county=filters.county_label) + f", {filters.year}")
    pdf.set_subject(t("export.report.subtitle", filters.lang, year=filters.year))
    pdf.set_author("prevcap")
    pdf.set_creator("prevcap")
    pdf.set_lang("sv-SE" if filters.lang == "sv" else "en-GB")
    pdf.set_creation_date(report.created.astimezone())
    pdf.cover()
    for section in report.sections:
        pdf.section(section)
    return bytes(pdf.output())
