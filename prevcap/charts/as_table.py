"""The numbers of a chart as a table: the text alternative of every chart on the pages (WCAG 1.1.1), built
from the figure itself so that it always holds exactly what the chart draws.

A bar or line chart becomes one row per category (a year, a municipality) and one column per series; a
heatmap keeps its rows and columns (a very wide one lists its filled cells); a municipal map becomes one
row per municipality. Decorations (lines without hover, legend-only entries, point layers over a map) are
left out."""

from __future__ import annotations

import html
import math
import re
from collections.abc import Mapping

import numpy as np
import pandas as pd

from core import fmt
from core.i18n import t

MAP_TYPES = {"choroplethmap", "choropleth"}
SERIES_TYPES = {"bar", "scatter", "scattergl"}


def figure_table(figure, names: Mapping[str, str], lang: str, title: str = "") -> pd.DataFrame | None:
    """The chart's numbers, formatted as the page formats them (a missing value is an empty cell); the
    first column names the rows. `names`: municipality code -> name, for the map's locations. None when the
    chart has no numbers to show."""
    if _flat_map(figure):
        return _hover_texts(figure, lang)
    traces = [trace for trace in figure.data if _shows_values(trace) and not _background(trace, names)]
    if not traces:
        return _hover_texts(figure, lang)
    heatmap = next((trace for trace in traces if trace.type == "heatmap"), None)
    if heatmap is not None:
        return _heatmap(heatmap, lang)
    points = [trace for trace in traces if _labelled_points(trace)]
    if points:
        return _points(figure, points, lang)
    columns: dict[str, dict] = {}
    row_header = None
    for trace in traces:
        if trace.type in MAP_TYPES:
            rows = [names.get(str(code), str(code)) for code in trace.locations]
            shaded = _shaded(trace)
            # a map coloured by category says what each colour means in its hover text
            values = (
                list(trace.z) if shaded else [_plain(text) for text in (trace.z if trace.text is None else trace.text)]
            )
            label = trace.name or title or t("chart.table.value", lang)
            row_header = row_header or t("chart.table.municipality", lang)
        else:
            horizontal = getattr(trace, "orientation", None) == "h"
            rows, values = (list(trace.y), list(trace.x)) if horizontal else (list(trace.x), list(trace.y))
            row_axis, value_axis = (
                (figure.layout.yaxis, figure.layout.xaxis) if horizontal else (figure.layout.xaxis, figure.layout.yaxis)
            )
            label = trace.name or _axis_title(value_axis) or title or t("chart.table.value", lang)
            row_header = row_header or _axis_title(row_axis)
        column = columns.setdefault(_unique(html.unescape(label), columns, trace), {})
        for row, value in zip(rows, values):
            column[row] = value
    order: list = []
    for column in columns.values():
        order.extend(row for row in column if row not in order)
    frame = pd.DataFrame({name: [_cell(column.get(row), lang) for row in order] for name, column in columns.items()})
    if row_header is None:
        row_header = t("chart.table.year" if _years(order) else "chart.table.category", lang)
    frame.insert(0, row_header, [html.unescape(str(row)) for row in order])
    return frame


def _shaded(trace) -> bool:
    """A map whose colour is a value (a scale shown, values that differ), not one fill for all."""
    return trace.showscale is not False and len({_plain(value) for value in trace.z}) > 1


def _background(trace, names: Mapping[str, str]) -> bool:
    """A map layer that only draws the municipalities, its hover text their names."""
    if trace.type not in MAP_TYPES or trace.text is None:
        return False
    texts = [_plain(text) for text in trace.text]
    return not _shaded(trace) and texts == [names.get(str(code), str(code)) for code in trace.locations]


def _flat_map(figure) -> bool:
    """A map drawn on hidden axes (prevcap.charts.flat_map): its coordinates are no numbers to show."""
    return figure.layout.xaxis.visible is False and figure.layout.yaxis.scaleanchor == "x"


def _point_layer(trace) -> bool:
    """Points over a map with a hover text each; not the invisible points that name the municipalities."""
    on_map = trace.type in {"scattermap", "scattermapbox"} or (
        trace.type == "scatter" and "markers" in (trace.mode or "") and trace.marker.opacity != 0
    )
    return on_map and trace.hoverinfo != "skip" and trace.text is not None


