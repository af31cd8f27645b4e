"""Exports: charts drawn by an offline Chromium as PNG, SVG and PDF, tables as CSV and Excel; one module a
concern (browser, images, layout, spreadsheets, names, vector_maps), the names the rest of the code uses here.

Code that must see a replacement of the renderer's functions (the tests replace find_chromium or
figure_bytes) calls them through their module: browser.find_chromium(), images.figure_bytes()."""

from __future__ import annotations

from prevcap.export import browser, images, layout, names, spreadsheets, vector_maps
from prevcap.export.browser import (
    CALL_TIMEOUT_S,
    OFFLINE_CHROMIUM_FLAGS,
    RENDER_TIMEOUT_S,
    WARM_UP_RETRY_S,
    ExportUnavailable,
    ensure_renderer,
    find_chromium,
    kaleido_options,
    local_plotlyjs,
    render,
    renderer_problem,
    start_renderer_in_background,
    stop_renderer,
)
from prevcap.export.images import DEFAULT_SCALE, FORMATS, PRINT_DPI, figure_bytes, png_size, png_with_dpi
from prevcap.export.layout import DEFAULT_HEIGHT, DEFAULT_WIDTH, EDGE_PX, EXAMPLE_COLOUR, decorate_for_export
from prevcap.export.names import chart_filename, export_filename, filters_subtitle, norm_subtitle
from prevcap.export.spreadsheets import (
    FORMULA_STARTS,
    neutralise_formula,
    table_csv_bytes,
    table_filename,
    table_xlsx_bytes,
)

__all__ = [
    "browser",
    "images",
    "layout",
    "names",
    "spreadsheets",
    "vector_maps",
    "CALL_TIMEOUT_S",
    "DEFAULT_HEIGHT",
    "DEFAULT_SCALE",
    "DEFAULT_WIDTH",
    "EDGE_PX",
    "EXAMPLE_COLOUR",
    "FORMATS",
    "FORMULA_STARTS",
    "OFFLINE_CHROMIUM_FLAGS",
    "PRINT_DPI",
    "RENDER_TIMEOUT_S",
    "WARM_UP_RETRY_S",
    "ExportUnavailable",
    "chart_filename",
    "decorate_for_export",
    "ensure_renderer",
    "export_filename",
    "figure_bytes",
    "filters_subtitle",
    "find_chromium",
    "kaleido_options",
    "local_plotlyjs",
    "neutralise_formula",
    "norm_subtitle",
    "png_size",
    "png_with_dpi",
    "render",
    "renderer_problem",
    "start_renderer_in_background",
    "stop_renderer",
    "table_csv_bytes",
    "table_filename",
    "table_xlsx_bytes",
]
