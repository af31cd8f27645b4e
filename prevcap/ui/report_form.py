"""The Rapportera form and the Inrapportering list in Streamlit: the choice of report, its status, the four
parts with their editors and their problems in place, the county board's comparison with last year, and
the way from the list to a report. What the form holds and how it becomes a report's content is
prevcap/collect/form.py; every write goes through prevcap/collect/submissions.py, which checks the role.

User-entered text (posts, links, the county board's comment) is shown only through components that escape
it (the editors, st.dataframe, st.text), never as Markdown."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import streamlit as st

from core.i18n import t
from etl.build import Workspace
from etl.kinds import LAW_PARTS, MAX_AMOUNT_SEK, MAX_FTE, MAX_PARTICIPANTS
from prevcap.collect import form, submissions
from prevcap.content.municipality import municipality_names
from prevcap.domain.funding import FUNDERS, FUNDING_AREAS
from prevcap.queries import reports as report_queries
from prevcap.ui.data import SOURCE, query, warehouse_cursor
from prevcap.ui.render import frame_table
from prevcap.ui.settings import choose_placeholder
from prevcap.view import View

REPORT_PAGE = "pages/rapportera.py"
MUNICIPALITY_KEY, YEAR_KEY = "rapport_kommun", "rapport_ar"
OPEN_KEY = "_report_open"  # (municipality, year) that Inrapportering asks Rapportera to show
FLASH_KEY = "_report_flash"  # what the last write did, for the rerun after it
EARLIEST_DATE = dt.date(2000, 1, 1)


def workspace() -> Workspace:
    return Workspace.configured()


def names() -> dict[str, str]:
    """{code: name} of every municipality of the warehouse."""
    return municipality_names(SOURCE)


def writable(role, names: dict[str, str]) -> list[str]:
    """The municipalities the role may report for, by name: a reporter's own, an admin's county's."""
    return form.by_name([code for code in names if role.may_write(code)], names)


def events_of_year(year: int) -> pd.DataFrame:
    return query(report_queries.events_of_year, int(year))


def prefill(municipality: str, year: int) -> dict:
    """Last year's answers (submissions.prefill), cached by the warehouse's version."""
    return query(submissions.prefill, municipality, int(year))


def check(ws: Workspace, content: dict, municipality: str, year: int):
    with warehouse_cursor() as con:
        _, problems = submissions.check(con, content, municipality, int(year), ws.scope)
    return form.form_problems(problems)


def version_stamp(ws: Workspace, municipality: str, year: int) -> int:
    """The report's latest version number (0: none): part of every form widget's key, so that after a
    write, in this session or another, the form shows the stored report afresh."""
    versions = submissions.history(ws, municipality, year)
    return int(versions["version_id"].max()) if len(versions) else 0


# --- which report -------------------------------------------------------------------------------------


def _default(key: str, options: list, preferred) -> None:
    if st.session_state.get(key) not in options:
        st.session_state[key] = preferred if preferred in options else options[0]


def choose_report(view: View, codes: list[str], names: dict[str, str], years: list[int]) -> tuple[str, int]:
    """The municipality and year, in widgets of their own (not the URL's view): by default the view's
    municipality and year, or what Inrapportering opened."""
    opened = st.session_state.pop(OPEN_KEY, None)
    if opened:
        st.session_state[MUNICIPALITY_KEY], st.session_state[YEAR_KEY] = opened
    _default(MUNICIPALITY_KEY, codes, view.municipality)
    _default(YEAR_KEY, years, view.year)
    left, right = st.columns([3, 1])
    code = left.selectbox(
        t("collect.form.municipality", view.lang),
        codes,
        format_func=lambda c: names.get(c, c),
        key=MUNICIPALITY_KEY,
        disabled=len(codes) == 1,
        placeholder=choose_placeholder(view.lang),
    )
    year = right.selectbox(
        t("collect.form.year", view.lang), years, key=YEAR_KEY, placeholder=choose_placeholder(view.lang)
    )
    return code, int(year)


