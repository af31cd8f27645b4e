"""prevcap/tables/html.py: a small table as escaped HTML with numbers in the interface's language, links that
a keyboard and a screen reader can use, and a large table's grid texts that still sort by number."""

from __future__ import annotations

import re

import pandas as pd

from prevcap.tables.html import grid_formatters, table_html
from tests.drawn_tables import read_tables

COLUMNS = {
    "municipality_name": ("col.municipality", None),
    "profile": ("cap.col.profile", "link:cap.col.profile_link"),
    "population": ("col.population", "localized"),
    "fte_total": ("ind.fte_total", "localized"),
    "share": ("funding.col.external_share", "%.0f %%"),
    "source": ("cap.col.source", "link"),
}


def frame() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "municipality_name": ["Malå", "<b>Norsjö</b> & co"],
            "profile": ["kommun?kommun=2418", "kommun?kommun=2417"],
            "population": [6942, None],
            "fte_total": [1.3, -0.25],
            "share": [23.0, None],
            "source": ["https://www.bra.se/statistik", "javascript:alert(1)"],
        }
    )


def test_numbers_in_the_interface_language_and_missing_as_the_sign():
    (table,) = read_tables(table_html(frame(), COLUMNS, "sv", "Kommunerna", "t"))
    assert table["key"] == "t" and table["caption"] == "Kommunerna"
    assert table["columns"] == list(COLUMNS)
    assert table["headers"] == ["Kommun", "Profil", "Invånare", "Samordnare, årsarbetare", "Andel externa", "Källa"]
    assert table["rows"] == [
        ["Malå", "Öppna", "6\u00a0942", "1,3", "23 %", "bra.se"],
        ["<b>Norsjö</b> & co", "Öppna", "–", "\u22120,25", "–", "javascript:alert(1)"],
    ]
    (english,) = read_tables(table_html(frame(), COLUMNS, "en", "The municipalities", "t"))
    assert english["rows"][0][2:5] == ["6,942", "1.3", "23 %"]
    assert english["rows"][1][3] == "-0.25"


def test_data_is_escaped_and_only_web_and_own_addresses_become_links():
    markup = table_html(frame(), COLUMNS, "sv", "A <caption> & more", "t")
    assert "<b>Norsjö</b>" not in markup and "&lt;b&gt;Norsjö&lt;/b&gt; &amp; co" in markup
    assert "&lt;caption&gt; &amp; more</caption>" in markup
    assert 'href="javascript' not in markup
    (table,) = read_tables(markup)
    assert table["links"] == [
        {"href": "kommun?kommun=2418", "label": "Öppna Malå", "text": "Öppna"},
        {"href": "https://www.bra.se/statistik", "label": None, "text": "bra.se"},
        {"href": "kommun?kommun=2417", "label": "Öppna <b>Norsjö</b> & co", "text": "Öppna"},
    ]
    assert '<a href="https://www.bra.se/statistik" target="_blank" rel="noopener noreferrer">' in markup


def test_numbers_carry_their_value_for_sorting_and_a_missing_value_a_word_for_screen_readers():
    markup = table_html(frame(), COLUMNS, "sv", "Kommunerna", "t")
    assert '<td class="num" data-sort="6942.0">6\u00a0942</td>' in markup
    assert '<td class="num" data-sort=""><span aria-hidden="true">–</span><span class="pc-sr">saknas</span></td>' in (
        markup
    )
    assert '<th scope="col" data-column="population" class="num">' in markup
    caption_id = re.search(r'<caption id="(pc-table-t-[0-9a-f]{8})"', markup).group(1)
    assert f'role="region" aria-labelledby="{caption_id}" tabindex="0"' in markup


def test_the_links_carry_the_view_and_the_caption_hides_under_its_heading():
    markup = table_html(
        frame(),
        COLUMNS,
        "sv",
        "Kommunerna",
        "t",
        caption_hidden=True,
        internal_href=lambda link: link.replace("kommun?", "kommun?ar=2024&"),
    )
    (table,) = read_tables(markup)
    assert table["links"][0]["href"] == "kommun?ar=2024&kommun=2418"
    assert re.search(r'<caption id="pc-table-t-[0-9a-f]{8}" class="pc-sr">Kommunerna</caption>', markup)


def test_a_large_table_s_grid_shows_swedish_text_over_numbers():
    data = frame()
    styled = data.style.format(grid_formatters(data, COLUMNS, "sv"))
    styled._compute()
    shown = styled._translate(False, False)["body"]
    assert [[cell["display_value"] for cell in row[3:6]] for row in shown] == [
        ["6\u00a0942", "1,3", "23 %"],
        ["–", "\u22120,25", "–"],
    ]
    assert list(styled.data["population"].iloc[:1]) == [6942]  # the grid sorts by the number underneath
