"""Charts laid out for a report: title, filter line, source and the example-data mark added to a copy of
the figure (decorate_for_export), and the footer moved under the axes once plotly.js has drawn them."""

from __future__ import annotations

import copy
import hashlib
import html
import math
import re
import textwrap
import threading
import xml.etree.ElementTree as ET
from collections.abc import Callable
from dataclasses import dataclass, replace

import plotly.graph_objects as go

from core.i18n import DEFAULT_LANGUAGE, t

# A chart is laid out at 800×500 CSS pixels, where the dashboard's 13 px text stays readable (about
# 7.5 pt) when the chart fills the 16 cm text width of an A4 page.
DEFAULT_WIDTH = 800
DEFAULT_HEIGHT = 500

EXAMPLE_COLOUR = "#B00020"
MUTED_COLOUR = "#555555"
GRID_COLOUR = "#E5E5E5"
TITLE_SIZE = 20
MIN_TITLE_SIZE = 14
TITLE_CHAR_EM = 0.6  # DejaVu Sans: a character of Swedish text is about 0.55–0.6 em wide
SUBTITLE_SIZE = 13
FOOTER_SIZE = 11
EDGE_PX = 12  # title and footer start this far from the image's left edge
FOOTER_GAP = 6  # px between the axes (or the plot) and the footer
FOOTER_NAME = "prevcap-export-footer"
HEADER_META = "prevcap_export_header_px"  # layout.meta: the px the title and the subtitle take
LEGEND_ROW_PX = 30
CORNER_STANDOFF_PX = {"xaxis": 2, "yaxis": 5}  # tick labels this far off their axis (_tidy_axes)


# --- title, subtitle and footer ----------------------------------------------------------------


def _wrap(text: str, width_px: float, font_px: float, separator: str = " · ") -> list[str]:
    """Lines of at most the characters that fit `width_px`, broken at `separator` where possible."""
    max_chars = max(20, int(width_px / (font_px * 0.56)))
    lines: list[str] = []
    for part in text.split(separator):
        candidate = f"{lines[-1]}{separator}{part}" if lines else part
        if lines and len(candidate) <= max_chars:
            lines[-1] = candidate
        else:
            lines.extend(textwrap.wrap(part, max_chars, break_on_hyphens=False) or [""])
    return lines


def source_text(source_line: str, lang: str) -> str:
    """The line as given when it already names its source ("Källa: …"), else prefixed."""
    line = source_line.strip()
    prefixes = {t("export.source", code, source="").strip().lower() for code in ("sv", "en")}
    prefixes |= {prefix.rstrip(":") + "s:" for prefix in prefixes} | {"källor:"}
    if any(line.lower().startswith(prefix) for prefix in prefixes):
        return line
    return t("export.source", lang, source=line)


def _legends_above_plot(fig: go.Figure) -> int:
    """How many legends hang above the plot area (plotly express puts horizontal ones there)."""
    count = 0
    for name in fig.layout:
        if re.fullmatch(r"legend\d*", name):
            legend = fig.layout[name]
            if legend.y is not None and (legend.y > 1 or (legend.y == 1 and legend.yanchor == "bottom")):
                count += 1
    return count


def _margin(value, default: int) -> int:
    return default if value is None else int(value)


def _has_axes(fig: go.Figure) -> bool:
    return any(hasattr(trace, "xaxis") for trace in fig.data)


def _tidy_axes(fig: go.Figure) -> None:
    """Axes that make room for their labels, and grid lines visible on white.

    Templates without automargin (Streamlit's, which `import streamlit` makes plotly's default) cut
    long or turned tick labels off at the image's edge; plotly's own template draws its grid white
    on a coloured plot area, which would vanish on white. The value axis's labels stand a little off
    the axis: at the corner its "0" would touch the first category's label under it."""
    if not _has_axes(fig):
        return
    template_layout = fig.layout.template.layout if fig.layout.template else None
    for axis in [*fig.select_xaxes(), *fig.select_yaxes()]:
        if axis.automargin is None:
            axis.automargin = True
        letter = "xaxis" if axis.plotly_name.startswith("x") else "yaxis"
        if axis.ticklabelstandoff is None:
            axis.ticklabelstandoff = CORNER_STANDOFF_PX[letter]
        template_axis = getattr(template_layout, letter, None) if template_layout else None
        colour = axis.gridcolor or (template_axis.gridcolor if template_axis else None)
        if colour and str(colour).lower().replace(" ", "") in ("white", "#fff", "#ffffff", "rgb(255,255,255)"):
            axis.update(gridcolor=GRID_COLOUR, zerolinecolor=GRID_COLOUR)