def open_report(municipality: str, year: int) -> None:
    """Switch to Rapportera showing this report (the view stays the session's)."""
    st.session_state[OPEN_KEY] = (municipality, int(year))
    st.switch_page(REPORT_PAGE)


# --- what the last write did, shown after the rerun it causes ---------------------------------------


def done(text: str) -> None:
    """After a write: rerun (the form then shows the stored report) and say what was done."""
    st.session_state[FLASH_KEY] = text
    st.rerun()


def show_done() -> None:
    text = st.session_state.pop(FLASH_KEY, None)
    if text:
        st.success(text, icon=":material/check_circle:")


def refused(texts: list[str], lang: str) -> None:
    """A write the store refused: its reasons, as plain text (they may quote what was typed)."""
    st.error(t("collect.form.refused", lang), icon=":material/error:")
    for text in texts:
        st.text(text)


# --- the report's status ----------------------------------------------------------------------------------

STATUS_BOX = {
    submissions.NOT_STARTED: st.info,
    submissions.DRAFT: st.info,
    submissions.SUBMITTED: st.info,
    submissions.RETURNED: st.warning,
    submissions.ACCEPTED: st.success,
}
STATUS_ICON = {
    submissions.NOT_STARTED: ":material/edit_note:",
    submissions.DRAFT: ":material/draft:",
    submissions.SUBMITTED: ":material/send:",
    submissions.RETURNED: ":material/undo:",
    submissions.ACCEPTED: ":material/task_alt:",
}


def status(report: submissions.Report, name: str, lang: str, reviewer: bool) -> None:
    """The status in words with the time of the last change; a returned report's comment as plain text."""
    which = "reviewer" if reviewer and report.status == submissions.SUBMITTED else report.status
    text = t(
        f"collect.status_text.{which}",
        lang,
        status=t(f"collect.status.{report.status}", lang),
        name=name,
        year=report.year,
        time=form.local_time(report.created_at),
    )
    STATUS_BOX[report.status](text, icon=STATUS_ICON[report.status])
    if report.status == submissions.RETURNED and report.comment:
        with st.container(border=True, key="report_comment"):
            st.caption(t("collect.status.comment", lang))
            st.text(report.comment)


def history(ws: Workspace, municipality: str, year: int, lang: str) -> None:
    versions = submissions.history(ws, municipality, year)
    if versions.empty:
        return
    frame = pd.DataFrame(
        {
            "status": [t(f"collect.status.{s}", lang) for s in versions["status"]],
            "author": versions["author"].astype(object),
            "created_at": [form.local_time(value) for value in versions["created_at"]],
            "comment": versions["comment"].astype(object).where(versions["comment"].notna(), None),
        }
    ).iloc[::-1]
    columns = {
        "status": ("collect.col.status", None),
        "author": ("collect.col.report_author", None),
        "created_at": ("collect.col.changed_at", None),
        "comment": ("collect.col.comment", None),
    }
    title = t("collect.report_history.title", lang)
    with st.container(key="rapport_historik"), st.expander(title):
        frame_table(frame, columns, lang, title, "rapport_historik_table", caption_hidden=True)


# --- the four parts ---------------------------------------------------------------------------------------


def _label_of(prefix: str, lang: str):
    return lambda code: t(f"{prefix}{code}", lang) if code else ""


def posts_editor(frame, key: str, municipality: str, names: dict[str, str], disabled: bool, lang: str):
    """Coordinator posts: role, FTE, who pays, and the municipality of the county it is shared with."""
    county = [code for code in form.by_name(names, names) if code[:2] == municipality[:2] and code != municipality]
    return st.data_editor(
        frame,
        key=key,
        num_rows="fixed" if disabled else "dynamic",
        hide_index=True,
        width="stretch",
        disabled=disabled,
        placeholder="",
        column_config={
            "role": st.column_config.SelectboxColumn(
                t("collect.col.role", lang),
                options=list(form.ROLES),
                format_func=_label_of("network.role.", lang),
                required=True,
                width=260,
            ),
            "fte": st.column_config.NumberColumn(
                t("collect.col.fte", lang),
                help=t("collect.col.fte_help", lang, max=MAX_FTE),
                min_value=0.0,
                max_value=float(MAX_FTE),
                step=0.05,
                format="localized",
                default=0.0,
                required=True,
            ),
            "funded_by": st.column_config.SelectboxColumn(
                t("collect.col.funded_by", lang), options=list(FUNDERS), format_func=_label_of("funding.funder.", lang)
            ),
            "shared_with": st.column_config.SelectboxColumn(
                t("collect.col.shared_with", lang),
                help=t("collect.col.shared_with_help", lang),
                options=county,
                format_func=lambda code: names.get(code, code) if code else "",
            ),
        },
    )


