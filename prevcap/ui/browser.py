"""The dashboard's own few lines of JavaScript, for what only the browser knows: the width a map really gets
(to fit the municipalities into it). Installed once per
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


def install() -> None:
    """The scripts, in the sidebar (an element there takes no room from the page)."""
    st.sidebar.html(f"<script>{MAP_FIT}</script>", unsafe_allow_javascript=True)
