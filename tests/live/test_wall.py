"""The wall cache: a tick reads the revision; a change reads only what was written since."""

from __future__ import annotations

import pytest
from sqlalchemy import event as sa_event

from facilitation.core.db import read_session, write_session
from facilitation.core.validation import validated
from facilitation.live.wall import WallCache
from facilitation.meeting import contributions, events
from facilitation.models import EventUpdate, ThemeUpdate
from tests.utils import make_meeting


class StatementLog:
    """Records the SQL statements a tick sends (transaction control left out)."""

    def __init__(self, engine):
        self.statements: list[str] = []
        sa_event.listen(engine, "after_cursor_execute", self._after)

    def _after(self, conn, cursor, statement, parameters, context, executemany):
        if not statement.startswith(("BEGIN", "COMMIT", "ROLLBACK")):
            self.statements.append(statement)


def _view(cache, engine, event_id):
    with read_session(engine) as session:
        return cache.view(session, event_id)


def test_view_shows_counts_and_latest_first_items(engine):
    meeting = make_meeting(engine, tables=2)
    who = meeting.participant()
    for n in range(10):
        meeting.send(who, f"idee {n}", table=1)
    meeting.send(who, "tafel twee", table=2)
    view = _view(WallCache(recent_per_section=8), engine, meeting.id)
    one, two = view.section("t1"), view.section("t2")
    assert (one.count, two.count, view.total) == (10, 1, 11)
    assert [e.text for e in one.recent] == [f"idee {n}" for n in range(2, 10)]
    assert [e.text for e in two.recent] == ["tafel twee"]


def test_unchanged_revision_reads_one_row_only(sqlite_engine):
    meeting = make_meeting(sqlite_engine, tables=2)
    who = meeting.participant()
    for n in range(50):
        meeting.send(who, f"idee {n}")
    cache = WallCache()
    _view(cache, sqlite_engine, meeting.id)
    counter = StatementLog(sqlite_engine)
    again = _view(cache, sqlite_engine, meeting.id)
    assert again.section("t1").count == 50
    assert len(counter.statements) == 1 and "SELECT revision FROM event" in counter.statements[0]


def test_a_change_reads_only_new_contributions(sqlite_engine):
    meeting = make_meeting(sqlite_engine, tables=2)
    who = meeting.participant()
    for n in range(200):
        meeting.send(who, f"oud {n}")
    cache = WallCache()
    _view(cache, sqlite_engine, meeting.id)
    meeting.send(who, "nieuw", table=2)
    counter = StatementLog(sqlite_engine)
    view = _view(cache, sqlite_engine, meeting.id)
    contribution_selects = [s for s in counter.statements if "FROM contribution" in s]
    assert len(contribution_selects) == 1 and "revision >" in contribution_selects[0]
    assert view.section("t2").count == 1 and view.section("t1").count == 200


def test_hide_move_and_delete_update_the_view(engine):
    meeting = make_meeting(engine, tables=2)
    who = meeting.participant()
    keep = meeting.send(who, "blijft")
    hidden = meeting.send(who, "wordt verborgen")
    gone = meeting.send(who, "wordt ingetrokken")
    cache = WallCache()
    assert _view(cache, engine, meeting.id).section("t1").count == 3
    with write_session(engine) as session:
        contributions.set_hidden(
            session=session,
            event_id=meeting.id,
            contribution_id=hidden.contribution_id,
            hidden=True,
        )
        contributions.delete_own(
            session=session, participant=who, contribution_id=gone.contribution_id
        )
    view = _view(cache, engine, meeting.id)
    assert [e.id for e in view.section("t1").recent] == [keep.contribution_id]
    with write_session(engine) as session:
        contributions.set_hidden(
            session=session,
            event_id=meeting.id,
            contribution_id=hidden.contribution_id,
            hidden=False,
        )
    assert _view(cache, engine, meeting.id).section("t1").count == 2


def test_renamed_table_and_round_show_up(engine):
    meeting = make_meeting(engine, tables=1)
    cache = WallCache()
    assert _view(cache, engine, meeting.id).round is None
    target = meeting.target(table=1)
    with write_session(engine) as session:
        events.save_theme(
            session=session,
            event_id=meeting.id,
            theme_id=target.theme_id,
            update=validated(ThemeUpdate, {"title": "Nieuwe titel"}),
        )
        row = events.save_round(session=session, event_id=meeting.id, number=1, minutes=5)
        events.start_round(session=session, event_id=meeting.id, round_id=row.id or 0)
    view = _view(cache, engine, meeting.id)
    assert view.section("t1").title == "Nieuwe titel"
    assert view.round is not None and view.round.number == 1