def funding_editor(frame, key: str, disabled: bool, lang: str):
    return st.data_editor(
        frame,
        key=key,
        num_rows="fixed" if disabled else "dynamic",
        hide_index=True,
        width="stretch",
        disabled=disabled,
        placeholder="",
        column_config={
            "funder": st.column_config.SelectboxColumn(
                t("collect.col.funder", lang),
                options=list(FUNDERS),
                format_func=_label_of("funding.funder.", lang),
                required=True,
            ),
            "area": st.column_config.SelectboxColumn(
                t("collect.col.area", lang),
                options=list(FUNDING_AREAS),
                format_func=_label_of("funding.area.", lang),
                default="bada",
                required=True,
            ),
            "amount_sek": st.column_config.NumberColumn(
                t("collect.col.amount_sek", lang),
                min_value=0.0,
                max_value=float(MAX_AMOUNT_SEK),
                step=1000.0,
                format="localized",
                required=True,
            ),
        },
    )


def law_inputs(answers: dict[str, form.LawAnswer], key: str, disabled: bool, lang: str) -> dict[str, form.LawAnswer]:
    """Per part of the law: in place (yes, no, not answered), since when, and where it can be read."""
    given = {}
    for part in LAW_PARTS:
        answer = answers[part]
        with st.container(border=True, key=f"{key}_{part}"):
            chosen, date, link = st.columns([2, 1, 2])
            value = chosen.radio(
                t(f"cap.law.{part}", lang),
                list(form.LAW_ANSWERS),
                index=list(form.LAW_ANSWERS).index(answer.answer),
                format_func=lambda code: t(f"collect.law.{code}", lang),
                horizontal=True,
                key=f"{key}_{part}_answer",
                disabled=disabled,
            )
            latest = dt.date(dt.date.today().year + 1, 12, 31)
            day = date.date_input(
                t("collect.law.date", lang),
                value=answer.date,
                # a date outside the picker's range would stop the page: widen the range to hold it
                min_value=min(EARLIEST_DATE, answer.date or EARLIEST_DATE),
                max_value=max(latest, answer.date or latest),
                format="YYYY-MM-DD",
                key=f"{key}_{part}_date",
                disabled=disabled,
            )
            address = link.text_input(
                t("collect.law.link", lang),
                value=answer.link,
                placeholder="https://",
                key=f"{key}_{part}_link",
                disabled=disabled,
            )
        given[part] = form.LawAnswer(value, day, address)
    return given


def attendance_editor(frame, key: str, disabled: bool, lang: str):
    """The year's regional events: only the participants can be changed."""
    return st.data_editor(
        frame,
        key=key,
        num_rows="fixed",
        hide_index=True,
        width="stretch",
        disabled=True if disabled else ["event_date", "title"],
        placeholder="",
        column_order=["event_date", "title", "participants"],
        column_config={
            "event_id": None,
            "event_date": st.column_config.DateColumn(t("collect.col.date", lang), format="YYYY-MM-DD"),
            "title": st.column_config.TextColumn(t("collect.col.event", lang)),
            "participants": st.column_config.NumberColumn(
                t("collect.col.participants", lang),
                min_value=0,
                max_value=MAX_PARTICIPANTS,
                step=1,
                format="localized",
                required=True,
            ),
        },
    )


COMPARISONS = {
    "posts": form.compare_posts,
    "funding": form.compare_funding,
    "law": form.compare_law,
}


