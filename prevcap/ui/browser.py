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

# WCAG 2.4.3: a page chosen in the sidebar's navigation (by Enter or a click) is announced, and the keyboard
# goes on from it: once the new page has run, the focus moves from the link to the page's h1 (which
# Streamlit's client-side navigation leaves where it was). The document's title is the page's own
# (dashboard.py). A page that never comes within a minute is given up.
NAVIGATION_FOCUS = """
if (!window.prevcapNavigationFocus) {
  window.prevcapNavigationFocus = true;
  const heading = () => document.querySelector('[data-testid="stMain"] h1');
  // kept in the tab's session storage too: a link followed while the app is busy loads the page anew
  let pending = null;
  try {
    const stored = JSON.parse(sessionStorage.getItem("prevcapFocusAfter") || "null");
    if (stored && stored.path === location.pathname && Date.now() - stored.since < 60000) pending = stored;
  } catch (error) { pending = null; }
  sessionStorage.removeItem("prevcapFocusAfter");
  document.addEventListener("click", (event) => {
    const link = event.target.closest && event.target.closest('[data-testid="stSidebarNav"] a[href]');
    if (!link) return;
    const before = heading();
    pending = {path: new URL(link.href).pathname, text: before && before.textContent, since: Date.now()};
    sessionStorage.setItem("prevcapFocusAfter", JSON.stringify(pending));
    pending.before = before;
  }, true);
  setInterval(() => {
    if (!pending) return;
    if (Date.now() - pending.since > 60000) { pending = null; sessionStorage.removeItem("prevcapFocusAfter"); return; }
    if (location.pathname !== pending.path || document.querySelector('[data-testid="stStatusWidget"]')) return;
    const h1 = heading();
    if (!h1 || (h1 === pending.before && h1.textContent === pending.text)) return;
    if (!pending.focused) pending.focused = Date.now();
    // and for two seconds more: a rerun that draws the heading anew would drop the focus to the body
    if (document.activeElement !== h1 && (pending.focused === Date.now() || !document.activeElement
        || document.activeElement === document.body)) {
      h1.setAttribute("tabindex", "-1");
      h1.focus();
    }
    if (Date.now() - pending.focused > 2000) { pending = null; sessionStorage.removeItem("prevcapFocusAfter"); }
  }, 100);
}
"""


def install() -> None:
    """The scripts, in the sidebar (an element there takes no room from the page)."""
    st.sidebar.html(f"<script>{MAP_FIT}{NAVIGATION_FOCUS}</script>", unsafe_allow_javascript=True)
