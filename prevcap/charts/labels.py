"""Names beside the points of a scatter that stay clear of each other and of the points: plotly.js sets
every label where it is told, on top of the next one if need be."""

from __future__ import annotations

# where a label may go, in order of preference: plotly's textposition, and the label box's offset from
# the point in units of (box width, box height) and of the marker's radius
POSITIONS = (
    ("bottom center", (-0.5, 0.0), (0, 1)),
    ("top center", (-0.5, -1.0), (0, -1)),
    ("middle right", (0.0, -0.5), (1, 0)),
    ("middle left", (-1.0, -0.5), (-1, 0)),
    ("bottom right", (0.0, 0.0), (0.7, 0.7)),
    ("bottom left", (-1.0, 0.0), (-0.7, 0.7)),
    ("top right", (0.0, -1.0), (0.7, -0.7)),
    ("top left", (-1.0, -1.0), (-0.7, -0.7)),
)
CHAR_EM = 0.6  # DejaVu Sans: a character of a Swedish name is about 0.55–0.6 em wide


def label_positions(
    points: list[tuple[float, float]],
    texts: list[str],
    font_px: float,
    marker_px: float,
    plot: tuple[float, float],
) -> list[str | None]:
    """For each point (x, y in px of the plot area, y downwards) the textposition of its label, the first
    of POSITIONS whose box stays inside the plot (`plot`: width, height) and clear of every point and of
    the labels already placed; None when there is no such place (the name is left out: the chart's table
    and the hover have it)."""
    radius = marker_px / 2 + 1
    height = font_px * 1.2
    markers = [(x - radius, y - radius, x + radius, y + radius) for x, y in points]
    placed: list[tuple[float, float, float, float]] = []
    chosen: list[str | None] = []
    for (x, y), text in zip(points, texts):
        width = len(text) * font_px * CHAR_EM
        position = None
        for name, (box_dx, box_dy), (away_x, away_y) in POSITIONS:
            left = x + box_dx * width + away_x * radius
            top = y + box_dy * height + away_y * radius
            box = (left, top, left + width, top + height)
            inside = 0 <= box[0] and box[2] <= plot[0] and 0 <= box[1] and box[3] <= plot[1]
            if inside and not any(_meet(box, other) for other in [*placed, *markers]):
                position = name
                placed.append(box)
                break
        chosen.append(position)
    return chosen


def _meet(a, b) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]