def decorate_for_export(
    fig: go.Figure,
    title: str,
    subtitle: str,
    source_line: str,
    example_data: bool,
    lang: str = DEFAULT_LANGUAGE,
    *,
    width: int | None = None,
) -> go.Figure:
    """A copy of `fig` ready for a report: title at the top (with a red "Exempeldata" when
    example_data), the filters as subtitle under it, the source at the bottom left (and the
    example-data note under it), on white. The plot area keeps its size: the figure grows by the
    space the new lines take. `width` (default: the figure's, else 800 px) only sets where lines wrap.
    """
    decorated = go.Figure(fig)
    width = int(width or decorated.layout.width or DEFAULT_WIDTH)
    text_width = width - 2 * EDGE_PX
    margin = decorated.layout.margin
    left, right = _margin(margin.l, 80), _margin(margin.r, 80)
    top, bottom = _margin(margin.t, 100), _margin(margin.b, 80)

    # A long title is set smaller until it fits one line (down to MIN_TITLE_SIZE, the dashboard's own
    # text size), then wraps. plotly.js sets the first line of a wrapped title 0.7em too high and the
    # subtitle too close under it, so a wrapped title moves down by that and takes its lines' room.
    marker = t("export.example_data", lang) if example_data else ""
    full_title = f"{title} · {marker}" if marker else title
    title_size = TITLE_SIZE
    if len(full_title) * TITLE_SIZE * TITLE_CHAR_EM > text_width:
        title_size = max(MIN_TITLE_SIZE, int(text_width / (len(full_title) * TITLE_CHAR_EM)))
    title_chars = max(20, int(text_width / (title_size * TITLE_CHAR_EM)))
    title_lines = textwrap.wrap(title, title_chars, break_on_hyphens=False) or [""]
    if marker and len(title_lines[-1]) + len(marker) + 3 > title_chars:
        title_lines.append("")
    title_html = "<br>".join(html.escape(line, quote=False) for line in title_lines)
    if marker:
        title_html += (
            f'{" " if title_lines[-1] else ""}<span style="color:{EXAMPLE_COLOUR}"><b>· '
            f"{html.escape(marker, quote=False)}</b></span>"
        )
    extra_lines = len(title_lines) - 1
    title_pad = 14 + (round(0.7 * title_size) if extra_lines else 0)
    title_px = title_pad + round(title_size * 1.4) + round(title_size * 1.3) * extra_lines
    subtitle_shift = round(SUBTITLE_SIZE * 1.3) * extra_lines  # empty subtitle lines: room plotly.js leaves out
    subtitle_lines = _wrap(subtitle, text_width, SUBTITLE_SIZE) if subtitle else []
    subtitle_html = "<br>".join(html.escape(line, quote=False) for line in subtitle_lines)

    footer_lines = (
        [
            html.escape(line, quote=False)
            for line in _wrap(source_text(source_line, lang), text_width, FOOTER_SIZE, "; ")
        ]
        if source_line.strip()
        else []
    )
    if example_data:
        footer_lines += [
            f'<span style="color:{EXAMPLE_COLOUR}"><b>{html.escape(line, quote=False)}</b></span>'
            for line in _wrap(t("export.example_data_note", lang), text_width, FOOTER_SIZE)
        ]

    # header: pad, title, subtitle lines, gap above the plot (room for a colour bar title), and a
    # legend's row when the legend sits above the plot
    header_px = (
        title_px
        + (subtitle_shift if subtitle_lines else 0)
        + round(SUBTITLE_SIZE * 1.45) * len(subtitle_lines)
        + 24
        + LEGEND_ROW_PX * _legends_above_plot(decorated)
    )
    footer_px = round(FOOTER_SIZE * 1.45) * len(footer_lines) + 16 if footer_lines else 0
    new_top, new_bottom = max(top, header_px), bottom + footer_px
    base_height = decorated.layout.height or DEFAULT_HEIGHT

    decorated.update_layout(
        title=dict(
            text=title_html,
            xref="container",
            x=0,
            xanchor="left",
            yref="container",
            y=1,
            yanchor="top",
            pad=dict(l=EDGE_PX, t=title_pad),
            font=dict(size=title_size),
            subtitle=dict(
                text="<br>" * (extra_lines if subtitle_html else 0) + subtitle_html,
                font=dict(size=SUBTITLE_SIZE, color=MUTED_COLOUR),
            ),
        ),
        margin=dict(l=left, r=right, t=new_top, b=new_bottom),
        width=width,
        height=int(base_height + (new_top - top) + footer_px),
        paper_bgcolor="white",
        plot_bgcolor="white",
    )
    meta = decorated.layout.meta
    if meta is None or isinstance(meta, dict):  # where footer_under_axes finds the header's height
        decorated.layout.meta = {**(meta or {}), HEADER_META: header_px}
    if footer_lines:
        decorated.add_annotation(
            text="<br>".join(footer_lines),
            xref="paper",
            yref="paper",
            x=0,
            y=0,
            xanchor="left",
            yanchor="top",
            xshift=EDGE_PX - left,
            yshift=-(bottom + FOOTER_GAP),
            showarrow=False,
            align="left",
            name=FOOTER_NAME,
            font=dict(size=FOOTER_SIZE, color=MUTED_COLOUR),
        )
    _tidy_axes(decorated)
    return decorated


