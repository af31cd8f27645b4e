"""Queries of the Rapportera form: the regional events of a year, whose attendance a report gives."""

from __future__ import annotations

import pandas as pd


def events_of_year(con, year: int) -> pd.DataFrame:
    """event_id, event_date, title of every regional event of the year, by date: not the conferences public
    sources document with a total of all who came (staging.event_totals), whose attendance no form asks."""
    return con.execute(
        "select event_id, event_date, title from marts.events where year = ? "
        "and event_id not in (select event_id from staging.event_totals) order by event_date, event_id",
        [int(year)],
    ).df()
