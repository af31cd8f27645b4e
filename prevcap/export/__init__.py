"""Exports: charts drawn by an offline Chromium as PNG, SVG and PDF, tables as CSV and Excel; one module a
concern (browser, images, layout, spreadsheets, names), the names the rest of the code uses here."""
from __future__ import annotations

import sys
import types

from prevcap.export import browser, images, layout, names, spreadsheets
from prevcap.export.browser import (CALL_TIMEOUT_S, OFFLINE_CHROMIUM_FLAGS, RENDER_TIMEOUT_S, WARM_UP_RETRY_S,
                                    ExportUnavailable, ensure_renderer, find_chromium, kaleido_options,
                                    local_plotlyjs, render, renderer_problem, start_renderer_in_background,
                                    stop_renderer)
from prevcap.export.images import DEFAULT_SCALE, FORMATS, PRINT_DPI, figure_bytes, png_size, png_with_dpi
from prevcap.export.layout import DEFAULT_HEIGHT, DEFAULT_WIDTH, EDGE_PX, EXAMPLE_COLOUR, decorate_for_export
from prevcap.export.names import chart_filename, export_filename, filters_subtitle, norm_subtitle
from prevcap.export.spreadsheets import FORMULA_STARTS, neutralise_formula, table_csv_bytes, table_xlsx_bytes

__all__ = [
    "CALL_TIMEOUT_S", "DEFAULT_HEIGHT", "DEFAULT_SCALE", "DEFAULT_WIDTH", "EDGE_PX", "EXAMPLE_COLOUR", "FORMATS",
    "FORMULA_STARTS", "OFFLINE_CHROMIUM_FLAGS", "PRINT_DPI", "RENDER_TIMEOUT_S", "WARM_UP_RETRY_S",
    "ExportUnavailable", "chart_filename", "decorate_for_export", "ensure_renderer", "export_filename",
    "figure_bytes", "filters_subtitle", "find_chromium", "kaleido_options", "local_plotlyjs", "neutralise_formula",
    "norm_subtitle", "png_size", "png_with_dpi", "render", "renderer_problem", "start_renderer_in_background",
    "stop_renderer", "table_csv_bytes", "table_xlsx_bytes",
]

_PARTS = (browser, images, layout, spreadsheets, names)


class _OneModule(types.ModuleType):
    """The package answers and takes names as the single module export.py did.

    Code that replaces one of its functions, as the tests do (`monkeypatch.setattr(export, "find_chromium",
    ...)`), changed what export itself called; assigned here, the name is also assigned in the module of
    the package that holds it, so ensure_renderer sees the replacement still. And a name read here that
    the package does not re-export comes from that module, current value included (the tests read and
    set the renderer's state, `export._warm_up_started`)."""

    def __getattr__(self, name: str):
        for part in _PARTS:
            if name in vars(part):
                return vars(part)[name]
        raise AttributeError(f"module {self.__name__!r} has no attribute {name!r}")

    def __setattr__(self, name: str, value) -> None:
        holders = [part for part in _PARTS if name in vars(part)]
        for part in holders:
            setattr(part, name, value)
        if name in vars(self) or not holders:
            super().__setattr__(name, value)


sys.modules[__name__].__class__ = _OneModule
