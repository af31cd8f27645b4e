"""Kapacitet: which municipalities fall short of the need norm, by how much, on a map, ranked, against
their population, and in a table. A click on a municipality opens its profile."""

import streamlit as st

from prevcap import content, ui
from prevcap.content.model import source_text

view = ui.page_view()
ui.capacity_controls(view)
section = content.capacity_section(ui.SOURCE, view)

ui.head(section, view)
ui.items(section, view, "no_crime_data", "kpis")
ui.gap_measure(view)
map_column, bars_column = st.columns([3, 2])
with map_column:
    ui.items(section, view, "capacity_map")
with bars_column:
    ui.items(section, view, "capacity_bars")
ui.items(section, view, "capacity_scatter")
ui.heading(section.item("capacity_table").title)
ui.items(section, view, "capacity_table", "source")
ui.draw(source_text(ui.SOURCE, view.lang), view)
