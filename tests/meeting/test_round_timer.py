"""A round that closes when its timer ends: decided by the server at every read and send, so it
closes on time with no facilitator page open."""

from __future__ import annotations

from datetime import timedelta

import pytest

from facilitation.core.db import read_revision, read_session, write_session
from facilitation.core.errors import RoundClosed
from facilitation.live.wall import WallCache, phone_feed, send_state
from facilitation.meeting import events
from facilitation.models import EventUpdate, Round, utcnow
from tests.utils import Meeting, make_meeting


def _start(meeting: Meeting, *, close_at_end: bool, minutes: float = 10) -> int:
    with write_session(meeting.engine) as session:
        events.update_event(
            session=session,
            event_id=meeting.id,
            update=EventUpdate(close_rounds_at_end=close_at_end),
        )
        row = events.save_round(session=session, event_id=meeting.id, number=1, minutes=minutes)
        events.start_round(session=session, event_id=meeting.id, round_id=row.id or 0)
        return row.id or 0


def _let_time_run_out(meeting: Meeting, round_id: int) -> None:
    """Move the round's end into the past the way time does: without touching the revision."""
    with write_session(meeting.engine) as session:
        row = session.get(Round, round_id)
        assert row is not None
        row.ends_at = utcnow() - timedelta(seconds=1)
        session.add(row)


def test_a_round_that_closes_at_the_end_refuses_sends_once_its_time_is_up(engine):
    meeting = make_meeting(engine)
    who = meeting.participant()
    round_id = _start(meeting, close_at_end=True)
    meeting.send(who, "binnen de tijd")
    revision = read_revision_of(meeting)
    _let_time_run_out(meeting, round_id)
    assert read_revision_of(meeting) == revision, "time passing writes nothing"
    with pytest.raises(RoundClosed):
        meeting.send(who, "te laat")
    with read_session(engine) as session:
        assert events.current_round(session=session, event_id=meeting.id) is None


def test_without_the_option_a_round_stays_open_after_its_time(engine):
    meeting = make_meeting(engine)
    who = meeting.participant()
    round_id = _start(meeting, close_at_end=False)
    _let_time_run_out(meeting, round_id)
    meeting.send(who, "na de tijd, maar de ronde loopt nog")
    with read_session(engine) as session:
        running = events.current_round(session=session, event_id=meeting.id)
    assert running is not None and running.id == round_id


def test_the_cached_view_closes_the_round_when_time_is_up_without_a_new_revision(engine):
    meeting = make_meeting(engine, tables=1)
    _start(meeting, close_at_end=True, minutes=5)
    cache = WallCache()
    with read_session(engine) as session:
        view = cache.view(session, meeting.id)
    assert view.round is not None and send_state(view, "t1") == ""
    ends_at = view.open_round.ends_at if view.open_round else None
    assert ends_at is not None
    later = ends_at + timedelta(seconds=1)
    assert view.round_at(later) is None
    assert send_state(view, "t1", later) == "error.round_closed"
    with read_session(engine) as session:
        again = cache.view(session, meeting.id)
    assert again is view, "the same cached view: time alone does not rebuild it"
    assert phone_feed(again, "t1", now=later)["closed"] == "error.round_closed"
    assert phone_feed(again, "t1")["closed"] == ""


def test_starting_the_round_again_reopens_it_with_a_fresh_timer(engine):
    meeting = make_meeting(engine)
    who = meeting.participant()
    round_id = _start(meeting, close_at_end=True)
    _let_time_run_out(meeting, round_id)
    with write_session(engine) as session:
        events.start_round(session=session, event_id=meeting.id, round_id=round_id)
    meeting.send(who, "weer open")


def test_round_running_reads_the_option_and_the_clock():
    now = utcnow()
    row = Round(event_id=1, number=1, is_open=True, ends_at=now)
    assert events.round_running(row, close_at_end=False, now=now + timedelta(hours=1))
    assert events.round_running(row, close_at_end=True, now=now - timedelta(seconds=1))
    assert not events.round_running(row, close_at_end=True, now=now)
    row.is_open = False
    assert not events.round_running(row, close_at_end=False, now=now)


def read_revision_of(meeting: Meeting) -> int:
    with read_session(meeting.engine) as session:
        return read_revision(session=session, event_id=meeting.id)
