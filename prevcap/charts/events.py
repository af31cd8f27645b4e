"""Charts of the Evenemang page: events over time, participation, attendance, the inspiration days.
The inspiration-day map is drawn flat (prevcap.charts.flat_map), not on MapLibre, whose text would need
glyphs from the internet: its year labels are text in the chart's font."""

from __future__ import annotations

import math

import pandas as pd
import plotly.graph_objects as go

from core import fmt
from core.i18n import t, texts
from prevcap.charts.base import FONT, MISSING_COLOUR, OUTLINE_COLOUR, finish, new_figure
from prevcap.charts.flat_map import centroid, flat_layout, polygons, x_scale
from prevcap.charts.maps import OTHER_FILL, SELECTED_FILL
from prevcap.charts.palette import CLASS_COLOURS
from prevcap.geo import bounds
from prevcap.text_safety import figure_text


def _event_value_label(column: str, value: str, lang: str) -> str:
    key = f"events.{column}.{value}"
    return t(key, lang) if key in texts() else figure_text(value)  # a type of the county's own: data


def events_over_time(events: pd.DataFrame, by: str, lang: str = "sv", title: str | None = None) -> go.Figure:
    """Number of events per year, stacked by type or by topic (`by` is 'event_type' or 'topic')."""
    totals = events.groupby(["year", by], as_index=False)["events"].sum()
    fig = new_figure()
    palette = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442"]
    for i, (value, group) in enumerate(totals.groupby(by, sort=True)):
        label = _event_value_label(by, value, lang)
        fig.add_trace(
            go.Bar(
                x=group["year"],
                y=group["events"],
                name=label,
                marker_color=palette[i % len(palette)],
                hovertemplate=f"%{{fullData.name}}, %{{x}}: %{{y}} {t('events.unit.events', lang)}<extra></extra>",
            )
        )
    fig.update_layout(
        barmode="stack",
        height=420,
        xaxis=dict(title=t("events.axis.year", lang), dtick=1, tickformat="d"),
        yaxis=dict(title=t("events.axis.events", lang), rangemode="tozero"),
        legend=dict(orientation="h", y=1.02, yanchor="bottom", x=0, traceorder="normal"),
    )
    return finish(fig, lang, title)


def participation_heatmap(
    participation: pd.DataFrame, measure: str, lang: str = "sv", title: str | None = None
) -> go.Figure:
    """Municipalities × years: participants, or participants per 1,000 inhabitants (`measure`)."""
    municipalities = list(dict.fromkeys(participation["municipality_name"]))
    years = sorted(participation["year"].unique())
    grid = participation.pivot_table(
        index="municipality_name", columns="year", values=measure, aggfunc="first", dropna=False
    ).reindex(index=municipalities, columns=years)
    unit = t("events.unit.participants" if measure == "participants" else "events.unit.per_1000", lang)
    decimals = 0 if measure == "participants" else 1
    z = grid.values.tolist()
    fig = new_figure(
        go.Heatmap(
            z=z,
            x=[int(y) for y in years],
            y=municipalities,
            colorscale="Purples",
            zmin=0,
            hoverongaps=False,
            colorbar=dict(title=dict(text=unit), thickness=14),
            hovertemplate="%{y}, %{x}: %{z:,." + str(decimals) + "f} " + unit + "<extra></extra>",
        )
    )
    # a grey cell is a missing value (no population figure), a white one none
    fig.update_layout(
        height=max(360, 22 * len(municipalities) + 140),
        plot_bgcolor=MISSING_COLOUR,
        xaxis=dict(title=t("events.axis.year", lang), dtick=1, tickformat="d", side="top"),
        yaxis=dict(title=t("network.axis.municipality", lang), autorange="reversed"),
    )
    return finish(fig, lang, title)


