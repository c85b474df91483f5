"""Shared column helpers for the SQLModel tables."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlmodel import Field


def utcnow() -> datetime:
    """Return the current time, timezone-aware in UTC (how every timestamp is stored)."""
    return datetime.now(UTC)


def as_utc(value: datetime) -> datetime:
    """Return *value* as an aware UTC datetime (naive values are taken to be UTC already)."""
    return value.replace(tzinfo=UTC) if value.utcoffset() is None else value.astimezone(UTC)


def event_fk() -> int:
    """Return a Field for an indexed, cascading foreign key to the event."""
    return Field(foreign_key="event.id", index=True, ondelete="CASCADE")  # type: ignore[no-any-return]
