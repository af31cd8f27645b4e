"""Where an area's content gets its data: the warehouse directly (the report, the tests), or through
the dashboard's caches (prevcap.ui.CachedSource). Every content function asks a source, so that the
page and the report run the same code."""

from __future__ import annotations

from prevcap.geo import Outlines, load_outlines


class Direct:
    """Runs every query on one connection and builds every figure anew."""

    def __init__(self, con):
        self.con = con
        self._outlines: dict[tuple[str, ...], Outlines] = {}

    def query(self, function, *args):
        return function(self.con, *args)

    def figure(self, builder, *args, **kwargs):
        return builder(*args, **kwargs)

    def geojson(self, county_codes: tuple[str, ...]) -> Outlines:
        if county_codes not in self._outlines:
            self._outlines[county_codes] = load_outlines(self.con, county_codes)
        return self._outlines[county_codes]
