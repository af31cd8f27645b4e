"""Chart builders of the Samverkan, Evenemang and Finansiering pages: pure functions, frames in,
plotly figures out. Maps are MapLibre maps with a blank style (the municipal polygons are the
map): no tiles and no text on the map itself, since MapLibre would fetch glyphs from the internet;
the inspiration day's year labels are therefore drawn as lines."""
from __future__ import annotations

import math

import pandas as pd
import plotly.graph_objects as go

from core import fmt
from prevcap.charts import MISSING_COLOUR, OUTLINE_COLOUR, base_layout
from prevcap.geo import bounds, view
from core.i18n import t, texts
from prevcap.network import FUNDERS, LINK_KINDS, link_period_text

# Okabe–Ito colours: told apart also by colour-blind readers.
KIND_COLOURS = {"shared_post": "#D55E00", "joint_agreement": "#0072B2", "police_area": "#009E73",
                "co_attendance": "#CC79A7"}
FUNDER_COLOURS = {"kommun": "#999999", "lansstyrelsen": "#0072B2", "fohm": "#009E73", "bra": "#D55E00",
                  "annan": "#CC79A7"}
CLASS_COLOURS = {"never": "#B2182B", "rarely": "#EF8A62", "regularly": "#67A9CF", "no_events": "#BBBBBB"}
SELECTED_FILL = "#E3E3E3"
OTHER_FILL = "#F4F4F4"
NODE_COLOUR = "#333333"
# Line widths in pixels: at most WIDTH_CLASSES classes from MIN_WIDTH to MAX_WIDTH; one class alone gets SINGLE_WIDTH.
WIDTH_CLASSES = 4
MIN_WIDTH, MAX_WIDTH, SINGLE_WIDTH = 2.0, 7.0, 3.5
# Parallel links of different kinds between one pair are drawn side by side, this far apart (degrees of latitude).
KIND_OFFSET_DEG = 0.05


def _map_layout(fig: go.Figure, geojson: dict, height: int, lang: str, title: str | None,
                legend_width: float = 0.0) -> go.Figure:
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
    fig.update_layout(map=dict(style="white-bg", center=centre, zoom=zoom, domain=domain), height=height,
                      legend=legend)
    return _finish(fig, lang, title)


def _finish(fig: go.Figure, lang: str, title: str | None) -> go.Figure:
    """The shared look, the title at the top left, and room above the plot for the title and a
    legend laid out horizontally over the plot."""
    fig = base_layout(fig, lang)
    legend_on_top = fig.layout.legend.orientation == "h"
    top = (40 if title else 10) + (35 if legend_on_top else 0) + (25 if fig.layout.xaxis.side == "top" else 0)
    fig.update_layout(margin=dict(t=top))
    if title:
        fig.update_layout(title=dict(text=title, x=0.01, xanchor="left", yref="container", y=1, yanchor="top",
                                     pad=dict(t=10)))
    return fig


def _base_polygons(nodes: pd.DataFrame, geojson: dict) -> go.Choroplethmap:
    """The municipalities as the map: the chosen counties light grey, the others lighter still."""
    return go.Choroplethmap(
        geojson=geojson, locations=nodes["municipality_code"], z=nodes["selected"].astype(int),
        colorscale=[[0, OTHER_FILL], [1, SELECTED_FILL]], zmin=0, zmax=1, showscale=False,
        marker=dict(line=dict(color=OUTLINE_COLOUR, width=1.2)), text=nodes["municipality_name"],
        hovertemplate="%{text}<extra></extra>", showlegend=False, name="",
    )


# --- Samverkan --------------------------------------------------------------------------------

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
    length = (dx ** 2 + dy ** 2) ** 0.5
    length = length.where(length > 0, 1)
    # the unit normal (-dy, dx), in degrees of latitude; back to longitude through the scale
    shift_lon, shift_lat = -dy / length * shift / scale, dx / length * shift
    return links.assign(x_a=links["lon_a"] + shift_lon, y_a=links["lat_a"] + shift_lat,
                        x_b=links["lon_b"] + shift_lon, y_b=links["lat_b"] + shift_lat)


def _weight_text(kind: str, low: int, high: int, lang: str) -> str:
    unit = t(f"network.unit_one.{kind}" if low == high == 1 else f"network.unit.{kind}", lang)
    span = fmt.number(low, 0, lang) if low == high else f"{fmt.number(low, 0, lang)}–{fmt.number(high, 0, lang)}"
    return f"{span} {unit}"


