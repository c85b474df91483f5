"""Counts for overviews and charts."""

from __future__ import annotations

from sqlmodel import Session, col, func, select

from facilitation.models import Contribution, Participant


def event_counts(*, session: Session, event_id: int) -> dict[str, int]:
    """Return the number of live contributions and of participants of an event."""
    contributions = session.exec(
        select(func.count())
        .select_from(Contribution)
        .where(Contribution.event_id == event_id, col(Contribution.deleted).is_(False))
    ).one()
    people = session.exec(
        select(func.count()).select_from(Participant).where(Participant.event_id == event_id)
    ).one()
    return {"contributions": int(contributions), "participants": int(people)}
