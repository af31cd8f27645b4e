"""Exports for reports: charts as print-quality PNG, SVG and PDF drawn by a warm Chromium that
cannot reach the network, and tables as CSV and Excel files that Swedish Excel opens as meant.

A library: no Streamlit here. Charts need Chromium (`find_chromium`); tables do not.
"""
from __future__ import annotations

import copy
import functools
import hashlib
import html
import io
import logging
import math
import os
import re
import shutil
import struct
import textwrap
import threading
import time
import unicodedata
import xml.etree.ElementTree as ET
import zlib
from collections.abc import Iterable, Mapping
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pandas as pd
import plotly.graph_objects as go

from core.i18n import DEFAULT_LANGUAGE, t

log = logging.getLogger(__name__)

# Export size. A chart is laid out at 800×500 CSS pixels, where the dashboard's 13 px text stays
# readable (about 7.5 pt) when the chart fills the 16 cm text width of an A4 page. PNGs are drawn at
# scale 3: 2400×1500 px, which is 300 dpi at 20.3 cm and 381 dpi at 16 cm, and they carry that
# resolution (pHYs) so Word inserts them at 20 cm and shrinks them to the margins. SVG and PDF are
# vector graphics, drawn at scale 1.
DEFAULT_WIDTH = 800
DEFAULT_HEIGHT = 500
DEFAULT_SCALE = 3
PRINT_DPI = 300
FORMATS = ("png", "svg", "pdf")

# Kaleido gives up on one figure after RENDER_TIMEOUT_S; we give up on kaleido's server after
# CALL_TIMEOUT_S (its sync server waits forever when its browser failed to start).
RENDER_TIMEOUT_S = 45
CALL_TIMEOUT_S = 60

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
LEGEND_ROW_PX = 30

# The browser must not reach the network (the users' networks allow no outgoing requests, and
# Debian's Chromium otherwise calls Google's update, time and account services at start): every
# host name resolves to nothing, anything that still wants a connection is sent to a proxy on a
# closed local port, and the services that would ask are switched off.
OFFLINE_CHROMIUM_FLAGS = (
    "--host-resolver-rules=MAP * ~NOTFOUND",
    "--proxy-server=http://127.0.0.1:9",
    "--proxy-bypass-list=<-loopback>",
    "--dns-prefetch-disable",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-default-apps",
    "--disable-domain-reliability",
    "--disable-client-side-phishing-detection",
    "--no-pings",
    "--no-service-autorun",
    "--disable-features=NetworkTimeServiceQuerying,OptimizationHints,Translate,MediaRouter,"
    "AutofillServerCommunication",
)


class ExportUnavailable(RuntimeError):
    """Charts cannot be exported here; `message(lang)` says why and what to do."""

    def __init__(self, message_key: str):
        self.message_key = message_key
        super().__init__(t(message_key, DEFAULT_LANGUAGE))

    def message(self, lang: str = DEFAULT_LANGUAGE) -> str:
        return t(self.message_key, lang)


# ---------------------------------------------------------------------------------------------
# The renderer: kaleido's sync server, one warm Chromium per process
# ---------------------------------------------------------------------------------------------

def find_chromium() -> str | None:
    """The Chromium to draw with: $PREVCAP_CHROMIUM if set (and nothing else then), else the first of
    chromium, chromium-browser, google-chrome on PATH; None if there is none."""
    configured = os.environ.get("PREVCAP_CHROMIUM")
    if configured:
        found = shutil.which(configured)
        if found is None:
            log.warning("PREVCAP_CHROMIUM=%r is not an executable file", configured)
        return found
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    return None


def local_plotlyjs() -> Path:
    """plotly.js as shipped inside the plotly package: the page kaleido draws on loads it from disk."""
    import plotly

    path = Path(plotly.__file__).resolve().parent / "package_data" / "plotly.min.js"
    if not path.is_file():
        # kaleido would fall back to cdn.plot.ly, which the users' networks do not allow
        raise ExportUnavailable("export.unavailable.renderer_failed")
    return path


@functools.cache
def _offline_chromium_class():
    from choreographer.browsers import Chromium

    class OfflineChromium(Chromium):
        """choreographer's Chromium, started with `extra_flags` after its own flags."""

        extra_flags: tuple[str, ...] = OFFLINE_CHROMIUM_FLAGS

        def get_cli(self):
            return [*super().get_cli(), *self.extra_flags]

    return OfflineChromium


