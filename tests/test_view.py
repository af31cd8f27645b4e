"""The view and its link: every setting a code in the URL, read back exactly, defaults left out, bad
values ignored; in the dashboard the settings follow the user from page to page and stay in the URL."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from core.config import ROOT
from prevcap import view as views
from prevcap.domain.capacity import Norm, Weights

CONTEXT = views.Context(
    {"24": "Västerbottens län", "25": "Norrbottens län"},
    tuple(range(2016, 2025)),
    2024,
    (2016, 2024),
    (2016, 2024),
    frozenset({"2418", "2417"}),
)


def test_defaults_give_a_short_link_with_county_and_year():
    view = views.from_params({}, CONTEXT)
    assert (view.county, view.year, view.link_period, view.event_period) == ("alla", 2024, (2022, 2024), (2016, 2024))
    assert views.to_params(view) == {"lan": "alla", "ar": "2024"}


def test_every_setting_round_trips_as_a_code():
    params = {
        "lang": "en",
        "lan": "25",
        "ar": "2019",
        "ind": "funding_sek",
        "gap": "share",
        "kommun": "2418",
        "typ": "shared_post,co_attendance",
        "period": "2017-2018",
        "minst": "2",
        "ev_period": "2018",
        "dela": "topic",
        "visa": "participants_per_1000",
        "omrade": "andt",
        "belopp": "sek_per_inhabitant",
        "norm_bas": "1.5",
        "norm_per10k": "0.35",
        "norm_brott": "0.1",
        "vikt_bemanning": "60",
        "vikt_lag": "0",
    }
    view = views.from_params(params, CONTEXT)
    assert view.norm == Norm(1.5, 0.35, 0.1) and view.weights == Weights(staffing=60, law=0)
    assert (view.county_codes, view.previous_year, view.event_period) == (("25",), 2018, (2018, 2018))
    assert view.link_kinds == ("shared_post", "co_attendance")
    assert views.to_params(view) == params


def test_a_decimal_comma_and_the_names_of_earlier_links_are_read():
    view = views.from_params({"norm_bas": "1,5", "lan": "Västerbottens län", "lang": "English"}, CONTEXT)
    assert (view.norm.base_fte, view.county, view.lang) == (1.5, "24", "en")


@pytest.mark.parametrize(
    "name, value",
    [
        ("lan", "99"),
        ("ar", "1999"),
        ("ar", "två"),
        ("ind", "x"),
        ("norm_bas", "9"),
        ("norm_bas", "1,500.5"),
        ("vikt_bemanning", "500"),
        ("typ", "shared_post,hemlig"),
        ("period", "2010-2024"),
        ("period", "2024-2020"),
        ("minst", "0"),
        ("kommun", "0180"),
        ("lang", "de"),
    ],
)
def test_a_value_that_is_not_valid_takes_the_default(name, value):
    assert views.to_params(views.from_params({name: value}, CONTEXT)) == {"lan": "alla", "ar": "2024"}


def test_no_kind_chosen_is_a_setting_of_its_own():
    view = views.from_params({"typ": ""}, CONTEXT)
    assert view.link_kinds == () and views.to_params(view)["typ"] == ""


# --- in the dashboard -----------------------------------------------------------------------------------


@pytest.fixture
def app(fixture_warehouse, monkeypatch):
    monkeypatch.setenv("PREVCAP_DB", str(fixture_warehouse))
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60)
    at.run()
    assert not at.exception
    return at


def params(at) -> dict[str, str]:
    return {
        key: at.query_params[key][0] if isinstance(at.query_params[key], list) else at.query_params[key]
        for key in at.query_params
    }


def test_the_norm_follows_the_user_to_another_page_and_stays_in_the_link(app):
    app.switch_page("pages/kapacitet.py").run()
    app.sidebar.text_input(key="norm_bas").input("1,5").run()
    app.sidebar.selectbox(key="lan").set_value("24").run()
    assert params(app) == {"lan": "24", "ar": "2024", "norm_bas": "1.5"}
    app.switch_page("pages/oversikt.py").run()
    assert not app.exception
    assert params(app) == {"lan": "24", "ar": "2024", "norm_bas": "1.5"}  # the Översikt link keeps the norm
    app.switch_page("pages/kapacitet.py").run()
    assert app.sidebar.text_input(key="norm_bas").value == "1,50"
    assert "Behovsnorm: 1,50 åa per kommun" in app.caption[0].value


def test_a_link_opens_every_setting_on_its_page(fixture_warehouse, monkeypatch):
    monkeypatch.setenv("PREVCAP_DB", str(fixture_warehouse))
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60)
    at.query_params.update(
        {
            "lan": "25",
            "ar": "2023",
            "typ": "shared_post,co_attendance",
            "period": "2022-2023",
            "minst": "2",
            "lang": "en",
        }
    )
    at.run()
    at.switch_page("pages/samverkan.py").run()
    assert not at.exception
    assert at.sidebar.selectbox(key="lan").value == "25" and at.sidebar.selectbox(key="ar").value == 2023
    assert at.sidebar.selectbox(key="lang").value == "en"
    assert at.pills(key="typ").value == ["shared_post", "co_attendance"]
    assert at.slider(key="period").value == (2022, 2023) and at.slider(key="minst").value == 2


def test_a_link_changed_from_outside_wins_over_the_session(app):
    app.sidebar.selectbox(key="ar").set_value(2023).run()
    app.query_params["ar"] = "2022"  # Back, or a pasted link: the URL changed, not a widget
    app.run()
    assert app.sidebar.selectbox(key="ar").value == 2022
