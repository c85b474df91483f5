"""Sending, editing and moderating contributions; every write bumps the event's revision."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import timedelta

from sqlmodel import Session, col, func, select

from facilitation.core.db import bump_revision
from facilitation.core.errors import (
    ContributionNotFound,
    EventClosed,
    InvalidField,
    NotAllowed,
    RateLimited,
    RoundClosed,
    TargetClosed,
)
from facilitation.core.text import clean_contribution
from facilitation.meeting.events import current_round, get_event, rounds_of
from facilitation.meeting.targets import Target
from facilitation.models import Case, Contribution, Event, Participant, Theme, utcnow

_CLIENT_ID = re.compile(r"^[A-Za-z0-9_-]{8,64}$")


@dataclass(frozen=True)
class Receipt:
    """What a phone is told after a send: stored (or already stored earlier) as this id.

    ``participant_id`` is who the contribution belongs to; for a re-send that raced the creation
    of the phone's identity it is the first identity, which the phone should keep using.
    """

    contribution_id: int
    duplicate: bool
    revision: int
    participant_id: int | None = None
    pending: bool = False  # the meeting reviews first: not on the wall until approved


def submit(
    *,
    session: Session,
    event: Event,
    participant: Participant,
    target: Target,
    text: str,
    client_id: str,
    max_chars: int,
    per_minute: int,
) -> Receipt:
    """Store a contribution once per client id in the event; raises a named OogstError.

    The client id is 128 random bits made by the phone for one send. A re-send with it (after a
    reconnect, or racing the first while the phone's identity was still being created) returns
    the first receipt and stores nothing.
    """
    if not _CLIENT_ID.match(client_id or ""):
        raise InvalidField(field="client_id", value=(client_id or "")[:16])
    assert event.id is not None and participant.id is not None
    earlier = _by_client_id(session, event.id, client_id)
    if earlier is not None:
        return _again(earlier)
    cleaned = clean_contribution(text, max_chars=max_chars)
    revision = bump_revision(session=session, event_id=event.id)
    # Checked again under the event lock: two copies of one send may race each other here.
    earlier = _by_client_id(session, event.id, client_id)
    if earlier is not None:
        session.rollback()
        return _again(earlier)
    round_id = _check_open(session, event.id, target)
    _check_rate(session, participant.id, per_minute)
    review = get_event(session=session, event_id=event.id).review_first
    row = Contribution(
        event_id=event.id,
        participant_id=participant.id,
        client_id=client_id,
        theme_id=target.theme_id,
        case_id=target.case_id,
        round_id=round_id,
        text=cleaned,
        original_text=cleaned,
        revision=revision,
        position=float(revision),
        hidden=review,
        pending=review,
    )
    session.add(row)
    session.flush()
    return Receipt(
        row.id or 0,
        duplicate=False,
        revision=revision,
        participant_id=participant.id,
        pending=review,
    )


def _again(earlier: Contribution) -> Receipt:
    return Receipt(
        earlier.id or 0,
        duplicate=True,
        revision=earlier.revision,
        participant_id=earlier.participant_id,
        pending=earlier.pending,
    )


def _by_client_id(session: Session, event_id: int, client_id: str) -> Contribution | None:
    return session.exec(
        select(Contribution).where(
            Contribution.event_id == event_id, Contribution.client_id == client_id
        )
    ).first()


def _check_open(session: Session, event_id: int, target: Target) -> int | None:
    """Return the open round's id; raises EventClosed, TargetClosed or RoundClosed."""
    event = get_event(session=session, event_id=event_id)
    if not event.is_open:
        raise EventClosed()
    if not _fresh(session, target).is_open:
        raise TargetClosed()
    running = current_round(session=session, event_id=event_id)
    if running is not None:
        return running.id
    if any(r.started_at is not None for r in rounds_of(session=session, event_id=event_id)):
        raise RoundClosed()
    return None


def _fresh(session: Session, target: Target) -> Target:
    """Return *target* re-read in this transaction (it may come from an earlier session)."""
    theme = session.get(Theme, target.theme.id) if target.theme is not None else None
    case = session.get(Case, target.case.id) if target.case is not None else None
    if (target.theme is not None and theme is None) or (target.case is not None and case is None):
        raise TargetClosed()
    return Target(theme=theme, case=case)


def _check_rate(session: Session, participant_id: int, per_minute: int) -> None:
    since = utcnow() - timedelta(minutes=1)
    recent = session.exec(
        select(func.count())
        .select_from(Contribution)
        .where(Contribution.participant_id == participant_id, Contribution.created_at >= since)
    ).one()
    if recent >= per_minute:
        raise RateLimited(limit=per_minute)


def check_can_send(*, session: Session, event: Event, target: Target) -> None:
    """Raise EventClosed/TargetClosed/RoundClosed when a phone cannot send to *target* now."""
    assert event.id is not None
    _check_open(session, event.id, target)


def edit_own(
    *, session: Session, participant: Participant, contribution_id: int, text: str, max_chars: int
) -> Contribution:
    """Change the text of one's own contribution while its table/round is open."""
    row = _own(session, participant, contribution_id)
    cleaned = clean_contribution(text, max_chars=max_chars)
    revision = bump_revision(session=session, event_id=row.event_id)
    _check_open(session, row.event_id, _target_of(session, row))
    row.text, row.original_text = cleaned, cleaned
    row.updated_at, row.revision = utcnow(), revision
    if get_event(session=session, event_id=row.event_id).review_first:
        row.hidden = row.pending = True  # a changed text is reviewed again before the wall
    session.add(row)
    return row


def delete_own(*, session: Session, participant: Participant, contribution_id: int) -> None:
    """Withdraw one's own contribution while its table/round is open; its text is erased."""
    row = _own(session, participant, contribution_id)
    revision = bump_revision(session=session, event_id=row.event_id)
    _check_open(session, row.event_id, _target_of(session, row))
    row.deleted, row.text, row.original_text = True, "", ""
    row.updated_at, row.revision = utcnow(), revision
    session.add(row)


def _own(session: Session, participant: Participant, contribution_id: int) -> Contribution:
    row = session.get(Contribution, contribution_id)
    if row is None or row.deleted:
        raise ContributionNotFound()
    if row.participant_id is None or row.participant_id != participant.id:
        raise NotAllowed()
    return row


def _target_of(session: Session, row: Contribution) -> Target:
    case = session.get(Case, row.case_id) if row.case_id else None
    theme_id = case.theme_id if case is not None else row.theme_id
    theme = session.get(Theme, theme_id) if theme_id else None
    return Target(theme=theme, case=case)


def set_hidden(*, session: Session, event_id: int, contribution_id: int, hidden: bool) -> None:
    """Hide a contribution from the wall and phones (moderation), or show it again."""
    revision = bump_revision(session=session, event_id=event_id)
    row = session.get(Contribution, contribution_id)
    if row is None or row.event_id != event_id:
        raise ContributionNotFound()
    row.hidden, row.revision, row.updated_at = hidden, revision, utcnow()
    row.pending = False  # the facilitator decided: shown or kept hidden, no longer waiting
    session.add(row)


def of_participant(*, session: Session, participant: Participant) -> list[Contribution]:
    """Return the participant's own live contributions, oldest first."""
    return list(
        session.exec(
            select(Contribution)
            .where(
                Contribution.participant_id == participant.id, col(Contribution.deleted).is_(False)
            )
            .order_by(col(Contribution.id))
        )
    )


def of_target(
    *, session: Session, event_id: int, target: Target, include_hidden: bool = False, limit: int = 0
) -> list[Contribution]:
    """Return a target's contributions in display order (position), newest last."""
    query = select(Contribution).where(
        Contribution.event_id == event_id,
        Contribution.theme_id == target.theme_id,
        Contribution.case_id == target.case_id,
        col(Contribution.deleted).is_(False),
        col(Contribution.merged_into_id).is_(None),
    )
    if not include_hidden:
        query = query.where(col(Contribution.hidden).is_(False))
    query = query.order_by(col(Contribution.position), col(Contribution.id))
    rows = list(session.exec(query))
    return rows[-limit:] if limit else rows


def of_event(*, session: Session, event_id: int, include_hidden: bool = True) -> list[Contribution]:
    """Return all live contributions of an event in display order."""
    query = select(Contribution).where(
        Contribution.event_id == event_id, col(Contribution.deleted).is_(False)
    )
    if not include_hidden:
        query = query.where(col(Contribution.hidden).is_(False))
    return list(session.exec(query.order_by(col(Contribution.position), col(Contribution.id))))
