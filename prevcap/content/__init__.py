"""The content of each area of the dashboard: one function per area, (source, view) -> Section.

The page lays its section out; the report writes the sections of AREAS, in that order, to PDF and
DOCX. Both run the same function on the same view, so what the report says is what the pages show.
"""

from __future__ import annotations

from prevcap.content.capacity import capacity_section
from prevcap.content.collaboration import collaboration
from prevcap.content.events import events_section
from prevcap.content.funding import funding_section
from prevcap.content.method import method_section, sources_section
from prevcap.content.model import Chart, Choices, Heading, KeyFigure, KeyFigures, Notice, Section, Table, Text
from prevcap.content.municipality import municipality_section
from prevcap.content.overview import overview
from prevcap.queries import capacity as capacity_queries
from prevcap.queries import events as events_queries
from prevcap.queries import network as network_queries
from prevcap.queries import overview as overview_queries
from prevcap.view import Context


def areas_for(view) -> list:
    """The report's areas for the view, in order: the municipality's profile when the view has one."""
    chosen = [overview, capacity_section]
    if view.municipality is not None:
        chosen.append(municipality_section)
    return [*chosen, collaboration, events_section, funding_section, method_section, sources_section]


def context(source) -> Context:
    """What the warehouse offers a view: counties, years, the default year, the periods, the municipalities."""
    counties = source.query(overview_queries.counties)
    years = tuple(source.query(overview_queries.years))
    default_year = source.query(overview_queries.latest_reported_year) or years[-1]
    names = source.query(capacity_queries.municipality_names)
    return Context(
        dict(zip(counties["county_code"], counties["county_name"])),
        years,
        int(default_year),
        source.query(network_queries.link_years),
        source.query(events_queries.event_years),
        frozenset(names["municipality_code"]),
    )


__all__ = [
    "Chart",
    "Choices",
    "Context",
    "Heading",
    "KeyFigure",
    "KeyFigures",
    "Notice",
    "Section",
    "Table",
    "Text",
    "areas_for",
    "capacity_section",
    "collaboration",
    "context",
    "events_section",
    "funding_section",
    "method_section",
    "municipality_section",
    "overview",
    "sources_section",
]
