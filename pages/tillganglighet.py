"""Tillgänglighet: the accessibility statement that Lag (2018:1937) asks of public bodies."""

from prevcap import ui
from prevcap.content.accessibility import accessibility_section

view = ui.page_view()
section = accessibility_section(ui.SOURCE, view)
ui.head(section, view)
for item in section.items:
    ui.draw(item, view)
