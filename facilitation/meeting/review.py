"""Pre-moderation ("eerst beoordelen"): while a meeting reviews first, phones' contributions
arrive pending and hidden; the facilitator approves them onto the wall or rejects them.

Pending contributions are never on the wall, in the phones' feeds or in the report; the
facilitator's CSV/Excel exports list them as hidden, as the full record of what came in.
"""

from __future__ import annotations

from sqlmodel import Session, col, select

from facilitation.core.db import bump_revision
from facilitation.meeting.events import get_event
from facilitation.models import Contribution, utcnow


def set_review_first(*, session: Session, event_id: int, on: bool) -> None:
    """Switch pre-moderation on or off; switching it off leaves waiting contributions waiting."""
    bump_revision(session=session, event_id=event_id)
    event = get_event(session=session, event_id=event_id)
    event.review_first, event.updated_at = on, utcnow()
    session.add(event)


def waiting(*, session: Session, event_id: int) -> list[Contribution]:
    """Return the contributions awaiting review, oldest first."""
    return list(
        session.exec(
            select(Contribution)
            .where(
                Contribution.event_id == event_id,
                col(Contribution.pending).is_(True),
                col(Contribution.deleted).is_(False),
            )
            .order_by(col(Contribution.id))
        )
    )


def decide(*, session: Session, event_id: int, contribution_ids: list[int], approve: bool) -> int:
    """Approve (onto the wall) or reject (kept hidden) waiting contributions; return how many."""
    revision = bump_revision(session=session, event_id=event_id)
    rows = session.exec(
        select(Contribution).where(
            Contribution.event_id == event_id,
            col(Contribution.id).in_(contribution_ids),
            col(Contribution.pending).is_(True),
        )
    ).all()
    for row in rows:
        row.pending, row.hidden = False, not approve
        row.revision, row.updated_at = revision, utcnow()
        session.add(row)
    return len(rows)
