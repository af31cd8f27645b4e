"""What an area of the dashboard shows, as plain values: key figures, charts, tables, texts and notices
in a Section. The page lays a section out in Streamlit; the report writes the same section to PDF
and DOCX. Nothing here draws."""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd
import plotly.graph_objects as go


@dataclass(frozen=True)
class KeyFigure:
    label: str
    value: str
    delta: str = ""  # the change ('+0,15', '±0,00'), or ''
    delta_quiet: bool = False  # a change that rounds to zero: no arrow, no colour
    help: str = ""


@dataclass
class KeyFigures:
    key: str
    figures: list[KeyFigure]
    note: str = ""  # the line under the cards ('3 av 29 kommuner har rapporterat')

    @property
    def rows(self) -> list[tuple[str, str, str]]:
        """(label, value, change) of each figure, for a table on paper."""
        return [(figure.label, figure.value, figure.delta) for figure in self.figures]


@dataclass
class Chart:
    key: str
    figure: go.Figure
    title: str
    caption: str = ""
    example: bool = False
    subtitle_extra: str | None = None  # what the exported chart says under its title beside the filters
    selectable: bool = False  # a click on a municipality opens its profile (the page only)
    on_paper: bool = True  # in the report too
    paper_caption: str | None = None  # the caption in the report, when the screen's does not suit paper

    @property
    def printed_caption(self) -> str:
        return self.caption if self.paper_caption is None else self.paper_caption


@dataclass
class Table:
    key: str
    frame: pd.DataFrame
    columns: dict[str, tuple[str, str | None]]  # column -> (header text key, number format), prevcap.tables
    title: str
    note: str = ""
    on_paper: bool = True


@dataclass
class Text:
    key: str
    markdown: str
    on_paper: bool = True
    small: bool = False  # a caption (source lines, notes) rather than body text


@dataclass
class Heading:
    key: str
    text: str
    level: int = 2  # 2: a part of the page (h2), 3: a part of a part (h3)
    on_paper: bool = True


@dataclass
class Choices:
    """Municipalities a reader may go to next (the page: buttons; the report: a sentence)."""

    key: str
    label: str
    options: list[tuple[str, str]]  # (municipality code, name)
    on_paper: bool = True


@dataclass
class Notice:
    """A sentence the page shows in a box (info or warning); the report as a paragraph."""

    key: str
    markdown: str
    kind: str = "info"


@dataclass
class Section:
    key: str
    title: str
    intro: str = ""
    example: bool = False
    items: list = field(default_factory=list)
    settings: list[tuple[str, str]] = field(default_factory=list)  # (setting, value) the section was made with

    def add(self, item):
        self.items.append(item)
        return item

    def item(self, key: str):
        """The item of that key; KeyError names what the section holds."""
        for item in self.items:
            if item.key == key:
                return item
        raise KeyError(f"{self.key} has no item {key!r}; it has {[i.key for i in self.items]}")

    def has(self, key: str) -> bool:
        return any(item.key == key for item in self.items)

    def charts(self) -> list[Chart]:
        return [item for item in self.items if isinstance(item, Chart) and item.on_paper]

    def tables(self) -> list[Table]:
        return [item for item in self.items if isinstance(item, Table) and item.on_paper]

    def printed(self) -> list:
        """The items the report writes, in order."""
        return [item for item in self.items if getattr(item, "on_paper", True)]


def without_click_hint(note: str) -> str:
    """A note without its last sentence when that tells the reader to click: paper cannot be clicked."""
    sentences = note.rstrip().split(". ")
    if len(sentences) > 1 and any(word in sentences[-1].lower() for word in ("klicka", "click")):
        return ". ".join(sentences[:-1]) + "."
    return note


def source_text(source, lang: str) -> Text:
    """The page's source line (the report has a section of sources instead)."""
    from prevcap import sources
    from prevcap.queries import meta as meta_queries
    from prevcap.text_safety import markdown_text

    line = sources.source_line(source.query(meta_queries.datasets), lang)  # plain text: names files as given
    return Text("source", markdown_text(line), on_paper=False, small=True)
