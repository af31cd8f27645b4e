"""Evenemang: the regional events over time, who takes part, who stays away, and the inspiration
day's history with its hosts on a map."""

import streamlit as st

from core.i18n import t
from prevcap import content, ui
from prevcap.content.model import source_text

view = ui.page_view()
lang = view.lang
section = content.events_section(ui.SOURCE, view)

ui.head(section, view)
ui.event_period(view)
st.header(t("events.over_time.title", lang))
ui.event_split(view)
ui.items(section, view, "over_time")
st.header(t("events.participation.title", lang))
ui.participation_measure(view)
ui.items(section, view, "participation")
st.header(t("events.rarely.title", lang))
ui.items(section, view, "rarely_summary", "attendance_share", "never_or_rarely")

st.header(t("events.inspiration.title", lang))
st.caption(t("events.inspiration.intro", lang))
map_column, history_column = st.columns([3, 2])
with map_column:
    ui.items(section, view, "inspiration_map")
with history_column:
    ui.items(section, view, "inspiration_history")
ui.items(section, view, "inspiration_table")
ui.draw(source_text(ui.SOURCE, lang), view)
