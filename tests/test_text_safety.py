"""Data is text: titles, types and file names from the users' data never render as Markdown or as the HTML
plotly draws, on the pages, in the charts and in the report."""

from __future__ import annotations

import shutil

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from core.config import ROOT
from prevcap.charts import events as events_charts
from prevcap.text_safety import figure_text, markdown_text
from reports.markdown import Block, Run, blocks, runs
from tests.conftest import FIXTURE_FILES, build_warehouse, workspace

TITLE = "[klick](http:evil.example) **fet**"
EVENT_TYPE = "<a href=x>"
FILE_NAME = "[extern länk](https:evil.example).csv"


@pytest.mark.parametrize(
    "value, markdown",
    [
        (TITLE, r"\[klick\](http:evil.example) \*\*fet\*\*"),
        ("<img src=x onerror=alert(1)>", r"\<img src=x onerror=alert(1)\>"),
        (FILE_NAME, r"\[extern länk\](https:evil.example).csv"),
        ("https://evil.example", r"https\://evil.example"),
        ("bemanning_2025.csv", "bemanning_2025.csv"),
        ("_kursiv_ och __fet__ och snake_case_", r"\_kursiv\_ och \_\_fet\_\_ och snake_case\_"),
        ("`kod` # ~~struken~~ | $x$ \\", r"\`kod\` \# \~\~struken\~\~ \| \$x\$ \\"),
        (":red[röd]", r":red\[röd\]"),
        ("se www.evil.example", r"se www\.evil.example"),
        ("&lt;b&gt; & Co", r"\&lt;b\&gt; & Co"),
        ("rad ett\n\n# rubrik", r"rad ett \# rubrik"),
        ("    kod", "kod"),
        ("- punkt", r"\- punkt"),
        ("+ punkt", r"\+ punkt"),
        ("1. punkt", r"1\. punkt"),
        ("12) punkt", r"12\) punkt"),
        ("Malå (2418), 2024-10-17", "Malå (2418), 2024-10-17"),
        (2418, "2418"),
    ],
)
def test_markdown_text_escapes_what_markdown_would_read(value, markdown):
    assert markdown_text(value) == markdown


@pytest.mark.parametrize(
    "value, text",
    [
        (EVENT_TYPE, "&lt;a href=x&gt;"),
        ("<b>fet</b><br>", "&lt;b&gt;fet&lt;/b&gt;&lt;br&gt;"),
        ("AT&T &lt;", "AT&amp;T &amp;lt;"),
        ("Malå", "Malå"),
    ],
)
def test_figure_text_makes_plotly_tags_entities(value, text):
    assert figure_text(value) == text


def test_the_report_reads_escaped_markdown_as_plain_characters():
    assert runs(markdown_text(TITLE)) == (Run(TITLE),)
    assert runs("**Fet** " + markdown_text("*inte kursiv*")) == (Run("Fet", bold=True), Run(" *inte kursiv*"))
    assert blocks(markdown_text("# ingen rubrik") + "\n\n" + markdown_text("- ingen punkt")) == [
        Block("paragraph", (Run("# ingen rubrik"),)),
        Block("paragraph", (Run("- ingen punkt"),)),
    ]


def test_an_event_type_is_escaped_in_the_legend_and_hover():
    by_year = pd.DataFrame({"year": [2024, 2024], "event_type": [EVENT_TYPE, "inspirationsdag"], "events": [1, 2]})
    fig = events_charts.events_over_time(by_year, "event_type", "sv")
    assert [trace.name for trace in fig.data] == ["&lt;a href=x&gt;", "Inspirationsdag"]
    assert fig.data[0].hovertemplate == "%{fullData.name}, %{x}: %{y} evenemang<extra></extra>"


def test_a_host_name_is_escaped_on_the_inspiration_bars():
    editions = pd.DataFrame(
        {"year": [2024], "host_name": ["<b>Malå</b>"], "municipalities_attending": [2], "participants": [7]}
    )
    fig = events_charts.inspiration_history(editions, "sv")
    assert list(fig.data[0].text) == ["&lt;b&gt;Malå&lt;/b&gt;"]
    assert fig.data[0].hovertext[0].startswith("<b>2024</b>, &lt;b&gt;Malå&lt;/b&gt;<br>")


# --- the pages, on a warehouse holding hostile data ------------------------------------------------------

