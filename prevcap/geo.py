"""Municipal outlines as a GeoJSON FeatureCollection for plotly's MapLibre maps: built once per set of
counties, at the detail the map's zoom needs, and never copied by the figures that draw them."""

from __future__ import annotations

import hashlib
import json
import math

import pandas as pd

from prevcap.queries import overview as overview_queries

# Below this zoom a pixel is wider than about 2 km (at 62° N) and the national outlines are drawn:
# the whole country is at about 3.7, Västerbotten and Norrbotten at about 4.9.
NATIONAL_ZOOM = 4.5


class Outlines(dict):
    """A FeatureCollection that never changes once built.

    Plotly deep-copies every trace's properties when the trace is added and again in to_dict(),
    which Streamlit calls to send the figure: for the outlines of 290 municipalities that copying
    was most of what a map cost on each filter change. Being immutable, a copy of it is itself.
    It stays a dict so that every JSON encoder plotly may use writes it as GeoJSON. `key` names the
    content (a digest of the outlines), for cache keys that need not hash all coordinates."""

    def __init__(self, features: list[dict], key: str):
        super().__init__(type="FeatureCollection", features=features)
        self.key = key
        self._bounds = None
        self._by_code = None

    def __deepcopy__(self, memo):
        return self

    def __copy__(self):
        return self

    def __reduce__(self):
        return Outlines, (self["features"], self.key)

    def __hash__(self):
        return hash(self.key)

    def __eq__(self, other):
        if isinstance(other, Outlines):
            return self.key == other.key
        return dict.__eq__(self, other)

    def _refuse(self, *args, **kwargs):
        raise TypeError("Outlines are shared by every figure and cache, and never changed")

    __setitem__ = __delitem__ = __ior__ = clear = pop = popitem = setdefault = update = _refuse

    def subset(self, codes) -> Outlines:
        """Only the given municipalities: each trace of a map carries the outlines it colours, so the
        browser receives every outline once."""
        if self._by_code is None:
            self._by_code = {feature["id"]: feature for feature in self["features"]}
        chosen = [code for code in codes if code in self._by_code]
        key = self.key + ":" + hashlib.blake2b(",".join(chosen).encode(), digest_size=8).hexdigest()
        return Outlines([self._by_code[code] for code in chosen], key)

    def bounds(self) -> tuple[float, float, float, float]:
        if self._bounds is None:
            self._bounds = _bounds(self["features"])
        return self._bounds


def only(collection: dict, codes) -> dict:
    """The outlines of the given municipalities alone (all of them for a plain dict, as a test
    writes one)."""
    return collection.subset(codes) if isinstance(collection, Outlines) else collection


def feature_collection(geometry: pd.DataFrame) -> Outlines:
    """Feature ids are municipality codes, which the map's `locations` refer to."""
    shapes = list(geometry["map_geojson"])
    features = [
        {"type": "Feature", "id": code, "properties": {}, "geometry": json.loads(shape)}
        for code, name, shape in zip(geometry["municipality_code"], geometry["municipality_name"], shapes)
    ]
    digest = hashlib.blake2b(digest_size=16)
    for code, shape in zip(geometry["municipality_code"], shapes):
        digest.update(f"{code}\0{shape}\0".encode())
    return Outlines(features, digest.hexdigest())


def load_outlines(con, county_codes: tuple[str, ...]) -> Outlines:
    """The counties' outlines at the detail their map needs: the coarse national ones when the map
    is zoomed out so far that the detailed ones would only make it heavy."""
    detailed = feature_collection(overview_queries.map_geometry(con, county_codes))
    if not detailed["features"] or view(detailed)[1] >= NATIONAL_ZOOM:
        return detailed
    return feature_collection(overview_queries.map_geometry(con, county_codes, national=True))


def _coordinates(geometry: dict):
    rings = (
        geometry["coordinates"] if geometry["type"] == "Polygon" else [r for p in geometry["coordinates"] for r in p]
    )
    for ring in rings:
        yield from ring


def _bounds(features: list[dict]) -> tuple[float, float, float, float]:
    lons, lats = [], []
    for feature in features:
        for lon, lat in _coordinates(feature["geometry"]):
            lons.append(lon)
            lats.append(lat)
    return min(lons), min(lats), max(lons), max(lats)


def bounds(collection: dict) -> tuple[float, float, float, float]:
    """(west, south, east, north) of all features."""
    if isinstance(collection, Outlines):
        return collection.bounds()
    return _bounds(collection["features"])


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
