"""Kolada v3 client and reader against a fake Kolada on 127.0.0.1: never the real API."""

from __future__ import annotations

import datetime as dt
import json
import os
import socket
import threading
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pandas as pd
import pytest

from etl.kolada import (
    KoladaError,
    KoladaUnreachable,
    expand_years,
    fetch_kolada,
    fetch_kolada_pages,
    kolada_urls,
    read_kolada_file,
)

FETCHED_AT = dt.datetime(2026, 5, 4, 22, 30, tzinfo=dt.timezone.utc)  # 00:30 on 5 May in Sweden
FIRST = "/v3/data/kpi/N07540/municipality/2480,2418/year/2022,2023?per_page=5000"
SECOND = "/v3/data/kpi/N07540/municipality/2480,2418/year/2022,2023?page=2&per_page=5000"


def page_one(base: str) -> dict:
    return {
        "count": 4,
        "next_url": base + SECOND,
        "values": [
            {
                "kpi": "N07540",
                "municipality": "2480",
                "period": 2022,
                "values": [{"gender": "T", "count": 1, "status": "", "value": 9123.4}],
            },
            {
                "kpi": "N07540",
                "municipality": "2480",
                "period": 2023,
                "values": [
                    {"gender": "K", "count": 1, "status": "", "value": 5000.0},
                    {"gender": "M", "count": 1, "status": "", "value": 6000.0},
                    {"gender": "T", "count": 1, "status": "", "value": 8765.4},
                ],
            },
            # the region and the country: not municipalities
            {
                "kpi": "N07540",
                "municipality": "0024",
                "period": 2023,
                "values": [{"gender": "T", "count": 15, "status": "", "value": 7000.0}],
            },
            {
                "kpi": "N07540",
                "municipality": "0000",
                "period": 2023,
                "values": [{"gender": "T", "count": 290, "status": "", "value": 13000.0}],
            },
        ],
    }


PAGE_TWO = {
    "count": 2,
    "next_url": None,
    "values": [
        {
            "kpi": "N07540",
            "municipality": "2418",
            "period": 2022,
            "values": [{"gender": "T", "count": 0, "status": "Missing", "value": None}],
        },
        {
            "kpi": "N07540",
            "municipality": "2418",
            "period": 2023,
            "values": [{"gender": "T", "count": 1, "status": None, "value": 4321}],
        },
    ],
}

EXPECTED = pd.DataFrame(
    {
        "kpi": pd.array(["N07540"] * 4, dtype="string"),
        "municipality_code": pd.array(["2418", "2418", "2480", "2480"], dtype="string"),
        "year": pd.array([2022, 2023, 2022, 2023], dtype="int64"),
        "value": pd.array([None, 4321.0, 9123.4, 8765.4], dtype="Float64"),
        "status": pd.array(["Missing", "", "", ""], dtype="string"),
        "count": pd.array([0, 1, 1, 1], dtype="Int64"),
        "source": pd.array(["Kolada (RKA), KPI N07540, hämtad 2026-05-05"] * 4, dtype="string"),
        "fetched_at": pd.Series([pd.Timestamp("2026-05-04 22:30", tz="UTC")] * 4, dtype="datetime64[ns, UTC]"),
    }
)


class FakeKolada:
    """Serves `pages` (path with query -> JSON body, or an int status); an empty page otherwise."""

    def __init__(self):
        self.pages: dict[str, object] = {}
        self.requests: list[str] = []
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):
                fake.requests.append(self.path)
                answer = fake.pages.get(self.path, {"count": 0, "values": [], "next_url": None})
                if isinstance(answer, int):
                    self.send_response(answer)
                    self.end_headers()
                    return
                body = json.dumps(answer).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, args=(0.05,), daemon=True)
        self.thread.start()

    def close(self):
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def kolada():
    fake = FakeKolada()
    fake.pages[FIRST] = page_one(fake.base)
    fake.pages[SECOND] = PAGE_TWO
    yield fake
    fake.close()


@pytest.fixture(autouse=True)
def only_local_requests(monkeypatch):
    """Every address the client opens, recorded; a test fails if one leaves 127.0.0.1."""
    opened: list[str] = []
    real_urlopen = urllib.request.urlopen

    def recording_urlopen(request, *args, **kwargs):
        url = request.full_url if isinstance(request, urllib.request.Request) else request
        opened.append(url)
        assert url.startswith("http://127.0.0.1:"), url
        assert kwargs.get("timeout"), "every request has a timeout"
        return real_urlopen(request, *args, **kwargs)

    monkeypatch.setattr(urllib.request, "urlopen", recording_urlopen)
    return opened


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_two_pages_followed_with_missing_values_and_totals_only(kolada, only_local_requests):
    frame = fetch_kolada("N07540", ["2480", "2418"], "2022-2023", base=kolada.base, fetched_at=FETCHED_AT)
    pd.testing.assert_frame_equal(frame, EXPECTED)
    assert kolada.requests == [FIRST, SECOND]
    assert only_local_requests == [kolada.base + FIRST, kolada.base + SECOND]
    # a missing value stays missing, never 0; its status says so
    missing = frame[frame["municipality_code"].eq("2418") & frame["year"].eq(2022)].iloc[0]
    assert pd.isna(missing["value"]) and missing["status"] == "Missing"