def link_map(nodes: pd.DataFrame, links: pd.DataFrame, partners: pd.DataFrame, geojson: dict, lang: str = "sv",
             title: str | None = None, height: int = 820) -> go.Figure:
    """Lines between the municipalities' centroids: colour for the kind, width for the weight
    (a legend entry per kind and width class), a dot per municipality sized by its partners."""
    fig = go.Figure(_base_polygons(nodes, geojson))
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
            fig.add_trace(go.Scattermap(
                lon=lon, lat=lat, mode="lines", line=dict(width=width, color=KIND_COLOURS[kind]),
                opacity=0.55 if kind == "co_attendance" else 0.9, name=label, legendgroup=kind, legendrank=rank + step,
                hoverinfo="skip", meta={"link_kind": kind, "segments": len(chosen)},
            ))
        # hover at each line's middle: which pair, which kind, how strong, when
        hover = [f"<b>{link.name_a} – {link.name_b}</b><br>{t(f'network.kind.{kind}', lang)}: "
                 f"{_weight_text(kind, int(link.weight), int(link.weight), lang)}<br>"
                 f"{t('network.hover.period', lang)}: {link_period_text(link, lang)}"
                 + (f"<br>{link.labels}" if isinstance(link.labels, str) and link.labels else "")
                 for link in of_kind.itertuples()]
        fig.add_trace(go.Scattermap(
            lon=(of_kind["x_a"] + of_kind["x_b"]) / 2, lat=(of_kind["y_a"] + of_kind["y_b"]) / 2, mode="markers",
            marker=dict(size=12, color=KIND_COLOURS[kind], opacity=0), text=hover,
            hovertemplate="%{text}<extra></extra>", showlegend=False, legendgroup=kind, name="",
        ))
    shown = nodes[nodes["selected"] | nodes["municipality_code"].isin(
        set(links["municipality_a"]) | set(links["municipality_b"]))] if len(links) else nodes[nodes["selected"]]
    counts = partners.set_index("municipality_code")
    # a partner outside the chosen counties has no count: it is drawn as linked
    with_partner = shown[shown["municipality_code"].map(
        lambda code: code not in counts.index or counts.at[code, "partners"] > 0)]
    alone = shown[~shown["municipality_code"].isin(with_partner["municipality_code"])]
    for group, colour, name_key in ((with_partner, NODE_COLOUR, "network.map.municipality"),
                                    (alone, "#B2182B", "network.map.without_partner")):
        if not len(group):
            continue
        partner_count = [int(counts.at[code, "partners"]) if code in counts.index else None
                         for code in group["municipality_code"]]
        hover = [f"<b>{name}</b><br>{t('network.hover.partners', lang)}: "
                 + (fmt.number(n, 0, lang) if n is not None else t("network.hover.outside", lang))
                 for name, n in zip(group["municipality_name"], partner_count)]
        fig.add_trace(go.Scattermap(
            lon=group["centroid_lon"], lat=group["centroid_lat"], mode="markers",
            marker=dict(size=[7 + 2.2 * math.sqrt(n) if n else 10 for n in partner_count], color=colour),
            text=hover, hovertemplate="%{text}<extra></extra>", name=t(name_key, lang), legendrank=100,
            customdata=group["municipality_code"],  # a click on a dot opens the municipality's profile
        ))
    return _map_layout(fig, geojson, height, lang, title, legend_width=0.3)


def link_matrix_heatmap(matrix: pd.DataFrame, county_of: dict[str, str], unit: str, lang: str = "sv",
                        title: str | None = None) -> go.Figure:
    """Pairs as cells: the summed weight of the links between two municipalities; empty = no link.
    A line separates the counties."""
    z = matrix.where(matrix > 0).to_numpy(dtype=float)  # numpy: plotly validates it far faster than lists
    names = list(matrix.index)
    fig = go.Figure(go.Heatmap(
        # weight 1 must stand out from the white of "no link": the scale starts at a clear blue
        z=z, x=names, y=names, colorscale=[[0, "#C6DBEF"], [1, "#08306B"]], zmin=1, hoverongaps=False,
        colorbar=dict(title=dict(text=unit), thickness=14),
        hovertemplate="%{y} – %{x}: %{z} " + unit + "<extra></extra>",
    ))
    counties = [county_of[name] for name in names]
    border = dict(type="line", line=dict(color="#333333", width=1.5))
    # all lines in one layout update: add_shape validates the whole layout each time (slow for 21 counties)
    shapes = [shape for i in range(1, len(names)) if counties[i] != counties[i - 1]
              for shape in (dict(border, x0=i - 0.5, x1=i - 0.5, y0=-0.5, y1=len(names) - 0.5),
                            dict(border, y0=i - 0.5, y1=i - 0.5, x0=-0.5, x1=len(names) - 0.5))]
    size = max(360, 24 * len(names) + 160)
    fig.update_layout(shapes=shapes, height=size, xaxis=dict(title=t("network.axis.municipality", lang), tickangle=-60,
                                              constrain="domain"),
                      yaxis=dict(title=t("network.axis.municipality", lang), autorange="reversed",
                                 scaleanchor="x"))
    return _finish(fig, lang, title)


