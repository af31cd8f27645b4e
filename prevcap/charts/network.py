"""Charts of the Samverkan page: the link map, the partners, the link matrix."""

from __future__ import annotations

import math

import pandas as pd
import plotly.graph_objects as go

from core import fmt
from core.i18n import t
from prevcap.charts.base import finish, new_figure
from prevcap.charts.maps import base_polygons, map_layout
from prevcap.charts.palette import KIND_COLOURS
from prevcap.domain.network import LINK_KINDS
from prevcap.tables.network import link_period_text
from prevcap.text_safety import figure_text

NODE_COLOUR = "#333333"


# Line widths in pixels: at most WIDTH_CLASSES classes from MIN_WIDTH to MAX_WIDTH; one class alone gets SINGLE_WIDTH.
WIDTH_CLASSES = 4


MIN_WIDTH, MAX_WIDTH, SINGLE_WIDTH = 2.0, 7.0, 3.5


# Parallel links of different kinds between one pair are drawn side by side, this far apart (degrees of latitude).
KIND_OFFSET_DEG = 0.05


def width_classes(weights: pd.Series) -> list[tuple[int, int, float]]:
    """At most four classes (lowest weight, highest weight, line width) covering the weights.
    Few distinct weights get a class each; more are split into equal ranges."""
    values = sorted({int(w) for w in weights})
    if not values:
        return []
    if len(values) <= WIDTH_CLASSES:
        bounds = [(v, v) for v in values]
    else:
        low, high = values[0], values[-1]
        step = (high - low + 1) / WIDTH_CLASSES
        edges = [low + round(step * i) for i in range(WIDTH_CLASSES + 1)]
        bounds = [(edges[i], edges[i + 1] - 1) for i in range(WIDTH_CLASSES) if edges[i + 1] > edges[i]]
    if len(bounds) == 1:
        return [(bounds[0][0], bounds[0][1], SINGLE_WIDTH)]
    thinnest, widest = MIN_WIDTH, MAX_WIDTH
    step = (widest - thinnest) / (len(bounds) - 1)
    return [(low, high, round(thinnest + step * i, 2)) for i, (low, high) in enumerate(bounds)]


def _offset_segments(links: pd.DataFrame) -> pd.DataFrame:
    """End points of each link's segment, shifted sideways when a pair has links of several kinds."""
    order = {kind: i for i, kind in enumerate(LINK_KINDS)}
    links = links.assign(kind_order=links["kind"].map(order))
    rank = links.groupby(["municipality_a", "municipality_b"])["kind_order"].rank(method="first") - 1
    count = links.groupby(["municipality_a", "municipality_b"])["kind"].transform("count")
    shift = (rank - (count - 1) / 2) * KIND_OFFSET_DEG
    lat_mid = (links["lat_a"] + links["lat_b"]) / 2
    scale = lat_mid.map(lambda lat: math.cos(math.radians(lat)))
    dx = (links["lon_b"] - links["lon_a"]) * scale
    dy = links["lat_b"] - links["lat_a"]
    length = (dx**2 + dy**2) ** 0.5
    length = length.where(length > 0, 1)
    # the unit normal (-dy, dx), in degrees of latitude; back to longitude through the scale
    shift_lon, shift_lat = -dy / length * shift / scale, dx / length * shift
    return links.assign(
        x_a=links["lon_a"] + shift_lon,
        y_a=links["lat_a"] + shift_lat,
        x_b=links["lon_b"] + shift_lon,
        y_b=links["lat_b"] + shift_lat,
    )


def _weight_text(kind: str, low: int, high: int, lang: str) -> str:
    unit = t(f"network.unit_one.{kind}" if low == high == 1 else f"network.unit.{kind}", lang)
    span = fmt.number(low, 0, lang) if low == high else f"{fmt.number(low, 0, lang)}–{fmt.number(high, 0, lang)}"
    return f"{span} {unit}"


