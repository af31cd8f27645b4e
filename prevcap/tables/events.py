"""Tables of the Evenemang page: who rarely or never attends, the inspiration days."""

from __future__ import annotations

import pandas as pd

from core.i18n import t
from prevcap.domain.events import classify_attendance


def attendance_display(record: pd.DataFrame, lang: str):
    classified = record if "attendance_class" in record else classify_attendance(record)
    frame = pd.DataFrame(
        {
            "municipality_name": classified["municipality_name"],
            "county_name": classified["county_name"],
            "attendance_class": [t(f"events.class.{c}", lang) for c in classified["attendance_class"]],
            "events_attended": classified["events_attended"],
            "county_events": classified["county_events"],
            "attended_pct": (classified["attended_share"] * 100).round(0),
            "participants": classified["participants"],
            "last_attended_ever": classified["last_attended_ever"],
        }
    )
    columns = {
        "municipality_name": ("col.municipality", None),
        "county_name": ("col.county", None),
        "attendance_class": ("events.col.class", None),
        "events_attended": ("events.col.attended", "localized"),
        "county_events": ("events.col.county_events", "localized"),
        "attended_pct": ("events.col.share", "%.0f %%"),
        "participants": ("events.col.participants", "localized"),
        "last_attended_ever": ("events.col.last_attended", "%d"),
    }
    return frame, columns


def inspiration_display(editions: pd.DataFrame, lang: str):
    frame = pd.DataFrame(
        {
            "year": editions["year"],
            "event_date": editions["event_date"].astype(str),
            "host_name": editions["host_name"].fillna(t("events.host.none", lang)),
            "municipalities_attending": editions["municipalities_attending"],
            "participants": editions["participants"],
            "origin": [t(f"events.origin.{o}", lang) for o in editions["origin"]],
        }
    )
    columns = {
        "year": ("events.col.year", "%d"),
        "event_date": ("events.col.date", None),
        "host_name": ("events.col.host", None),
        "municipalities_attending": ("events.col.municipalities", "localized"),
        "participants": ("events.col.participants", "localized"),
        "origin": ("events.col.origin", None),
    }
    return frame, columns


def documented_display(documented: pd.DataFrame, lang: str):
    """The documented events: date, title, type, organiser, host, the total a source states, the source."""
    from core import fmt
    from core.i18n import texts

    known = texts()
    frame = pd.DataFrame(
        {
            "event_date": documented["event_date"].astype(str),
            "title": documented["title"],
            "event_type": [
                t(f"events.event_type.{kind}", lang) if f"events.event_type.{kind}" in known else kind
                for kind in documented["event_type"]
            ],
            "organiser": documented["organiser"],
            "host_name": documented["host_name"].fillna(t("events.host.none", lang)),
            "participants_total": [
                t(f"facts.total.{kind}", lang, n=fmt.number(n, 0, lang)) if pd.notna(n) else t("facts.not_stated", lang)
                for n, kind in zip(documented["participants_total"], documented["participants_kind"])
            ],
            "source": documented["source"],
        }
    )
    columns = {
        "event_date": ("events.col.date", None),
        "title": ("events.col.title", None),
        "event_type": ("events.split.event_type", None),
        "organiser": ("events.col.organiser", None),
        "host_name": ("events.col.host", None),
        "participants_total": ("events.col.participants_total", None),
        "source": ("cap.col.source", "link"),
    }
    return frame, columns
