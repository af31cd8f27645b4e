"""Inrapportering: the county board's list of its municipalities' yearly reports, with each one's status,
its last change and what is missing, how many are accepted, downloads for reminders, and the way to a
report in Rapportera."""

import datetime as dt

import streamlit as st

from core.i18n import t
from prevcap import ui
from prevcap.collect import form, submissions
from prevcap.content.model import Table
from prevcap.queries import reports as report_queries
from prevcap.ui import auth
from prevcap.ui import report_form as rf

view = ui.page_view()
lang = view.lang
role = auth.page_for(auth.current_role(), "admin", lang)
ws = rf.workspace()

st.title(t("collect.overview.title", lang))
st.caption(t("collect.overview.intro", lang))
counties = [code for code in view.context.county_names if code in role.counties]
if not counties:
    st.info(t("collect.overview.no_county", lang, email=role.email), icon=":material/info:")
    st.stop()
years = form.report_years(view.context.years, dt.date.today(), ws.scope.last_year)
county, year = rf.choose_overview(view, counties, years)

names = rf.names()
codes = [code for code in names if code[:2] == county]
overview = submissions.overview(ws, codes, year)
rf.progress(form.progress(overview), year, lang)
events = ui.query(report_queries.events_of_year, year)
frame, columns = form.status_table(overview, names, lang, events_in_year=not events.empty)
county_name = view.context.county_names[county]
title = t("collect.overview.table_title", lang, county=county_name, year=year)
ui.table(Table("reporting_status", frame, columns, title), view.with_(county=county, year=year))
rf.open_choice(overview, names, year, lang)
