"""What only a browser shows (issue 13): tables' numbers in the interface's language whatever the browser's
locale, the pages at phone width without sideways scrolling and the map fitted to it, and the page
navigation by keyboard. Chromium on the fixture warehouse (tests/conftest.py)."""

from __future__ import annotations

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from tests.conftest import wait_for_app


@pytest.fixture
def english_browser(browser):
    """A Chromium whose user speaks English (en-US): what the browser's locale would make of numbers."""
    context = browser.new_context(viewport={"width": 1280, "height": 1000}, locale="en-US")
    page = context.new_page()
    yield page
    context.close()


def wait_for_table(page, key: str) -> None:
    page.wait_for_selector(f".pc-table[data-table='{key}'] tbody tr", timeout=30000)


def table_rows(page, key: str) -> dict[str, list[str]]:
    """A table drawn as HTML (prevcap/tables/html.py): first cell -> the row's shown texts (without the words
    hidden for a screen reader)."""
    return page.evaluate(
        """(key) => Object.fromEntries(Array.from(
            document.querySelectorAll(`.pc-table[data-table='${key}'] tbody tr`)).map(row => {
                const cells = Array.from(row.cells).map(cell => {
                    const shown = cell.cloneNode(true);
                    shown.querySelectorAll('.pc-sr').forEach(hidden => hidden.remove());
                    return shown.textContent.trim();
                });
                return [cells[0], cells];
            }))""",
        key,
    )


@pytest.mark.browser
def test_swedish_numbers_under_an_english_browser(server_url, english_browser):
    page = english_browser
    assert page.evaluate("() => navigator.language") == "en-US"
    page.goto(f"{server_url}/oversikt?ar=2024&lan=alla")
    wait_for_app(page)
    wait_for_table(page, "overview_table")
    rows = table_rows(page, "overview_table")
    # Kommun, Län, Invånare, Befolkning avser år, Samordnare (åa), per 10 000 invånare, kr per invånare,
    # deltagare, deltagare per 1 000 invånare
    assert rows["Malå"][2:9] == ["2\u00a0962", "2024", "0,75", "2,53", "135", "4", "1,4"]
    # 0.75 / 2 962 * 10 000 = 2.532; 400 000 kr / 2 962 = 135.0; 4 / 2 962 * 1 000 = 1.350
    assert rows["Arvidsjaur"][2:6] == ["6\u00a0113", "2023", "0,4", "0,65"]  # 0.4 / 6 113 * 10 000 = 0.654
    assert rows["Umeå"][2] == "134\u00a0249"
    # a municipality that reported nothing: the missing sign (and "saknas" for a screen reader), not 0
    assert rows["Vindeln"][4] == "–"
    vindeln = page.evaluate(
        """() => Array.from(document.querySelectorAll(".pc-table[data-table='overview_table'] tbody tr"))
            .find(row => row.cells[0].textContent === 'Vindeln').cells[4].querySelector('.pc-sr').textContent"""
    )
    assert vindeln == "saknas"

    page.goto(f"{server_url}/oversikt?ar=2024&lan=alla&lang=en")
    wait_for_app(page)
    page.wait_for_function("() => document.documentElement.lang === 'en'", timeout=15000)
    wait_for_table(page, "overview_table")
    assert table_rows(page, "overview_table")["Malå"][2:9] == ["2,962", "2024", "0.75", "2.53", "135", "4", "1.4"]


@pytest.mark.browser
def test_a_table_sorts_by_number_from_its_header(server_url, page):
    page.goto(f"{server_url}/oversikt?ar=2024&lan=alla")
    wait_for_app(page)
    wait_for_table(page, "overview_table")
    header = page.locator(".pc-table[data-table='overview_table'] th[data-column='population']")
    header.get_by_role("button").focus()
    page.keyboard.press("Enter")
    assert header.get_attribute("aria-sort") == "ascending"
    first = table_rows(page, "overview_table")
    populations = [row[2] for row in first.values()]
    # by the number, not the text ("134 249" < "2 294"): Dorotea's 2 294 first, Umeå's 134 249 last
    assert list(first)[0] == "Dorotea" and list(first)[-1] == "Umeå", populations
    page.keyboard.press("Enter")
    assert header.get_attribute("aria-sort") == "descending"
    assert list(table_rows(page, "overview_table"))[0] == "Umeå"