HOSTILE_FILES = {
    **FIXTURE_FILES,
    "events.csv": FIXTURE_FILES["events.csv"]
    + f"        2024-11-05-klick,2024-11-05,{TITLE},{EVENT_TYPE},Länsstyrelsen Västerbotten,2418,brott,\n",
    "attendance.csv": FIXTURE_FILES["attendance.csv"] + "        2024-11-05-klick,2418,3\n",
}


@pytest.fixture(scope="module")
def hostile_warehouse_master(tmp_path_factory):
    """The fixture warehouse with an event titled and typed as Markdown and HTML, and a staffing file loaded
    under a name that is a Markdown link."""
    from etl.build import load_file

    root = tmp_path_factory.mktemp("hostile")
    db = build_warehouse(root, HOSTILE_FILES)
    staffing = root / FILE_NAME
    staffing.write_text("municipality,year,role,fte,funded_by,shared_with\n2422,2024,brott,0.3,kommun,\n")
    loaded = load_file(workspace(db, root / "example"), "staffing", staffing)
    assert loaded.ok, loaded.problems
    return db


@pytest.fixture
def open_page(hostile_warehouse_master, tmp_path, monkeypatch):
    db = tmp_path / "warehouse.duckdb"
    shutil.copyfile(hostile_warehouse_master, db)
    shutil.copyfile(hostile_warehouse_master.with_name("ledger.duckdb"), tmp_path / "ledger.duckdb")
    monkeypatch.setenv("PREVCAP_DB", str(db))
    monkeypatch.setenv("PREVCAP_LEDGER", str(tmp_path / "ledger.duckdb"))

    def open_(page: str, **query_params) -> AppTest:
        at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60)
        at.run()
        at.query_params.update(query_params)
        at.switch_page(page).run()
        assert not at.exception, [e.value for e in at.exception]
        return at

    return open_


def rendered_markdown(at: AppTest) -> list[str]:
    """Every text of the page that Streamlit reads as Markdown."""
    elements = [
        *at.title,
        *at.header,
        *at.subheader,
        *at.markdown,
        *at.caption,
        *at.info,
        *at.warning,
        *at.error,
        *at.success,
    ]
    return [element.value for element in elements] + [button.label for button in at.button]


@pytest.mark.parametrize(
    "page, params",
    [
        ("pages/kommun.py", {"kommun": "2418"}),
        ("pages/finansiering.py", {}),
        ("pages/kapacitet.py", {}),
        ("pages/evenemang.py", {}),
    ],
)
def test_a_title_of_markdown_shows_no_link_and_no_bold(open_page, page, params):
    at = open_page(page, **params)
    texts = rendered_markdown(at)
    for marked in ("[klick](", "**fet**", "[extern länk](", "<a href"):
        assert not [text for text in texts if marked in text], marked
    # the file's name is in the source line, as its characters
    assert any(r"inläst av länsstyrelsen: \[extern länk\](https:evil.example).csv" in text for text in texts)


def test_the_event_type_is_escaped_in_the_chart_on_the_page(open_page):
    at = open_page("pages/evenemang.py")
    specs = [chart.proto.spec for chart in at.get("plotly_chart")]
    assert len([spec for spec in specs if '"name":"&lt;a href=x&gt;"' in spec]) == 1
    assert not [spec for spec in specs if "<a href" in spec]


# --- the report ------------------------------------------------------------------------------------------


def test_the_report_names_the_file_as_its_characters(hostile_warehouse_master):
    """The sources section's line (Markdown, escaped) in DOCX and PDF: the file's name as it is, no link."""
    import io

    import docx
    import duckdb
    import pypdf

    from reports import build
    from tests.test_reports import stand_in_report, words

    with duckdb.connect(str(hostile_warehouse_master), read_only=True) as con:
        report = stand_in_report(con)
    document = docx.Document(io.BytesIO(build.write(report, "docx")))
    paragraphs = [paragraph.text for paragraph in document.paragraphs]
    assert any(f"inläst av länsstyrelsen: {FILE_NAME}" in text for text in paragraphs)
    assert not [text for text in paragraphs if "\\[" in text or "\\*" in text]  # no backslash left over
    pdf = pypdf.PdfReader(io.BytesIO(build.write(report, "pdf")))
    text = words(" ".join(page.extract_text() for page in pdf.pages))
    assert f"inläst av länsstyrelsen: {FILE_NAME}" in text
    links = [annotation.get_object().get("/A", {}) for page in pdf.pages for annotation in page.get("/Annots") or []]
    assert not [link for link in links if "evil.example" in str(link.get("/URI", ""))]  # the contents' links only
