"""Key figures per municipality from Kolada (RKA), v3 API, and from saved responses.

The v2 API closed on 31 March 2026. A data request is
`{base}/v3/data/kpi/<ids>/municipality/<ids>/year/<years>`, at most 25 ids in a path
segment, up to 5,000 values a page, the next page's full address in `next_url` (absent
or null on the last page). A page is `{"values": [{"kpi", "municipality", "period",
"values": [{"gender", "count", "status", "value"}]}], "next_url": ...}`.

Kolada's meaning is kept: a `null` value is missing (never 0), `status` is kept verbatim
(Kolada writes e.g. "Missing"; empty when none), and only the total (gender "T") is kept.
Kolada's area ids are 4 characters: municipalities "KKKK" (county + municipality), the
country "0000", the regions "00LL" (e.g. "0024" Region Västerbotten, "0025" Region
Norrbotten) and groups "G…". Only municipalities are kept: four digits not starting "00".
"""

from __future__ import annotations

import datetime as dt
import json
import socket
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterable
from pathlib import Path
from zoneinfo import ZoneInfo

import pandas as pd

from core.i18n import t

DEFAULT_BASE = "https://api.kolada.se"
MAX_IDS_PER_SEGMENT = 25
PER_PAGE = 5000
TIMEOUT_S = 30.0
SWEDISH_TIME = ZoneInfo("Europe/Stockholm")

COLUMNS = {
    "kpi": "string",
    "municipality_code": "string",
    "year": "int64",
    "value": "Float64",
    "status": "string",
    "count": "Int64",
    "source": "string",
    "fetched_at": "datetime64[ns, UTC]",
}


class KoladaError(Exception):
    """Kolada could not give a usable answer; `key` is a text key, `values` fill it in."""

    def __init__(self, key: str, **values):
        super().__init__(f"{t(key, 'sv', **values)} / {t(key, 'en', **values)}")
        self.key = key
        self.values = values

    def message(self, lang: str = "sv") -> str:
        return t(self.key, lang, **self.values)


class KoladaUnreachable(KoladaError):
    """No answer at all: offline, refused, timed out or the name does not resolve."""


def expand_years(years) -> list[int]:
    """'2015-2025' -> [2015, ..., 2025]; also '2019,2021', 2023 or an iterable of years."""
    if isinstance(years, int) and not isinstance(years, bool):
        return [years]
    parts = years.split(",") if isinstance(years, str) else list(years)
    expanded = []
    for part in parts:
        text = str(part).strip()
        first, sep, last = text.partition("-")
        if not (first.isdigit() and len(first) == 4 and (not sep or (last.isdigit() and len(last) == 4))):
            raise KoladaError("public.err.kolada_bad_years", value=years)
        if sep and int(last) < int(first):
            raise KoladaError("public.err.kolada_bad_years", value=years)
        expanded.extend(range(int(first), int(last or first) + 1))
    if not expanded:
        raise KoladaError("public.err.kolada_bad_years", value=years)
    return sorted(set(expanded))


def _chunks(ids: list[str]) -> list[list[str]]:
    return [ids[start : start + MAX_IDS_PER_SEGMENT] for start in range(0, len(ids), MAX_IDS_PER_SEGMENT)]


def _ids(ids: Iterable[str] | str) -> list[str]:
    listed = [ids] if isinstance(ids, str) else list(ids)
    unique = list(dict.fromkeys(str(item).strip() for item in listed if str(item).strip()))
    if not unique:
        raise KoladaError("public.err.kolada_no_ids")
    return unique


def kolada_urls(kpis, municipalities, years, base: str = DEFAULT_BASE, per_page: int = PER_PAGE) -> list[str]:
    """The first-page addresses of every request, each path segment at most 25 ids."""
    root = base.rstrip("/")
    urls = []
    for kpi_chunk in _chunks(_ids(kpis)):
        for municipality_chunk in _chunks(_ids(municipalities)):
            for year_chunk in _chunks([str(year) for year in expand_years(years)]):
                path = "/v3/data/kpi/{}/municipality/{}/year/{}".format(
                    *(
                        urllib.parse.quote(",".join(chunk), safe=",")
                        for chunk in (kpi_chunk, municipality_chunk, year_chunk)
                    )
                )
                urls.append(f"{root}{path}?per_page={per_page}")
    return urls


