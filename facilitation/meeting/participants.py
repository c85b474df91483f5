"""Participants: a durable token per phone, anonymous unless they choose otherwise."""

from __future__ import annotations

from datetime import timedelta

from sqlmodel import Session, col, select

from facilitation.core import codes
from facilitation.core.db import bump_revision
from facilitation.core.errors import ParticipantNotFound
from facilitation.core.text import single_line
from facilitation.models import Event, Participant, utcnow

_SEEN_RESOLUTION = timedelta(minutes=5)


def find_participant(*, session: Session, event_id: int, token: str | None) -> Participant | None:
    """Return the participant of *event_id* holding *token*, or None for an unknown/forged one."""
    if not codes.looks_like_token(token):
        return None
    participant = session.exec(select(Participant).where(Participant.token == token)).first()
    if participant is None or participant.event_id != event_id:
        return None
    return participant


def token_of(*, session: Session, participant_id: int) -> str:
    """Return a participant's token; raises ParticipantNotFound."""
    row = session.get(Participant, participant_id)
    if row is None:
        raise ParticipantNotFound()
    return row.token


def join(*, session: Session, event: Event, token: str | None = None) -> Participant:
    """Return the participant behind *token*, or a new anonymous one with a fresh token."""
    assert event.id is not None
    existing = find_participant(session=session, event_id=event.id, token=token)
    if existing is not None:
        if utcnow() - existing.last_seen_at > _SEEN_RESOLUTION:
            existing.last_seen_at = utcnow()
            session.add(existing)
        return existing
    bump_revision(session=session, event_id=event.id)
    participant = Participant(event_id=event.id, token=codes.new_token())
    session.add(participant)
    session.flush()
    return participant


def update_profile(
    *,
    session: Session,
    participant: Participant,
    name: str,
    organisation: str,
    email: str = "",
    listed_consent: bool = False,
    listed_wording: str = "",
    contact_consent: bool = False,
    contact_wording: str = "",
) -> Participant:
    """Store name/organisation and the consents with their time and exact wording."""
    bump_revision(session=session, event_id=participant.event_id)
    row = session.get(Participant, participant.id)
    if row is None:
        raise ParticipantNotFound()
    row.name, row.organisation = single_line(name)[:120], single_line(organisation)[:160]
    row.email = single_line(email)[:200]
    now = utcnow()
    if listed_consent != row.listed_consent:
        row.listed_consent = listed_consent
        row.listed_consent_at = now
        row.listed_consent_text = listed_wording if listed_consent else ""
    if contact_consent != row.contact_consent:
        row.contact_consent = contact_consent
        row.contact_consent_at = now
        row.contact_consent_text = contact_wording if contact_consent else ""
    session.add(row)
    return row


def listed_participants(*, session: Session, event_id: int) -> list[Participant]:
    """Return participants who agreed to appear in the participant list, by name."""
    return list(
        session.exec(
            select(Participant)
            .where(
                Participant.event_id == event_id,
                col(Participant.listed_consent).is_(True),
                Participant.name != "",
            )
            .order_by(col(Participant.id))
        )
    )
