"""Finansiering: who pays for the preventive work, by source and year, per inhabitant, and how much
of it is external money; per county and per municipality."""

import streamlit as st

from core.i18n import t
from prevcap import content, ui
from prevcap.content.model import source_text

view = ui.page_view()
lang = view.lang
section = content.funding_section(ui.SOURCE, view)

ui.head(section, view)
ui.funding_areas(view)
if section.has("none"):
    ui.items(section, view, "none")
    st.stop()
ui.items(section, view, "kpis")
st.header(t("funding.by_source.title", lang))
ui.funding_measure(view)
ui.items(section, view, "by_source")
share_column, per_inhabitant_column = st.columns(2)
with share_column:
    ui.items(section, view, "external_share")
with per_inhabitant_column:
    ui.items(section, view, "county_per_inhabitant")
st.header(t("funding.municipality.title", lang, year=view.year))
ui.items(section, view, "municipality_none", "per_municipality", "table")
ui.draw(source_text(ui.SOURCE, lang), view)