def link_map(
    nodes: pd.DataFrame,
    links: pd.DataFrame,
    partners: pd.DataFrame,
    geojson: dict,
    lang: str = "sv",
    title: str | None = None,
    height: int = 820,
) -> go.Figure:
    """Lines between the municipalities' centroids: colour for the kind, width for the weight
    (a legend entry per kind and width class), a dot per municipality sized by its partners."""
    # the traces gathered, and the figure made of them at once: add_trace validates the figure each time
    traces = [base_polygons(nodes, geojson)]
    segments = _offset_segments(links) if len(links) else links
    # the many co-attendance lines first, underneath; the legend keeps the kinds' order
    for kind in reversed(LINK_KINDS):
        rank = LINK_KINDS.index(kind) * 10
        of_kind = segments[segments["kind"] == kind] if len(segments) else segments
        if not len(of_kind):
            continue
        classes = width_classes(of_kind["weight"])
        for step, (low, high, width) in enumerate(classes):
            chosen = of_kind[(of_kind["weight"] >= low) & (of_kind["weight"] <= high)]
            lon, lat = [], []
            for link in chosen.itertuples():
                lon += [link.x_a, link.x_b, None]
                lat += [link.y_a, link.y_b, None]
            label = t(f"network.kind.{kind}", lang)
            if kind != "police_area":
                label += f": {_weight_text(kind, low, high, lang)}"
            traces.append(
                go.Scattermap(
                    lon=lon,
                    lat=lat,
                    mode="lines",
                    line=dict(width=width, color=KIND_COLOURS[kind]),
                    opacity=0.55 if kind == "co_attendance" else 0.9,
                    name=label,
                    legendgroup=kind,
                    legendrank=rank + step,
                    hoverinfo="skip",
                    meta={"link_kind": kind, "segments": len(chosen)},
                )
            )
        # hover at each line's middle: which pair, which kind, how strong, when
        hover = [
            f"<b>{figure_text(link.name_a)} – {figure_text(link.name_b)}</b><br>{t(f'network.kind.{kind}', lang)}: "
            f"{_weight_text(kind, int(link.weight), int(link.weight), lang)}<br>"
            f"{t('network.hover.period', lang)}: {link_period_text(link, lang)}"
            + (f"<br>{figure_text(link.labels)}" if isinstance(link.labels, str) and link.labels else "")
            for link in of_kind.itertuples()
        ]
        traces.append(
            go.Scattermap(
                lon=(of_kind["x_a"] + of_kind["x_b"]) / 2,
                lat=(of_kind["y_a"] + of_kind["y_b"]) / 2,
                mode="markers",
                marker=dict(size=12, color=KIND_COLOURS[kind], opacity=0),
                text=hover,
                hovertemplate="%{text}<extra></extra>",
                showlegend=False,
                legendgroup=kind,
                name="",
            )
        )
    shown = (
        nodes[
            nodes["selected"]
            | nodes["municipality_code"].isin(set(links["municipality_a"]) | set(links["municipality_b"]))
        ]
        if len(links)
        else nodes[nodes["selected"]]
    )
    counts = partners.set_index("municipality_code")
    # a partner outside the chosen counties has no count: it is drawn as linked
    with_partner = shown[
        shown["municipality_code"].map(lambda code: code not in counts.index or counts.at[code, "partners"] > 0)
    ]
    alone = shown[~shown["municipality_code"].isin(with_partner["municipality_code"])]
    for group, colour, name_key in (
        (with_partner, NODE_COLOUR, "network.map.municipality"),
        (alone, "#B2182B", "network.map.without_partner"),
    ):
        if not len(group):
            continue
        partner_count = [
            int(counts.at[code, "partners"]) if code in counts.index else None for code in group["municipality_code"]
        ]
        hover = [
            f"<b>{figure_text(name)}</b><br>{t('network.hover.partners', lang)}: "
            + (fmt.number(n, 0, lang) if n is not None else t("network.hover.outside", lang))
            for name, n in zip(group["municipality_name"], partner_count)
        ]
        traces.append(
            go.Scattermap(
                lon=group["centroid_lon"],
                lat=group["centroid_lat"],
                mode="markers",
                marker=dict(size=[7 + 2.2 * math.sqrt(n) if n else 10 for n in partner_count], color=colour),
                text=hover,
                hovertemplate="%{text}<extra></extra>",
                name=t(name_key, lang),
                legendrank=100,
                customdata=group["municipality_code"],  # a click on a dot opens the municipality's profile
            )
        )
    return map_layout(new_figure(data=traces), geojson, height, lang, title)