def test_a_view_is_reused_until_the_revision_moves(sqlite_engine):
    meeting = make_meeting(sqlite_engine)
    cache = WallCache()
    first = _view(cache, sqlite_engine, meeting.id)
    assert _view(cache, sqlite_engine, meeting.id) is first
    assert _view(WallCache(), sqlite_engine, meeting.id) != first, "another cache, another view"
    meeting.send(meeting.participant(), "x")
    assert _view(cache, sqlite_engine, meeting.id) != first


@pytest.mark.parametrize(
    "text", ["<script>alert(1)</script>", "**vet** [link](http://x)", "<img src=x onerror=1>"]
)
def test_wall_html_shows_markup_as_text(sqlite_engine, text):
    from ui.wall.view import sections_html

    meeting = make_meeting(sqlite_engine, tables=1)
    meeting.send(meeting.participant(), text)
    html = sections_html(_view(WallCache(), sqlite_engine, meeting.id), "nl")
    assert "<script" not in html and "<img" not in html
    assert "&lt;" in html or "**vet**" in html


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_a_fresh_revision_is_trusted_without_asking_the_database(sqlite_engine):
    meeting = make_meeting(sqlite_engine, tables=2)
    who = meeting.participant()
    meeting.send(who, "eerste")
    clock = FakeClock()
    cache = WallCache(max_age=0.5, clock=clock)
    _view(cache, sqlite_engine, meeting.id)
    meeting.send(who, "tweede")
    counter = StatementLog(sqlite_engine)
    clock.now += 0.4
    assert _view(cache, sqlite_engine, meeting.id).section("t1").count == 1
    assert counter.statements == []
    clock.now += 0.2
    assert _view(cache, sqlite_engine, meeting.id).section("t1").count == 2


def test_without_max_age_every_view_reads_the_revision(sqlite_engine):
    meeting = make_meeting(sqlite_engine, tables=1)
    who = meeting.participant()
    cache = WallCache()
    _view(cache, sqlite_engine, meeting.id)
    meeting.send(who, "meteen zichtbaar")
    assert _view(cache, sqlite_engine, meeting.id).section("t1").count == 1


def _can_send(meeting, table: int) -> str:
    """Return the catalogue key of the error a send would raise now, or ''."""
    from facilitation.core.errors import OogstError
    from facilitation.meeting.events import get_event

    with read_session(meeting.engine) as session:
        try:
            contributions.check_can_send(
                session=session,
                event=get_event(session=session, event_id=meeting.id),
                target=meeting.target(table=table),
            )
        except OogstError as error:
            return error.key
    return ""


def test_send_state_says_what_a_send_would_say(engine):
    from facilitation.live.wall import send_state

    meeting = make_meeting(engine, tables=2)
    cache = WallCache()

    def both(table: int = 1) -> tuple[str, str]:
        return send_state(_view(cache, engine, meeting.id), f"t{table}"), _can_send(meeting, table)

    assert both() == ("", "")
    with write_session(engine) as session:
        theme_id = meeting.target(table=2).theme_id
        events.set_target_open(
            session=session, event_id=meeting.id, theme_id=theme_id, case_id=None, is_open=False
        )
    assert both(2) == ("error.target_closed", "error.target_closed")
    assert both(1) == ("", "")
    with write_session(engine) as session:
        first = events.save_round(session=session, event_id=meeting.id, number=1)
        events.start_round(session=session, event_id=meeting.id, round_id=first.id or 0)
    assert both() == ("", "")
    with write_session(engine) as session:
        events.close_round(session=session, event_id=meeting.id, round_id=first.id or 0)
    assert both() == ("error.round_closed", "error.round_closed")
    with write_session(engine) as session:
        events.set_event_open(session=session, event_id=meeting.id, is_open=False)
    assert both() == ("error.event_closed", "error.event_closed")


def test_phone_feed_leaves_out_the_phones_own_texts(engine):
    from facilitation.live.wall import phone_feed

    meeting = make_meeting(engine, tables=1)
    with write_session(engine) as session:
        events.update_event(
            session=session, event_id=meeting.id, update=EventUpdate(show_others=True)
        )
    me, other = meeting.participant(), meeting.participant()
    meeting.send(me, "van mij")
    meeting.send(other, "van een ander")
    view = _view(WallCache(), engine, meeting.id)
    assert phone_feed(view, "t1", me.id)["items"] == ["van een ander"]
    assert phone_feed(view, "t1")["items"] == ["van een ander", "van mij"]
    assert phone_feed(view, "t1", me.id)["count"] == 2, "the table's count is the whole table's"