def _next(page: dict, current: str, base: str) -> str | None:
    """The next page, only ever on the host the caller named: a next_url elsewhere is refused."""
    link = page.get("next_url") or page.get("next_page")  # next_page was v2's name for it
    if not link:
        return None
    absolute = urllib.parse.urljoin(current, link)
    wanted, found = urllib.parse.urlsplit(base), urllib.parse.urlsplit(absolute)
    if found.netloc.lower() != wanted.netloc.lower():
        raise KoladaError("public.err.kolada_foreign_next", url=absolute)
    # Behind a proxy Kolada may write http:// into next_url; keep the caller's scheme.
    return urllib.parse.urlunsplit(found._replace(scheme=wanted.scheme))


def _get_json(url: str, timeout: float) -> dict:
    request = urllib.request.Request(url, headers={"Accept": "application/json", "User-Agent": "prevcap"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            body = response.read()
    except urllib.error.HTTPError as error:  # an answer, but not a page
        raise KoladaError("public.err.kolada_http", url=url, status=error.code) from error
    except (urllib.error.URLError, socket.timeout, TimeoutError, ConnectionError) as error:
        detail = getattr(error, "reason", None) or error
        raise KoladaUnreachable("public.err.kolada_unreachable", url=url, detail=str(detail)) from error
    try:
        page = json.loads(body.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise KoladaError("public.err.kolada_bad_json", where=url) from error
    if not isinstance(page, dict):
        raise KoladaError("public.err.kolada_bad_shape", where=url, path="$")
    return page


def fetch_kpi_titles(kpis, base: str = DEFAULT_BASE, timeout: float = TIMEOUT_S) -> dict[str, str]:
    """Each KPI's title from its own metadata (`/v3/kpi/<ids>`), so that a KPI is checked before its values
    are used; a KPI Kolada does not know is an error, not an empty load."""
    wanted = _ids(kpis)
    titles: dict[str, str] = {}
    root = base.rstrip("/")
    for chunk in _chunks(wanted):
        url = f"{root}/v3/kpi/{urllib.parse.quote(','.join(chunk), safe=',')}"
        while url:
            page = _get_json(url, timeout)
            for item in page.get("values") or []:
                if isinstance(item, dict) and item.get("id") in chunk:
                    titles[item["id"]] = str(item.get("title") or "")
            url = _next(page, url, base)
    unknown = [kpi for kpi in wanted if kpi not in titles]
    if unknown:
        raise KoladaError("public.err.kolada_unknown_kpi", kpis=", ".join(unknown))
    return titles


def fetch_kolada_pages(
    kpis, municipalities, years, base: str = DEFAULT_BASE, timeout: float = TIMEOUT_S, per_page: int = PER_PAGE
) -> list[dict]:
    """Every page of every request, as Kolada sent them (save them to read them again later)."""
    pages = []
    for url in kolada_urls(kpis, municipalities, years, base, per_page):
        seen = set()
        while url and url not in seen:
            seen.add(url)
            page = _get_json(url, timeout)
            pages.append(page)
            url = _next(page, url, base)
    return pages


def fetch_kolada(
    kpis,
    municipalities,
    years,
    base: str = DEFAULT_BASE,
    timeout: float = TIMEOUT_S,
    per_page: int = PER_PAGE,
    fetched_at: dt.datetime | None = None,
) -> pd.DataFrame:
    """Values of `kpis` for `municipalities` and `years` ('2015-2025'), straight from the API."""
    pages = fetch_kolada_pages(kpis, municipalities, years, base, timeout, per_page)
    return kolada_frame(pages, fetched_at or dt.datetime.now(dt.timezone.utc), where=base)


def read_kolada_file(path: Path, fetched_at: dt.datetime | None = None) -> pd.DataFrame:
    """A saved Kolada response: one page, or a list of pages, as the API sends them.

    `fetched_at` defaults to the file's modification time: a saved page does not say
    when it was fetched.
    """
    path = Path(path)
    if not path.is_file():
        raise KoladaError("public.err.kolada_no_file", where=path.name)
    try:
        document = json.loads(path.read_bytes().decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise KoladaError("public.err.kolada_bad_json", where=path.name) from error
    pages = document if isinstance(document, list) else [document]
    if fetched_at is None:
        fetched_at = dt.datetime.fromtimestamp(path.stat().st_mtime, dt.timezone.utc)
    return kolada_frame(pages, fetched_at, where=path.name)


def _is_number(value) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def kolada_frame(pages: list, fetched_at: dt.datetime, where: str = "Kolada") -> pd.DataFrame:
    """Pages in Kolada's shape -> one row per KPI, municipality and year (total only)."""
    if fetched_at.tzinfo is None:
        raise ValueError("fetched_at must carry a time zone")
    fetched = pd.Timestamp(fetched_at).tz_convert("UTC")
    fetched_day = fetched_at.astimezone(SWEDISH_TIME).date().isoformat()
    rows, seen = [], {}
    for page_number, page in enumerate(pages):
        if not isinstance(page, dict) or not isinstance(page.get("values"), list):
            raise KoladaError("public.err.kolada_bad_shape", where=where, path=f"[{page_number}].values")
        for entry_number, entry in enumerate(page["values"]):
            at = f"[{page_number}].values[{entry_number}]"
            if not isinstance(entry, dict):
                raise KoladaError("public.err.kolada_bad_shape", where=where, path=at)
            kpi, area, period, points = (entry.get(name) for name in ("kpi", "municipality", "period", "values"))
            if not isinstance(kpi, str) or not isinstance(area, str):
                raise KoladaError("public.err.kolada_bad_shape", where=where, path=f"{at}.kpi/municipality")
            if isinstance(period, str) and period.isdigit():
                period = int(period)
            if not isinstance(period, int) or isinstance(period, bool):
                raise KoladaError("public.err.kolada_bad_shape", where=where, path=f"{at}.period")
            if not isinstance(points, list):
                raise KoladaError("public.err.kolada_bad_shape", where=where, path=f"{at}.values")
            if not (len(area) == 4 and area.isdigit() and not area.startswith("00")):
                continue  # the country, a region or a group of municipalities
            for point_number, point in enumerate(points):
                point_at = f"{at}.values[{point_number}]"
                if not isinstance(point, dict):
                    raise KoladaError("public.err.kolada_bad_shape", where=where, path=point_at)
                if point.get("gender") not in ("T", None):
                    continue  # women and men separately: the dashboard shows totals
                value, count, status = point.get("value"), point.get("count"), point.get("status")
                if value is not None and not _is_number(value):
                    raise KoladaError("public.err.kolada_bad_shape", where=where, path=f"{point_at}.value")
                if count is not None and not (_is_number(count) and float(count).is_integer()):
                    raise KoladaError("public.err.kolada_bad_shape", where=where, path=f"{point_at}.count")
                if status is not None and not isinstance(status, str):
                    raise KoladaError("public.err.kolada_bad_shape", where=where, path=f"{point_at}.status")
                row = (
                    kpi,
                    area,
                    period,
                    None if value is None else float(value),
                    status or "",
                    None if count is None else int(count),
                )
                key = row[:3]
                if key in seen:
                    if seen[key] != row:
                        raise KoladaError(
                            "public.err.kolada_duplicate", where=where, kpi=kpi, municipality=area, year=period
                        )
                    continue
                seen[key] = row
                rows.append(row)
    frame = pd.DataFrame(
        {
            "kpi": pd.array([row[0] for row in rows], dtype="string"),
            "municipality_code": pd.array([row[1] for row in rows], dtype="string"),
            "year": pd.array([row[2] for row in rows], dtype="int64"),
            "value": pd.array([row[3] for row in rows], dtype="Float64"),
            "status": pd.array([row[4] for row in rows], dtype="string"),
            "count": pd.array([row[5] for row in rows], dtype="Int64"),
            "source": pd.array(
                [t("public.kolada.source", "sv", kpi=row[0], date=fetched_day) for row in rows], dtype="string"
            ),
            "fetched_at": pd.Series([fetched] * len(rows), dtype="datetime64[ns, UTC]"),
        }
    )
    return frame.sort_values(["kpi", "municipality_code", "year"], ignore_index=True)
