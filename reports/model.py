"""What a report is: the view it was made for, the sections of prevcap.content, each chart's PNG,
when and from what; and the one dispatch of a section's items to a writer (PDF or DOCX)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

import pandas as pd

from core import fmt
from core.i18n import t
from prevcap.content.model import Chart, Choices, Heading, KeyFigures, Notice, Section, Table, Text
from prevcap.export.images import png_size  # noqa: F401  (the writers' and the tests' one way to read it)
from prevcap.view import View

# longer tables are cut in the report (the dashboard and the CSV downloads have every row)
MAX_TABLE_ROWS = 60


@dataclass(frozen=True)
class Selection:
    """The sidebar's selection as the writers print it."""

    lang: str
    county_label: str
    year: int
    previous_year: int | None


@dataclass
class Report:
    view: View
    sections: list[Section]
    images: dict[str, bytes]
    source: str
    created: datetime
    warehouse: str = ""
    seconds_drawing: float = 0.0
    example_notice: str | None = None  # the example banner's text (sources.example_notice)
    example: bool = field(init=False)

    def __post_init__(self):
        self.example = any(section.example for section in self.sections)

    @property
    def lang(self) -> str:
        return self.view.lang

    @property
    def county_label(self) -> str:
        return self.view.county_label()

    @property
    def filters(self) -> Selection:
        return Selection(self.view.lang, self.view.county_label(), self.view.year, self.view.previous_year)

    @property
    def chart_count(self) -> int:
        return sum(len(section.charts()) for section in self.sections)

    @property
    def table_count(self) -> int:
        return sum(len(section.tables()) for section in self.sections)

    def settings(self) -> list[tuple[str, str]]:
        return combined_settings(self.sections)


def combined_settings(sections: list[Section]) -> list[tuple[str, str]]:
    """Every setting the sections were made with, in their order: a setting that two sections share
    (the norm) once; one whose name recurs with another value (a period) with the name of its section."""
    values: dict[str, set[str]] = {}
    for section in sections:
        for label, value in section.settings:
            values.setdefault(label, set()).add(value)
    seen, rows = set(), []
    for section in sections:
        for label, value in section.settings:
            shown = label if len(values[label]) == 1 else f"{section.title}: {label}"
            if (shown, value) not in seen:
                seen.add((shown, value))
                rows.append((shown, value))
    return rows


def settings_section(sections: list[Section], lang: str) -> Section:
    """The report's first section: the settings every other section was made with (a report made from
    a link has the link's settings), so that a reader knows what the figures assume."""
    rows = combined_settings(sections)
    frame = pd.DataFrame(rows, columns=["setting", "value"])
    section = Section("settings", t("export.report.settings_title", lang), t("export.report.settings_intro", lang))
    section.add(
        Table(
            "settings",
            frame,
            {"setting": ("export.report.setting", None), "value": ("export.report.value", None)},
            t("export.report.settings_title", lang),
        )
    )
    return section


def image_key(section: Section, chart: Chart) -> str:
    """A chart's key among the report's images: its section's key and its own."""
    return f"{section.key}/{chart.key}"


def write_item(writer, item) -> None:
    """Hand one item of a section to the writer's method for its kind: the PDF and the DOCX writer
    lay out the same items, each in its own way."""
    if isinstance(item, KeyFigures):
        writer.key_figures(item)
    elif isinstance(item, Chart):
        writer.chart(item)
    elif isinstance(item, Table):
        writer.table_item(item)
    elif isinstance(item, Notice):
        writer.markdown(item.markdown)
    elif isinstance(item, Heading):
        writer.markdown("#" * item.level + " " + item.text)
    elif isinstance(item, Choices):
        writer.markdown(item.label + " " + ", ".join(name for _, name in item.options) + ".")
    elif isinstance(item, Text):
        writer.markdown(item.markdown)
    else:
        raise TypeError(f"no way to write {type(item).__name__}")


def table_text(
    table: Table, lang: str, max_rows: int = MAX_TABLE_ROWS
) -> tuple[list[str], list[list[str]], list[bool]]:
    """(headers, rows of cell texts, which columns hold numbers) of a report table."""
    columns = [
        column
        for column in table.columns
        if column in table.frame.columns and not _relative_links(table.frame[column], table.columns[column][1])
    ]
    headers = [t(table.columns[column][0], lang) for column in columns]
    numeric = [
        bool(table.columns[column][1])
        and not str(table.columns[column][1]).startswith("link")
        and pd.api.types.is_numeric_dtype(table.frame[column])
        for column in columns
    ]
    rows = [
        [fmt.cell(value, table.columns[column][1], lang) for column, value in zip(columns, row)]
        for row in table.frame[columns].head(max_rows).itertuples(index=False, name=None)
    ]
    return headers, rows, numeric


def _relative_links(column: pd.Series, number_format: str | None) -> bool:
    """A link column pointing inside the dashboard (?kommun=2418): nothing a reader of paper can open."""
    if not str(number_format or "").startswith("link"):
        return False
    return not column.dropna().astype(str).str.match(r"https?://").all() or column.dropna().empty