def kaleido_options(chromium: str) -> dict:
    """Keyword arguments for kaleido's server: our Chromium, offline, plotly.js from the plotly
    package, MathJax off (kaleido's default loads it from a CDN; our charts use no LaTeX)."""
    return dict(
        path=chromium,
        browser_cls=_offline_chromium_class(),
        enable_extensions=False,
        plotlyjs=local_plotlyjs(),
        mathjax=False,
        timeout=RENDER_TIMEOUT_S,
        n=1,
    )


# Serialises starting, stopping and every render: kaleido's sync server hands results back through
# one shared queue, so two threads rendering at once can receive each other's images.
_renderer_lock = threading.Lock()
_renderer_chromium: str | None = None


def ensure_renderer() -> str:
    """Start the warm renderer once per process (later calls return at once) and draw a first small
    chart, which pays Chromium's start-up. Returns the Chromium path; raises ExportUnavailable."""
    with _renderer_lock:
        if _renderer_chromium is None:
            _render_locked(go.Figure(go.Bar(x=[1], y=[1])).to_dict(), {"format": "png", "width": 40, "height": 40})
        return _renderer_chromium


def stop_renderer() -> None:
    """Close the warm Chromium (tests, benchmarks); the next export starts a new one."""
    with _renderer_lock:
        _stop_locked()


def _start_locked() -> None:
    global _renderer_chromium
    if _renderer_chromium is not None:
        return
    chromium = find_chromium()
    if chromium is None:
        raise ExportUnavailable("export.unavailable.no_chromium")
    import kaleido

    options = kaleido_options(chromium)
    # a server someone else started would run with kaleido's defaults (MathJax from a CDN)
    kaleido.stop_sync_server(silence_warnings=True)
    kaleido.start_sync_server(**options, silence_warnings=True)
    _renderer_chromium = chromium
    log.info("kaleido server started with %s", chromium)


def _stop_locked() -> None:
    global _renderer_chromium
    if _renderer_chromium is None:
        return
    import kaleido

    _renderer_chromium = None
    try:
        kaleido.stop_sync_server(silence_warnings=True)
    except Exception:  # a browser that already died may fail to close; the server is reset anyway
        log.warning("kaleido server did not stop cleanly", exc_info=True)


def _server_thread_died() -> bool:
    """True when kaleido's server thread is known to be dead (its browser failed to start): then
    calls would wait forever. Reads a private attribute, so unknown counts as alive."""
    import kaleido

    thread = getattr(getattr(kaleido, "_global_server", None), "_thread", None)
    return thread is not None and not thread.is_alive()


def _call_server(fig_dict: dict, opts: dict) -> bytes:
    import kaleido

    outcome: dict = {}

    def call():
        try:
            outcome["image"] = kaleido.calc_fig_sync(fig_dict, opts=opts)
        except BaseException as exc:  # handed to the caller's thread
            outcome["error"] = exc

    worker = threading.Thread(target=call, name="prevcap-export", daemon=True)
    worker.start()
    deadline = time.monotonic() + CALL_TIMEOUT_S
    while worker.is_alive():
        worker.join(0.2)
        if worker.is_alive() and (time.monotonic() > deadline or _server_thread_died()):
            raise TimeoutError("kaleido's server did not answer")
    if "error" in outcome:
        raise outcome["error"]
    return outcome["image"]


def _render_locked(fig_dict: dict, opts: dict) -> bytes:
    """Render with the warm server; when its browser died, start a new one and try once more."""
    from kaleido.errors import JavascriptError, KaleidoError

    failure: BaseException | None = None
    for _attempt in range(2):
        _start_locked()
        try:
            return _call_server(fig_dict, opts)
        except (KaleidoError, JavascriptError):
            raise  # plotly.js refused the figure: a fault of the figure, not of the browser
        except Exception as exc:
            log.warning("kaleido render failed, restarting Chromium: %r", exc)
            failure = exc
            _stop_locked()
    raise ExportUnavailable("export.unavailable.renderer_failed") from failure


