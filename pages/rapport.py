"""Rapport: one click makes the whole dashboard's report for the sidebar's selection, as PDF and DOCX,
and the command that makes the same report on a schedule."""
import logging
import time

import streamlit as st

from prevcap import export, queries, report_sections, ui
from core.config import warehouse_path
from core.i18n import t
from reports.build import make_report, pdf_page_count, size_text, write

filters = ui.page_filters()
lang = filters.lang
# drawing the charts and writing both files takes about this long with a warm Chromium (bench/bench_export.py)
TYPICAL_SECONDS = 20

st.title(t("export.report.page_title", lang))
st.markdown(t("export.report.intro", lang, county=filters.county_label, year=filters.year, seconds=TYPICAL_SECONDS))
sets = ui.query(queries.datasets)
ui.example_banner(lang, bool((sets["origin"] == "example").any()))

st.subheader(t("export.report.contents", lang))
outline = ui.query(report_sections.outline, filters.county_codes, filters.year, lang)
st.markdown(report_sections.contents_markdown(outline, lang))

chromium = export.find_chromium()
if chromium is None:
    st.warning(t("export.report.no_chromium", lang), icon=":material/warning:")
else:
    export.start_renderer_in_background()

# a report belongs to one selection and one warehouse: a changed filter shows the button again
selection = (filters.county_codes, filters.year, lang, ui.warehouse_version(warehouse_path()))
if st.button(t("export.report.build", lang), type="primary", icon=":material/description:", key="build_report",
             disabled=chromium is None):
    bar = st.progress(0.0, text=t("export.report.building", lang))

    def progress(done: int, total: int, title: str) -> None:
        text = (t("export.report.progress", lang, done=done + 1, total=total, title=title) if done < total
                else t("export.report.writing", lang))
        bar.progress(done / max(total, 1) * 0.9, text=text)

    started = time.perf_counter()
    report_filters = report_sections.ReportFilters(lang, filters.county_codes, filters.county_label, filters.year,
                                                   filters.previous_year)
    try:
        with ui.warehouse_cursor() as con:
            report = make_report(con, report_filters, progress, warehouse=warehouse_path().name)
        files = {fmt: write(report, fmt) for fmt in ("pdf", "docx")}
    except export.ExportUnavailable as unavailable:
        bar.empty()
        st.error(unavailable.message(lang), icon=":material/error:")
    except Exception as error:  # the page stays usable; the log has the details
        logging.getLogger(__name__).exception("the report failed")
        bar.empty()
        st.error(t("export.report.failed", lang, error=error), icon=":material/error:")
    else:
        bar.empty()
        st.session_state["_report"] = {
            "selection": selection, "files": files, "seconds": round(time.perf_counter() - started),
            "pages": pdf_page_count(files["pdf"]), "charts": report.chart_count, "tables": report.table_count,
            "name": report_filters.county_label}

made = st.session_state.get("_report")
if made and made["selection"] == selection:
    st.success(t("export.report.done", lang, seconds=made["seconds"], pages=made["pages"], charts=made["charts"],
                 tables=made["tables"]), icon=":material/check_circle:")
    row = st.container(horizontal=True, gap="small")
    for fmt, mime in (("pdf", "application/pdf"),
                      ("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document")):
        data = made["files"][fmt]
        row.download_button(
            t(f"export.report.download_{fmt}", lang, size=size_text(len(data), lang)), data,
            file_name=export.export_filename(t("export.report.page_title", lang), [made["name"], filters.year], fmt),
            mime=mime, key=f"report_{fmt}", on_click="ignore", icon=":material/download:",
            help=t(f"export.report.help_{fmt}", lang))

with st.expander(t("export.report.schedule", lang), icon=":material/schedule:"):
    counties = " ".join(f"--county {code}" for code in filters.county_codes) if len(filters.county_codes) == 1 \
        else "--county all"
    out = export.export_filename(t("export.report.page_title", lang), [filters.county_label, filters.year], "pdf")
    st.code(f"python -m reports {counties} --year {filters.year} --format pdf --out {out}"
            + (" --lang en" if lang == "en" else ""), language="bash")
    st.markdown(t("export.report.schedule_text", lang))
