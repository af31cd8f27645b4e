"""Översikt: the counties' key figures, a map of a chosen indicator and the same numbers as a table."""

from prevcap import content, ui
from prevcap.content.model import source_text

view = ui.page_view()
section = content.overview(ui.SOURCE, view)

ui.head(section, view)
ui.items(section, view, "kpis")
ui.indicator(view)
ui.items(section, view, "overview_map")
ui.draw(source_text(ui.SOURCE, view.lang), view)
ui.items(section, view, "overview_table")