def comparison(part: str, last_year: dict, report: dict, events: pd.DataFrame, key: str, lang: str) -> None:
    """The county board's view of a part: last year (for attendance: the dashboard now) beside the report."""
    if part == "attendance":
        frame, columns = form.compare_attendance(last_year, report, events, lang)
    else:
        frame, columns = COMPARISONS[part](last_year, report, lang)
    with st.container(key=key):
        caption = t(f"collect.compare.caption.{part}", lang)
        st.caption(caption)
        frame_table(frame, columns, lang, caption, f"{key}_table", caption_hidden=True)


def problems(found: list[form.FormProblem], lang: str, key: str = "problems") -> None:
    """A part's problems, under it: how many, then each with the form's row and field (a table escapes
    what was typed)."""
    if not found:
        return
    count = t("collect.problems.count", lang, n=len(found))
    st.error(count, icon=":material/error:")
    frame_table(form.problem_table(found, lang), form.PROBLEM_COLUMNS, lang, count, key, caption_hidden=True)


def report_form(
    base: dict,
    events: pd.DataFrame,
    municipality: str,
    names: dict[str, str],
    stamp: str,
    disabled: bool,
    lang: str,
    last_year: dict | None = None,
):
    """The four parts under their headings, each with an empty slot for its problems (the check needs all
    four first). With `last_year` (the county board reviewing), each part beside its comparison.
    Returns (the content as the form now holds it, {part: slot})."""
    slots, given = {}, {}
    for number, part in enumerate(submissions.PARTS, start=1):
        st.header(t("collect.part.heading", lang, number=number, part=t(f"collect.part.{part}", lang)))
        st.caption(t(f"collect.part.help.{part}", lang))
        if last_year is not None:
            shown, beside = st.columns(2)
        else:
            shown, beside = st.container(), None
        with shown:
            key = f"rapport_{part}_{stamp}"
            if part == "posts":
                given[part] = posts_editor(form.posts_frame(base), key, municipality, names, disabled, lang)
            elif part == "funding":
                given[part] = funding_editor(form.funding_frame(base), key, disabled, lang)
            elif part == "law":
                given[part] = law_inputs(form.law_answers(base), key, disabled, lang)
            elif events.empty and not base.get("attendance"):
                st.caption(t("collect.part.no_events", lang))
                given[part] = form.attendance_frame(base, events)
            else:
                given[part] = attendance_editor(form.attendance_frame(base, events), key, disabled, lang)
        if beside is not None:
            with beside:
                comparison(part, last_year, base, events, f"rapport_jamfor_{part}", lang)
        slots[part] = st.container(key=f"rapport_problem_slot_{part}")
    content = form.content_from_form(given["posts"], given["funding"], given["law"], given["attendance"])
    return content, slots


# --- the writes --------------------------------------------------------------------------------------------


def actions(
    ws: Workspace,
    role,
    municipality: str,
    year: int,
    content: dict,
    missing: list[str],
    problem_count: int,
    stamp,
    lang,
):
    """Under an editable form: what is empty, what to fix, and the buttons to save a draft and to submit."""
    if missing:
        st.info(t("collect.form.empty_parts", lang, parts=form.missing_text(missing, lang)), icon=":material/info:")
    if problem_count:
        st.warning(t("collect.form.fix_first", lang, n=problem_count), icon=":material/error:")
    buttons = st.container(horizontal=True, gap="small")
    save = buttons.button(t("collect.form.save", lang), key=f"rapport_spara_{stamp}", icon=":material/save:")
    send = buttons.button(
        t("collect.form.submit", lang),
        key=f"rapport_skicka_{stamp}",
        type="primary",
        icon=":material/send:",
        disabled=bool(problem_count),
        help=t("collect.form.submit_help", lang),
    )
    if save:
        outcome = submissions.save_draft(ws, role, municipality, year, content)
        if outcome.ok:
            done(t("collect.form.saved", lang))
        refused(form.refusal_texts(outcome.problems, lang), lang)
    if send:
        outcome = submissions.submit(ws, role, municipality, year, content)
        if outcome.ok:
            done(t("collect.form.submitted", lang))
        refused(form.refusal_texts(outcome.problems, lang), lang)