def figure_bytes(fig: go.Figure, fmt: str = "png", width: int | None = None, height: int | None = None,
                 scale: float = DEFAULT_SCALE) -> bytes:
    """The figure as PNG, SVG or PDF bytes, drawn by the warm renderer.

    width/height are CSS pixels; by default the figure's own layout size, else 800×500. `scale`
    multiplies the PNG's pixels (default 3: 300 dpi at 20 cm); SVG and PDF are vector, drawn at 1.
    """
    if fmt not in FORMATS:
        raise ValueError(f"format must be one of {FORMATS}, not {fmt!r}")
    width = int(width or fig.layout.width or DEFAULT_WIDTH)
    height = int(height or fig.layout.height or DEFAULT_HEIGHT)
    opts = {"format": fmt, "width": width, "height": height, "scale": scale if fmt == "png" else 1}
    with _renderer_lock:
        image = _render_locked(_fit_footer_locked(fig, width, height), opts)
    if fmt == "png":  # a CSS pixel prints as 1/100 inch (800 px: 20.3 cm), so dpi = 100 × scale
        image = png_with_dpi(image, PRINT_DPI * scale / DEFAULT_SCALE)
    return image


def _plot_area(svg: bytes) -> tuple[float, float] | None:
    """(left, bottom) in px of the union of the cartesian subplots in plotly's SVG, None if none."""
    ns = "{http://www.w3.org/2000/svg}"
    root = ET.fromstring(svg)
    sizes = {clip.get("id"): clip.find(ns + "rect") for clip in root.iter(ns + "clipPath")
             if clip.get("class") == "plotclip"}
    corners = []
    for overplot in (g for g in root.iter(ns + "g") if g.get("class") == "overplot"):
        for subplot in overplot:
            shift = re.match(r"translate\(([-\d.e]+),\s*([-\d.e]+)\)", subplot.get("transform", ""))
            clip = re.search(r"#([^)'\"]+)", subplot.get("clip-path", ""))
            if clip is None:
                # bars with their text outside the axes (cliponaxis=False) leave the subplot unclipped;
                # its clip path is still defined, as clip<uid><subplot>plot (uid: hex, subplot: x…y…)
                name = re.escape(subplot.get("class", ""))
                clip = next((match for clip_id in sizes
                             if (match := re.fullmatch(rf"clip[0-9a-f]+({name})plot", clip_id))), None)
                rect = sizes.get(clip.group(0)) if clip else None
            else:
                rect = sizes.get(clip.group(1))
            if shift is not None and rect is not None:
                corners.append((float(shift.group(1)), float(shift.group(2)) + float(rect.get("height"))))
    if not corners:
        return None
    return min(left for left, _ in corners), max(bottom for _, bottom in corners)


# where the axes end, by figure and size: PNG, SVG and PDF of one chart need one measurement
_axes_extent: dict[tuple[str, int, int], tuple[int, float]] = {}


def _fit_footer_locked(fig: go.Figure, width: int, height: int) -> dict:
    """The figure as plotly.js gets it, with the footer of decorate_for_export moved below the axes.

    plotly.js widens the margins for long or turned tick labels after the footer was placed, which
    would then sit on them. So a first, cheap SVG pass without the footer's room shows where the
    axes really end, and the footer goes under that (and starts at the image's left edge).
    """
    fig_dict = fig.to_dict()
    layout = fig_dict.get("layout", {})
    footer = next((note for note in layout.get("annotations", []) if note.get("name") == FOOTER_NAME), None)
    if footer is None or not _has_axes(fig):
        return fig_dict  # maps and other figures without axes keep the margins they were given
    reserved = -int(footer["yshift"]) - FOOTER_GAP  # the bottom margin the chart had before decoration
    footer_px = int(layout["margin"]["b"]) - reserved
    key = (hashlib.sha1(fig.to_json().encode()).hexdigest(), width, height)
    if key not in _axes_extent:
        probe = copy.deepcopy(fig_dict)
        probe["layout"]["margin"]["b"] = reserved
        area = _plot_area(_render_locked(probe, {"format": "svg", "width": width, "height": height, "scale": 1}))
        if area is None:
            return fig_dict
        plot_left, plot_bottom = area
        if len(_axes_extent) >= 64:
            del _axes_extent[next(iter(_axes_extent))]
        _axes_extent[key] = (max(reserved, math.ceil(height - plot_bottom)), plot_left)
    axes_px, plot_left = _axes_extent[key]
    layout["margin"]["b"] = axes_px + footer_px
    footer["yshift"] = -(axes_px + FOOTER_GAP)
    footer["xshift"] = EDGE_PX - plot_left
    return fig_dict


