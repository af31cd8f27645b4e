"""Maps as vectors for SVG and PDF: a MapLibre figure (choropleth and point layers) redrawn flat with
prevcap.charts.flat_map, each municipality a filled polygon in the colour MapLibre would give it, the
colour bar and the legend kept. MapLibre draws on a canvas, which SVG and PDF can only hold as a bitmap;
the PNG keeps the dashboard's map."""

from __future__ import annotations

import math

import plotly.graph_objects as go
from plotly.colors import sample_colorscale

from prevcap.charts.base import new_figure
from prevcap.charts.flat_map import flat_layout, polygon_paths
from prevcap.geo import bounds

CHOROPLETH = "choroplethmap"
POINTS = "scattermap"


def is_map(fig: go.Figure) -> bool:
    return any(trace.type in (CHOROPLETH, POINTS) for trace in fig.data)


def _colour_range(trace) -> tuple[float, float]:
    values = [float(z) for z in trace.z if z is not None and not math.isnan(float(z))]
    low = trace.zmin if trace.zmin is not None else min(values, default=0.0)
    high = trace.zmax if trace.zmax is not None else max(values, default=1.0)
    return float(low), float(high)


def _colour(fraction: float, colorscale) -> str:
    return sample_colorscale([list(step) for step in colorscale], [min(max(fraction, 0.0), 1.0)])[0]


def _choropleth_traces(trace, scale: float) -> list:
    """One filled trace per colour (a legend entry for a layer in one colour), and an invisible point
    that carries the colour bar."""
    low, high = _colour_range(trace)
    by_colour: dict[str, list[str]] = {}
    for code, z in zip(trace.locations, trace.z):
        if z is None or math.isnan(float(z)):
            continue
        fraction = 0.5 if high == low else (float(z) - low) / (high - low)
        by_colour.setdefault(_colour(fraction, trace.colorscale), []).append(str(code))
    line = trace.marker.line
    traces = []
    for number, (colour, codes) in enumerate(by_colour.items()):
        xs, ys = polygon_paths(trace.geojson, codes, scale)
        traces.append(
            go.Scatter(
                x=xs,
                y=ys,
                mode="lines",
                fill="toself",
                fillcolor=colour,
                line=dict(color=line.color or "white", width=line.width if line.width is not None else 1),
                hoverinfo="skip",
                name=trace.name or "",
                legendgroup=trace.name or None,
                showlegend=bool(trace.showlegend) and number == 0,
            )
        )
    if trace.showscale is not False and traces:
        traces.append(
            go.Scatter(
                x=[traces[0].x[0]],
                y=[traces[0].y[0]],
                mode="markers",
                marker=dict(
                    size=0.1,
                    opacity=0,
                    color=[low],
                    colorscale=trace.colorscale,
                    cmin=low,
                    cmax=high,
                    showscale=True,
                    colorbar=trace.colorbar.to_plotly_json(),
                ),
                hoverinfo="skip",
                showlegend=False,
                name="",
            )
        )
    return traces


def _point_trace(trace, scale: float) -> go.Scatter:
    marker = trace.marker
    return go.Scatter(
        x=[None if lon is None else lon * scale for lon in trace.lon],
        y=list(trace.lat),
        mode=trace.mode,
        marker=dict(size=marker.size, color=marker.color, opacity=marker.opacity),
        line=dict(color=trace.line.color, width=trace.line.width),
        opacity=trace.opacity,
        hoverinfo="skip",
        name=trace.name or "",
        legendgroup=trace.legendgroup,
        legendrank=trace.legendrank,
        showlegend=trace.showlegend,
    )


def vector_map(fig: go.Figure) -> go.Figure:
    """The map figure drawn flat: the same title, legend, annotations and margins; the map's domain
    becomes the axes'. A figure without a map comes back as it is."""
    if not is_map(fig):
        return fig
    choropleths = [trace for trace in fig.data if trace.type == CHOROPLETH]
    features = [feature for trace in choropleths for feature in trace.geojson["features"]]
    if not features:
        return fig
    collection = {"type": "FeatureCollection", "features": features}
    west, south, east, north = bounds(collection)
    scale = math.cos(math.radians((south + north) / 2))
    data = []
    for trace in fig.data:
        if trace.type == CHOROPLETH:
            data += _choropleth_traces(trace, scale)
        elif trace.type == POINTS:
            data.append(_point_trace(trace, scale))
        else:
            data.append(trace)
    layout = fig.layout.to_plotly_json()
    domain = layout.pop("map", {}).get("domain", {})
    flat = new_figure(data, layout)
    flat_layout(flat, collection, int(fig.layout.height or 500), scale)
    flat.update_layout(
        xaxis_domain=domain.get("x", [0, 1]), yaxis_domain=domain.get("y", [0, 1]), xaxis_automargin=False
    )
    return flat
