"""Retention: meetings past OOGST_RETENTION_DAYS are erased, with a warning two weeks before."""

from __future__ import annotations

from datetime import date, timedelta

from facilitation.access import retention
from facilitation.core.db import read_session, write_session
from facilitation.meeting import events
from facilitation.models import Event, utcnow
from tests.utils import make_meeting


def _age(engine, meeting, days):
    with write_session(engine) as session:
        row = session.get(Event, meeting.id)
        row.updated_at = utcnow() - timedelta(days=days)
        row.event_date = None
        session.add(row)


def test_off_by_default(engine):
    meeting = make_meeting(engine)
    _age(engine, meeting, 5000)
    with write_session(engine) as session:
        assert retention.purge(session=session, days=0) == []
    with read_session(engine) as session:
        assert session.get(Event, meeting.id) is not None


def test_old_meetings_are_erased_new_ones_kept_and_warned(engine):
    old, soon, fresh = make_meeting(engine), make_meeting(engine), make_meeting(engine)
    _age(engine, old, 400)
    _age(engine, soon, 360)
    old.send(old.participant(), "weg ermee")  # contributions go with the meeting
    _age(engine, old, 400)
    with read_session(engine) as session:
        warned = {e.event_id for e in retention.upcoming(session=session, days=365)}
    assert warned == {old.id, soon.id}
    with write_session(engine) as session:
        dry = retention.purge(session=session, days=365, dry_run=True)
    assert [e.event_id for e in dry] == [old.id]
    with write_session(engine) as session:
        retention.purge(session=session, days=365)
    with read_session(engine) as session:
        remaining = {e.id for e in events.list_events(session=session)}
    assert remaining == {soon.id, fresh.id}


def test_a_future_meeting_date_counts_as_activity(engine):
    meeting = make_meeting(engine)
    _age(engine, meeting, 400)
    with write_session(engine) as session:
        row = session.get(Event, meeting.id)
        row.event_date = date.today() + timedelta(days=30)
        session.add(row)
    with write_session(engine) as session:
        assert retention.purge(session=session, days=365) == []