def attendance_share_bar(
    record: pd.DataFrame, rarely_share: float, lang: str = "sv", title: str | None = None
) -> go.Figure:
    """Share of the county's events each municipality attended, coloured by never / rarely / regularly."""
    frame = record.sort_values(["attended_share", "municipality_name"], ascending=[True, True], na_position="first")
    frame = frame.iloc[::-1]
    fig = new_figure()
    for cls in ("never", "rarely", "regularly", "no_events"):
        group = frame[frame["attendance_class"] == cls]
        if not len(group):
            continue
        share = group["attended_share"].fillna(0) * 100
        text = [
            t("events.share.of", lang, attended=int(r.events_attended), total=int(r.county_events))
            for r in group.itertuples()
        ]
        fig.add_trace(
            go.Bar(
                y=group["municipality_name"],
                x=share,
                orientation="h",
                name=t(f"events.class.{cls}", lang),
                marker_color=CLASS_COLOURS[cls],
                text=text,
                textposition="outside",
                cliponaxis=False,
                hovertemplate="%{y}: %{x:.0f} %<br>%{text}<extra></extra>",
            )
        )
    fig.add_vline(x=rarely_share * 100, line=dict(color="#555555", dash="dash", width=1))
    fig.update_layout(
        height=max(320, 22 * len(frame) + 120),
        barmode="overlay",
        xaxis=dict(title=t("events.axis.share", lang), range=[0, 115], ticksuffix=" %"),
        yaxis=dict(
            title=t("network.axis.municipality", lang),
            categoryorder="array",
            categoryarray=list(frame["municipality_name"]),
        ),
        legend=dict(orientation="h", y=1.02, yanchor="bottom", x=0, traceorder="normal"),
    )
    return finish(fig, lang, title)


# A year label's size: its digits are LABEL_DIGIT_EM of the font size tall and about 0.64 em wide each
# (DejaVu Sans)
LABEL_DIGIT_EM = 0.73
LABEL_ADVANCE_EM = 0.64
LABEL_PX = 14


def _label_width(text: str) -> float:
    """Width of a year label in units of half its digits' height (the boxes of place_labels)."""
    return len(text) * LABEL_ADVANCE_EM / LABEL_DIGIT_EM * 2


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
        candidates = [
            (x + gap, y - height_deg / 2),
            (x - gap - width, y - height_deg / 2),
            (x - width / 2, y - gap - height_deg),
            (x - width / 2, y + gap + height - height_deg),
        ]
        chosen = candidates[0]
        for left, bottom_first in candidates:
            box = (left, bottom_first - (height - height_deg), left + width, bottom_first + height_deg)
            inside = west * scale <= box[0] and box[2] <= east * scale and south <= box[1] and box[3] <= north
            clear = all(box[2] < b[0] or b[2] < box[0] or box[3] < b[1] or b[3] < box[1] for b in placed)
            free = all(
                not (box[0] - 0.05 <= dx <= box[2] + 0.05 and box[1] - 0.05 <= dy <= box[3] + 0.05)
                for other, (dx, dy) in enumerate(dots)
                if other != index
            )
            if inside and clear and free:
                chosen = (left, bottom_first)
                break
        left, bottom_first = chosen
        placed.append((left, bottom_first - (height - height_deg), left + width, bottom_first + height_deg))
        positions.append((left / scale, bottom_first))
    return positions


