"""Making a report: the sections of prevcap.report_sections, their charts drawn once as PNG by the warm
renderer of prevcap.export, then written as PDF and/or DOCX. No Streamlit here."""
from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from prevcap import export, queries
from prevcap.export import png_size  # noqa: F401  (the writers and the tests take it from here)
from prevcap.report_sections import (Chart, KeyFigures, ReportFilters, Section, Table, Text, build_sections,
                                     source_line)
from prevcap.sources import example_notice

# Charts in the report: 800 CSS px wide at scale 2 is 1600 px, 250 dpi across the 16–17 cm text width;
# print quality at half the bytes and drawing time of the downloads' scale 3.
REPORT_SCALE = 2
FORMATS = ("pdf", "docx")

Progress = Callable[[int, int, str], None]


@dataclass
class Report:
    """Everything a writer needs: the selection, the sections, each chart's PNG, when and from what."""

    filters: ReportFilters
    sections: list[Section]
    images: dict[str, bytes]
    source: str
    created: datetime
    warehouse: str = ""
    seconds_drawing: float = 0.0
    example_notice: str | None = None  # the example banner's text (sources.example_notice)
    example: bool = field(init=False)

    def __post_init__(self):
        self.example = any(section.example for section in self.sections)

    @property
    def chart_count(self) -> int:
        return sum(len(section.charts()) for section in self.sections)

    @property
    def table_count(self) -> int:
        return sum(len(section.tables()) for section in self.sections)


def write_item(writer, item) -> None:
    """Hand one item of a section to the writer's method for its kind: the PDF and the DOCX writer
    lay out the same items, each in its own way."""
    if isinstance(item, KeyFigures):
        writer.key_figures(item)
    elif isinstance(item, Chart):
        writer.chart(item)
    elif isinstance(item, Table):
        writer.table_item(item)
    elif isinstance(item, Text):
        writer.markdown(item.markdown)


def make_report(con, filters: ReportFilters, progress: Progress | None = None, warehouse: str = "",
                created: datetime | None = None) -> Report:
    """The sections for the selection, with every chart drawn (raises export.ExportUnavailable
    before any drawing when there is no Chromium)."""
    sections = build_sections(con, filters)
    source = source_line(con, filters.lang)
    charts = [chart for section in sections for chart in section.charts()]
    export.ensure_renderer()
    started = time.perf_counter()
    images: dict[str, bytes] = {}
    for done, chart in enumerate(charts):
        if progress:
            progress(done, len(charts), chart.title)
        subtitle = export.filters_subtitle(filters.county_label, filters.year, filters.lang, chart.subtitle_extra)
        decorated = export.decorate_for_export(chart.figure, chart.title, subtitle, source, chart.example, filters.lang)
        images[chart.key] = export.figure_bytes(decorated, "png", scale=REPORT_SCALE)
    if progress:
        progress(len(charts), len(charts), "")
    return Report(filters, sections, images, source, created or datetime.now().replace(microsecond=0), warehouse,
                  time.perf_counter() - started, example_notice(queries.datasets(con), filters.lang))


def write(report: Report, fmt: str) -> bytes:
    """The report as a PDF or DOCX file."""
    if fmt == "pdf":
        from reports.pdf_writer import pdf_bytes

        return pdf_bytes(report)
    if fmt == "docx":
        from reports.docx_writer import docx_bytes

        return docx_bytes(report)
    raise ValueError(f"format must be one of {FORMATS}, not {fmt!r}")


def build_report(con, filters: ReportFilters, fmt: str = "pdf", progress: Progress | None = None,
                 warehouse: str = "") -> bytes:
    """make_report then write: one report file."""
    return write(make_report(con, filters, progress, warehouse), fmt)


def pdf_page_count(pdf: bytes) -> int:
    import io

    import pypdf

    return len(pypdf.PdfReader(io.BytesIO(pdf)).pages)


def size_text(size: int, lang: str) -> str:
    """'2,4 MB' or '850 kB'."""
    from core import fmt

    if size >= 1_000_000:
        return f"{fmt.number(size / 1_000_000, 1, lang)} MB"
    return f"{fmt.number(max(size / 1000, 1), 0, lang)} kB"