def _hover_texts(figure, lang: str) -> pd.DataFrame | None:
    """A map of points and links: what each point's hover text says, one row per point."""
    rows = [
        [html.unescape(trace.name or ""), _plain(text)]
        for trace in figure.data
        if _point_layer(trace) and (trace.type != "scatter" or _flat_map(figure))
        for text in trace.text
        if _plain(text)
    ]
    if not rows:
        return None
    frame = pd.DataFrame(rows, columns=[t("chart.table.group", lang), t("chart.table.description", lang)])
    return frame if frame.iloc[:, 0].any() else frame.iloc[:, 1:]


def _labelled_points(trace) -> bool:
    """Markers with a name each (a scatter of municipalities): one row per point, its x and y as columns."""
    return (
        trace.type in {"scatter", "scattergl"}
        and "markers" in (trace.mode or "")
        and trace.text is not None
        and trace.x is not None
        and len(trace.text) == len(trace.x)
        and not _years(list(trace.x))
    )


def _points(figure, traces, lang: str) -> pd.DataFrame:
    x_title = _axis_title(figure.layout.xaxis) or "x"
    y_title = _axis_title(figure.layout.yaxis) or "y"
    rows = []
    for trace in traces:
        for text, x, y in zip(trace.text, trace.x, trace.y):
            rows.append([_plain(text), _cell(x, lang), _cell(y, lang), html.unescape(trace.name or "")])
    frame = pd.DataFrame(rows, columns=["", x_title, y_title, t("chart.table.group", lang)])
    if not frame.iloc[:, 3].any():
        frame = frame.iloc[:, :3]
    return frame


def _axis_title(axis) -> str | None:
    return axis.title.text if axis is not None and axis.title and axis.title.text else None


def _years(rows: list) -> bool:
    try:
        return bool(rows) and all(1900 <= int(row) <= 2100 and float(row).is_integer() for row in rows)
    except (TypeError, ValueError):
        return False


def _plain(text) -> str:
    """Hover text without its markup: a line break becomes '; ', tags go."""
    if _missing(text):
        return ""
    text = re.sub(r"<br\s*/?>", "; ", str(text))
    # tags go, then the entities figure_text wrote for characters of the data come back as characters
    return html.unescape(re.sub(r"<[^>]+>", "", text)).strip()


def _shows_values(trace) -> bool:
    if trace.type in MAP_TYPES:
        return trace.z is not None and len(trace.z) > 0 and any(not _missing(value) for value in trace.z)
    if trace.type == "heatmap":
        return trace.z is not None
    if trace.type not in SERIES_TYPES or trace.hoverinfo == "skip":
        return False
    values = trace.x if getattr(trace, "orientation", None) == "h" else trace.y
    return values is not None and any(not _missing(value) for value in values)


# A heatmap wider than this is given as the list of its filled cells: a grid of 290 municipalities by 290
# can be neither read nor sent to the browser as a table (84 100 cells).
MATRIX_COLUMNS_MAX = 40


def _heatmap(trace, lang: str) -> pd.DataFrame:
    rows = [html.unescape(str(row)) for row in trace.y]
    columns = [html.unescape(str(column)) for column in trace.x]
    z = trace.z  # once: every read of a trace's property is validated again
    if len(columns) > MATRIX_COLUMNS_MAX:
        value = trace.colorbar.title.text if trace.colorbar and trace.colorbar.title.text else None
        try:
            grid = np.asarray(z, dtype=float)  # None is read as nan
        except (TypeError, ValueError):
            grid = np.array([[math.nan if _missing(cell) else cell for cell in line] for line in z], dtype=float)
        filled = [(rows[i], columns[j], _cell(grid[i, j], lang)) for i, j in zip(*np.nonzero(~np.isnan(grid)))]
        return pd.DataFrame(
            filled,
            columns=[
                t("chart.table.row", lang),
                t("chart.table.column", lang),
                html.unescape(value) if value else t("chart.table.value", lang),
            ],
        )
    frame = pd.DataFrame({column: [_cell(z[i][j], lang) for i in range(len(rows))] for j, column in enumerate(columns)})
    frame.insert(0, "", rows)
    return frame


def _unique(label: str, taken: Mapping[str, dict], trace) -> str:
    if label not in taken:
        return label
    return f"{label} ({trace.type})"


def _missing(value) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value)) or value is pd.NA


def _cell(value, lang: str) -> str:
    if _missing(value):
        return ""
    if isinstance(value, (int, float)) or hasattr(value, "item"):
        return fmt.cell(value, "localized", lang)
    return str(value)
