"""Kommun: one municipality's profile. Every indicator over the years next to the county median and
the most similar municipalities, the index's parts, the Lag (2023:196) checklist, the police
agreements, the partners and what public sources document (its local council, the coordinators they
name, the steps under the Act, the sums they state). Reached from the selector, from a link (?kommun=2418)
or a map click."""

import streamlit as st

from core.i18n import t
from prevcap import content, ui
from prevcap.content.model import source_text
from prevcap.content.municipality import municipality_names
from prevcap.indicators import PROFILE_INDICATORS
from prevcap.text_safety import markdown_text

view = ui.page_view()
lang = view.lang
ui.capacity_controls(view)
section = content.municipality_section(ui.SOURCE, view)

st.title(t("cap.kommun.title", lang))
ui.municipality_selector(view, municipality_names(ui.SOURCE))
if view.municipality is None:
    ui.items(section, view, "choose", "choose_map")
    st.stop()

ui.example_banner(lang, section.example)
st.header(markdown_text(section.title))
st.caption(section.intro)
ui.items(section, view, "similar", "cards", "trends_heading", "trends_note")
grid = st.columns(3)
for position, indicator in enumerate(PROFILE_INDICATORS):
    with grid[position % 3]:
        ui.items(section, view, f"trend_{indicator.column}")
        if indicator.column == "crimes_per_100k":
            # without a figure loaded: a sentence on how to get them, in the chart's place
            ui.items(section, view, "trend_crimes_heading", "trend_crimes_none")
funding_column, index_column = st.columns(2)
with funding_column:
    ui.items(section, view, "funding_sources")
with index_column:
    ui.items(section, view, "index")

ui.heading(t("cap.kommun.year_table", lang), 3)
ui.items(section, view, "years")
ui.heading(t("cap.kommun.law_title", lang), 3)
ui.items(section, view, "law_intro", "law_now", "law")
ui.heading(t("cap.kommun.police_title", lang), 3)
ui.items(section, view, "police_none", "police")
ui.heading(t("cap.kommun.partners_title", lang), 3)
ui.items(section, view, "partners_none", "partners")
ui.items(section, view, "facts_heading", "facts_intro", "councils_heading", "councils_none", "councils")
for part in ("mentions", "law_steps", "funding_known"):
    ui.items(section, view, f"{part}_heading", f"{part}_note", part)
ui.draw(source_text(ui.SOURCE, lang), view)
