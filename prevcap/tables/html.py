"""A table as the dashboard draws it, in the interface's language: a small one (up to HTML_ROWS_MAX rows) as a
real HTML table with a caption, sortable headers and links a keyboard can follow; a large one as the cell
texts of Streamlit's grid (which would otherwise format numbers by the browser's locale). Every text from
the data is escaped here: a name is shown as the characters it holds, never as markup."""

from __future__ import annotations

import html
import math
import re
import zlib
from collections.abc import Callable

import pandas as pd

from core import fmt
from core.i18n import t
from prevcap.tables import Columns

# Up to this many rows a table is an HTML table: every row is in the document (a screen reader reads them
# all, the browser's search finds them); beyond it Streamlit's grid, which draws only the rows on screen.
HTML_ROWS_MAX = 30

MISSING_SIGN = "–"  # the en dash of core.fmt.number: a value that is missing, never 0

# An address inside the dashboard, as prevcap.tables writes it: a page and its parameters (kommun?kommun=2418)
_INTERNAL_LINK = re.compile(r"[a-z]+\?[A-Za-z0-9_=&%.,+-]*")
_WEB_LINK = re.compile(r"https?://[^\s\"'<>]+")
_HOST = re.compile(r"https?://(?:www\.)?([^/:?#]+)")


def missing(value) -> bool:
    return value is None or value is pd.NA or value is pd.NaT or (isinstance(value, float) and math.isnan(value))


def is_number_column(frame: pd.DataFrame, column: str, number_format: str | None) -> bool:
    return (
        bool(number_format)
        and not str(number_format).startswith("link")
        and pd.api.types.is_numeric_dtype(frame[column])
        and not pd.api.types.is_bool_dtype(frame[column])
    )


def cell_text(value, number_format: str | None, lang: str) -> str:
    """A cell's text (before escaping): numbers in the interface's language, a missing value as the sign."""
    if missing(value):
        return MISSING_SIGN
    return fmt.cell(value, number_format, lang)


def link_host(url: str) -> str:
    match = _HOST.match(url)
    return match.group(1) if match else url


def shown_columns(frame: pd.DataFrame, columns: Columns) -> list[str]:
    return [column for column in columns if column in frame.columns]


def table_html(
    frame: pd.DataFrame,
    columns: Columns,
    lang: str,
    caption: str,
    key: str,
    *,
    caption_hidden: bool = False,
    internal_href: Callable[[str], str] = lambda link: link,
) -> str:
    """The table as HTML: a <caption>, one <th scope="col"> per column with a sort button, a row per row.

    Number cells are right-aligned and carry their value in data-sort, so that sorting is numeric while the
    text is Swedish. A link inside the dashboard (a profile) opens in the same tab with the whole view
    (`internal_href` adds it) and is named by its row: "Öppna Malå", not its address."""
    shown = shown_columns(frame, columns)
    numeric = {column: is_number_column(frame, column, columns[column][1]) for column in shown}
    num = {column: ' class="num"' if numeric[column] else "" for column in shown}
    head = "".join(
        f'<th scope="col" data-column="{_e(column)}"{num[column]}>'
        f'<button type="button" class="pc-sort" data-index="{index}">{_e(t(columns[column][0], lang))}'
        '<span class="pc-sort-mark" aria-hidden="true"></span></button></th>'
        for index, column in enumerate(shown)
    )
    name_column = "municipality_name" if "municipality_name" in frame.columns else (shown[0] if shown else None)
    body = []
    for _, row in frame.iterrows():
        cells = []
        for column in shown:
            value = row[column]
            number_format = columns[column][1]
            if str(number_format or "").startswith("link"):
                name = row[name_column] if name_column is not None else ""
                cells.append(f"<td>{_link(value, number_format, lang, name, internal_href)}</td>")
            elif missing(value):
                cells.append(
                    f'<td{num[column]} data-sort="">'
                    f'<span aria-hidden="true">{MISSING_SIGN}</span>'
                    f'<span class="pc-sr">{_e(t("value.missing", lang))}</span></td>'
                )
            elif numeric[column]:
                cells.append(
                    f'<td class="num" data-sort="{float(value)!r}">{_e(cell_text(value, number_format, lang))}</td>'
                )
            else:
                cells.append(f"<td>{_e(cell_text(value, number_format, lang))}</td>")
        body.append("<tr>" + "".join(cells) + "</tr>")
    caption_class = "pc-sr" if caption_hidden else "pc-caption"
    # unique on the page even when two tables share a key (two refused files): the rows make it differ
    caption_id = f"pc-table-{_attr_id(key)}-{zlib.crc32(''.join(body).encode()):08x}"
    return (
        f'<div class="pc-table" data-table="{_e(key)}" role="region" aria-labelledby="{caption_id}" tabindex="0">'
        f'<table lang="{_e(lang)}"><caption id="{caption_id}" class="{caption_class}">{_e(caption)}</caption>'
        f"<thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table></div>"
    )


