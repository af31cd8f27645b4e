"""Every chart's numbers as a table (its text alternative): built from the figure itself, so the table
holds exactly what the chart draws."""

from __future__ import annotations

import plotly.graph_objects as go

from prevcap.charts.as_table import figure_table

NAMES = {"2418": "Malå", "2417": "Norsjö"}


def test_a_map_becomes_one_row_per_municipality_with_names_and_swedish_numbers():
    figure = go.Figure(go.Choroplethmap(locations=["2418", "2417"], z=[1.875, None], name="Åa per 10 000 inv."))
    frame = figure_table(figure, NAMES, "sv")
    assert frame.to_dict("list") == {"Kommun": ["Malå", "Norsjö"], "Åa per 10 000 inv.": ["1,88", ""]}
    assert figure_table(figure, NAMES, "en").iloc[0, 1] == "1.88"


def test_bars_and_lines_become_one_row_per_category_and_a_column_per_series():
    figure = go.Figure(
        [
            go.Bar(x=[2023, 2024], y=[1, 2], name="Inspirationsdag"),
            go.Bar(x=[2024], y=[3], name="Konferens"),
            go.Scatter(x=[2023, 2024], y=[0, 0], hoverinfo="skip", name="a drawn line, not data"),
        ]
    )
    frame = figure_table(figure, NAMES, "sv")
    assert frame.to_dict("list") == {"År": ["2023", "2024"], "Inspirationsdag": ["1", "2"], "Konferens": ["", "3"]}


def test_horizontal_bars_take_their_rows_from_y_and_the_value_axis_title():
    figure = go.Figure(go.Bar(y=["Malå", "Norsjö"], x=[-0.734, 12000], orientation="h"))
    figure.update_layout(xaxis_title="åa mot normen")
    frame = figure_table(figure, NAMES, "sv")
    assert frame.to_dict("list") == {"Kategori": ["Malå", "Norsjö"], "åa mot normen": ["\u22120,73", "12\u00a0000"]}


def test_named_points_give_their_x_and_y_and_group():
    figure = go.Figure(
        go.Scatter(
            x=[2359, 6690], y=[0.85, 0.7], text=["Bjurholm", "<b>Robertsfors</b>"], mode="markers", name="Under normen"
        )
    )
    figure.update_layout(xaxis_title="Invånare", yaxis_title="Åa")
    frame = figure_table(figure, NAMES, "sv")
    assert frame.values.tolist() == [
        ["Bjurholm", "2\u00a0359", "0,85", "Under normen"],
        ["Robertsfors", "6\u00a0690", "0,7", "Under normen"],
    ]
    assert list(frame.columns) == ["", "Invånare", "Åa", "Grupp"]


def test_a_heatmap_keeps_its_rows_and_columns():
    figure = go.Figure(go.Heatmap(x=["Malå", "Norsjö"], y=["Malå", "Norsjö"], z=[[None, 2], [2, None]]))
    frame = figure_table(figure, NAMES, "sv")
    assert frame.values.tolist() == [["Malå", "", "2"], ["Norsjö", "2", ""]]


def test_a_very_wide_heatmap_lists_its_filled_cells():
    """290 municipalities by 290: the pairs that have a value, not a grid of 84 100 cells."""
    names = [f"K{n:03d}" for n in range(41)]
    z = [[None] * 41 for _ in names]
    z[0][40], z[40][0], z[3][7] = 2, 2, 1.5
    figure = go.Figure(go.Heatmap(x=names, y=names, z=z, colorbar=dict(title=dict(text="gemensamma evenemang"))))
    frame = figure_table(figure, NAMES, "sv")
    assert list(frame.columns) == ["Rad", "Kolumn", "gemensamma evenemang"]
    assert frame.values.tolist() == [["K000", "K040", "2"], ["K003", "K007", "1,5"], ["K040", "K000", "2"]]


def test_a_map_of_names_only_lists_what_its_points_say():
    figure = go.Figure(
        [
            go.Choroplethmap(locations=["2418", "2417"], z=[0, 0], text=["Malå", "Norsjö"], showscale=False),
            go.Scattermap(
                lat=[65, 64], lon=[18, 19], text=["Malå<br>Värd: 2016", "Norsjö<br>Värd: 2019"], name="Värdkommun"
            ),
            go.Scattermap(lat=[65, 64], lon=[18, 19], mode="lines", hoverinfo="skip", name="a link"),
        ]
    )
    frame = figure_table(figure, NAMES, "sv")
    assert frame.values.tolist() == [["Värdkommun", "Malå; Värd: 2016"], ["Värdkommun", "Norsjö; Värd: 2019"]]


def test_a_figure_without_numbers_has_no_table():
    assert figure_table(go.Figure(), NAMES, "sv") is None


def test_names_escaped_for_plotly_show_as_their_characters_in_the_table():
    from prevcap.text_safety import figure_text

    hostile = "<a href=x>Konferens</a>"
    figure = go.Figure(go.Bar(x=[2024], y=[3], name=figure_text(hostile)))
    assert list(figure_table(figure, NAMES, "sv").columns) == ["År", hostile]


def test_series_differ_by_more_than_colour():
    """WCAG 1.4.1: the funders' stacks by pattern, the counties' and the similar municipalities' lines by dash
    and marker."""
    import pandas as pd

    from prevcap.charts import funding

    by_source = pd.DataFrame(
        {"year": [2024, 2024, 2024], "funder": ["kommun", "lansstyrelsen", "fohm"], "amount_sek": [1.0, 2.0, 3.0]}
    )
    stacks = funding.funding_by_source_chart(by_source, "amount_sek", "sv")
    assert [bar.marker.pattern.shape for bar in stacks.data] == ["", "/", "."]
    by_county = pd.DataFrame(
        {"year": [2024, 2024], "county_name": ["Norrbottens län", "Västerbottens län"], "external_share_pct": [10, 20]}
    )
    lines = funding.county_lines(by_county, "external_share_pct", "sv")
    assert [(line.line.dash, line.marker.symbol) for line in lines.data] == [("solid", "circle"), ("dash", "square")]


def test_a_flat_map_shows_its_points_hover_not_their_coordinates():
    fig = go.Figure(
        [
            go.Scatter(x=[8.0, 8.4], y=[65, 64], mode="markers", marker=dict(opacity=0), text=["Malå", "Norsjö"]),
            go.Scatter(x=[8.0], y=[65], mode="markers", text=["Malå<br>Värd: 2016"], name="Värdkommun"),
        ]
    ).update_layout(xaxis=dict(visible=False), yaxis=dict(scaleanchor="x"))
    assert figure_table(fig, NAMES, "sv").values.tolist() == [["Värdkommun", "Malå; Värd: 2016"]]