def partners_bar(partners: pd.DataFrame, lang: str = "sv", title: str | None = None) -> go.Figure:
    """Partners per municipality: within the county and in the other county, stacked."""
    frame = partners.iloc[::-1]
    same = frame["partners"] - frame["partners_other_county"]
    fig = go.Figure([
        go.Bar(y=frame["municipality_name"], x=same, orientation="h", name=t("network.partners.same_county", lang),
               marker_color="#0072B2", hovertemplate="%{y}: %{x}<extra></extra>"),
        go.Bar(y=frame["municipality_name"], x=frame["partners_other_county"], orientation="h",
               name=t("network.partners.other_county", lang), marker_color="#E69F00",
               hovertemplate="%{y}: %{x}<extra></extra>"),
    ])
    fig.update_layout(barmode="stack", height=max(320, 22 * len(frame) + 120),
                      xaxis=dict(title=t("network.axis.partners", lang), rangemode="tozero",
                                 dtick=1 if frame["partners"].max() <= 12 else None),
                      yaxis=dict(title=t("network.axis.municipality", lang)),
                      legend=dict(orientation="h", y=1.02, yanchor="bottom", x=0, traceorder="normal"))
    return _finish(fig, lang, title)


# --- Evenemang --------------------------------------------------------------------------------

def _event_value_label(column: str, value: str, lang: str) -> str:
    key = f"events.{column}.{value}"
    return t(key, lang) if key in texts() else value


def events_over_time(events: pd.DataFrame, by: str, lang: str = "sv", title: str | None = None) -> go.Figure:
    """Number of events per year, stacked by type or by topic (`by` is 'event_type' or 'topic')."""
    totals = events.groupby(["year", by], as_index=False)["events"].sum()
    fig = go.Figure()
    palette = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442"]
    for i, (value, group) in enumerate(totals.groupby(by, sort=True)):
        label = _event_value_label(by, value, lang)
        fig.add_trace(go.Bar(x=group["year"], y=group["events"], name=label, marker_color=palette[i % len(palette)],
                             hovertemplate=f"{label}, %{{x}}: %{{y}} {t('events.unit.events', lang)}<extra></extra>"))
    fig.update_layout(barmode="stack", height=420,
                      xaxis=dict(title=t("events.axis.year", lang), dtick=1, tickformat="d"),
                      yaxis=dict(title=t("events.axis.events", lang), rangemode="tozero"),
                      legend=dict(orientation="h", y=1.02, yanchor="bottom", x=0, traceorder="normal"))
    return _finish(fig, lang, title)


def participation_heatmap(participation: pd.DataFrame, measure: str, lang: str = "sv",
                          title: str | None = None) -> go.Figure:
    """Municipalities × years: participants, or participants per 1,000 inhabitants (`measure`)."""
    municipalities = list(dict.fromkeys(participation["municipality_name"]))
    years = sorted(participation["year"].unique())
    grid = participation.pivot_table(index="municipality_name", columns="year", values=measure, aggfunc="first",
                                     dropna=False).reindex(index=municipalities, columns=years)
    unit = t("events.unit.participants" if measure == "participants" else "events.unit.per_1000", lang)
    decimals = 0 if measure == "participants" else 1
    z = grid.values.tolist()
    fig = go.Figure(go.Heatmap(
        z=z, x=[int(y) for y in years], y=municipalities, colorscale="Purples", zmin=0, hoverongaps=False,
        colorbar=dict(title=dict(text=unit), thickness=14),
        hovertemplate="%{y}, %{x}: %{z:,." + str(decimals) + "f} " + unit + "<extra></extra>",
    ))
    # a grey cell is a missing value (no population figure), a white one none
    fig.update_layout(height=max(360, 22 * len(municipalities) + 140), plot_bgcolor=MISSING_COLOUR,
                      xaxis=dict(title=t("events.axis.year", lang), dtick=1, tickformat="d", side="top"),
                      yaxis=dict(title=t("network.axis.municipality", lang), autorange="reversed"))
    return _finish(fig, lang, title)


