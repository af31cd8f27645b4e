"""Maps drawn as plain plotly shapes: the municipal polygons of the GeoJSON as filled scatter traces in a
flat projection (longitude times the cosine of the middle latitude, latitude), so that text on the map is
ordinary SVG text in the chart's font (MapLibre would need glyphs from the internet) and the map prints as
vectors in SVG and PDF."""

from __future__ import annotations

import math

import plotly.graph_objects as go

from prevcap.geo import bounds


def x_scale(geojson: dict) -> float:
    """How much narrower a degree of longitude is than one of latitude at the map's middle latitude."""
    _, south, _, north = bounds(geojson)
    return math.cos(math.radians((south + north) / 2))


def _rings(geometry: dict):
    polygons = [geometry["coordinates"]] if geometry["type"] == "Polygon" else geometry["coordinates"]
    for polygon in polygons:
        yield from polygon


def polygon_paths(geojson: dict, codes, scale: float) -> tuple[list, list]:
    """x and y of every ring of the municipalities `codes` (feature ids), None between rings."""
    wanted = {str(code) for code in codes}
    xs: list = []
    ys: list = []
    for feature in geojson["features"]:
        if str(feature.get("id")) not in wanted:
            continue
        for ring in _rings(feature["geometry"]):
            xs += [lon * scale for lon, _ in ring] + [None]
            ys += [lat for _, lat in ring] + [None]
    return xs, ys


def polygons(geojson: dict, codes, scale: float, fill: str, outline: str, width: float = 1.2) -> go.Scatter:
    """The municipalities `codes` filled with one colour, as one trace without hover."""
    xs, ys = polygon_paths(geojson, codes, scale)
    return go.Scatter(
        x=xs,
        y=ys,
        mode="lines",
        fill="toself",
        fillcolor=fill,
        line=dict(color=outline, width=width),
        hoverinfo="skip",
        showlegend=False,
        name="",
    )


def centroid(geometry: dict) -> tuple[float, float]:
    """(lon, lat) of the middle of the largest ring's bounding box: where a municipality's hover sits."""
    ring = max(_rings(geometry), key=len)
    lons, lats = [lon for lon, _ in ring], [lat for _, lat in ring]
    return (min(lons) + max(lons)) / 2, (min(lats) + max(lats)) / 2


def flat_layout(fig: go.Figure, geojson: dict, height: int, scale: float, margin_deg: float = 0.1) -> go.Figure:
    """Axes hidden, one degree of latitude as long as 1/scale degrees of longitude, the polygons filling
    the plot."""
    west, south, east, north = bounds(geojson)
    fig.update_layout(
        height=height,
        xaxis=dict(visible=False, range=[(west - margin_deg) * scale, (east + margin_deg) * scale], constrain="domain"),
        yaxis=dict(visible=False, range=[south - margin_deg, north + margin_deg], scaleanchor="x", scaleratio=1),
        hovermode="closest",
        plot_bgcolor="white",
    )
    return fig
