"""The tables a page drew, read back from AppTest as a reader sees them: the HTML tables (st.html, with
prevcap/tables/html.py's markup) as frames of their cells' shown texts, columns named by their keys."""

from __future__ import annotations

from html.parser import HTMLParser

import pandas as pd


class _TableReader(HTMLParser):
    """Every div.pc-table of a body: its key, its columns' keys and headers, its rows' shown texts (the
    missing sign, not the hidden word for a screen reader), its links' (text, href, aria-label)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tables: list[dict] = []
        self._cell: list[str] | None = None
        self._hidden_depth = 0
        self._depth = 0
        self._link: dict | None = None
        self._in_body = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self._depth += 1
        if tag == "div" and "pc-table" in (attrs.get("class") or "").split():
            self.tables.append(
                {"key": attrs.get("data-table"), "columns": [], "headers": [], "rows": [], "links": [], "caption": ""}
            )
        if not self.tables:
            return
        table = self.tables[-1]
        if self._hidden_depth:
            self._hidden_depth += 1
        elif tag == "span" and "pc-sr" in (attrs.get("class") or "").split():
            self._hidden_depth = 1
        if tag == "th":
            table["columns"].append(attrs.get("data-column"))
            self._cell = []
        elif tag == "tr" and self._in_body:
            table["rows"].append([])
        elif tag == "td":
            self._cell = []
        elif tag == "tbody":
            self._in_body = True
        elif tag == "caption":
            self._cell = []
        elif tag == "a":
            self._link = {"href": attrs.get("href"), "label": attrs.get("aria-label"), "text": ""}

    def handle_endtag(self, tag):
        self._depth -= 1
        if self._hidden_depth:
            self._hidden_depth -= 1
        if not self.tables:
            return
        table = self.tables[-1]
        text = "".join(self._cell or []).strip()
        if tag == "th":
            table["headers"].append(text)
            self._cell = None
        elif tag == "td":
            table["rows"][-1].append(text)
            self._cell = None
        elif tag == "caption":
            table["caption"] = text
            self._cell = None
        elif tag == "tbody":
            self._in_body = False
        elif tag == "a" and self._link is not None:
            table["links"].append(self._link)
            self._link = None

    def handle_data(self, data):
        if self._hidden_depth:
            return
        if self._cell is not None:
            self._cell.append(data)
        if self._link is not None:
            self._link["text"] += data


def read_tables(body: str) -> list[dict]:
    reader = _TableReader()
    reader.feed(body)
    return reader.tables


def drawn_tables(at) -> list[dict]:
    """Every HTML table the run drew, in order: key, columns, headers, rows (shown texts), links, caption."""
    return [table for element in at.html for table in read_tables(element.value)]


def drawn_table(at, key: str | int = 0) -> pd.DataFrame:
    """The table of this key (or the index-th table drawn) as a frame of its cells' shown texts."""
    tables = drawn_tables(at)
    table = tables[key] if isinstance(key, int) else next(t for t in tables if t["key"] == key)
    return pd.DataFrame(table["rows"], columns=table["columns"])


def drawn_links(at, key: str) -> list[dict]:
    return next(t for t in drawn_tables(at) if t["key"] == key)["links"]
