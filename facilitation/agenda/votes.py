"""Dot voting: the facilitator opens a vote with N dots per participant; phones move their dots
until it closes; the wall and the harvest show the results.

Safety: ``place_dots`` sets the number of dots on one option to an absolute count, so a request
sent twice (after a reconnect) changes nothing the second time. It bumps the event revision first
(the event's write lock), then re-reads the participant's dots in the same transaction before
adding any; each dot takes a free numbered slot below the vote's N, and a unique constraint on
(vote, participant, slot) keeps the database itself from ever holding more than N.

Results for the wall and the harvest are in ``facilitation.agenda.vote_results``.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import Session, col, select

from facilitation.agenda.actions import get_kind
from facilitation.core.db import bump_revision
from facilitation.core.errors import (
    InvalidField,
    NoDotsLeft,
    OptionNotInVote,
    TitleRequired,
    TooManyOnOne,
    VoteClosed,
    VoteNotFound,
)
from facilitation.core.text import shorten, single_line
from facilitation.meeting import contributions
from facilitation.meeting.targets import Target, target_by_key
from facilitation.models import (
    ActionItem,
    ActionStatus,
    Case,
    Dot,
    Participant,
    Theme,
    Vote,
    VoteSubject,
    utcnow,
)

MAX_DOTS = 20
OPTION_LABEL_CHARS = 140


@dataclass(frozen=True)
class VoteOption:
    id: int
    label: str


@dataclass(frozen=True)
class Ballot:
    """One participant's dots in a vote: per option, and how many are left to place."""

    dots: int
    max_per_option: int
    placed: dict[int, int]

    @property
    def left(self) -> int:
        return self.dots - sum(self.placed.values())


def open_vote(
    *,
    session: Session,
    event_id: int,
    title: str,
    dots: int,
    max_per_option: int | None = None,
    kind_id: int | None = None,
    target_key: str | None = None,
) -> Vote:
    """Open a new vote on actions (of one kind, or all) or on a target's contributions.

    Any other open vote of the event closes: the room votes on one thing at a time. Raises
    TitleRequired, InvalidField, KindNotFound or TargetNotFound.
    """
    title = single_line(title)[:200]
    if not title:
        raise TitleRequired()
    limit = max_per_option or dots
    if not 1 <= dots <= MAX_DOTS or not 1 <= limit <= dots:
        raise InvalidField(field="dots", value=f"{dots}/{limit}")
    bump_revision(session=session, event_id=event_id)
    vote = Vote(event_id=event_id, title=title, dots=dots, max_per_option=limit)
    _scope(session, vote, kind_id, target_key)
    _close_others(session, event_id)
    vote.is_open, vote.opened_at = True, utcnow()
    session.add(vote)
    session.flush()
    return vote


def _scope(session: Session, vote: Vote, kind_id: int | None, target_key: str | None) -> None:
    """Narrow *vote* to a table's contributions, or to one kind of action."""
    if target_key:
        target = target_by_key(session=session, event_id=vote.event_id, key=target_key)
        vote.subject = VoteSubject.CONTRIBUTIONS
        vote.theme_id, vote.case_id = target.theme_id, target.case_id
    elif kind_id:
        vote.kind_id = get_kind(session=session, event_id=vote.event_id, kind_id=kind_id).id


def _close_others(session: Session, event_id: int, keep: int | None = None) -> None:
    for other in session.exec(select(Vote).where(Vote.event_id == event_id, col(Vote.is_open))):
        if other.id != keep:
            other.is_open, other.closed_at = False, utcnow()
            session.add(other)


def set_open(*, session: Session, event_id: int, vote_id: int, is_open: bool) -> Vote:
    """Close a vote (phones can no longer move dots) or reopen it (closing any other)."""
    bump_revision(session=session, event_id=event_id)
    vote = get_vote(session=session, event_id=event_id, vote_id=vote_id)
    if is_open:
        _close_others(session, event_id, keep=vote_id)
        vote.opened_at = vote.opened_at or utcnow()
    else:
        vote.closed_at = utcnow()
    vote.is_open = is_open
    session.add(vote)
    return vote


def delete_vote(*, session: Session, event_id: int, vote_id: int) -> None:
    """Delete a vote and its dots."""
    bump_revision(session=session, event_id=event_id)
    session.delete(get_vote(session=session, event_id=event_id, vote_id=vote_id))


def get_vote(*, session: Session, event_id: int, vote_id: int | None) -> Vote:
    """Return a vote of the event; raises VoteNotFound (also for another event's vote)."""
    vote = session.get(Vote, vote_id) if vote_id else None
    if vote is None or vote.event_id != event_id:
        raise VoteNotFound()
    return vote