def png_with_dpi(png: bytes, dpi: float) -> bytes:
    """The PNG with a pHYs chunk saying `dpi`, so word processors place it at its print size."""
    signature, chunks, position = png[:8], [], 8
    while position < len(png):
        (length,) = struct.unpack(">I", png[position:position + 4])
        end = position + 12 + length
        chunks.append(png[position:end])
        position = end
    pixels_per_metre = round(dpi / 0.0254)
    body = b"pHYs" + struct.pack(">IIB", pixels_per_metre, pixels_per_metre, 1)
    phys = struct.pack(">I", 9) + body + struct.pack(">I", zlib.crc32(body))
    kept = [chunk for chunk in chunks if chunk[4:8] != b"pHYs"]
    return signature + kept[0] + phys + b"".join(kept[1:])  # pHYs must come before the image data


# ---------------------------------------------------------------------------------------------
# Decoration: title, filters, source and the example-data mark on a copy of the figure
# ---------------------------------------------------------------------------------------------

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


def _source_text(source_line: str, lang: str) -> str:
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
    on a coloured plot area, which would vanish on white."""
    if not _has_axes(fig):
        return
    template_layout = fig.layout.template.layout if fig.layout.template else None
    for axis in [*fig.select_xaxes(), *fig.select_yaxes()]:
        if axis.automargin is None:
            axis.automargin = True
        letter = "xaxis" if axis.plotly_name.startswith("x") else "yaxis"
        template_axis = getattr(template_layout, letter, None) if template_layout else None
        colour = axis.gridcolor or (template_axis.gridcolor if template_axis else None)
        if colour and str(colour).lower().replace(" ", "") in ("white", "#fff", "#ffffff", "rgb(255,255,255)"):
            axis.update(gridcolor=GRID_COLOUR, zerolinecolor=GRID_COLOUR)


def decorate_for_export(fig: go.Figure, title: str, subtitle: str, source_line: str, example_data: bool,
                        lang: str = DEFAULT_LANGUAGE, *, width: int | None = None) -> go.Figure:
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
        title_html += f'{" " if title_lines[-1] else ""}<span style="color:{EXAMPLE_COLOUR}"><b>· ' \
                      f'{html.escape(marker, quote=False)}</b></span>'
    extra_lines = len(title_lines) - 1
    title_pad = 14 + (round(0.7 * title_size) if extra_lines else 0)
    title_px = title_pad + round(title_size * 1.4) + round(title_size * 1.3) * extra_lines
    subtitle_shift = round(SUBTITLE_SIZE * 1.3) * extra_lines  # empty subtitle lines: room plotly.js leaves out
    subtitle_lines = _wrap(subtitle, text_width, SUBTITLE_SIZE) if subtitle else []
    subtitle_html = "<br>".join(html.escape(line, quote=False) for line in subtitle_lines)

    footer_lines = ([html.escape(line, quote=False)
                     for line in _wrap(_source_text(source_line, lang), text_width, FOOTER_SIZE, "; ")]
                    if source_line.strip() else [])
    if example_data:
        footer_lines += [f'<span style="color:{EXAMPLE_COLOUR}"><b>{html.escape(line, quote=False)}</b></span>'
                         for line in _wrap(t("export.example_data_note", lang), text_width, FOOTER_SIZE)]

    # header: pad, title, subtitle lines, gap above the plot (room for a colour bar title), and a
    # legend's row when the legend sits above the plot
    header_px = (title_px + (subtitle_shift if subtitle_lines else 0) + round(SUBTITLE_SIZE * 1.45) * len(subtitle_lines)
                 + 24
                 + LEGEND_ROW_PX * _legends_above_plot(decorated))
    footer_px = round(FOOTER_SIZE * 1.45) * len(footer_lines) + 16 if footer_lines else 0
    new_top, new_bottom = max(top, header_px), bottom + footer_px
    base_height = decorated.layout.height or DEFAULT_HEIGHT

    decorated.update_layout(
        title=dict(
            text=title_html, xref="container", x=0, xanchor="left", yref="container", y=1, yanchor="top",
            pad=dict(l=EDGE_PX, t=title_pad), font=dict(size=title_size),
            subtitle=dict(text="<br>" * (extra_lines if subtitle_html else 0) + subtitle_html,
                          font=dict(size=SUBTITLE_SIZE, color=MUTED_COLOUR)),
        ),
        margin=dict(l=left, r=right, t=new_top, b=new_bottom),
        width=width,
        height=int(base_height + (new_top - top) + footer_px),
        paper_bgcolor="white",
        plot_bgcolor="white",
    )
    if footer_lines:
        decorated.add_annotation(
            text="<br>".join(footer_lines), xref="paper", yref="paper", x=0, y=0, xanchor="left", yanchor="top",
            xshift=EDGE_PX - left, yshift=-(bottom + FOOTER_GAP), showarrow=False, align="left", name=FOOTER_NAME,
            font=dict(size=FOOTER_SIZE, color=MUTED_COLOUR),
        )
    _tidy_axes(decorated)
    return decorated


# ---------------------------------------------------------------------------------------------
# Tables: CSV for Swedish Excel, and .xlsx
# ---------------------------------------------------------------------------------------------

# A cell starting with one of these is read by spreadsheets as a formula (CSV/formula injection)
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise_formula(value):
    """A string that a spreadsheet would take for a formula, behind a `'`; anything else unchanged."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def _is_number_column(column: pd.Series) -> bool:
    return (pd.api.types.is_numeric_dtype(column) or pd.api.types.is_bool_dtype(column)
            or pd.api.types.is_datetime64_any_dtype(column) or pd.api.types.is_timedelta64_dtype(column))