def link_matrix_heatmap(
    matrix: pd.DataFrame, county_of: dict[str, str], unit: str, lang: str = "sv", title: str | None = None
) -> go.Figure:
    """Pairs as cells: the summed weight of the links between two municipalities; empty = no link.
    A line separates the counties."""
    z = matrix.where(matrix > 0).to_numpy(dtype=float)  # numpy: plotly validates it far faster than lists
    names = list(matrix.index)
    fig = new_figure(
        go.Heatmap(
            # weight 1 must stand out from the white of "no link": the scale starts at a clear blue
            z=z,
            x=names,
            y=names,
            colorscale=[[0, "#C6DBEF"], [1, "#08306B"]],
            zmin=1,
            hoverongaps=False,
            colorbar=dict(title=dict(text=unit), thickness=14),
            hovertemplate="%{y} – %{x}: %{z} " + unit + "<extra></extra>",
        )
    )
    counties = [county_of[name] for name in names]
    border = dict(type="line", line=dict(color="#333333", width=1.5))
    # all lines in one layout update: add_shape validates the whole layout each time (slow for 21 counties)
    shapes = [
        shape
        for i in range(1, len(names))
        if counties[i] != counties[i - 1]
        for shape in (
            dict(border, x0=i - 0.5, x1=i - 0.5, y0=-0.5, y1=len(names) - 0.5),
            dict(border, y0=i - 0.5, y1=i - 0.5, x0=-0.5, x1=len(names) - 0.5),
        )
    ]
    size = max(360, 24 * len(names) + 160)
    # at 800 px a column of 29 is about 16 px wide: labels turned 60° would touch (Ö's dots reach the
    # descender of the name beside it), upright ones have the whole width
    fig.update_layout(
        shapes=shapes,
        height=size,
        xaxis=dict(
            title=t("network.axis.municipality", lang), tickangle=-60 if len(names) <= 20 else -90, constrain="domain"
        ),
        yaxis=dict(title=t("network.axis.municipality", lang), autorange="reversed", scaleanchor="x"),
    )
    return finish(fig, lang, title)


def partners_bar(partners: pd.DataFrame, lang: str = "sv", title: str | None = None) -> go.Figure:
    """Partners per municipality: within the county and in the other county, stacked."""
    frame = partners.iloc[::-1]
    same = frame["partners"] - frame["partners_other_county"]
    fig = new_figure(
        [
            go.Bar(
                y=frame["municipality_name"],
                x=same,
                orientation="h",
                name=t("network.partners.same_county", lang),
                marker_color="#0072B2",
                hovertemplate="%{y}: %{x}<extra></extra>",
            ),
            go.Bar(
                y=frame["municipality_name"],
                x=frame["partners_other_county"],
                orientation="h",
                name=t("network.partners.other_county", lang),
                marker_color="#E69F00",
                hovertemplate="%{y}: %{x}<extra></extra>",
            ),
        ]
    )
    fig.update_layout(
        barmode="stack",
        height=max(320, 22 * len(frame) + 120),
        xaxis=dict(
            title=t("network.axis.partners", lang),
            rangemode="tozero",
            dtick=1 if frame["partners"].max() <= 12 else None,
        ),
        yaxis=dict(title=t("network.axis.municipality", lang)),
        legend=dict(orientation="h", y=1.02, yanchor="bottom", x=0, traceorder="normal"),
    )
    return finish(fig, lang, title)
