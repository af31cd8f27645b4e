"""Queries of the Rapportera form: the regional events of a year, whose attendance a report gives."""

from __future__ import annotations

import pandas as pd


def events_of_year(con, year: int) -> pd.DataFrame:
    """event_id, event_date, title of every event of the year, by date."""
    return con.execute(
        "select event_id, event_date, title from marts.events where year = ? order by event_date, event_id",
        [int(year)],
    ).df()
