"""The regional events: who attends regularly, rarely or never, and the inspiration days' hosts."""

from __future__ import annotations

import pandas as pd

# A municipality that attended fewer than this share of its county's events attends rarely.
RARELY_SHARE = 0.25


def classify_attendance(record: pd.DataFrame, rarely_share: float = RARELY_SHARE) -> pd.DataFrame:
    """Adds `attendance_class`: 'never' (no event in the period), 'rarely' (under the share),
    'regularly'; 'no_events' when the county had no events in the period."""

    def classify(row) -> str:
        if row.county_events == 0:
            return "no_events"
        if row.events_attended == 0:
            return "never"
        return "rarely" if row.attended_share < rarely_share else "regularly"

    return record.assign(attendance_class=[classify(row) for row in record.itertuples()])


def never_or_rarely(record: pd.DataFrame) -> pd.DataFrame:
    classified = classify_attendance(record)
    return classified[classified["attendance_class"].isin(["never", "rarely"])].reset_index(drop=True)


def attendance_counts(record: pd.DataFrame) -> dict[str, int]:
    classes = classify_attendance(record)["attendance_class"]
    return {cls: int((classes == cls).sum()) for cls in ("never", "rarely", "regularly", "no_events")}


def host_labels(editions: pd.DataFrame) -> pd.DataFrame:
    """One row per host municipality: its position and the years it hosted ("2016, 2024")."""
    hosted = editions.dropna(subset=["host_code"])
    rows = []
    for code, group in hosted.groupby("host_code", sort=True):
        rows.append(
            {
                "host_code": code,
                "host_name": group["host_name"].iloc[0],
                "host_lon": group["host_lon"].iloc[0],
                "host_lat": group["host_lat"].iloc[0],
                "years": tuple(int(y) for y in sorted(group["year"])),
                "is_example": bool(group["is_example"].any()),
            }
        )
    return pd.DataFrame(rows, columns=["host_code", "host_name", "host_lon", "host_lat", "years", "is_example"])