# --- the footer under the axes -----------------------------------------------------------------


def _plot_area(svg: bytes) -> tuple[float, float, float] | None:
    """(left, top, bottom) in px of the union of the cartesian subplots in plotly's SVG, None if none."""
    ns = "{http://www.w3.org/2000/svg}"
    root = ET.fromstring(svg)
    sizes = {
        clip.get("id"): clip.find(ns + "rect") for clip in root.iter(ns + "clipPath") if clip.get("class") == "plotclip"
    }
    corners = []
    for overplot in (g for g in root.iter(ns + "g") if g.get("class") == "overplot"):
        for subplot in overplot:
            shift = re.match(r"translate\(([-\d.e]+),\s*([-\d.e]+)\)", subplot.get("transform", ""))
            clip = re.search(r"#([^)'\"]+)", subplot.get("clip-path", ""))
            if clip is None:
                # bars with their text outside the axes (cliponaxis=False) leave the subplot unclipped;
                # its clip path is still defined, as clip<uid><subplot>plot (uid: hex, subplot: x…y…)
                name = re.escape(subplot.get("class", ""))
                clip = next(
                    (match for clip_id in sizes if (match := re.fullmatch(rf"clip[0-9a-f]+({name})plot", clip_id))),
                    None,
                )
                rect = sizes.get(clip.group(0)) if clip else None
            else:
                rect = sizes.get(clip.group(1))
            if shift is not None and rect is not None:
                top = float(shift.group(2))
                corners.append((float(shift.group(1)), top, top + float(rect.get("height"))))
    if not corners:
        return None
    return min(c[0] for c in corners), min(c[1] for c in corners), max(c[2] for c in corners)


def _annotation_left(svg: bytes, index: int) -> float | None:
    """Where plotly.js drew the left edge of annotation number `index` (its box), in px."""
    ns = "{http://www.w3.org/2000/svg}"
    for group in ET.fromstring(svg).iter(ns + "g"):
        if group.get("class") == "annotation" and group.get("data-index") == str(index):
            for inner in group.iter(ns + "g"):
                shift = re.match(r"translate\(([-\d.e]+),", inner.get("transform", ""))
                if inner.get("class") == "cursor-pointer" and shift:
                    return float(shift.group(1))
    return None


def _axis_titles_top(svg: bytes) -> float:
    """The top in px of the highest x axis title in plotly's SVG (its baseline less a font size), 0 if
    there is none or it is lower. plotly.js makes room for a top axis's tick labels, not all of its title."""
    ns = "{http://www.w3.org/2000/svg}"
    top = 0.0
    for text in ET.fromstring(svg).iter(ns + "text"):
        size = re.search(r"font-size:\s*([\d.]+)px", text.get("style", ""))
        if re.fullmatch(r"x\d*title", text.get("class", "")) and text.get("y") and size:
            top = min(top, float(text.get("y")) - float(size.group(1)))
    return top


def _legend_heights(svg: bytes) -> list[float]:
    """The height in px of each legend plotly.js drew (its background box)."""
    ns = "{http://www.w3.org/2000/svg}"
    heights = []
    for group in ET.fromstring(svg).iter(ns + "g"):
        if group.get("class") == "legend":
            box = next((rect for rect in group if rect.get("class") == "bg"), None)
            if box is not None and box.get("height"):
                heights.append(float(box.get("height")))
    return heights


def _has_top_axis(fig: go.Figure) -> bool:
    return any(axis.side == "top" and axis.visible is not False for axis in fig.select_xaxes())


@dataclass(frozen=True)
class _Extent:
    """What the probe measured: the bottom margin the axes need, the footer's xshift that makes it start
    at EDGE_PX, and the top margin the header and a top axis together need (None: no top axis)."""

    axes_px: int
    footer_xshift: float
    top_px: int | None


# what the probe measured, by figure and size: PNG, SVG and PDF of one chart need one measurement
_axes_extent: dict[tuple[str, int, int], _Extent] = {}
_axes_extent_lock = threading.Lock()