def _link(value, number_format: str, lang: str, name, internal_href: Callable[[str], str]) -> str:
    if missing(value) or not str(value).strip():
        return ""
    url = str(value).strip()
    _, _, text_key = str(number_format).partition(":")
    if _WEB_LINK.fullmatch(url):
        text = t(text_key, lang) if text_key else link_host(url)
        return f'<a href="{_e(url)}" target="_blank" rel="noopener noreferrer">{_e(text)}</a>'
    if _INTERNAL_LINK.fullmatch(url):
        text = t(text_key, lang) if text_key else url
        label = t("table.link_named", lang, action=text, name="" if missing(name) else str(name))
        return f'<a href="{_e(internal_href(url))}" aria-label="{_e(label.strip())}">{_e(text)}</a>'
    return _e(url)  # neither a web address nor one of ours (javascript:, a file path): text, never a link


def _e(text) -> str:
    return html.escape(str(text), quote=True)


def _attr_id(key: str) -> str:
    return re.sub(r"[^A-Za-z0-9_-]", "-", key)


def grid_formatters(frame: pd.DataFrame, columns: Columns, lang: str) -> dict[str, Callable]:
    """For a large table in Streamlit's grid: each number column's cell text in the interface's language, as
    a pandas Styler format. The grid shows the text and still sorts by the number underneath (a column of
    pre-formatted text would sort "10" before "9")."""
    return {
        column: (lambda value, number_format=columns[column][1]: cell_text(value, number_format, lang))
        for column in shown_columns(frame, columns)
        if is_number_column(frame, column, columns[column][1])
    }


# The tables' look: Streamlit's own table style, numbers right-aligned, the header's sort button as plain
# text with a mark of the order; a wide table scrolls inside its own box, not the page (WCAG 1.4.10).
TABLE_STYLE = """
.pc-table{position:relative;overflow-x:auto;max-width:100%;margin:0 0 .75rem 0;}
.pc-table table{border-collapse:collapse;width:100%;font-size:.875rem;line-height:1.4;}
.pc-table caption{caption-side:top;text-align:left;}
.pc-table .pc-caption{font-weight:600;padding:0 0 .4rem 0;}
.pc-table th,.pc-table td{padding:.3rem .55rem;border-bottom:1px solid #d5d8de;text-align:left;vertical-align:top;}
.pc-table th{background:#f3f4f6;font-weight:600;vertical-align:bottom;}
.pc-table .num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap;}
.pc-table button.pc-sort{background:none;border:0;padding:0;margin:0;font:inherit;color:inherit;
  text-align:inherit;cursor:pointer;}
.pc-table th[aria-sort=ascending] .pc-sort-mark::after{content:" \\25B2";}
.pc-table th[aria-sort=descending] .pc-sort-mark::after{content:" \\25BC";}
.pc-table a{color:#1f5f8b;}
.pc-sr{position:absolute !important;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;
  clip:rect(0,0,0,0);white-space:nowrap;border:0;}
"""

# A click on a header's button sorts the rows by that column: numbers by data-sort, text as the interface's
# language sorts it (å, ä, ö after z in Swedish), missing values last; a second click reverses. One listener
# for the whole page, installed once.
SORT_SCRIPT = """
if (!window.prevcapTableSort) {
  window.prevcapTableSort = true;
  document.addEventListener("click", (event) => {
    const button = event.target.closest && event.target.closest("button.pc-sort");
    if (!button) return;
    const th = button.closest("th"), table = button.closest("table"), body = table.tBodies[0];
    const index = Number(button.dataset.index);
    const ascending = th.getAttribute("aria-sort") !== "ascending";
    const lang = table.getAttribute("lang") || "sv";
    const key = (row) => {
      const cell = row.cells[index];
      if (cell.hasAttribute("data-sort")) {
        const text = cell.getAttribute("data-sort");
        return text === "" ? null : Number(text);
      }
      const text = cell.textContent.trim();
      return text === "" || text === "\\u2013" ? null : text;
    };
    const rows = Array.from(body.rows);
    rows.sort((a, b) => {
      const x = key(a), y = key(b);
      if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
      const order = typeof x === "number" && typeof y === "number" ? x - y
        : String(x).localeCompare(String(y), lang, {numeric: true});
      return ascending ? order : -order;
    });
    rows.forEach((row) => body.appendChild(row));
    table.querySelectorAll("thead th").forEach((other) => other.removeAttribute("aria-sort"));
    th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
  });
}
"""
