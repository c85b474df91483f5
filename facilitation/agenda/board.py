"""The agenda as the wall and the phones show it live, cached per process by event revision.

A tick reads the event's revision (one-row SELECT); only when it moved is the agenda read again.
Boards are equal (and hashed) by event and revision, so renderings can be cached per board.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from sqlmodel import Session

from facilitation.agenda.view import AgendaKind, agenda_view
from facilitation.agenda.vote_results import VoteResult, results
from facilitation.agenda.votes import VoteOption, latest_vote, options
from facilitation.core.db import read_revision
from facilitation.meeting.events import get_event


@dataclass(frozen=True, eq=False)
class AgendaBoard:
    """The agenda at one revision, with the open (or last) vote's standing and its options in
    their own order (phones list them so, the wall ranks them)."""

    event_id: int
    revision: int
    code: str
    title: str
    agenda_title: str
    invitation: str
    kinds: tuple[AgendaKind, ...]
    vote: VoteResult | None
    vote_options: tuple[VoteOption, ...] = ()

    def __eq__(self, other: object) -> bool:
        return isinstance(other, AgendaBoard) and (other.event_id, other.revision) == (
            self.event_id,
            self.revision,
        )

    def __hash__(self) -> int:
        return hash((self.event_id, self.revision))

    @property
    def action_count(self) -> int:
        return sum(len(kind.actions) for kind in self.kinds)


def build_board(*, session: Session, event_id: int, revision: int) -> AgendaBoard:
    """Return the board of *event_id* read now, labelled with *revision*."""
    event = get_event(session=session, event_id=event_id)
    vote = latest_vote(session=session, event_id=event_id)
    return AgendaBoard(
        event_id=event_id,
        revision=revision,
        code=event.code,
        title=event.title,
        agenda_title=event.agenda_title,
        invitation=event.invitation,
        kinds=tuple(agenda_view(session=session, event_id=event_id)),
        vote=results(session=session, vote=vote) if vote is not None else None,
        vote_options=tuple(options(session=session, vote=vote)) if vote is not None else (),
    )


class AgendaBoardCache:
    """Per-process boards, one per event, rebuilt when the revision moves; thread-safe."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._lock = threading.Lock()
        self._boards: dict[int, AgendaBoard] = {}
        self._glanced: dict[int, tuple[float, AgendaBoard]] = {}
        self._clock = clock

    def glance(self, session: Session, event_id: int, max_age: float = 3.0) -> AgendaBoard:
        """Return a board at most *max_age* seconds old, for what needs only its outline.

        The join page's link to the agenda asks on every send of every phone; each send moves
        the revision, so ``board`` would rebuild the whole agenda for each of them.
        """
        now = self._clock()
        seen = self._glanced.get(event_id)
        if seen is not None and now - seen[0] < max_age:
            return seen[1]
        board = self.board(session, event_id)
        self._glanced[event_id] = (now, board)
        return board

    def board(self, session: Session, event_id: int) -> AgendaBoard:
        """Return the board at the event's current revision; raises EventNotFound."""
        revision = read_revision(session=session, event_id=event_id)
        cached = self._boards.get(event_id)
        if cached is not None and cached.revision == revision:
            return cached
        with self._lock:
            cached = self._boards.get(event_id)
            if cached is None or cached.revision != revision:
                cached = build_board(session=session, event_id=event_id, revision=revision)
                self._boards[event_id] = cached
            return cached
