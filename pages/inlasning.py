"""Inläsning: a county board's file in through the browser. Upload a CSV or XLSX (the kind chosen or
found from its headers), see every problem, or a preview of what would change; only Bekräfta writes
the batch. Below, the county's batches with their original files and an undo."""

import streamlit as st

from core.i18n import t
from etl.build import Workspace
from etl.kinds import KINDS, SHEET_KINDS
from etl.templates import template_text
from prevcap import ui
from prevcap.collect import preview as previews
from prevcap.collect import uploads
from prevcap.content.model import Table
from prevcap.queries import capacity as capacity_queries
from prevcap.text_safety import markdown_text
from prevcap.ui import auth
from prevcap.ui.settings import choose_placeholder

PROBLEM_COLUMNS = {
    "row": ("collect.col.row", "plain"),
    "column": ("collect.col.column", None),
    "value": ("collect.col.value", None),
    "problem": ("collect.col.problem", None),
}


def show_problems(file_name: str, problems) -> None:
    """Every problem of a refused file in one table; nothing was written."""
    st.error(
        t("collect.upload.refused", lang, file=markdown_text(file_name), count=len(problems)), icon=":material/error:"
    )
    ui.table(
        Table(
            "upload_problems",
            uploads.problem_table(problems, lang),
            PROBLEM_COLUMNS,
            t("collect.upload.problems", lang),
        ),
        view,
    )


view = ui.page_view()
lang = view.lang
st.title(t("collect.upload.title", lang))
role = auth.page_for(auth.current_role(), "admin", lang)
ws = Workspace.configured()
names_table = ui.query(capacity_queries.municipality_names)
names = dict(zip(names_table["municipality_code"], names_table["municipality_name"]))
st.markdown(t("collect.upload.intro", lang, mb=f"{uploads.max_upload_bytes() / 1e6:g}"))

kind_choice = st.selectbox(
    t("collect.upload.kind", lang),
    ["auto", *KINDS],
    key="upload_kind",
    format_func=lambda kind: t(f"collect.kind.{kind}", lang),
    placeholder=choose_placeholder(lang),
)
with st.expander(t("collect.upload.templates", lang), icon=":material/download:"):
    st.caption(t("collect.upload.templates_text", lang))
    row = st.container(horizontal=True, gap="small")
    for kind in SHEET_KINDS:
        row.download_button(
            t(f"collect.kind.{kind}", lang),
            template_text(kind).encode("utf-8-sig"),
            file_name=f"{kind}.csv",
            mime="text/csv",
            key=f"template_{kind}",
            on_click="ignore",
            icon=":material/download:",
            type="tertiary",
        )

