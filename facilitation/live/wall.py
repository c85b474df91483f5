"""What the live wall shows, kept per process and updated incrementally by revision.

A wall tick reads the event's revision (one-row SELECT). When it is unchanged the cached view is
returned as is; when it moved, only contributions written after the cached revision are read, so
a tick costs O(new items), not O(history). Writers of one event are serialised on the event row,
so every contribution with a revision at or below the one read is already committed.
"""

from __future__ import annotations

import bisect
import itertools
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from sqlmodel import Session, col, select

from facilitation.core.db import read_revision
from facilitation.meeting.events import get_event, rounds_of, time_up
from facilitation.meeting.targets import Target, all_targets, target_question, target_title
from facilitation.models import Contribution

RECENT_PER_SECTION = 8
_SERIALS = itertools.count(1)


@dataclass(frozen=True)
class WallEntry:
    id: int
    text: str
    created_at: datetime
    highlight: bool
    parent_id: int | None
    participant_id: int | None = None


@dataclass(frozen=True)
class WallSection:
    key: str
    number: str
    title: str
    question: str
    is_open: bool
    count: int
    recent: tuple[WallEntry, ...]
    group: str = ""


@dataclass(frozen=True)
class WallRound:
    number: int
    title: str
    ends_at: datetime | None
    close_at_end: bool = False


@dataclass(frozen=True, eq=False)
class WallView:
    """The wall at one revision.

    Each view built gets a process-unique serial; views are equal (and hashed) by it, so a rendering
    cached for one view is never served for another database, event or rebuilt state.
    """

    event_id: int
    revision: int
    code: str
    title: str
    subtitle: str
    is_open: bool
    format: str
    sections: tuple[WallSection, ...]
    open_round: WallRound | None
    show_others: bool = False
    rounds_started: bool = False
    closed_keys: frozenset[str] = frozenset()
    screen: str = "auto"
    serial: int = field(default_factory=lambda: next(_SERIALS))

    @property
    def round(self) -> WallRound | None:
        """Return the round that runs now (see :meth:`round_at`)."""
        return self.round_at()

    def round_at(self, now: datetime | None = None) -> WallRound | None:
        """Return the round that runs at *now*: the open one, unless it closes when its time
        is up and it is. A view is cached per revision and time does not move the revision,
        so this is decided when the view is read."""
        current = self.open_round
        if current is not None and current.close_at_end and time_up(current.ends_at, now):
            return None
        return current

    @property
    def total(self) -> int:
        return sum(section.count for section in self.sections)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, WallView) and other.serial == self.serial

    def __hash__(self) -> int:
        return hash(self.serial)

    def section(self, key: str) -> WallSection | None:
        """Return the section for a target key ('t2', 'c4A'), if any."""
        return next((s for s in self.sections if s.key == key), None)


@dataclass
class _EventState:
    revision: int = -1
    entries: dict[int, WallEntry] = field(default_factory=dict)
    placed: dict[int, str] = field(default_factory=dict)
    visible: dict[str, list[int]] = field(default_factory=dict)
    view: WallView | None = None
    checked_at: float = float("-inf")