def attendance_share_bar(record: pd.DataFrame, rarely_share: float, lang: str = "sv",
                         title: str | None = None) -> go.Figure:
    """Share of the county's events each municipality attended, coloured by never / rarely / regularly."""
    frame = record.sort_values(["attended_share", "municipality_name"], ascending=[True, True], na_position="first")
    frame = frame.iloc[::-1]
    fig = go.Figure()
    for cls in ("never", "rarely", "regularly", "no_events"):
        group = frame[frame["attendance_class"] == cls]
        if not len(group):
            continue
        share = (group["attended_share"].fillna(0) * 100)
        text = [t("events.share.of", lang, attended=int(r.events_attended), total=int(r.county_events))
                for r in group.itertuples()]
        fig.add_trace(go.Bar(
            y=group["municipality_name"], x=share, orientation="h", name=t(f"events.class.{cls}", lang),
            marker_color=CLASS_COLOURS[cls], text=text, textposition="outside", cliponaxis=False,
            hovertemplate="%{y}: %{x:.0f} %<br>%{text}<extra></extra>",
        ))
    fig.add_vline(x=rarely_share * 100, line=dict(color="#555555", dash="dash", width=1))
    fig.update_layout(height=max(320, 22 * len(frame) + 120), barmode="overlay",
                      xaxis=dict(title=t("events.axis.share", lang), range=[0, 115], ticksuffix=" %"),
                      yaxis=dict(title=t("network.axis.municipality", lang), categoryorder="array",
                                 categoryarray=list(frame["municipality_name"])),
                      legend=dict(orientation="h", y=1.02, yanchor="bottom", x=0, traceorder="normal"))
    return _finish(fig, lang, title)


# Seven-segment digits: segments (from, to) on a cell 1 wide and 2 high, origin at the bottom left.
_SEGMENTS = {"a": ((0, 2), (1, 2)), "b": ((1, 2), (1, 1)), "c": ((1, 1), (1, 0)), "d": ((0, 0), (1, 0)),
             "e": ((0, 0), (0, 1)), "f": ((0, 1), (0, 2)), "g": ((0, 1), (1, 1))}
_DIGITS = {"0": "abcdef", "1": "bc", "2": "abged", "3": "abgcd", "4": "fgbc", "5": "afgcd", "6": "afgedc",
           "7": "abc", "8": "abcdefg", "9": "abcdfg"}


def stroke_text(text: str, lon: float, lat: float, height_deg: float) -> tuple[list, list]:
    """The digits of `text` as line segments (lon, lat lists with None between strokes),
    bottom left at (lon, lat), `height_deg` degrees of latitude tall. MapLibre draws lines
    without fonts, so the labels need nothing from the network."""
    unit_lat = height_deg / 2
    unit_lon = unit_lat / math.cos(math.radians(lat))
    xs, ys = [], []
    left = 0.0
    for char in text:
        # a '1' is one stroke: drawn narrow, so that "2014" does not read "20 14"
        shift, advance = (-0.7, 0.9) if char == "1" else (0.0, 1.6)
        for segment in _DIGITS.get(char, ""):
            (x0, y0), (x1, y1) = _SEGMENTS[segment]
            xs += [lon + (left + shift + x0) * unit_lon, lon + (left + shift + x1) * unit_lon, None]
            ys += [lat + y0 * unit_lat, lat + y1 * unit_lat, None]
        left += advance
    return xs, ys


def _label_width(text: str) -> float:
    """Width of stroke_text's label in digit units (a digit is 1 wide, 1.6 apart; a '1' 0.9 apart)."""
    advance = sum(0.9 if char == "1" else 1.6 for char in text)
    return advance - 0.6


