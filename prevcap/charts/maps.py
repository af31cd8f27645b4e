"""Maps: MapLibre with a blank style, the municipal polygons being the map: no tiles and no text on the
map itself, since MapLibre would fetch glyphs from the internet."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from prevcap.charts.base import OUTLINE_COLOUR, finish
from prevcap.geo import only, view
from prevcap.text_safety import figure_text

SELECTED_FILL = "#E3E3E3"


OTHER_FILL = "#F4F4F4"


def map_layout(
    fig: go.Figure, geojson: dict, height: int, lang: str, title: str | None, legend_width: float = 0.0
) -> go.Figure:
    """A blank-style map of the polygons; with `legend_width` (a share of the figure's width) the
    legend stands to the left of the map instead of covering part of it."""
    centre, zoom = view(geojson, height_px=height)
    legend = dict(bgcolor="rgba(255,255,255,0.88)", bordercolor="#cccccc", borderwidth=1, yanchor="top", y=0.99)
    if legend_width:
        legend.update(x=0, xanchor="left")
        domain = dict(x=[legend_width, 1], y=[0, 1])
    else:
        legend.update(x=0.01, xanchor="left")
        domain = dict(x=[0, 1], y=[0, 1])
    fig.update_layout(map=dict(style="white-bg", center=centre, zoom=zoom, domain=domain), height=height, legend=legend)
    return finish(fig, lang, title)


def base_polygons(nodes: pd.DataFrame, geojson: dict) -> go.Choroplethmap:
    """The municipalities as the map: the chosen counties light grey, the others lighter still."""
    return go.Choroplethmap(
        geojson=geojson,
        locations=nodes["municipality_code"],
        z=nodes["selected"].astype(int),
        colorscale=[[0, OTHER_FILL], [1, SELECTED_FILL]],
        zmin=0,
        zmax=1,
        showscale=False,
        marker=dict(line=dict(color=OUTLINE_COLOUR, width=1.2)),
        text=nodes["municipality_name"].map(figure_text),
        hovertemplate="%{text}<extra></extra>",
        showlegend=False,
        name="",
    )


def flat_layer(geojson, codes: pd.Series, colour: str, name: str, customdata, hovertemplate: str) -> go.Choroplethmap:
    """Municipalities in one colour with a legend entry of their own: those without a value, or with a status
    (not reported, population missing). Only their own outlines go with the layer."""
    return go.Choroplethmap(
        geojson=only(geojson, codes),
        locations=codes,
        z=[0] * len(codes),
        colorscale=[[0, colour], [1, colour]],
        showscale=False,
        marker=dict(line=dict(color=OUTLINE_COLOUR, width=1)),
        customdata=customdata,
        hovertemplate=hovertemplate,
        name=name,
        showlegend=True,
    )
