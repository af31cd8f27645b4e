"""Municipal outlines as a GeoJSON FeatureCollection for plotly's MapLibre maps."""

from __future__ import annotations

import json
import math

import pandas as pd


def feature_collection(geometry: pd.DataFrame) -> dict:
    """Feature ids are municipality codes, which the map's `locations` refer to."""
    return {
        "type": "FeatureCollection",
        "features": [
            {"type": "Feature", "id": code, "properties": {"name": name}, "geometry": json.loads(shape)}
            for code, name, shape in zip(
                geometry["municipality_code"], geometry["municipality_name"], geometry["map_geojson"]
            )
        ],
    }


def _coordinates(geometry: dict):
    rings = (
        geometry["coordinates"] if geometry["type"] == "Polygon" else [r for p in geometry["coordinates"] for r in p]
    )
    for ring in rings:
        yield from ring


def bounds(collection: dict) -> tuple[float, float, float, float]:
    """(west, south, east, north) of all features."""
    lons, lats = [], []
    for feature in collection["features"]:
        for lon, lat in _coordinates(feature["geometry"]):
            lons.append(lon)
            lats.append(lat)
    return min(lons), min(lats), max(lons), max(lats)


def view(collection: dict, width_px: int = 700, height_px: int = 650) -> tuple[dict, float]:
    """Centre and zoom at which the features fill a map of about the given size (web Mercator;
    MapLibre draws 512-pixel tiles)."""
    west, south, east, north = bounds(collection)

    def mercator_y(lat):
        return math.log(math.tan(math.pi / 4 + math.radians(lat) / 2))

    lon_zoom = math.log2(width_px * 360 / (512 * max(east - west, 1e-6)))
    lat_span = (mercator_y(north) - mercator_y(south)) / (2 * math.pi) * 360
    lat_zoom = math.log2(height_px * 360 / (512 * max(lat_span, 1e-6)))
    centre_lat = math.degrees(2 * math.atan(math.exp((mercator_y(north) + mercator_y(south)) / 2)) - math.pi / 2)
    return {"lon": (west + east) / 2, "lat": centre_lat}, min(lon_zoom, lat_zoom) - 0.15