def _table_frame(df: pd.DataFrame) -> pd.DataFrame:
    """The frame to write: a meaningful index becomes columns; headers are neutralised too."""
    unnamed_range = isinstance(df.index, pd.RangeIndex) and df.index.name is None
    frame = df.copy() if unnamed_range else df.reset_index()
    frame.columns = [neutralise_formula(str(name)) for name in frame.columns]
    return frame


def _is_missing(value) -> bool:
    try:
        return value is None or bool(pd.isna(value))
    except (TypeError, ValueError):  # arrays and other things that are not one value
        return False


def _csv_text_cell(value):
    if isinstance(value, (float, Decimal)) and not _is_missing(value):
        return str(value).replace(".", ",")  # the column's other values keep it from decimal=","
    return neutralise_formula(value)


def table_csv_bytes(df: pd.DataFrame) -> bytes:
    """CSV as Swedish Excel opens it with a double click: `;` between cells, decimal comma, UTF-8
    with BOM (or å, ä, ö break), CRLF line ends. Strings that look like formulas get a leading `'`."""
    frame = _table_frame(df)
    for position, name in enumerate(frame.columns):
        column = frame.iloc[:, position]
        if not _is_number_column(column):
            frame.isetitem(position, column.astype(object).map(_csv_text_cell))
    text = frame.to_csv(sep=";", decimal=",", index=False, lineterminator="\r\n")
    return text.encode("utf-8-sig")


_ILLEGAL_XLSX_CHARACTERS = re.compile(r"[\000-\010\013\014\016-\037]")
_SHEET_NAME_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")


def _xlsx_cell(value):
    """A value openpyxl stores as the matching Excel type: numbers stay numbers, gaps stay empty."""
    if _is_missing(value):
        return None
    if hasattr(value, "item") and not isinstance(value, (str, bytes)):  # numpy scalars
        value = value.item()
    if isinstance(value, pd.Timestamp):
        value = value.to_pydatetime()
    if isinstance(value, datetime) and value.tzinfo is not None:
        value = value.replace(tzinfo=None)  # Excel has no time zones
    if isinstance(value, (bool, int, float, Decimal, datetime, date)):
        return value
    text = _ILLEGAL_XLSX_CHARACTERS.sub("", str(value))
    # without the `'`, openpyxl itself would store a string starting with "=" as a formula
    return neutralise_formula(text)


def _column_width(header: str, values: Iterable) -> float:
    longest = max([len(header), *(len(str(v)) for v in values if v is not None)], default=len(header))
    return min(max(longest + 2, 8), 60)


def table_xlsx_bytes(df: pd.DataFrame, sheet_name: str = "Data") -> bytes:
    """An .xlsx workbook with one sheet: bold header row that stays in view, a filter on it, numbers
    as numbers, columns as wide as their content (8–60 characters)."""
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    frame = _table_frame(df)
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = (_SHEET_NAME_FORBIDDEN.sub(" ", sheet_name).strip().strip("'")[:31] or "Data")
    headers = [_xlsx_cell(name) for name in frame.columns]
    sheet.append(headers)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    rows = [[_xlsx_cell(value) for value in row] for row in frame.itertuples(index=False, name=None)]
    for row in rows:
        sheet.append(row)
    for index, header in enumerate(headers):
        sample = (row[index] for row in rows[:2000])
        sheet.column_dimensions[get_column_letter(index + 1)].width = _column_width(str(header), sample)
    sheet.freeze_panes = "A2"
    if rows:
        sheet.auto_filter.ref = sheet.dimensions
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


