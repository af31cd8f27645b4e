"""Maps: MapLibre with a blank style, the municipal polygons being the map: no tiles and no text on the
map itself, since MapLibre would fetch glyphs from the internet."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from prevcap.charts.base import OUTLINE_COLOUR, finish
from prevcap.geo import bounds, only, view
from prevcap.text_safety import figure_text

SELECTED_FILL = "#E3E3E3"


OTHER_FILL = "#F4F4F4"


# Below the map: the colour bar (its title, bar and ticks), then the legend, in a band of this many pixels
COLOUR_BAR_PX = 64
BELOW_MAP_PX = 112
LEGEND_ROW_PX = 20
LEGEND_GROUP_GAP_PX = 12


def fit_to_municipalities(fig: go.Figure, geojson: dict, width: int = 700) -> go.Figure:
    """The map's view fitted to the municipalities' bounds: for a map `width` pixels wide on the server
    (the exports), and in the browser at the width it really gets, a phone's 390 px as a 1 400 px screen.
    plotly.js fits a map to its data only without polygon layers (`fitbounds` gives up on a choroplethmap),
    and the server does not know the width: the bounds go in the layout's meta, where the page's script
    (prevcap/ui/browser.py) reads them to fit the view once the map is drawn and whenever its size changes.
    Call it last, once the margins are set: the server's view is for the plot area they leave."""
    west, south, east, north = bounds(geojson)
    margin = fig.layout.margin
    plot_px = (fig.layout.height or 650) - (margin.t or 0) - (margin.b or 0)
    centre, zoom = view(geojson, width_px=width, height_px=max(plot_px, 200))
    meta = dict(fig.layout.meta) if isinstance(fig.layout.meta, dict) else {}
    fig.update_layout(
        map=dict(style="white-bg", center=centre, zoom=zoom, fitbounds=False),
        meta={**meta, "fit_bounds": [west, south, east, north]},
    )
    return fig


def colour_bar(title: str, tickformat: str) -> dict:
    """A map's colour bar lying under the map, across it, never over a municipality."""
    return dict(
        title=dict(text=title, side="top"),
        orientation="h",
        x=0.5,
        xanchor="center",
        len=0.8,
        y=0,
        yanchor="top",
        ypad=6,
        thickness=12,
        tickformat=tickformat,
    )


def legend_px(fig: go.Figure) -> int:
    """Room for legend rows beyond the first: two entries a row as an export or a screen lays them out, a
    gap between groups (on a phone the browser makes more room itself, taking it from the map)."""
    shown = [trace for trace in fig.data if trace.showlegend is not False and trace.name]
    if not shown:
        return 0
    groups = {trace.legendgroup or "" for trace in shown}
    rows = sum(-(-sum(1 for trace in shown if (trace.legendgroup or "") == group) // 2) for group in groups)
    return LEGEND_ROW_PX * (rows - 1) + LEGEND_GROUP_GAP_PX * (len(groups) - 1)


def below_map(fig: go.Figure) -> go.Figure:
    """Room under the map for its colour bar and legend, the legend in a row under the colour bar (at phone
    width a legend over the map would cover a third of it). Both hang from the plot's bottom edge (paper
    coordinates), so that an export's footer, which goes under the margin, stays clear of them."""
    height = fig.layout.height or 650
    top = fig.layout.margin.t if fig.layout.margin.t is not None else 40
    below_px = BELOW_MAP_PX + legend_px(fig)
    plot_px = max(height - top - below_px, 100)
    has_colour_bar = any(
        trace.type == "choroplethmap" and trace.showscale is not False and trace.colorbar.title.text is not None
        for trace in fig.data
    )
    fig.update_layout(
        margin=dict(b=below_px),
        legend=dict(
            orientation="h",
            x=0,
            xanchor="left",
            y=-(COLOUR_BAR_PX / plot_px if has_colour_bar else 0.01),
            yanchor="top",
            yref="paper",
            bgcolor="rgba(255,255,255,0)",
            borderwidth=0,
        ),
    )
    return fig


def map_layout(fig: go.Figure, geojson: dict, height: int, lang: str, title: str | None) -> go.Figure:
    """A blank-style map of the polygons fitted to the width it gets, its legend below."""
    fig.update_layout(height=height)
    fig = below_map(finish(fig, lang, title))
    return fit_to_municipalities(fig, geojson)


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