def inspiration_map(
    nodes: pd.DataFrame,
    hosts: pd.DataFrame,
    geojson: dict,
    lang: str = "sv",
    title: str | None = None,
    height: int = 700,
    label_height_deg: float = 0.13,
) -> go.Figure:
    """The inspiration day's hosts: a dot per host and, beside it, the years it hosted, on the
    municipalities drawn flat (prevcap.charts.flat_map): the years are text in the chart's font, on
    screen, in the exports and in the report. A click on a municipality or a dot opens its profile."""
    scale = x_scale(geojson)
    selected = nodes["selected"].astype(bool)
    fig = new_figure(
        [
            polygons(geojson, nodes.loc[~selected, "municipality_code"], scale, OTHER_FILL, OUTLINE_COLOUR),
            polygons(geojson, nodes.loc[selected, "municipality_code"], scale, SELECTED_FILL, OUTLINE_COLOUR),
        ]
    )
    # the municipalities' hover and click: an invisible point in the middle of each
    features = {str(feature.get("id")): feature for feature in geojson["features"]}
    middles = [
        (code, name, centroid(features[code]["geometry"]))
        for code, name in zip(nodes["municipality_code"].astype(str), nodes["municipality_name"])
        if code in features
    ]
    fig.add_trace(
        go.Scatter(
            x=[lon * scale for _, _, (lon, _) in middles],
            y=[lat for _, _, (_, lat) in middles],
            mode="markers",
            marker=dict(size=18, opacity=0),
            text=[figure_text(name) for _, name, _ in middles],
            customdata=[code for code, _, _ in middles],
            hovertemplate="%{text}<extra></extra>",
            showlegend=False,
            name="",
        )
    )
    if len(hosts):
        hover = [
            f"<b>{figure_text(row.host_name)}</b><br>{t('events.hover.hosted', lang)}: "
            + ", ".join(str(y) for y in row.years)
            for row in hosts.itertuples()
        ]
        label_x, label_y, label_text = [], [], []
        for row, (lon, lat) in zip(hosts.itertuples(), place_labels(hosts, bounds(geojson), label_height_deg)):
            for line, year in enumerate(row.years):
                label_x.append(lon * scale)
                label_y.append(lat - line * label_height_deg * 1.5)
                label_text.append(str(year))
        fig.add_trace(
            go.Scatter(
                x=label_x,
                y=label_y,
                mode="text",
                text=label_text,
                textposition="top right",
                # the text's box starts a little right of and above the point: the label's corner. At the
                # export's 800 px the map has about 85 px a degree: 14 px digits are 0.12° tall
                textfont=dict(family=FONT["family"], size=LABEL_PX, color="#222222"),
                hoverinfo="skip",
                showlegend=False,
                name=t("events.map.year_labels", lang),
                meta={"year_labels": len(label_text)},
            )
        )
        fig.add_trace(
            go.Scatter(
                x=hosts["host_lon"] * scale,
                y=hosts["host_lat"],
                mode="markers",
                marker=dict(size=13, color="#0072B2", line=dict(color="white", width=1)),
                text=hover,
                customdata=hosts["host_code"].astype(str),
                hovertemplate="%{text}<extra></extra>",
                name=t("events.map.host", lang),
                showlegend=True,
            )
        )
    flat_layout(fig, geojson, height, scale)
    fig.update_layout(
        legend=dict(
            bgcolor="rgba(255,255,255,0.88)", bordercolor="#cccccc", borderwidth=1, x=0.01, xanchor="left", y=0.99
        ),
        margin=dict(l=10, r=10, b=10),
    )
    return finish(fig, lang, title)


def inspiration_history(editions: pd.DataFrame, lang: str = "sv", title: str | None = None) -> go.Figure:
    """Municipalities attending each inspiration day, with the host written on the bar."""
    hosts = [
        figure_text(name) if isinstance(name, str) else t("events.host.none", lang) for name in editions["host_name"]
    ]
    hover = [
        f"<b>{row.year}</b>, {host}<br>{t('events.hover.municipalities', lang)}: {row.municipalities_attending}"
        f"<br>{t('events.hover.participants', lang)}: {fmt.number(row.participants, 0, lang)}"
        for row, host in zip(editions.itertuples(), hosts)
    ]
    fig = new_figure(
        go.Bar(
            x=editions["year"],
            y=editions["municipalities_attending"],
            text=hosts,
            textposition="inside",
            textangle=-90,
            insidetextanchor="start",
            marker_color="#56B4E9",
            hovertext=hover,
            hovertemplate="%{hovertext}<extra></extra>",
            name=t("events.hover.municipalities", lang),
        )
    )
    fig.update_layout(
        height=420,
        xaxis=dict(title=t("events.axis.year", lang), dtick=1, tickformat="d"),
        yaxis=dict(title=t("events.axis.municipalities", lang), rangemode="tozero"),
    )
    return finish(fig, lang, title)