# ---------------------------------------------------------------------------------------------
# File names
# ---------------------------------------------------------------------------------------------

# letters that Unicode does not decompose into a base letter: Nordic and Sámi place names
_LETTERS = str.maketrans({"ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "đ": "d", "Đ": "D", "ŋ": "n", "Ŋ": "N",
                          "ŧ": "t", "Ŧ": "T", "ß": "ss", "ð": "d", "þ": "th"})


def _slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text.translate(_LETTERS)).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "_", ascii_text.lower()).strip("_")


def _flatten(values) -> list:
    flat = []
    for value in values:
        if isinstance(value, (list, tuple, set, frozenset)):
            flat.extend(_flatten(sorted(value, key=str) if isinstance(value, (set, frozenset)) else value))
        elif value is not None and not (isinstance(value, float) and math.isnan(value)):
            flat.append(value)
    return flat


def export_filename(title: str, filters: Mapping | Iterable = (), ext: str = "png") -> str:
    """A file name safe on every system, from the title and the filter values:
    ("Kapacitet", {"Län": "Västerbotten", "År": 2024}, "png") -> "kapacitet_vasterbotten_2024.png"."""
    values = filters.values() if isinstance(filters, Mapping) else filters
    parts = [_slug(str(part)) for part in _flatten([title, *values])]
    stem = "_".join(part for part in parts if part)[:100].rstrip("_") or "export"
    return f"{stem}.{ext.lstrip('.').lower()}"


# ---------------------------------------------------------------------------------------------
# For the dashboard and the report: the filter line, chart file names, a renderer warmed early
# ---------------------------------------------------------------------------------------------

def filters_subtitle(county_label: str, year: int, lang: str = DEFAULT_LANGUAGE, extra: str | None = None) -> str:
    """The subtitle of an exported chart: "Län: Västerbotten · År: 2024", then `extra` (the norm…)."""
    line = t("export.filters", lang, county=county_label, year=year)
    return f"{line} · {extra}" if extra else line


def norm_subtitle(base_fte: float, fte_per_10k: float, lang: str = DEFAULT_LANGUAGE) -> str:
    """"Behovsnorm: 1,00 åa + 0,20 åa per 10 000 inv." for the subtitle of a chart that uses the norm."""
    from core import fmt

    return t("export.norm", lang, base=fmt.number(base_fte, 2, lang), per10k=fmt.number(fte_per_10k, 2, lang))


def chart_filename(title: str, county_label: str, year: int, ext: str) -> str:
    """export_filename with the county and the year, the year only once when the title has it."""
    filters = [county_label] + ([] if str(year) in title else [year])
    return export_filename(title, filters, ext)


_warm_up_lock = threading.Lock()
_warm_up_started: float | None = None  # time.monotonic() of the last background start
_warm_up_failure: ExportUnavailable | None = None
WARM_UP_RETRY_S = 60


def start_renderer_in_background() -> None:
    """Start the warm renderer in a background thread, once per process, so that the first download
    does not wait for Chromium to start. Without Chromium nothing happens. When the start failed,
    renderer_problem() says so, and a call a minute later tries again."""
    global _warm_up_started
    with _warm_up_lock:
        if find_chromium() is None:
            return
        if _warm_up_started is not None and (_warm_up_failure is None
                                             or time.monotonic() - _warm_up_started < WARM_UP_RETRY_S):
            return
        _warm_up_started = time.monotonic()

    def warm_up():
        global _warm_up_failure
        try:
            ensure_renderer()
            _warm_up_failure = None
        except ExportUnavailable as unavailable:
            _warm_up_failure = unavailable
            log.warning("the export renderer did not start in the background: %s", unavailable.message_key)
        except Exception:
            _warm_up_failure = ExportUnavailable("export.unavailable.renderer_failed")
            log.warning("the export renderer did not start in the background", exc_info=True)

    threading.Thread(target=warm_up, name="prevcap-export-warm-up", daemon=True).start()


def renderer_problem() -> ExportUnavailable | None:
    """Why the renderer started in the background could not start (None: it runs, is starting, or was
    never asked to), so that the page says so instead of offering downloads that would fail."""
    return _warm_up_failure