# every page a user can open without signing in; Kommun without a municipality shows its map to choose from
PAGES = [
    "oversikt",
    "kapacitet",
    "kommun",
    "kommun?kommun=2418",
    "samverkan",
    "evenemang",
    "finansiering",
    "rapport",
    "metod",
    "tillganglighet",
]

# The page's width against the window's, in both of the scrolling boxes a Streamlit page has (the document,
# and its main area); each map's view against the bounds of the municipalities it draws (from the polygons
# in the page, not from what the server asked for), and its colour bar against the map.
MEASURE = """() => {
  const main = document.querySelector('[data-testid=stMain]');
  const maps = Array.from(document.querySelectorAll('.js-plotly-plot'))
    .filter(chart => chart._fullLayout && chart._fullLayout.map && chart._fullLayout.map._subplot)
    .map(chart => {
      let west = 180, south = 90, east = -180, north = -90;
      const visit = (c) => { if (typeof c[0] === 'number') { west = Math.min(west, c[0]); east = Math.max(east, c[0]);
        south = Math.min(south, c[1]); north = Math.max(north, c[1]); } else c.forEach(visit); };
      chart.data.filter(trace => trace.type === 'choroplethmap' && trace.geojson)
        .forEach(trace => trace.geojson.features.forEach(feature => visit(feature.geometry.coordinates)));
      const map = chart._fullLayout.map._subplot.map, view = map.getBounds();
      const canvas = map.getCanvas().getBoundingClientRect();
      const bar = chart.querySelector('.colorbar');
      const barBox = bar && bar.getBoundingClientRect();
      return {drawn: [west, south, east, north], view: [view.getWest(), view.getSouth(), view.getEast(), view.getNorth()],
              canvasBottom: canvas.bottom, canvasWidth: canvas.width, barTop: barBox ? barBox.top : null};
    });
  return {documentWidth: document.scrollingElement.scrollWidth, mainWidth: main.scrollWidth,
          mainClient: main.clientWidth, innerWidth: window.innerWidth, maps};
}"""


CHARTS_DRAWN = """() => {
  const boxes = document.querySelectorAll('[data-testid=stPlotlyChart]');
  const charts = Array.from(document.querySelectorAll('.js-plotly-plot'));
  return charts.length === boxes.length && charts.every(chart => chart._fullLayout);
}"""

MAIN_FITS = """() => {
  const main = document.querySelector('[data-testid=stMain]');
  return main.scrollWidth <= main.clientWidth && document.scrollingElement.scrollWidth <= window.innerWidth;
}"""

FITTED = """() => {
  const maps = Array.from(document.querySelectorAll('.js-plotly-plot'))
    .filter(chart => chart._fullLayout && chart._fullLayout.map && chart._fullLayout.map._subplot);
  return maps.length > 0 && maps.every(chart => {
    const map = chart._fullLayout.map._subplot.map, box = map.getContainer(), canvas = map.getCanvas();
    return chart.prevcapFitSize === [box.clientWidth, box.clientHeight, canvas.clientWidth, canvas.clientHeight].join('x');
  });
}"""