def votes_of(*, session: Session, event_id: int) -> list[Vote]:
    """Return the event's votes, newest first."""
    return list(
        session.exec(select(Vote).where(Vote.event_id == event_id).order_by(col(Vote.id).desc()))
    )


def current_vote(*, session: Session, event_id: int) -> Vote | None:
    """Return the open vote, if any."""
    return next((v for v in votes_of(session=session, event_id=event_id) if v.is_open), None)


def latest_vote(*, session: Session, event_id: int) -> Vote | None:
    """Return the open vote, else the most recently opened one (what the wall shows)."""
    every = votes_of(session=session, event_id=event_id)
    return next((v for v in every if v.is_open), every[0] if every else None)


def vote_target(*, session: Session, vote: Vote) -> Target | None:
    """Return the table or case whose contributions a vote is about (None for actions)."""
    if vote.subject != VoteSubject.CONTRIBUTIONS.value:
        return None
    if vote.case_id is not None:
        case = session.get(Case, vote.case_id)
        theme = session.get(Theme, case.theme_id) if case and case.theme_id else None
        return Target(theme=theme, case=case)
    return Target(theme=session.get(Theme, vote.theme_id), case=None)


def options(*, session: Session, vote: Vote) -> list[VoteOption]:
    """Return what can get dots now: agenda actions (not dropped) or visible contributions."""
    target = vote_target(session=session, vote=vote)
    if target is not None:
        rows = contributions.of_target(session=session, event_id=vote.event_id, target=target)
        return [VoteOption(r.id or 0, shorten(r.text, OPTION_LABEL_CHARS)) for r in rows]
    query = select(ActionItem).where(
        ActionItem.event_id == vote.event_id,
        col(ActionItem.approved).is_(True),
        ActionItem.status != ActionStatus.DROPPED.value,
    )
    if vote.kind_id is not None:
        query = query.where(ActionItem.kind_id == vote.kind_id)
    actions = session.exec(query.order_by(col(ActionItem.position), col(ActionItem.id)))
    return [VoteOption(a.id or 0, a.title) for a in actions]


def option_column(vote: Vote) -> str:
    """Return the Dot column that names the option: action_id or contribution_id."""
    return "contribution_id" if vote.subject == VoteSubject.CONTRIBUTIONS.value else "action_id"


def _dots_of(session: Session, vote: Vote, participant_id: int) -> list[Dot]:
    return list(
        session.exec(
            select(Dot)
            .where(Dot.vote_id == vote.id, Dot.participant_id == participant_id)
            .order_by(col(Dot.slot))
        )
    )


def ballot(*, session: Session, vote: Vote, participant: Participant | None) -> Ballot:
    """Return the participant's dots in *vote* (none for a phone that has not joined)."""
    placed: dict[int, int] = {}
    if participant is not None and participant.id is not None:
        column = option_column(vote)
        for dot in _dots_of(session, vote, participant.id):
            option = getattr(dot, column) or 0
            placed[option] = placed.get(option, 0) + 1
    return Ballot(vote.dots, vote.max_per_option, placed)


def place_dots(
    *, session: Session, participant: Participant, vote_id: int, option_id: int, count: int
) -> Ballot:
    """Set the participant's dots on one option to *count* (absolute, so re-sends are harmless).

    Raises VoteNotFound, VoteClosed, TooManyOnOne, OptionNotInVote or NoDotsLeft.
    """
    if count < 0:
        raise InvalidField(field="count", value=str(count))
    assert participant.id is not None
    bump_revision(session=session, event_id=participant.event_id)
    vote = get_vote(session=session, event_id=participant.event_id, vote_id=vote_id)
    if not vote.is_open:
        raise VoteClosed()
    if count > vote.max_per_option:
        raise TooManyOnOne(limit=vote.max_per_option)
    column = option_column(vote)
    mine = _dots_of(session, vote, participant.id)
    here = [d for d in mine if getattr(d, column) == option_id]
    if count > len(here):
        _add(session, vote, participant.id, option_id, count - len(here), mine)
    for dot in here[count:]:
        session.delete(dot)
    session.flush()
    return ballot(session=session, vote=vote, participant=participant)


def _add(
    session: Session, vote: Vote, participant_id: int, option_id: int, extra: int, mine: list[Dot]
) -> None:
    if option_id not in {o.id for o in options(session=session, vote=vote)}:
        raise OptionNotInVote()
    free = sorted(set(range(vote.dots)) - {d.slot for d in mine})
    if len(free) < extra:
        raise NoDotsLeft(dots=vote.dots)
    for slot in free[:extra]:
        dot = Dot(vote_id=vote.id or 0, participant_id=participant_id, slot=slot)
        setattr(dot, option_column(vote), option_id)
        session.add(dot)
