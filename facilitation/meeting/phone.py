"""What a participant's phone does, each as one call: send a suggestion as oneself.

The phone page only reads its widgets and hands the values here; identity, idempotency and the
race between a re-send and the creation of the phone's identity are settled in one transaction.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import Session, col, func, select

from facilitation.meeting import contributions, participants
from facilitation.meeting.contributions import Receipt
from facilitation.meeting.targets import Target
from facilitation.models import Contribution, Event


@dataclass(frozen=True)
class Sent:
    """A send's outcome: the receipt, the token the phone should keep using from now on, and
    the phone's own number for it (its 1st, 2nd, 3rd send), which its receipt shows."""

    receipt: Receipt
    token: str
    ordinal: int


def send(
    *,
    session: Session,
    event: Event,
    target: Target,
    token: str | None,
    text: str,
    client_id: str,
    max_chars: int,
    per_minute: int,
) -> Sent:
    """Store *text* at *target* as the phone holding *token* (a new identity when it has none).

    Raises a named OogstError (closed table or round, empty or too long text, too many sends).
    """
    participant = participants.join(session=session, event=event, token=token)
    receipt = contributions.submit(
        session=session,
        event=event,
        participant=participant,
        target=target,
        text=text,
        client_id=client_id,
        max_chars=max_chars,
        per_minute=per_minute,
    )
    kept = participant.token
    owner = receipt.participant_id if receipt.participant_id is not None else participant.id
    if owner is not None and owner != participant.id:
        # A re-send that raced the creation of this phone's identity: keep the first one.
        kept = participants.token_of(session=session, participant_id=owner)
    return Sent(receipt=receipt, token=kept, ordinal=_ordinal(session, owner, receipt))


def _ordinal(session: Session, participant_id: int | None, receipt: Receipt) -> int:
    """Return how many of the phone's sends, this one included, were stored up to *receipt*.

    Withdrawn and hidden sends still count, so a number is never given twice; a re-send of
    the same client id gets the number of its first send.
    """
    return int(
        session.exec(
            select(func.count())
            .select_from(Contribution)
            .where(
                Contribution.participant_id == participant_id,
                col(Contribution.id) <= receipt.contribution_id,
            )
        ).one()
    )