def review(ws: Workspace, role, municipality: str, year: int, names: dict[str, str], stamp: str, lang: str) -> None:
    """Under a submitted report, for the county board: accept it, or send it back with a comment."""
    st.header(t("collect.review.title", lang))
    st.caption(t("collect.review.intro", lang))
    comment = st.text_area(t("collect.review.comment", lang), key=f"rapport_kommentar_{stamp}", max_chars=2000)
    buttons = st.container(horizontal=True, gap="small")
    accept = buttons.button(
        t("collect.review.accept", lang), key=f"rapport_godkann_{stamp}", type="primary", icon=":material/task_alt:"
    )
    send_back = buttons.button(
        t("collect.review.return", lang), key=f"rapport_tillbaka_{stamp}", icon=":material/undo:"
    )
    if accept:
        with st.spinner(t("collect.review.accepting", lang)):
            outcome = submissions.accept(ws, role, municipality, year, names)
        if outcome.ok:
            done(t("collect.review.accepted", lang, batch=outcome.report.batch_id))
        refused(form.refusal_texts(outcome.problems, lang), lang)
    if send_back:
        outcome = submissions.return_report(ws, role, municipality, year, comment)
        if outcome.ok:
            done(t("collect.review.returned", lang))
        refused(form.refusal_texts(outcome.problems, lang), lang)


# --- Inrapportering -----------------------------------------------------------------------------------------

OVERVIEW_COUNTY_KEY, OVERVIEW_YEAR_KEY, OVERVIEW_OPEN_KEY = (
    "inrapportering_lan",
    "inrapportering_ar",
    "inrapportering_oppna",
)


def choose_overview(view: View, counties: list[str], years: list[int]) -> tuple[str, int]:
    """The county (a choice only for an admin of two) and the year, in widgets of their own."""
    lang = view.lang
    left, right = st.columns([3, 1])
    county = counties[0]
    if len(counties) > 1:
        _default(OVERVIEW_COUNTY_KEY, counties, view.county)
        county = left.selectbox(
            t("collect.overview.county", lang),
            counties,
            format_func=lambda code: view.context.county_names.get(code, code),
            key=OVERVIEW_COUNTY_KEY,
            placeholder=choose_placeholder(lang),
        )
    _default(OVERVIEW_YEAR_KEY, years, view.year)
    year = right.selectbox(
        t("collect.overview.year", lang), years, key=OVERVIEW_YEAR_KEY, placeholder=choose_placeholder(lang)
    )
    return county, int(year)


def progress(counts: form.Progress, year: int, lang: str) -> None:
    """How many of the county's municipalities have an accepted report, and how many wait for review."""
    metric, bar = st.columns([1, 3], vertical_alignment="center")
    metric.metric(
        t("collect.overview.metric", lang, year=year),
        t("collect.overview.metric_value", lang, accepted=counts.accepted, total=counts.total),
        border=True,
    )
    with bar:
        st.progress(
            counts.share,
            text=t("collect.overview.progress", lang, accepted=counts.accepted, total=counts.total, year=year),
        )
        st.caption(t("collect.overview.waiting", lang, n=counts.submitted))


def open_choice(overview: pd.DataFrame, names: dict[str, str], year: int, lang: str) -> None:
    """A municipality's report, opened in Rapportera: by default the first waiting for review."""
    codes = form.by_name(list(overview["municipality_code"]), names)
    waiting = [code for code, s in zip(overview["municipality_code"], overview["status"]) if s == submissions.SUBMITTED]
    _default(OVERVIEW_OPEN_KEY, codes, form.by_name(waiting, names)[0] if waiting else None)
    row = st.container(horizontal=True, vertical_alignment="bottom", gap="small")
    code = row.selectbox(
        t("collect.overview.open_choice", lang),
        codes,
        format_func=lambda c: names.get(c, c),
        key=OVERVIEW_OPEN_KEY,
        placeholder=choose_placeholder(lang),
    )
    if row.button(t("collect.overview.open", lang), key="inrapportering_oppna_knapp", icon=":material/open_in_new:"):
        open_report(code, year)
