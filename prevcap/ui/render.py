"""A section's items in Streamlit: key figures as cards, charts with their downloads (and a click that
opens a municipality's profile), tables with theirs, texts and notices. The page decides where each
item goes; these draw it."""

from __future__ import annotations

from collections.abc import Callable
from urllib.parse import parse_qsl, urlencode

import pandas as pd
import streamlit as st

from core.config import warehouse_path
from core.i18n import t
from prevcap import sources
from prevcap import view as views
from prevcap.content.model import Chart, Choices, Heading, KeyFigures, Notice, Section, Table, Text
from prevcap.queries import meta as meta_queries
from prevcap.text_safety import markdown_text
from prevcap.ui.data import per_figure, query, warehouse_version
from prevcap.ui.settings import open_municipality
from prevcap.view import View

CHART_DOWNLOADS = (("png", "image/png"), ("svg", "image/svg+xml"), ("pdf", "application/pdf"))
TABLE_DOWNLOADS = (("csv", "text/csv"), ("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))


def head(section: Section, view: View, title: str | None = None) -> None:
    """The page's title, the section's introduction and the example banner."""
    st.title(markdown_text(title or section.title))  # titles are plain text: a municipality's name
    if section.intro:
        st.caption(section.intro)
    example_banner(view.lang, section.example)


def example_banner(lang: str, shows_example: bool) -> None:
    """The example banner, naming the data sets that are still example data (none: no banner)."""
    notice = sources.example_notice(query(meta_queries.datasets), lang) if shows_example else None
    if notice:
        st.info(notice, icon=":material/science:")


def source_line(lang: str) -> str:
    """Where the figures on a page come from, with dates: for the caption and the exports."""
    path = warehouse_path()
    return _source_line(str(path), warehouse_version(path), lang)


@st.cache_data(max_entries=32, show_spinner=False)
def _source_line(path: str, version: str, lang: str) -> str:
    # once per warehouse version and language: a page shows it under each of a dozen charts
    return sources.source_line(query(meta_queries.datasets), lang)


LAST_HEADING_KEY = "_last_heading"  # the text of the heading just drawn, which a table's caption repeats


def heading(text: str, level: int = 2) -> None:
    """A heading of the page (h2, h3 or h4), its text plain; a table drawn right after it hides its
    caption from the eye (a screen reader still reads it) rather than show the same words twice."""
    if level >= 4:
        st.markdown(f"#### {markdown_text(text)}")
    else:
        (st.header if level <= 2 else st.subheader)(markdown_text(text))
    st.session_state[LAST_HEADING_KEY] = text


def draw(item, view: View) -> None:
    if not isinstance(item, (Heading, Table)):
        st.session_state.pop(LAST_HEADING_KEY, None)
    if isinstance(item, KeyFigures):
        key_figures(item)
    elif isinstance(item, Chart):
        chart(item, view)
    elif isinstance(item, Table):
        table(item, view, caption_hidden=st.session_state.pop(LAST_HEADING_KEY, None) == item.title)
    elif isinstance(item, Notice):
        (st.warning if item.kind == "warning" else st.info)(item.markdown)
    elif isinstance(item, Choices):
        choices(item, view)
    elif isinstance(item, Heading):
        heading(item.text, item.level)
    elif isinstance(item, Text):
        (st.caption if item.small else st.markdown)(item.markdown)
    else:
        raise TypeError(f"no way to draw {type(item).__name__}")


def items(section: Section, view: View, *keys: str) -> None:
    """The items of these keys that the section has, in the order given."""
    for key in keys:
        if section.has(key):
            draw(section.item(key), view)


def key_figures(figures: KeyFigures) -> None:
    """The cards in a row that wraps (KEY_FIGURES_STYLE): each at least wide enough for its label and value,
    as many in a row as the width takes, so that "28 av 29" never shows as "28 av…"."""
    row = st.container(horizontal=True, gap="small", key=f"keyfigures_{figures.key}")
    for figure in figures.figures:
        row.metric(
            figure.label,
            figure.value,
            delta=figure.delta or None,
            border=True,
            delta_arrow="off" if figure.delta_quiet else "auto",
            delta_color="off" if figure.delta_quiet else "normal",
            help=figure.help or None,
        )
    if figures.note:
        st.caption(figures.note)


def choices(item: Choices, view: View) -> None:
    """Buttons that open a municipality's profile."""
    columns = st.columns([2, *[1] * len(item.options), 3 - len(item.options) + 2])
    columns[0].markdown(item.label)
    for column, (code, name) in zip(columns[1:], item.options):
        if column.button(markdown_text(name), key=f"{item.key}_{code}", icon=":material/arrow_forward:"):
            open_municipality(view, code)


# --- charts -----------------------------------------------------------------------------------------


def chart(item: Chart, view: View) -> None:
    """Every chart of the dashboard goes through here, so that all get the same toolbar and exports.

    Under the chart: PNG, SVG and PDF downloads drawn on the server when clicked, with the title, the
    view's selection (and the chart's subtitle_extra), the source line and the example-data mark. A
    click on a municipality of a selectable chart opens its profile."""
    # No plotly toolbar: the page has its own downloads, and the toolbar's 6–8 Tab stops per chart, its
    # English tooltips and the title it covers hurt more than its zoom helps. scrollZoom off: scrolling
    # the page over a map must scroll the page, not zoom the map out of view.
    # theme=None: the chart's own font colour (prevcap/charts/base.py, 4.5:1 and more), not Streamlit's
    # faint grey theme over it
    config = {"displayModeBar": False, "displaylogo": False, "locale": view.lang, "scrollZoom": False}
    alt = t("chart.alt", view.lang, title=item.title)
    from prevcap import export

    if export.browser.find_chromium() is None:
        # no Chromium on the server, so no downloads under the chart: the browser's own PNG button
        # is the one way to a picture, and the only button left in the bar
        config |= {
            "displayModeBar": True,
            "modeBarButtons": [["toImage"]],
            "toImageButtonOptions": {"format": "png", "scale": 2, "filename": item.key},
        }
    if item.selectable:
        event = st.plotly_chart(
            item.figure,
            width="stretch",
            config=config,
            key=item.key,
            theme=None,
            alt=alt,
            on_select="rerun",
            selection_mode="points",
        )
    else:
        st.plotly_chart(item.figure, width="stretch", config=config, key=item.key, theme=None, alt=alt)
        event = None
    chart_downloads(item, view)
    if item.caption:
        st.caption(item.caption)
    chart_numbers(item, view)
    code = clicked_municipality(event)
    if code is not None:
        open_municipality(view, code)


def chart_numbers(item: Chart, view: View) -> None:
    """The chart's numbers one click away, as a real HTML table: its text alternative, read by a screen
    reader and reachable by keyboard (a map is a canvas, a chart's values are only in its hover)."""
    from prevcap.charts.as_table import figure_table
    from prevcap.queries import capacity as capacity_queries

    def make():
        names = query(capacity_queries.municipality_names)
        return figure_table(
            item.figure, dict(zip(names["municipality_code"], names["municipality_name"])), view.lang, item.title
        )

    # once per figure: a page of a dozen charts would read every figure again at every rerun
    frame = per_figure(item.figure, ("numbers", view.lang, item.title), make)
    if frame is None:
        return
    with st.expander(t("chart.table.show", view.lang), icon=":material/table:"):
        st.table(frame, hide_index=True, border="horizontal", alt=item.title)


def clicked_municipality(event) -> str | None:
    """The municipality a click chose: a map polygon's `location`, or, for markers and bars, a
    municipality code (four digits) as the point's first customdata."""
    points = (getattr(event, "selection", None) or {}).get("points") or []
    for point in points:
        location = point.get("location")
        if isinstance(location, str) and location:
            return location
        customdata = point.get("customdata")
        if isinstance(customdata, (list, tuple)) and customdata:
            customdata = customdata[0]
        if isinstance(customdata, str) and len(customdata) == 4 and customdata.isdigit():
            return customdata
    return None


def chart_file(fig, fmt: str, title: str, subtitle: str, source: str, example_data: bool, lang: str) -> bytes:
    """The chart as a download: decorated, then drawn by the warm renderer. No Streamlit calls: Streamlit
    runs it outside the script, when the button is clicked."""
    from prevcap import export

    decorated = export.decorate_for_export(fig, title, subtitle, source, example_data, lang)
    return export.images.figure_bytes(decorated, fmt)


def chart_downloads(item: Chart, view: View) -> None:
    """PNG, SVG and PDF buttons. Drawing a map takes about a second, so the file is made only when its
    button is clicked (a callable `data`, run by Streamlit outside the script), and the click does not
    rerun the page. Without Chromium, a line saying so and how to install it."""
    from prevcap import export

    lang = view.lang
    if export.browser.find_chromium() is None:
        st.caption(
            ":material/info: " + t("export.unavailable.short", lang), help=t("export.unavailable.no_chromium", lang)
        )
        return
    export.browser.start_renderer_in_background()
    problem = export.browser.renderer_problem()
    if problem is not None:  # Chromium is there but did not start: say so rather than offer failing buttons
        st.caption(":material/error: " + problem.message(lang))
        return
    subtitle = export.filters_subtitle(view.county_label(), view.year, lang, item.subtitle_extra)
    source = source_line(lang)
    row = st.container(horizontal=True, gap="small", key=f"{item.key}__downloads")
    for fmt, mime in CHART_DOWNLOADS:

        def make(fmt=fmt):
            return chart_file(item.figure, fmt, item.title, subtitle, source, item.example, lang)

        row.download_button(
            t(f"export.button.{fmt}", lang),
            make,
            file_name=export.chart_filename(item.title, view.county_label(), view.year, fmt),
            mime=mime,
            key=f"{item.key}__{fmt}",
            on_click="ignore",
            type="tertiary",
            icon=":material/download:",
            help=f"{t(f'export.download_{fmt}', lang)}: {t(f'export.help_{fmt}', lang)}",
        )


# --- tables -----------------------------------------------------------------------------------------


def table_config(lang: str, columns: dict[str, tuple[str, str]], formatted: bool = False) -> dict:
    """column -> (text key of the header, printf-like format or 'localized'). `formatted`: the numbers' text
    comes from a pandas Styler (prevcap.tables.html.grid_formatters), so a number column has no format of
    its own (the column's format would win over the Styler's, and follow the browser's locale)."""
    config = {}
    for column, (label_key, number_format) in columns.items():
        if number_format and number_format.startswith("link"):
            # "link": the cell's URL, shown by its host; "link:<text key>": shown as that text
            _, _, text_key = number_format.partition(":")
            config[column] = st.column_config.LinkColumn(
                t(label_key, lang), display_text=t(text_key, lang) if text_key else r"https?://(?:www\.)?([^/]+)"
            )
        elif number_format:
            config[column] = st.column_config.NumberColumn(
                t(label_key, lang), format=None if formatted else number_format
            )
        else:
            config[column] = st.column_config.TextColumn(t(label_key, lang))
    return config


def internal_href(view: View) -> Callable[[str], str]:
    """A link of a table to a page of the dashboard ("kommun?kommun=2418"), with the whole view added: the
    year, the county, the norm and the weights open as they were on screen."""

    def href(link: str) -> str:
        page, _, query_text = link.partition("?")
        params = {**views.to_params(view), **dict(parse_qsl(query_text))}
        return f"{page}?{urlencode(params)}"

    return href


def table(item: Table, view: View, caption_hidden: bool = False) -> None:
    """Every table goes through here, so that all get the same downloads: CSV for Swedish Excel and
    .xlsx, with the headers as shown (the caption hidden when the page shows the title as a heading just
    above)."""
    if item.frame.empty:
        # Streamlit draws an empty table with the English word "empty": say it in the user's language
        st.caption(t("table.empty", view.lang))
        return
    config = frame_table(item.frame, item.columns, view.lang, item.title, item.key, caption_hidden, internal_href(view))
    table_downloads(item.frame, item.key, view, config, item.title)
    if item.note:
        st.caption(item.note)


def frame_table(
    frame: pd.DataFrame,
    columns: dict[str, tuple[str, str | None]],
    lang: str,
    caption: str,
    key: str,
    caption_hidden: bool = False,
    href: Callable[[str], str] = lambda link: link,
) -> dict:
    """A table without downloads: up to HTML_ROWS_MAX rows a real HTML table with `caption`; a larger one in
    Streamlit's grid. Both write the numbers in the interface's language, a missing value as the agreed
    sign. Returns the column config of the headers as shown (for the downloads)."""
    from prevcap.tables import html as html_tables

    if len(frame) <= html_tables.HTML_ROWS_MAX:
        st.html(
            html_tables.table_html(
                frame, columns, lang, caption, key, caption_hidden=caption_hidden, internal_href=href
            )
            + f"<script>{html_tables.SORT_SCRIPT}</script>",
            unsafe_allow_javascript=True,  # our own script (the sort), never text from the data
        )
        return table_config(lang, columns)
    config = table_config(lang, columns, formatted=True)
    shown = frame.copy()
    for column, (_, number_format) in columns.items():
        if str(number_format or "").startswith("link:") and column in shown:
            shown[column] = [
                href(link) if isinstance(link, str) and not link.startswith("http") else link for link in shown[column]
            ]
    st.dataframe(
        shown.style.format(html_tables.grid_formatters(shown, columns, lang)),
        hide_index=True,
        width="stretch",
        column_config=config,
        key=key,
        placeholder=html_tables.MISSING_SIGN,
    )
    return config


def table_headers(frame: pd.DataFrame, column_config: dict) -> pd.DataFrame:
    """The table as the page shows it: hidden columns left out, headers as their shown labels."""
    shown = [column for column in frame.columns if not (column in column_config and column_config[column] is None)]
    labels = {}
    for column in shown:
        config = column_config.get(column)
        label = config.get("label") if isinstance(config, dict) else config if isinstance(config, str) else None
        labels[column] = label or str(column)
    return frame[shown].rename(columns=labels)


def table_downloads(frame: pd.DataFrame, key: str, view: View, column_config: dict, title: str) -> None:
    """CSV (semicolon, decimal comma, BOM: Swedish Excel) and .xlsx, made when clicked."""
    from prevcap import export

    lang = view.lang
    filter_values = [value for value in (view.county_label(), view.year) if str(value) not in title]
    # the source and the example mark go with the file (prevcap.export.spreadsheets); example data is
    # marked when the warehouse holds any, as the report's pages are
    source, example = source_line(lang), bool(sources.example_datasets(query(meta_queries.datasets)))
    subtitle = export.filters_subtitle(view.county_label(), view.year, lang)
    makers = {
        "csv": lambda: export.table_csv_bytes(table_headers(frame, column_config)),
        "xlsx": lambda: export.table_xlsx_bytes(
            table_headers(frame, column_config),
            title,
            source=source,
            example_data=example,
            subtitle=subtitle,
            lang=lang,
        ),
    }
    row = st.container(horizontal=True, gap="small", key=f"{key}__downloads")
    for fmt, mime in TABLE_DOWNLOADS:
        row.download_button(
            t(f"export.button.{fmt}", lang),
            makers[fmt],
            file_name=export.table_filename(title, filter_values, fmt, example, lang),
            mime=mime,
            key=f"{key}__{fmt}",
            on_click="ignore",
            type="tertiary",
            icon=":material/download:",
            help=f"{t(f'export.download_{fmt}', lang)}: {t(f'export.help_{fmt}', lang)}",
        )
