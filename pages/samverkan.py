"""Samverkan: who works with whom. Links on a map, network measures, a matrix and a table."""

import streamlit as st

from core.i18n import t
from prevcap import content, ui
from prevcap.content.model import source_text

view = ui.page_view()
lang = view.lang
section = content.collaboration(ui.SOURCE, view)

ui.head(section, view)
ui.link_controls(view)
ui.items(section, view, "no_kinds", "kpis", "map")
ui.draw(source_text(ui.SOURCE, lang), view)

measures_tab, matrix_tab, table_tab = st.tabs(
    [t("network.tab.measures", lang), t("network.tab.matrix", lang), t("network.tab.table", lang)]
)
with measures_tab:
    st.header(t("network.without.title", lang))
    ui.items(section, view, "without", "partners", "partners_table")
    strongest_column, border_column = st.columns(2)
    with strongest_column:
        ui.heading(section.item("strongest").title)
        ui.items(section, view, "strongest")
    with border_column:
        ui.heading(section.item("cross_border").title)
        ui.items(section, view, "cross_border")
with matrix_tab:
    ui.items(section, view, "matrix")
with table_tab:
    ui.heading(section.item("links").title)
    ui.items(section, view, "links", "definitions")