class WallCache:
    """Per-process wall views, one per event, refreshed incrementally; thread-safe.

    With *max_age* > 0 a revision read less than *max_age* seconds ago is trusted without asking
    the database again: a thousand phones' feed ticks then cost a few reads per second, and a
    view is at most *max_age* older than the database.
    """

    def __init__(
        self,
        recent_per_section: int = RECENT_PER_SECTION,
        *,
        max_age: float = 0.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._recent = recent_per_section
        self._max_age = max_age
        self._clock = clock
        self._lock = threading.Lock()
        self._events: dict[int, _EventState] = {}

    def view(self, session: Session, event_id: int) -> WallView:
        """Return the wall view at the event's current revision; raises EventNotFound."""
        asked_at = self._clock()
        state = self._events.get(event_id)
        if (
            state is not None
            and state.view is not None
            and asked_at - state.checked_at < self._max_age
        ):
            return state.view
        revision = read_revision(session=session, event_id=event_id)
        if state is not None and state.revision == revision and state.view is not None:
            state.checked_at = asked_at
            return state.view
        with self._lock:
            state = self._events.setdefault(event_id, _EventState())
            if state.revision != revision or state.view is None:
                self._refresh(session, event_id, state, revision)
            state.checked_at = asked_at
            assert state.view is not None
            return state.view

    def _refresh(self, session: Session, event_id: int, state: _EventState, revision: int) -> None:
        targets = all_targets(session=session, event_id=event_id)
        keys = _key_lookup(targets)
        rows = session.exec(
            select(Contribution)
            .where(Contribution.event_id == event_id, Contribution.revision > state.revision)
            .order_by(col(Contribution.id))
        )
        for row in rows:
            self._apply(state, row, keys)
        state.revision = revision
        state.view = self._build(session, event_id, revision, targets, state)

    @staticmethod
    def _apply(
        state: _EventState, row: Contribution, keys: dict[tuple[int | None, int | None], str]
    ) -> None:
        assert row.id is not None
        old_key = state.placed.pop(row.id, None)
        if old_key is not None:
            ids = state.visible.get(old_key, [])
            index = bisect.bisect_left(ids, row.id)
            if index < len(ids) and ids[index] == row.id:
                ids.pop(index)
        state.entries.pop(row.id, None)
        key = keys.get((row.theme_id if row.case_id is None else None, row.case_id))
        if key is None or row.hidden or row.deleted or row.merged_into_id is not None:
            return
        state.entries[row.id] = WallEntry(
            row.id, row.text, row.created_at, row.highlight, row.parent_id, row.participant_id
        )
        state.placed[row.id] = key
        bisect.insort(state.visible.setdefault(key, []), row.id)

    def _build(
        self,
        session: Session,
        event_id: int,
        revision: int,
        targets: list[Target],
        state: _EventState,
    ) -> WallView:
        event = get_event(session=session, event_id=event_id)
        rounds = rounds_of(session=session, event_id=event_id)
        running = next((r for r in rounds if r.is_open), None)
        sections = []
        with_cases = {t.theme.id for t in targets if t.case is not None and t.theme is not None}
        for target in targets:
            ids = state.visible.get(target.key, [])
            if (
                target.case is None
                and target.theme is not None
                and target.theme.id in with_cases
                and not ids
            ):
                continue  # a theme that only groups its cases: its cases carry its title
            sections.append(
                WallSection(
                    key=target.key,
                    number=_number(target),
                    title=target_title(target),
                    question=target_question(target),
                    is_open=target.is_open,
                    count=len(ids),
                    recent=tuple(state.entries[i] for i in ids[-self._recent :]),
                    group=_group(target),
                )
            )
        return WallView(
            event_id=event_id,
            revision=revision,
            code=event.code,
            title=event.title,
            subtitle=event.subtitle,
            is_open=event.is_open,
            format=event.format,
            sections=tuple(sections),
            open_round=(
                WallRound(running.number, running.title, running.ends_at, event.close_rounds_at_end)
                if running
                else None
            ),
            show_others=event.show_others,
            rounds_started=any(r.started_at is not None for r in rounds),
            closed_keys=frozenset(t.key for t in targets if not t.is_open),
            screen=event.wall_screen,
        )


def _key_lookup(targets: list[Target]) -> dict[tuple[int | None, int | None], str]:
    return {(t.theme_id, t.case_id): t.key for t in targets}


def _group(target: Target) -> str:
    """Return the title of the theme a case belongs to ('' for themes and loose cases)."""
    return target.theme.title if target.case is not None and target.theme is not None else ""


def _number(target: Target) -> str:
    if target.case is not None:
        return target.key[1:]
    assert target.theme is not None
    return str(target.theme.number)


def send_state(view: WallView, key: str, now: datetime | None = None) -> str:
    """Return why a phone at target *key* cannot send now (a catalogue key), or '' when it can.

    The same rules as ``contributions.check_can_send`` (which decides at the send), read from
    the view: the meeting, then the table or case, then the rounds once one has started.
    """
    if not view.is_open:
        return "error.event_closed"
    if key in view.closed_keys:
        return "error.target_closed"
    if view.round_at(now) is None and view.rounds_started:
        return "error.round_closed"
    return ""


def phone_feed(
    view: WallView, key: str, participant_id: int | None = None, now: datetime | None = None
) -> dict[str, object]:
    """Return what a phone at target *key* shows of its table: the newest visible texts of
    others first (*participant_id*'s own are left out), and whether it can send now.

    ``enabled`` is false when the facilitator does not show the table's feed on phones (or the
    target is unknown): the phone then hides it. Texts only, no ids or authors. ``closed`` is
    '' or the catalogue key of the reason the phone cannot send (``send_state``).
    """
    section = view.section(key) if view.show_others else None
    others = (
        [
            e.text
            for e in reversed(section.recent)
            if participant_id is None or e.participant_id != participant_id
        ]
        if section
        else []
    )
    return {
        "revision": view.revision,
        "enabled": section is not None,
        "count": section.count if section else 0,
        "items": others,
        "closed": send_state(view, key, now),
    }


__all__ = [
    "WallCache",
    "WallEntry",
    "WallRound",
    "WallSection",
    "WallView",
    "phone_feed",
    "send_state",
]
