"""Rapportera: a municipality's yearly report (a reporter's own municipalities, or an admin's county's on
their behalf). The form starts from last year's answers, is checked with the ETL's rules on every rerun
(the problems under their part), kept as a draft, and submitted; the county board sees a submitted report
beside last year's and accepts it (it becomes a ledger batch) or sends it back with a comment."""

import datetime as dt

import streamlit as st

from core.i18n import t
from prevcap import ui
from prevcap.collect import form, submissions
from prevcap.ui import auth
from prevcap.ui import report_form as rf

view = ui.page_view()
lang = view.lang
role = auth.page_for(auth.current_role(), "reporter", lang)
ws = rf.workspace()

st.title(t("collect.form.title", lang))
st.caption(t("collect.form.intro", lang))
names = rf.names()
codes = rf.writable(role, names)
if not codes:
    st.info(t("collect.form.no_municipalities", lang, email=role.email), icon=":material/info:")
    st.stop()
years = form.report_years(view.context.years, dt.date.today(), ws.scope.last_year)
code, year = rf.choose_report(view, codes, names, years)

rf.show_done()
report = submissions.current(ws, code, year)
reviewing = role.is_admin and report.status == submissions.SUBMITTED
rf.status(report, names[code], lang, reviewing)

last_year = rf.prefill(code, year)
base = last_year if report.status == submissions.NOT_STARTED else report.content
events = rf.events_of_year(year)
stamp = f"{code}_{year}_{rf.version_stamp(ws, code, year)}"
editable = report.status != submissions.SUBMITTED
content, slots = rf.report_form(
    base, events, code, names, stamp, not editable, lang, last_year=last_year if reviewing else None
)
found = rf.check(ws, content, code, year)
for part, slot in slots.items():
    with slot:
        rf.problems(found[part], lang, f"problems_{part}")
problem_count = sum(len(part_problems) for part_problems in found.values())

st.divider()
if editable:
    rf.actions(ws, role, code, year, content, form.empty_parts(content, events), problem_count, stamp, lang)
elif reviewing:
    rf.review(ws, role, code, year, names, stamp, lang)
rf.history(ws, code, year, lang)