def test_saved_response_reads_into_the_same_frame(kolada, tmp_path):
    pages = fetch_kolada_pages("N07540", ["2480", "2418"], "2022-2023", base=kolada.base)
    saved = tmp_path / "kolada_N07540.json"
    saved.write_text(json.dumps(pages, ensure_ascii=False), encoding="utf-8")
    pd.testing.assert_frame_equal(read_kolada_file(saved, fetched_at=FETCHED_AT), EXPECTED)

    one_page = tmp_path / "one_page.json"
    one_page.write_text(json.dumps(PAGE_TWO), encoding="utf-8")
    os.utime(one_page, (1_780_000_000, 1_780_000_000))
    frame = read_kolada_file(one_page)  # without fetched_at: the file's modification time
    assert list(frame["municipality_code"]) == ["2418", "2418"]
    assert set(frame["fetched_at"]) == {pd.Timestamp(1_780_000_000, unit="s", tz="UTC")}


def test_thirty_municipalities_are_split_into_requests_of_at_most_25(kolada):
    ids = [f"{2400 + number:04d}" for number in range(30)]
    years = ",".join(str(year) for year in range(2015, 2026))
    urls = kolada_urls("N07540", ids, "2015-2025", base=kolada.base)
    assert urls == [
        f"{kolada.base}/v3/data/kpi/N07540/municipality/{','.join(ids[:25])}/year/{years}?per_page=5000",
        f"{kolada.base}/v3/data/kpi/N07540/municipality/{','.join(ids[25:])}/year/{years}?per_page=5000",
    ]
    frame = fetch_kolada("N07540", ids, "2015-2025", base=kolada.base, fetched_at=FETCHED_AT)
    assert frame.empty and list(frame.columns) == list(EXPECTED.columns)
    assert len(kolada.requests) == 2
    assert [len(path.split("/municipality/")[1].split("/")[0].split(",")) for path in kolada.requests] == [25, 5]


def test_default_base_is_the_real_v3_api_but_only_as_an_address():
    assert kolada_urls(["N07540", "N07403"], "2480", 2024) == [
        "https://api.kolada.se/v3/data/kpi/N07540,N07403/municipality/2480/year/2024?per_page=5000"
    ]


def test_offline_gives_a_clear_message_in_both_languages(only_local_requests):
    base = f"http://127.0.0.1:{closed_port()}"
    with pytest.raises(KoladaUnreachable) as caught:
        fetch_kolada("N07540", "2480", "2023", base=base, timeout=2)
    assert caught.value.key == "public.err.kolada_unreachable"
    swedish, english = caught.value.message("sv"), caught.value.message("en")
    assert swedish.startswith(f"Kolada gick inte att nå ({base}/v3/data/kpi/N07540/municipality/2480/year/2023")
    assert "read_kolada_file" in swedish and "Spara svaret" in swedish
    assert english.startswith("Kolada could not be reached (") and "read_kolada_file" in english
    assert str(caught.value) == f"{swedish} / {english}"
    assert len(only_local_requests) == 1


def test_a_server_that_never_answers_times_out_as_unreachable():
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen(1)  # accepts the connection in the kernel, never answers
        base = f"http://127.0.0.1:{silent.getsockname()[1]}"
        with pytest.raises(KoladaUnreachable):
            fetch_kolada_pages("N07540", "2480", "2023", base=base, timeout=0.3)


def test_an_error_status_is_not_taken_for_being_offline(kolada):
    kolada.pages["/v3/data/kpi/N07540/municipality/2480/year/2023?per_page=5000"] = 500
    with pytest.raises(KoladaError) as caught:
        fetch_kolada_pages("N07540", "2480", "2023", base=kolada.base)
    assert not isinstance(caught.value, KoladaUnreachable)
    assert caught.value.key == "public.err.kolada_http" and caught.value.values["status"] == 500


def test_a_next_page_on_another_host_is_never_fetched(kolada, only_local_requests):
    page = page_one(kolada.base)
    page["next_url"] = "https://api.kolada.se" + SECOND
    kolada.pages[FIRST] = page
    with pytest.raises(KoladaError) as caught:
        fetch_kolada_pages("N07540", ["2480", "2418"], "2022-2023", base=kolada.base)
    assert caught.value.key == "public.err.kolada_foreign_next"
    assert only_local_requests == [kolada.base + FIRST]


def test_unexpected_shapes_are_errors_that_say_where(tmp_path):
    page = json.loads(json.dumps(PAGE_TWO))
    page["values"][1]["values"][0]["value"] = "4321"
    bad_value = tmp_path / "bad_value.json"
    bad_value.write_text(json.dumps(page), encoding="utf-8")
    with pytest.raises(KoladaError) as caught:
        read_kolada_file(bad_value, fetched_at=FETCHED_AT)
    assert caught.value.key == "public.err.kolada_bad_shape"
    assert caught.value.values == {"where": "bad_value.json", "path": "[0].values[1].values[0].value"}
    assert caught.value.message("en") == (
        "the Kolada response (bad_value.json) has an unexpected shape at [0].values[1].values[0].value"
    )

    not_json = tmp_path / "not_json.json"
    not_json.write_text("<html>", encoding="utf-8")
    with pytest.raises(KoladaError) as caught:
        read_kolada_file(not_json)
    assert caught.value.key == "public.err.kolada_bad_json"
    with pytest.raises(KoladaError) as caught:
        read_kolada_file(tmp_path / "absent.json")
    assert caught.value.key == "public.err.kolada_no_file"


def test_years_are_expanded():
    assert expand_years("2015-2025") == list(range(2015, 2026))
    assert expand_years("2019,2021") == [2019, 2021]
    assert expand_years(2023) == [2023]
    assert expand_years([2024, 2022, 2022]) == [2022, 2024]
    for bad in ("15-25", "2025-2015", "", "2023-"):
        with pytest.raises(KoladaError):
            expand_years(bad)
