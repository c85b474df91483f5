"""Retention: meetings older than OOGST_RETENTION_DAYS are erased, with a warning beforehand.

A meeting's age counts from its last change (the event row's ``updated_at``, bumped by every write)
or its date, whichever is later. 0 days means keep forever.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlmodel import Session, select

from facilitation.models import Event, as_utc, utcnow

WARN_DAYS = 14


@dataclass(frozen=True)
class Expiry:
    event_id: int
    code: str
    title: str
    purge_on: date


def _last_active(event: Event) -> datetime:
    updated = as_utc(event.updated_at)
    if event.event_date is None:
        return updated
    held = datetime(
        event.event_date.year, event.event_date.month, event.event_date.day, tzinfo=updated.tzinfo
    )
    return max(updated, held)


def expiries(*, session: Session, days: int, now: datetime | None = None) -> list[Expiry]:
    """Return when each meeting will be erased (empty when retention is off)."""
    if days <= 0:
        return []
    moment = now or utcnow()
    result = []
    for event in session.exec(select(Event)):
        purge_on = (_last_active(event) + timedelta(days=days)).date()
        result.append(Expiry(event.id or 0, event.code, event.title, purge_on))
    return sorted(result, key=lambda e: (e.purge_on, e.event_id)) if moment else result


def upcoming(*, session: Session, days: int, now: datetime | None = None) -> list[Expiry]:
    """Return meetings that will be erased within WARN_DAYS (shown to the facilitator)."""
    today = (now or utcnow()).date()
    return [
        e
        for e in expiries(session=session, days=days, now=now)
        if e.purge_on <= today + timedelta(days=WARN_DAYS)
    ]


def purge(
    *, session: Session, days: int, now: datetime | None = None, dry_run: bool = False
) -> list[Expiry]:
    """Erase every meeting whose retention has passed; return what was (or would be) erased."""
    today = (now or utcnow()).date()
    due = [e for e in expiries(session=session, days=days, now=now) if e.purge_on <= today]
    if not dry_run:
        for expiry in due:
            event = session.get(Event, expiry.event_id)
            if event is not None:
                session.delete(event)
    return due