def place_labels(hosts: pd.DataFrame, bounds: tuple[float, float, float, float], height_deg: float) -> list[tuple]:
    """Where each host's year labels go: (lon, lat) of the first label's bottom left corner.

    Beside the dot on the right, else on the left, else below or above: the first place whose
    box stays inside the map's bounds and clear of the other dots and the labels already placed
    (boxes in degrees of latitude, longitude scaled by cos(latitude))."""
    west, south, east, north = bounds
    unit = height_deg / 2
    gap = 0.12
    dots = [(row.host_lon * math.cos(math.radians(row.host_lat)), row.host_lat) for row in hosts.itertuples()]
    placed: list[tuple[float, float, float, float]] = []
    positions = []
    for index, row in enumerate(hosts.itertuples()):
        scale = math.cos(math.radians(row.host_lat))
        x, y = row.host_lon * scale, row.host_lat
        width = max(_label_width(str(year)) for year in row.years) * unit
        height = height_deg * (1.5 * len(row.years) - 0.5)
        candidates = [(x + gap, y - height_deg / 2), (x - gap - width, y - height_deg / 2),
                      (x - width / 2, y - gap - height_deg), (x - width / 2, y + gap + height - height_deg)]
        chosen = candidates[0]
        for left, bottom_first in candidates:
            box = (left, bottom_first - (height - height_deg), left + width, bottom_first + height_deg)
            inside = west * scale <= box[0] and box[2] <= east * scale and south <= box[1] and box[3] <= north
            clear = all(box[2] < b[0] or b[2] < box[0] or box[3] < b[1] or b[3] < box[1] for b in placed)
            free = all(not (box[0] - 0.05 <= dx <= box[2] + 0.05 and box[1] - 0.05 <= dy <= box[3] + 0.05)
                       for other, (dx, dy) in enumerate(dots) if other != index)
            if inside and clear and free:
                chosen = (left, bottom_first)
                break
        left, bottom_first = chosen
        placed.append((left, bottom_first - (height - height_deg), left + width, bottom_first + height_deg))
        positions.append((left / scale, bottom_first))
    return positions


def inspiration_map(nodes: pd.DataFrame, hosts: pd.DataFrame, geojson: dict, lang: str = "sv",
                    title: str | None = None, height: int = 700, label_height_deg: float = 0.16) -> go.Figure:
    """The inspiration day's hosts: a dot per host and, beside it, the years it hosted."""
    fig = go.Figure(_base_polygons(nodes, geojson))
    if len(hosts):
        hover = [f"<b>{row.host_name}</b><br>{t('events.hover.hosted', lang)}: "
                 + ", ".join(str(y) for y in row.years) for row in hosts.itertuples()]
        label_lon, label_lat = [], []
        for row, (lon, lat) in zip(hosts.itertuples(), place_labels(hosts, bounds(geojson), label_height_deg)):
            for line, year in enumerate(row.years):
                xs, ys = stroke_text(str(year), lon, lat - line * label_height_deg * 1.5, label_height_deg)
                label_lon += xs
                label_lat += ys
        # a white halo under the strokes keeps the digits legible over borders
        fig.add_trace(go.Scattermap(lon=label_lon, lat=label_lat, mode="lines", line=dict(width=5, color="white"),
                                    hoverinfo="skip", showlegend=False, name=""))
        fig.add_trace(go.Scattermap(lon=label_lon, lat=label_lat, mode="lines", line=dict(width=1.8, color="#222222"),
                                    hoverinfo="skip", showlegend=False, name=t("events.map.year_labels", lang),
                                    meta={"year_labels": sum(len(y) for y in hosts["years"])}))
        fig.add_trace(go.Scattermap(
            lon=hosts["host_lon"], lat=hosts["host_lat"], mode="markers", marker=dict(size=13, color="#0072B2"),
            text=hover, hovertemplate="%{text}<extra></extra>", name=t("events.map.host", lang), showlegend=True,
        ))
    return _map_layout(fig, geojson, height, lang, title)


def inspiration_history(editions: pd.DataFrame, lang: str = "sv", title: str | None = None) -> go.Figure:
    """Municipalities attending each inspiration day, with the host written on the bar."""
    hosts = [name if isinstance(name, str) else t("events.host.none", lang) for name in editions["host_name"]]
    hover = [f"<b>{row.year}</b>, {host}<br>{t('events.hover.municipalities', lang)}: {row.municipalities_attending}"
             f"<br>{t('events.hover.participants', lang)}: {fmt.number(row.participants, 0, lang)}"
             for row, host in zip(editions.itertuples(), hosts)]
    fig = go.Figure(go.Bar(
        x=editions["year"], y=editions["municipalities_attending"], text=hosts, textposition="inside",
        textangle=-90, insidetextanchor="start", marker_color="#56B4E9", hovertext=hover,
        hovertemplate="%{hovertext}<extra></extra>", name=t("events.hover.municipalities", lang),
    ))
    fig.update_layout(height=420, xaxis=dict(title=t("events.axis.year", lang), dtick=1, tickformat="d"),
                      yaxis=dict(title=t("events.axis.municipalities", lang), rangemode="tozero"))
    return _finish(fig, lang, title)


