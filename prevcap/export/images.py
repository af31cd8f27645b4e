"""Charts as image files: a figure drawn as PNG, SVG or PDF by the warm renderer, and PNGs that carry
their print resolution, read and written with Pillow."""

from __future__ import annotations

import io

import plotly.graph_objects as go

from prevcap.export import browser, vector_maps
from prevcap.export.layout import DEFAULT_HEIGHT, DEFAULT_WIDTH, footer_under_axes

# PNGs are drawn at scale 3: 2400×1500 px for the 800×500 CSS px layout, which is 300 dpi at 20.3 cm
# and 381 dpi at 16 cm, and they carry that resolution (pHYs) so Word inserts them at 20 cm and
# shrinks them to the margins. SVG and PDF are vector graphics, drawn at scale 1.
DEFAULT_SCALE = 3
PRINT_DPI = 300
FORMATS = ("png", "svg", "pdf")


def figure_bytes(
    fig: go.Figure, fmt: str = "png", width: int | None = None, height: int | None = None, scale: float = DEFAULT_SCALE
) -> bytes:
    """The figure as PNG, SVG or PDF bytes, drawn by the warm renderer.

    width/height are CSS pixels; by default the figure's own layout size, else 800×500. `scale`
    multiplies the PNG's pixels (default 3: 300 dpi at 20 cm); SVG and PDF are vector, drawn at 1, a
    map's polygons too (prevcap.export.vector_maps).
    """
    if fmt not in FORMATS:
        raise ValueError(f"format must be one of {FORMATS}, not {fmt!r}")
    width = int(width or fig.layout.width or DEFAULT_WIDTH)
    height = int(height or fig.layout.height or DEFAULT_HEIGHT)
    if fmt != "png":  # a MapLibre map would be a bitmap inside the SVG or PDF: polygons instead
        fig = vector_maps.vector_map(fig)

    def draw_svg(fig_dict: dict) -> bytes:
        return browser.render(fig_dict, {"format": "svg", "width": width, "height": height, "scale": 1})

    fig_dict, height = footer_under_axes(fig, width, height, draw_svg)  # taller for an x axis on top
    opts = {"format": fmt, "width": width, "height": height, "scale": scale if fmt == "png" else 1}
    image = browser.render(fig_dict, opts)
    if fmt == "png":  # a CSS pixel prints as 1/100 inch (800 px: 20.3 cm), so dpi = 100 × scale
        image = png_with_dpi(image, PRINT_DPI * scale / DEFAULT_SCALE)
    return image


def png_with_dpi(png: bytes, dpi: float) -> bytes:
    """The PNG with a pHYs chunk saying `dpi`, so word processors place it at its print size.

    Pillow writes the pixels anew: it cannot change a chunk and keep the compressed image data. At zlib
    level 1 that adds about 0.1 s to a bar chart and 0.25 s to a map at scale 3, and the file stays about
    as large as Chromium's; Pillow's default level makes it a third smaller in about twice the time."""
    from PIL import Image

    with Image.open(io.BytesIO(png)) as image:
        buffer = io.BytesIO()
        image.save(buffer, "PNG", dpi=(dpi, dpi), compress_level=1)
    return buffer.getvalue()


def png_size(png: bytes) -> tuple[int, int]:
    """(width, height) in pixels, from the PNG's header (the pixels are not decoded)."""
    from PIL import Image

    with Image.open(io.BytesIO(png)) as image:
        return image.size
