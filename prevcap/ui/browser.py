"""The dashboard's own few lines of JavaScript, for what only the browser knows: the width a map really gets
(to fit the municipalities into it), and where the focus goes after a page is chosen. Installed once per
browser tab (a flag on window), whatever the number of reruns; they read the page, never data."""

from __future__ import annotations

import streamlit as st

# Every map whose layout carries its municipalities' bounds (prevcap/charts/maps.py: fit_to_municipalities)
# is fitted to them at the size MapLibre draws it, when first drawn and again when that size changes (a
# phone turned, a zoom of the page) or a rerun drew it anew with the server's view.
MAP_FIT = """
if (!window.prevcapMapFit) {
  window.prevcapMapFit = true;
  const fitMaps = () => {
    document.querySelectorAll(".js-plotly-plot").forEach((chart) => {
      const layout = chart._fullLayout;
      const bounds = layout && layout.meta && layout.meta.fit_bounds;
      const map = layout && layout.map && layout.map._subplot && layout.map._subplot.map;
      if (!bounds || !map || !map.loaded()) return;
      const box = map.getContainer(), canvas = map.getCanvas();
      // the box and MapLibre's canvas: the canvas follows the box a moment later
      const size = [box.clientWidth, box.clientHeight, canvas.clientWidth, canvas.clientHeight].join("x");
      // a user's own panning stays; a new size or a new drawing (a rerun) is fitted again
      if (chart.prevcapFitSize === size && chart.prevcapFitLayout === layout) return;
      const [west, south, east, north] = bounds;
      map.resize();  // MapLibre's own idea of its size may lag behind the box's (plotly resizes it later)
      map.fitBounds([[west, south], [east, north]], {padding: 4, animate: false});
      chart.prevcapFitSize = size;
      chart.prevcapFitLayout = layout;
    });
  };
  setInterval(fitMaps, 250);
}
"""

# WCAG 2.4.3: a page chosen in the app (a link of the sidebar's navigation by Enter or a click, Back, a click
# that opens a profile) is announced, and the keyboard goes on from it: once the new page has run, the
# focus moves to the page's h1 (Streamlit's client-side navigation leaves it on the link). The document's
# title is the page's own (dashboard.py). A page that never comes within a minute is given up.
NAVIGATION_FOCUS = """
if (!window.prevcapNavigationFocus) {
  window.prevcapNavigationFocus = true;
  const heading = () => document.querySelector('[data-testid="stMain"] h1');
  let lastPath = location.pathname, pending = null;
  // the old page's heading as last seen before the address changed: a fast server may draw the new page's
  // within the same tick as the change, and that heading is then the new one
  let seen = heading(), seenText = seen && seen.textContent;
  const done = () => { pending = null; };
  // a user who clicks or types on the new page has taken over: the focus is theirs from then on
  for (const type of ["pointerdown", "keydown"])
    document.addEventListener(type, () => { if (pending) done(); }, true);
  setInterval(() => {
    // a page changed in the app (a link of the navigation, Back, a click that opens a profile)
    if (location.pathname !== lastPath) {
      pending = {before: seen, text: seenText, since: Date.now(), quietSince: Date.now()};
      lastPath = location.pathname;
    }
    if (!pending) {
      seen = heading();
      seenText = seen && seen.textContent;
      return;
    }
    if (Date.now() - pending.since > 60000) return done();
    const h1 = heading();
    const running = !!document.querySelector('[data-testid="stStatusWidget"]');
    if (running || h1 !== pending.lastHeading) pending.quietSince = Date.now();
    pending.lastHeading = h1;
    if (!h1 || (h1 === pending.before && h1.textContent === pending.text)) return;
    // the page's heading, and again whenever a rerun draws it anew (the focus then falls to the body or
    // back to the link), until the page has been quiet for a second and a half; a user who has moved on
    // meanwhile keeps where they went
    const active = document.activeElement;
    const lost = !active || active === document.body || !!active.closest('[data-testid="stSidebarNav"]');
    if (active !== h1 && (!pending.focused || lost)) {
      h1.setAttribute("tabindex", "-1");
      h1.focus();
      pending.focused = true;
    }
    if (pending.focused && !running && Date.now() - pending.quietSince > 1500) {
      done();
      seen = heading();
      seenText = seen && seen.textContent;
    }
  }, 100);
}
"""


def install() -> None:
    """The scripts, in the sidebar (an element there takes no room from the page)."""
    st.sidebar.html(f"<script>{MAP_FIT}{NAVIGATION_FOCUS}</script>", unsafe_allow_javascript=True)
