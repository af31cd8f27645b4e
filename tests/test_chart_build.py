"""How the charts are built for speed: one template made the default once, figures made in one piece,
and what a page derives from a cached figure computed once per figure."""

from __future__ import annotations

import gc
import math
import re
from pathlib import Path

import plotly.io as pio

from prevcap.charts import base

ROOT = Path(__file__).resolve().parent.parent


def test_a_new_figure_has_prevcaps_template_whatever_the_default_was():
    before = pio.templates.default
    pio.templates.default = "streamlit" if "streamlit" in pio.templates else "plotly"  # as importing streamlit does
    try:
        fig = base.new_figure()
    finally:
        pio.templates.default = before
    template = fig.layout.template
    assert template.layout.plot_bgcolor == "white"
    assert template.layout.xaxis.gridcolor == pio.templates["plotly_white"].layout.xaxis.gridcolor
    # the trace defaults of the kinds prevcap draws, and no others (they would be sent with every chart)
    drawn = {kind for kind in template.data.to_plotly_json() if template.data[kind]}
    assert drawn == set(base.TRACE_KINDS)
    assert template.data.bar[0].marker.line.color == "white"


def test_every_chart_starts_from_new_figure():
    """A figure made with go.Figure() gets whatever template is the default: streamlit's, after its import."""
    offenders = []
    for path in sorted((ROOT / "prevcap" / "charts").glob("*.py")) + [ROOT / "prevcap" / "export" / "vector_maps.py"]:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if re.search(r"\bgo\.Figure\(", line) and path.name != "base.py":
                offenders.append(f"{path.name}:{number}")
    assert offenders == []


def test_the_profile_trends_are_the_same_figures_as_one_by_one():
    import pandas as pd

    from core.i18n import t
    from prevcap.charts import capacity as charts
    from prevcap.indicators import PROFILE_INDICATORS

    series = pd.DataFrame(
        {
            "year": [2023, 2024, 2023, 2024],
            "series": ["municipality", "municipality", "median", "median"],
            "municipality_code": ["2418", "2418", None, None],
            "label": ["Malå", "Malå", None, None],
            **{indicator.column: [0.5, None, 0.25, 0.75] for indicator in PROFILE_INDICATORS},
        }
    )
    titles = tuple(f"Titel {n}" for n in range(len(PROFILE_INDICATORS)))
    together = charts.profile_trends(series, PROFILE_INDICATORS, "sv", titles)
    one_by_one = [charts.profile_trend(series, i, "sv", title=title) for i, title in zip(PROFILE_INDICATORS, titles)]
    assert [f.to_plotly_json() for f in together] == [f.to_plotly_json() for f in one_by_one]
    first = together[0]
    assert [trace.name for trace in first.data] == ["Malå", t("cap.profile.median", "sv")]
    scale = 100 if PROFILE_INDICATORS[0].percent else 1
    own = first.data[0]
    assert list(own.x) == [2023, 2024] and own.y[0] == 0.5 * scale and math.isnan(own.y[1])  # a gap, not a zero
    assert first.layout.title.text == "Titel 0" and first.layout.height == 330


def test_what_is_derived_from_a_figure_is_made_once_per_figure():
    from prevcap.ui.data import _PER_FIGURE, per_figure

    made = []
    fig, other = base.new_figure(), base.new_figure()
    assert per_figure(fig, ("numbers", "sv"), lambda: made.append(1) or "tabell") == "tabell"
    assert per_figure(fig, ("numbers", "sv"), lambda: made.append(2) or "ny") == "tabell"
    assert per_figure(fig, ("numbers", "en"), lambda: made.append(3) or "table") == "table"
    assert per_figure(other, ("numbers", "sv"), lambda: made.append(4) or "annan") == "annan"
    assert made == [1, 3, 4]
    key = id(fig)
    del fig
    gc.collect()
    assert key not in _PER_FIGURE  # gone with its figure: a new figure at the same address starts afresh