def footer_under_axes(fig: go.Figure, width: int, height: int, draw_svg: Callable[[dict], bytes]) -> tuple[dict, int]:
    """(the figure as plotly.js gets it, its height in px): the footer of decorate_for_export moved
    below the axes, and room under the subtitle for an x axis on top.

    plotly.js widens the margins for long or turned tick labels after the footer was placed, which
    would then sit on them. So a first, cheap SVG pass without the footer's room (`draw_svg`: the
    figure as a dict, drawn as SVG at width×height) shows where the axes really end, and the footer
    goes under that; it starts at the image's left edge, measured in the same pass (the left of the
    "paper" is not the plot's left when an axis is constrained, as a square matrix is). An x axis on
    top takes its labels and title out of the top margin, where the title and subtitle already are:
    the probe draws it without a top margin, so that plotly.js makes the room its tick labels need (and
    the title's part above the image's edge is added), and the figure grows by that under the header;
    so it does for a legend above the plot that wraps to more rows than the one decorate_for_export
    left room for.
    """
    fig_dict = fig.to_dict()
    layout = fig_dict.get("layout", {})
    notes = layout.get("annotations", [])
    index = next((i for i, note in enumerate(notes) if note.get("name") == FOOTER_NAME), None)
    if index is None or not _has_axes(fig):
        return fig_dict, height  # maps and other figures without axes keep the margins they were given
    meta = layout.get("meta") if isinstance(layout.get("meta"), dict) else {}
    header_px = meta.get(HEADER_META)
    top_axis = header_px is not None and _has_top_axis(fig)
    reserved = -int(notes[index]["yshift"]) - FOOTER_GAP  # the bottom margin the chart had before decoration
    key = (hashlib.sha1(fig.to_json().encode()).hexdigest(), width, height)
    with _axes_extent_lock:
        extent = _axes_extent.get(key)
    if extent is None:
        probe = copy.deepcopy(fig_dict)
        probe["layout"]["margin"]["b"] = reserved
        if top_axis:
            probe["layout"]["margin"]["t"] = 0
        svg = draw_svg(probe)
        area, footer_left = _plot_area(svg), _annotation_left(svg, index)
        if area is None:
            return fig_dict, height
        plot_left, plot_top, plot_bottom = area
        extent = _Extent(
            max(reserved, math.ceil(height - plot_bottom)),
            EDGE_PX - plot_left if footer_left is None else notes[index]["xshift"] + EDGE_PX - footer_left,
            _top_needed(fig, svg, header_px, plot_top, top_axis),
        )
        if _constrained(fig):
            # the "paper" of a constrained axis moves with the plot's height: measure the footer again
            # where it ends up (moving an annotation sideways changes nothing else)
            footer_left = _annotation_left(draw_svg(_placed(fig_dict, height, extent, reserved, index)[0]), index)
            if footer_left is not None:
                extent = replace(extent, footer_xshift=extent.footer_xshift + EDGE_PX - footer_left)
        with _axes_extent_lock:
            if len(_axes_extent) >= 64:
                del _axes_extent[next(iter(_axes_extent))]
            _axes_extent[key] = extent
    return _placed(fig_dict, height, extent, reserved, index)


def _top_needed(fig: go.Figure, svg: bytes, header_px, plot_top: float, top_axis: bool) -> int | None:
    """The top margin the header needs over a top axis (measured in a probe without a top margin) or
    over legends above the plot taller than the one row decorate_for_export left them (a long English
    legend wraps); None when nothing more is needed. footer_under_axes keeps the larger of this and
    the margin decorate_for_export set."""
    needed = []
    if top_axis:
        needed.append(header_px + math.ceil(plot_top - _axis_titles_top(svg)))
    above = _legends_above_plot(fig)
    if header_px is not None and above:
        extra = sum(_legend_heights(svg)[:above]) - LEGEND_ROW_PX * above
        if extra > 0:
            needed.append(header_px + math.ceil(extra))
    return max(needed) if needed else None


def _constrained(fig: go.Figure) -> bool:
    return any(
        axis.scaleanchor is not None or axis.constrain == "domain"
        for axis in [*fig.select_xaxes(), *fig.select_yaxes()]
    )


def _placed(fig_dict: dict, height: int, extent: _Extent, reserved: int, index: int) -> tuple[dict, int]:
    """The figure with the margins and the footer where `extent` says, and its height."""
    placed = copy.deepcopy(fig_dict)
    layout = placed["layout"]
    footer = layout["annotations"][index]
    footer_px = int(layout["margin"]["b"]) - reserved
    layout["margin"]["b"] = extent.axes_px + footer_px
    footer["yshift"] = -(extent.axes_px + FOOTER_GAP)
    footer["xshift"] = extent.footer_xshift
    if extent.top_px is not None and extent.top_px > int(layout["margin"]["t"]):
        height += extent.top_px - int(layout["margin"]["t"])
        layout["margin"]["t"] = extent.top_px
        layout["height"] = height
    return placed, height
