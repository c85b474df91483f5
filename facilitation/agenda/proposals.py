"""Actions proposed by participants from their phone, waiting for the facilitator's approval.

A proposal is stored unapproved: only the facilitator and its proposer see it, until the
facilitator approves it onto the agenda (``actions.approve``) or turns it down.
"""

from __future__ import annotations

from sqlmodel import Session, col, select

from facilitation.agenda.actions import apply_texts, get_action, get_kind, next_position
from facilitation.core.db import bump_revision
from facilitation.core.errors import EventClosed, NotAllowed, ProposalApproved, TooManyProposals
from facilitation.meeting.events import get_event
from facilitation.models import ActionItem, Event, Participant

PENDING_PROPOSALS_MAX = 5


def propose(
    *,
    session: Session,
    event: Event,
    participant: Participant,
    kind_id: int,
    title: str,
    description: str = "",
) -> ActionItem:
    """Store a participant's proposal, unapproved; a re-send of the same title returns the first."""
    assert event.id is not None
    values = {"title": title, "description": description, "kind_id": kind_id}
    probe = ActionItem(event_id=event.id, kind_id=kind_id)
    apply_texts(probe, values)
    bump_revision(session=session, event_id=event.id)
    if not get_event(session=session, event_id=event.id).is_open:
        raise EventClosed()
    get_kind(session=session, event_id=event.id, kind_id=kind_id)
    mine = own_proposals(session=session, participant=participant)
    same = [a for a in mine if a.kind_id == kind_id and a.title.lower() == probe.title.lower()]
    if same:
        return same[0]
    if sum(not a.approved for a in mine) >= PENDING_PROPOSALS_MAX:
        raise TooManyProposals(limit=PENDING_PROPOSALS_MAX)
    probe.approved, probe.proposed_by_id = False, participant.id
    probe.position = next_position(session=session, event_id=event.id)
    session.add(probe)
    session.flush()
    return probe


def own_proposals(*, session: Session, participant: Participant) -> list[ActionItem]:
    """Return the actions this participant proposed, oldest first."""
    return list(
        session.exec(
            select(ActionItem)
            .where(ActionItem.proposed_by_id == participant.id)
            .order_by(col(ActionItem.id))
        )
    )


def withdraw_proposal(*, session: Session, participant: Participant, action_id: int) -> None:
    """Withdraw one's own proposal before it is on the agenda; raises NotAllowed, ProposalApproved."""
    bump_revision(session=session, event_id=participant.event_id)
    action = get_action(session=session, event_id=participant.event_id, action_id=action_id)
    if action.proposed_by_id is None or action.proposed_by_id != participant.id:
        raise NotAllowed()
    if action.approved:
        raise ProposalApproved()
    session.delete(action)
