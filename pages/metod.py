"""Metod och källor: how every indicator, the need norm, the gap and the index are computed (with the
norm and weights of the view), where each figure comes from and how current it is, what the data
cannot tell."""

from prevcap import content, ui

view = ui.page_view()
method = content.method_section(ui.SOURCE, view)
sources = content.sources_section(ui.SOURCE, view)
LAST = ("limits_heading", "limits", "accessibility")  # after the sources, as the page has always ended

ui.head(method, view)
for item in method.items:
    if item.key not in LAST:
        ui.draw(item, view)
ui.heading(sources.title)
for item in sources.items:
    ui.draw(item, view)
ui.items(method, view, *LAST)
