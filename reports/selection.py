"""The view a report is made for, from what a user typed on the command line or from a link: counties
by code ("24") or name ("Västerbotten"), a year, and any setting of prevcap.view in URL form."""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping, Sequence

from core.i18n import DEFAULT_LANGUAGE, t
from prevcap import content
from prevcap.view import ALL_COUNTIES, View, from_params


class ReportError(ValueError):
    """A selection no report can be made for; `message(lang)` says why (Swedish by default)."""

    def __init__(self, message_key: str, **values):
        self.message_key, self.values = message_key, values
        super().__init__(t(message_key, DEFAULT_LANGUAGE, **values))

    def message(self, lang: str = DEFAULT_LANGUAGE) -> str:
        return t(self.message_key, lang, **self.values)


def _folded(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().casefold().strip()


def link_params(link: str | None) -> dict[str, str]:
    """The parameters of a dashboard link ('http://…/kapacitet?lan=24&ar=2024' or '?lan=24&ar=2024')."""
    from urllib.parse import parse_qsl, urlsplit

    if not link:
        return {}
    query = urlsplit(link).query if "://" in link or link.startswith("/") else link.lstrip("?")
    return dict(parse_qsl(query))


def report_view(
    source,
    counties: Sequence[str] | None = None,
    year: int | None = None,
    lang: str = DEFAULT_LANGUAGE,
    params: Mapping[str, str] | None = None,
) -> View:
    """The view for a report. Counties None or "all" for all of them, a year None for the latest
    reported one (the dashboard's default); `params` the other settings as a link writes them.
    Raises ReportError for an unknown county or a year without data."""
    context = content.context(source)
    names = context.county_names
    params = dict(params or {})
    if not counties and "lan" in params:
        counties = [params["lan"]]
    if year is None and "ar" in params:
        year = int(params["ar"]) if params["ar"].isdigit() else None
    wanted = [str(county).strip() for county in counties or []]
    if not wanted or any(county.lower() in ("all", "alla") for county in wanted):
        chosen = ALL_COUNTIES if len(names) > 1 else next(iter(names))
    else:
        codes = []
        for county in wanted:
            code = (
                county.zfill(2)
                if county.isdigit()
                else next(
                    (
                        code
                        for code, name in names.items()
                        if _folded(name) == _folded(county)
                        or _folded(name).startswith(_folded(county) + "s lan")
                        or _folded(name).removesuffix(" lan") == _folded(county)
                    ),
                    None,
                )
            )
            if code not in names:
                known = ", ".join(f"{code} ({name})" for code, name in names.items())
                raise ReportError("export.cli.unknown_county", county=county, known=known)
            if code not in codes:
                codes.append(code)
        chosen = codes[0] if len(codes) == 1 else ALL_COUNTIES
        if len(codes) > 1 and len(codes) != len(names):
            # the dashboard offers one county or all of them; a report can take any set
            return _with_counties(
                from_params(
                    {**(params or {}), "lang": lang, "lan": ALL_COUNTIES, "ar": str(year or context.default_year)},
                    context,
                ),
                tuple(sorted(codes)),
                year,
                context,
            )
    if year is not None and int(year) not in context.years:
        raise ReportError("export.cli.no_data_year", year=year, first=context.years[0], last=context.years[-1])
    return from_params(
        {**(params or {}), "lang": lang, "lan": chosen, "ar": str(year or context.default_year)}, context
    )


def _with_counties(view: View, codes: tuple[str, ...], year, context) -> View:
    if year is not None and int(year) not in context.years:
        raise ReportError("export.cli.no_data_year", year=year, first=context.years[0], last=context.years[-1])
    from dataclasses import replace

    narrowed = replace(context, county_names={code: context.county_names[code] for code in codes})
    return replace(view, context=narrowed)
