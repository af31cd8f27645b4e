"""Rapport: one click makes the whole dashboard's report for the sidebar's selection, as PDF and DOCX,
and the command that makes the same report on a schedule."""

import logging
import time
from urllib.parse import urlencode

import streamlit as st

from core.config import warehouse_path
from core.i18n import t
from prevcap import export, ui
from prevcap.queries import meta as meta_queries
from prevcap.text_safety import markdown_text
from prevcap.view import to_params
from reports.build import contents_markdown, make_report, outline, pdf_page_count, size_text, write

view = ui.page_view()
lang = view.lang
# drawing the charts and writing both files takes about this long with a warm Chromium (bench/bench_export.py)
TYPICAL_SECONDS = 20

st.title(t("export.report.page_title", lang))
st.markdown(t("export.report.intro", lang, county=view.county_label(), year=view.year, seconds=TYPICAL_SECONDS))
sets = ui.query(meta_queries.datasets)
ui.example_banner(lang, bool((sets["origin"] == "example").any()))

st.header(t("export.report.contents", lang))
st.markdown(contents_markdown(outline(ui.SOURCE, view), lang))

chromium = export.browser.find_chromium()
if chromium is None:
    st.warning(t("export.report.no_chromium", lang), icon=":material/warning:")
else:
    export.browser.start_renderer_in_background()

# a report belongs to one selection and one warehouse: a changed filter shows the button again
selection = (tuple(sorted(to_params(view).items())), ui.warehouse_version(warehouse_path()))
if st.button(
    t("export.report.build", lang),
    type="primary",
    icon=":material/description:",
    key="build_report",
    disabled=chromium is None,
):
    bar = st.progress(0.0, text=t("export.report.building", lang))

    def progress(done: int, total: int, title: str) -> None:
        text = (
            t("export.report.progress", lang, done=done + 1, total=total, title=title)
            if done < total
            else t("export.report.writing", lang)
        )
        bar.progress(done / max(total, 1) * 0.9, text=text)

    started = time.perf_counter()
    try:
        report = make_report(ui.SOURCE, view, progress, warehouse=warehouse_path().name)
        files = {fmt: write(report, fmt) for fmt in ("pdf", "docx")}
    except export.ExportUnavailable as unavailable:
        bar.empty()
        st.error(unavailable.message(lang), icon=":material/error:")
    except Exception as error:  # the page stays usable; the log has the details
        logging.getLogger(__name__).exception("the report failed")
        bar.empty()
        st.error(t("export.report.failed", lang, error=markdown_text(error)), icon=":material/error:")
    else:
        bar.empty()
        st.session_state["_report"] = {
            "selection": selection,
            "files": files,
            "seconds": round(time.perf_counter() - started),
            "pages": pdf_page_count(files["pdf"]),
            "charts": report.chart_count,
            "tables": report.table_count,
            "name": view.county_label(),
        }

made = st.session_state.get("_report")
if made and made["selection"] == selection:
    st.success(
        t(
            "export.report.done",
            lang,
            seconds=made["seconds"],
            pages=made["pages"],
            charts=made["charts"],
            tables=made["tables"],
        ),
        icon=":material/check_circle:",
    )
    row = st.container(horizontal=True, gap="small")
    for fmt, mime in (
        ("pdf", "application/pdf"),
        ("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    ):
        data = made["files"][fmt]
        row.download_button(
            t(f"export.report.download_{fmt}", lang, size=size_text(len(data), lang)),
            data,
            file_name=export.export_filename(t("export.report.page_title", lang), [made["name"], view.year], fmt),
            mime=mime,
            key=f"report_{fmt}",
            on_click="ignore",
            icon=":material/download:",
            help=t(f"export.report.help_{fmt}", lang),
        )

with st.expander(t("export.report.schedule", lang), icon=":material/schedule:"):
    out = export.export_filename(t("export.report.page_title", lang), [view.county_label(), view.year], "pdf")
    # the link carries the whole view: the scheduled report uses every setting of this one
    st.code(f"python -m reports --link '?{urlencode(to_params(view))}' --format pdf --out {out}", language="bash")
    st.markdown(t("export.report.schedule_text", lang))