# --- Finansiering -----------------------------------------------------------------------------

def funding_by_source_chart(by_source: pd.DataFrame, measure: str, lang: str = "sv",
                            title: str | None = None) -> go.Figure:
    """Funding per year stacked by funder: kronor (`amount_sek`) or kronor per inhabitant."""
    unit = t("funding.unit.sek" if measure == "amount_sek" else "funding.unit.sek_per_inhabitant", lang)
    fig = go.Figure()
    for funder in FUNDERS:
        group = by_source[by_source["funder"] == funder]
        if not len(group):
            continue
        name = t(f"funding.funder.{funder}", lang)
        fig.add_trace(go.Bar(x=group["year"], y=group[measure], name=name, marker_color=FUNDER_COLOURS[funder],
                             hovertemplate=f"{name}, %{{x}}: %{{y:,.0f}} {unit}<extra></extra>"))
    fig.update_layout(barmode="stack", height=440,
                      xaxis=dict(title=t("events.axis.year", lang), dtick=1, tickformat="d"),
                      yaxis=dict(title=unit, tickformat=",.0f", rangemode="tozero"),
                      legend=dict(orientation="h", y=1.02, yanchor="bottom", x=0, traceorder="normal"))
    return _finish(fig, lang, title)


def county_lines(by_county: pd.DataFrame, measure: str, lang: str = "sv", title: str | None = None) -> go.Figure:
    """One line per county over the years: the share of external money (%) or funding per inhabitant."""
    unit = t("funding.unit.percent" if measure == "external_share_pct" else "funding.unit.sek_per_inhabitant", lang)
    colours = ["#0072B2", "#E69F00", "#009E73", "#CC79A7"]
    fig = go.Figure()
    for i, (county, group) in enumerate(by_county.groupby("county_name", sort=True)):
        fig.add_trace(go.Scatter(x=group["year"], y=group[measure], mode="lines+markers", name=county,
                                 line=dict(color=colours[i % len(colours)], width=2.5),
                                 hovertemplate=f"{county}, %{{x}}: %{{y:,.1f}} {unit}<extra></extra>"))
    yaxis = dict(title=unit, rangemode="tozero", tickformat=",.0f")
    if measure == "external_share_pct":
        yaxis["range"] = [0, 100]
    fig.update_layout(height=380, xaxis=dict(title=t("events.axis.year", lang), dtick=1, tickformat="d"), yaxis=yaxis,
                      legend=dict(orientation="h", y=1.02, yanchor="bottom", x=0, traceorder="normal"))
    return _finish(fig, lang, title)


def funding_per_municipality_chart(table: pd.DataFrame, lang: str = "sv", title: str | None = None) -> go.Figure:
    """Funding per inhabitant of each municipality in one year, stacked by funder, highest on top.
    `table` is network.funding_table's frame."""
    frame = table.iloc[::-1]
    unit = t("funding.unit.sek_per_inhabitant", lang)
    fig = go.Figure()
    for funder in FUNDERS:
        per_inhabitant = frame[f"sek_{funder}"] / frame["population"]
        if not (per_inhabitant > 0).any():
            continue
        name = t(f"funding.funder.{funder}", lang)
        fig.add_trace(go.Bar(y=frame["municipality_name"], x=per_inhabitant, orientation="h", name=name,
                             marker_color=FUNDER_COLOURS[funder],
                             hovertemplate=f"%{{y}}, {name}: %{{x:,.0f}} {unit}<extra></extra>"))
    fig.update_layout(barmode="stack", height=max(320, 22 * len(frame) + 120),
                      xaxis=dict(title=unit, tickformat=",.0f", rangemode="tozero"),
                      yaxis=dict(title=t("network.axis.municipality", lang)),
                      legend=dict(orientation="h", y=1.02, yanchor="bottom", x=0, traceorder="normal"))
    return _finish(fig, lang, title)
