"""Making a report: the sections of prevcap.content for a view, their charts drawn once as PNG by the
warm renderer of prevcap.export, then written as PDF and/or DOCX. No Streamlit here."""

from __future__ import annotations

import io
import time
from collections.abc import Callable
from datetime import datetime

from core import fmt
from core.i18n import t
from prevcap import content, export
from prevcap.queries import meta as meta_queries
from prevcap.sources import example_notice, source_line
from prevcap.view import View
from reports.model import Report, image_key, settings_section

# Charts in the report: 800 CSS px wide at scale 2 is 1600 px, 250 dpi across the 16–17 cm text width;
# print quality at half the bytes and drawing time of the downloads' scale 3.
REPORT_SCALE = 2
FORMATS = ("pdf", "docx")

Progress = Callable[[int, int, str], None]


def build_sections(source, view: View) -> list:
    """The settings, then every area's section for the view, in the report's order."""
    sections = [area(source, view) for area in content.areas_for(view)]
    return [settings_section(sections, view.lang), *sections]


def make_report(
    source, view: View, progress: Progress | None = None, warehouse: str = "", created: datetime | None = None
) -> Report:
    """The sections for the view, with every chart drawn (raises export.ExportUnavailable before any
    drawing when there is no Chromium). `source`: a content source (prevcap.content.source.Direct(con),
    or the dashboard's cached one)."""
    sections = build_sections(source, view)
    datasets = source.query(meta_queries.datasets)
    source_text = source_line(datasets, view.lang)
    charts = [chart for section in sections for chart in section.charts()]
    export.browser.ensure_renderer()
    started = time.perf_counter()
    images: dict[str, bytes] = {}
    for done, chart in enumerate(charts):
        if progress:
            progress(done, len(charts), chart.title)
        subtitle = export.filters_subtitle(view.county_label(), view.year, view.lang, chart.subtitle_extra)
        decorated = export.decorate_for_export(
            chart.figure, chart.title, subtitle, source_text, chart.example, view.lang
        )
        images[image_key(section_of(sections, chart), chart)] = export.images.figure_bytes(
            decorated, "png", scale=REPORT_SCALE
        )
    if progress:
        progress(len(charts), len(charts), "")
    return Report(
        view,
        sections,
        images,
        source_text,
        created or datetime.now().replace(microsecond=0),
        warehouse,
        time.perf_counter() - started,
        example_notice(datasets, view.lang),
    )


def section_of(sections, chart):
    return next(section for section in sections if any(item is chart for item in section.items))


def write(report: Report, fmt_: str) -> bytes:
    """The report as a PDF or DOCX file."""
    if fmt_ == "pdf":
        from reports.pdf_writer import pdf_bytes

        return pdf_bytes(report)
    if fmt_ == "docx":
        from reports.docx_writer import docx_bytes

        return docx_bytes(report)
    raise ValueError(f"format must be one of {FORMATS}, not {fmt_!r}")


def build_report(source, view: View, fmt_: str = "pdf", progress: Progress | None = None, warehouse: str = "") -> bytes:
    """make_report then write: one report file."""
    return write(make_report(source, view, progress, warehouse), fmt_)


def pdf_page_count(pdf: bytes) -> int:
    import pypdf

    return len(pypdf.PdfReader(io.BytesIO(pdf)).pages)


def size_text(size: int, lang: str) -> str:
    """'2,4 MB' or '850 kB'."""
    if size >= 1_000_000:
        return f"{fmt.number(size / 1_000_000, 1, lang)} MB"
    return f"{fmt.number(max(size / 1000, 1), 0, lang)} kB"


class _WithoutFigures:
    """A source that answers every query but draws no figure: enough to count a report's charts."""

    def __init__(self, source):
        self._source = source

    def query(self, function, *args):
        return self._source.query(function, *args)

    def figure(self, builder, *args, **kwargs):
        return None

    def geojson(self, county_codes):
        return {"type": "FeatureCollection", "features": []}


def outline(source, view: View) -> list[tuple[str, int, int]]:
    """(section title, charts, tables) of the report for the view, without drawing a chart."""
    return [
        (section.title, len(section.charts()), len(section.tables()))
        for section in build_sections(_WithoutFigures(source), view)
    ]


def count_text(charts: int, tables: int, lang: str) -> str:
    """'3 diagram, 1 tabell'; 'text' for a section of text only."""
    parts = [
        t(f"export.report.{kind}.{'one' if n == 1 else 'many'}", lang, n=n)
        for kind, n in (("charts", charts), ("tables", tables))
        if n
    ]
    return ", ".join(parts) or t("export.report.text_only", lang)


def contents_markdown(outline_rows: list[tuple[str, int, int]], lang: str) -> str:
    """The outline as a numbered Markdown list: '1. **Översikt**: 1 diagram, 1 tabell'."""
    return "\n".join(f"1. **{title}**: {count_text(charts, tables, lang)}" for title, charts, tables in outline_rows)