@pytest.mark.browser
@pytest.mark.parametrize("width", [390, 640])  # a phone; 1 280 px at 200 % zoom
def test_pages_reflow_and_maps_fit_at_phone_width(server_url, browser, width):
    context = browser.new_context(viewport={"width": width, "height": 844}, locale="sv-SE")
    page = context.new_page()
    maps = 0
    try:
        for path in PAGES:
            page.goto(f"{server_url}/{path}")
            wait_for_app(page)
            page.wait_for_function(CHARTS_DRAWN, timeout=30000)
            page.wait_for_timeout(1000)  # plotly sizes a chart to its box after drawing it
            if path in ("oversikt", "kapacitet", "kommun", "samverkan"):  # Evenemang's map is a flat chart
                # the map is drawn, and fitted by the page's script to the size it has now
                page.wait_for_function(FITTED, timeout=30000)
                page.wait_for_timeout(500)
                page.wait_for_function(FITTED, timeout=30000)
            # plotly resizes a chart to its box once the box has its width: on a busy machine later than 1 s
            # (a page that never fits fails below, with its measures)
            try:
                page.wait_for_function(MAIN_FITS, timeout=10000)
            except PlaywrightTimeout:
                pass
            facts = page.evaluate(MEASURE)
            assert facts["documentWidth"] <= facts["innerWidth"] == width, (path, facts)
            assert facts["mainWidth"] <= facts["mainClient"], (path, facts)
            for drawn_map in facts["maps"]:
                west, south, east, north = drawn_map["drawn"]
                view_west, view_south, view_east, view_north = drawn_map["view"]
                assert view_west <= west and view_east >= east, (path, drawn_map)
                assert view_south <= south and view_north >= north, (path, drawn_map)
                # the map fills its width (not fitted for a wider screen and shrunk): within 1.5° of a side
                assert min(west - view_west, view_east - east, south - view_south, view_north - north) < 1.5
                if drawn_map["barTop"] is not None:
                    assert drawn_map["barTop"] >= drawn_map["canvasBottom"] - 1, (path, drawn_map)
                maps += 1
    finally:
        context.close()
    assert maps >= 4  # Översikt, Kapacitet, Kommun's chooser, Samverkan (Evenemang's map is a flat chart)


@pytest.mark.browser
def test_a_page_chosen_by_keyboard_gets_the_focus_and_its_title(server_url, page):
    page.goto(f"{server_url}/oversikt")
    wait_for_app(page)
    assert page.title() == "Översikt – prevcap"
    # the page's own scripts have run (prevcap/ui/browser.py): the page is ready, as a user sees it
    page.wait_for_function("() => window.prevcapNavigationFocus === true", timeout=30000)
    # Tab from the top of the document until the navigation's link to Kapacitet has the focus
    page.locator("body").focus()
    for _ in range(60):
        page.keyboard.press("Tab")
        if page.evaluate(
            "() => !!document.activeElement.closest('[data-testid=stSidebarNav]')"
            " && new URL(document.activeElement.href || 'about:blank').pathname === '/kapacitet'"
        ):
            break
    else:
        pytest.fail("Tab never reached the navigation's link to Kapacitet")
    page.keyboard.press("Enter")
    page.wait_for_function("() => document.title === 'Kapacitet – prevcap'", timeout=30000)
    page.wait_for_function("() => document.activeElement.tagName === 'H1'", timeout=30000)
    focused = page.evaluate(
        "() => [document.activeElement.textContent, !!document.activeElement.closest('[data-testid=stMain]'),"
        " location.pathname]"
    )
    assert focused == ["Kapacitet och kapacitetsbrist", True, "/kapacitet"]
    # the keyboard goes on from the page's heading: the next Tab stop is in the page, not the sidebar
    page.keyboard.press("Tab")
    assert page.evaluate("() => !!document.activeElement.closest('[data-testid=stMain]')")


@pytest.mark.browser
def test_a_profile_link_in_a_table_opens_with_enter_and_keeps_the_view(server_url, page):
    page.goto(f"{server_url}/kapacitet?lan=alla&ar=2024&norm_bas=0.5")
    wait_for_app(page)
    wait_for_table(page, "capacity_table")
    link = page.get_by_role("link", name="Öppna Malå", exact=True)
    assert link.inner_text() == "Öppna"
    link.focus()
    page.keyboard.press("Enter")
    page.wait_for_url("**/kommun?**", timeout=30000)
    wait_for_app(page)
    page.wait_for_function(
        "() => Array.from(document.querySelectorAll('[data-testid=stMain] h2')).some(h => h.textContent === 'Malå')",
        timeout=30000,
    )
    query = dict(part.split("=") for part in page.url.split("?", 1)[1].split("&"))
    assert {name: query.get(name) for name in ("kommun", "ar", "lan", "norm_bas")} == {
        "kommun": "2418",
        "ar": "2024",
        "lan": "alla",
        "norm_bas": "0.5",
    }