generation = st.session_state.setdefault("_upload_generation", 0)  # a new uploader after a confirmed load
given = st.file_uploader(
    t("collect.upload.file", lang),
    type=["csv", "xlsx", "txt"],
    key=f"upload_file_{generation}",
    help=t("collect.upload.file_help", lang),
)
if given is not None:
    upload, problems = uploads.keep(given.getvalue(), given.name)
    kind = kind_choice
    if upload is not None and kind == "auto":
        kind, problems = uploads.detect_kind(upload.path)
    if problems:
        show_problems(uploads.safe_file_name(given.name), problems)
    else:
        checked = uploads.preview(ws, role, kind, upload, names)
        if not checked.ok:
            show_problems(upload.name, checked.problems)
        else:
            result = checked.result
            st.success(
                t(
                    "collect.upload.checked",
                    lang,
                    file=markdown_text(upload.name),
                    rows=result.rows,
                    kind=t(f"collect.kind.{kind}", lang),
                    new=result.new,
                    replaced=result.replaced,
                    unchanged=result.unchanged,
                ),
                icon=":material/fact_check:",
            )
            if result.ignored_columns:
                st.warning(
                    t("etl.msg.ignored_columns", lang, columns=", ".join(map(markdown_text, result.ignored_columns)))
                )
            for warning in result.warnings:  # hidden rows or columns, a sheet read instead of the first
                st.warning(markdown_text(warning.message(upload.name, lang)), icon=":material/visibility_off:")
            if result.stepped_aside:
                st.info(t("etl.msg.stepped_aside", lang, rows=result.stepped_aside))
            ui.heading(t("collect.upload.per_municipality", lang))
            ui.table(
                Table(
                    "upload_per_municipality",
                    previews.per_municipality(kind, result.diff, names),
                    {
                        "municipality": ("col.municipality", None),
                        "new": ("collect.col.new", "localized"),
                        "replaced": ("collect.col.replaced", "localized"),
                        "unchanged": ("collect.col.unchanged", "localized"),
                    },
                    t("collect.upload.per_municipality", lang),
                ),
                view,
            )
            changed = previews.replaced_values(kind, result.diff, names, lang)
            if len(changed):
                ui.heading(t("collect.upload.replaced", lang), 3)
                changed["old_origin"] = changed["old_origin"].map(
                    lambda origin: t(f"cap.origin.{origin}", lang) if origin else ""
                )
                ui.table(
                    Table(
                        "upload_replaced",
                        changed,
                        {
                            "key": ("collect.col.key", None),
                            "column": ("collect.col.column", None),
                            "old": ("collect.col.old", None),
                            "new": ("collect.col.new_value", None),
                            "old_origin": ("collect.col.old_origin", None),
                        },
                        t("collect.upload.replaced", lang),
                    ),
                    view,
                )
            if st.button(
                t("collect.upload.confirm", lang), type="primary", key="upload_confirm", icon=":material/check:"
            ):
                loaded = uploads.confirm(ws, role, kind, upload, names)
                if loaded.ok:
                    st.session_state["_upload_done"] = t(
                        "collect.upload.done",
                        lang,
                        file=markdown_text(upload.name),
                        batch=loaded.batch_id,
                        rows=loaded.rows,
                    )
                    st.session_state["_upload_generation"] = generation + 1
                    st.rerun()
                messages = "\n\n".join(markdown_text(p.message(upload.name, lang)) for p in loaded.problems)
                st.error(messages, icon=":material/error:")

if "_upload_done" in st.session_state:
    st.success(st.session_state.pop("_upload_done"), icon=":material/check_circle:")

# --- the county's batches -----------------------------------------------------------------------------
st.header(t("collect.history.title", lang))
batches = uploads.county_batches(ws, role)
if batches.empty:
    st.caption(t("collect.history.none", lang))
else:
    from prevcap.collect.history import batch_table

    ui.table(Table("upload_history", *batch_table(batches, lang), t("collect.history.title", lang)), view)
    chosen = st.selectbox(
        t("collect.history.choose", lang),
        list(batches["entry_id"]),
        key="history_batch",
        format_func=lambda entry_id: t("collect.history.batch", lang, id=int(entry_id)),
        placeholder=choose_placeholder(lang),
    )
    entry = batches[batches["entry_id"] == chosen].iloc[0]
    row = st.container(horizontal=True, gap="small")
    name, original = uploads.original_file(ws, role, int(chosen)) if entry["action"] == "load" else (None, None)
    if original is not None:
        row.download_button(
            t("collect.history.download", lang),
            original,
            file_name=name or f"sats_{chosen}",
            key="history_download",
            on_click="ignore",
            icon=":material/download:",
        )
    undo_key = "collect.history.restore" if entry["action"] == "revert" else "collect.history.revert"
    if entry["status"] == "active" and row.button(
        t(undo_key, lang, id=int(chosen)), key="history_revert", icon=":material/undo:"
    ):
        st.session_state["_confirm_revert"] = int(chosen)
    if st.session_state.get("_confirm_revert") == int(chosen):
        st.warning(t("collect.history.confirm_text", lang, id=int(chosen)), icon=":material/warning:")
        yes, no = st.columns(2)
        if yes.button(t("collect.history.confirm_yes", lang), type="primary", key="history_revert_yes"):
            undone = uploads.revert(ws, role, int(chosen))
            st.session_state.pop("_confirm_revert", None)
            if undone.ok:
                st.session_state["_upload_done"] = t(
                    "collect.history.reverted", lang, id=int(chosen), entry=undone.entry_id
                )
                st.rerun()
            messages = "\n\n".join(
                markdown_text(p.message(t("etl.where.batch", lang, id=int(chosen)), lang)) for p in undone.problems
            )
            st.error(messages)
        if no.button(t("collect.history.confirm_no", lang), key="history_revert_no"):
            st.session_state.pop("_confirm_revert", None)
            st.rerun()
