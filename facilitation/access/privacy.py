"""Personal data: what a participant can see and erase, and what the facilitator can remove.

Participants are anonymous by default. Erasing removes the participant row (name, organisation,
e-mail, consents, sign-ups and votes go with it) and, when asked, erases their contributions' text.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlmodel import Session, col, func, select

from facilitation.core.db import bump_revision
from facilitation.core.errors import ParticipantNotFound
from facilitation.models import Contribution, Driver, Participant, utcnow
from facilitation.models.scans import ScanAnswer, ScanResponse


@dataclass(frozen=True)
class PersonalData:
    """Everything stored about one participant, as shown on their phone."""

    name: str
    organisation: str
    email: str
    listed_consent: bool
    listed_consent_at: datetime | None
    listed_consent_text: str
    contact_consent: bool
    contact_consent_at: datetime | None
    contact_consent_text: str
    created_at: datetime
    contributions: int
    sign_ups: int


def personal_data(*, session: Session, participant_id: int) -> PersonalData:
    """Return what is stored about a participant; raises ParticipantNotFound."""
    row = session.get(Participant, participant_id)
    if row is None:
        raise ParticipantNotFound()
    contributions = session.exec(
        select(func.count())
        .select_from(Contribution)
        .where(Contribution.participant_id == participant_id, col(Contribution.deleted).is_(False))
    ).one()
    sign_ups = session.exec(
        select(func.count()).select_from(Driver).where(Driver.participant_id == participant_id)
    ).one()
    return PersonalData(
        name=row.name,
        organisation=row.organisation,
        email=row.email,
        listed_consent=row.listed_consent,
        listed_consent_at=row.listed_consent_at,
        listed_consent_text=row.listed_consent_text,
        contact_consent=row.contact_consent,
        contact_consent_at=row.contact_consent_at,
        contact_consent_text=row.contact_consent_text,
        created_at=row.created_at,
        contributions=int(contributions),
        sign_ups=int(sign_ups),
    )


def erase_participant(
    *, session: Session, event_id: int, participant_id: int, with_contributions: bool
) -> int:
    """Delete a participant and their sign-ups; erase their contributions' text when asked.

    Their scan answers stay as anonymous figures (nothing links them to anyone any more); with
    the contributions, the words they typed into a scan (open answers, "Anders: …") go too.
    Returns the number of contributions erased. Raises ParticipantNotFound.
    """
    row = session.get(Participant, participant_id)
    if row is None or row.event_id != event_id:
        raise ParticipantNotFound()
    revision = bump_revision(session=session, event_id=event_id)
    erased = 0
    if with_contributions:
        for item in session.exec(
            select(Contribution).where(Contribution.participant_id == participant_id)
        ):
            item.text, item.original_text, item.deleted = "", "", True
            item.revision, item.updated_at = revision, utcnow()
            session.add(item)
            erased += 1
    for driver in session.exec(select(Driver).where(Driver.participant_id == participant_id)):
        session.delete(driver)
    _detach_scan_answers(session, participant_id, revision, erase_words=with_contributions)
    session.delete(row)
    return erased


def _detach_scan_answers(
    session: Session, participant_id: int, revision: int, *, erase_words: bool
) -> None:
    responses = session.exec(
        select(ScanResponse).where(ScanResponse.participant_id == participant_id)
    ).all()
    for response in responses:
        if erase_words:
            answers = select(ScanAnswer).where(ScanAnswer.response_id == response.id)
            for answer in session.exec(answers):
                if answer.text or answer.other:
                    answer.text, answer.other = "", ""
                    answer.revision, answer.updated_at = revision, utcnow()
                    session.add(answer)
        response.participant_id = None
        session.add(response)


def participants_overview(*, session: Session, event_id: int) -> list[dict[str, object]]:
    """Return one row per participant who left any trace, for the facilitator's list."""
    counts = dict(
        session.exec(
            select(Contribution.participant_id, func.count())
            .where(Contribution.event_id == event_id, col(Contribution.deleted).is_(False))
            .group_by(col(Contribution.participant_id))
        ).all()
    )
    rows = session.exec(
        select(Participant).where(Participant.event_id == event_id).order_by(col(Participant.id))
    ).all()
    return [
        {
            "id": p.id,
            "name": p.name,
            "organisation": p.organisation,
            "email": p.email,
            "listed": p.listed_consent,
            "contact": p.contact_consent,
            "contributions": int(counts.get(p.id, 0)),
        }
        for p in rows
        if p.name or p.organisation or p.email or counts.get(p.id)
    ]
