"""Streamlit pieces every page shares: the warehouse and its caches (data), the view in the session
and the URL with the widgets that change it (settings), and how a section's items are drawn (render)."""
from prevcap.ui.data import SOURCE, ensure_warehouse, figure, geojson, query, warehouse_cursor, warehouse_version
from prevcap.ui.render import chart, draw, example_banner, head, items, key_figures, source_line, table
from prevcap.ui.settings import (capacity_controls, event_period, event_split, funding_areas, funding_measure,
                                 gap_measure, indicator, language_selector, link_controls, municipality_selector,
                                 open_municipality, page_view, participation_measure, selection, start_run)

__all__ = ["SOURCE", "capacity_controls", "chart", "ensure_warehouse", "event_period", "event_split",
           "example_banner", "figure", "funding_areas", "funding_measure", "gap_measure", "geojson", "head",
           "indicator", "items", "key_figures", "language_selector", "link_controls", "municipality_selector",
           "open_municipality", "page_view", "participation_measure", "query", "draw", "selection",
           "source_line", "start_run", "table", "warehouse_cursor", "warehouse_version"]
