"""The wall's count bars: plain HTML built once per revision, one block per tick."""

from __future__ import annotations

import re

from facilitation.core.db import read_session, write_session
from facilitation.core.validation import validated
from facilitation.live.wall import WallCache
from facilitation.meeting import events
from facilitation.models import EventUpdate, ThemeUpdate
from tests.utils import make_meeting
from ui.wall.view import FEW_CONTRIBUTIONS, counts_html, screen_of, short_address, wall_html


def _view(engine, meeting):
    with read_session(engine) as session:
        return WallCache().view(session, meeting.id)


def _bars(html: str) -> list[tuple[str, int, float]]:
    found = re.findall(
        r'<span class="oogst-bar-n">(\d+)</span><span class="oogst-bar-fill" '
        r'style="height:calc\(\(100% - 1.6rem\) \* ([0-9.]+)\)"></span></div>'
        r'<span class="oogst-bar-label">([^<]*)</span>',
        html,
    )
    return [(label, int(count), float(share)) for count, share, label in found]


def test_bars_are_counts_per_table_scaled_to_the_busiest(sqlite_engine):
    meeting = make_meeting(sqlite_engine, tables=3)
    who = meeting.participant()
    meeting.send(who, "een", table=1)
    meeting.send(who, "twee", table=3)
    meeting.send(who, "drie", table=3)
    html = counts_html(_view(sqlite_engine, meeting), "nl")
    assert _bars(html) == [("1", 1, 0.5), ("2", 0, 0.0), ("3", 2, 1.0)]
    assert "Bijdragen per tafel" in html
    assert "Contributions per table" in counts_html(_view(sqlite_engine, meeting), "en")


def test_bars_of_an_empty_wall_are_flat(sqlite_engine):
    meeting = make_meeting(sqlite_engine, tables=2)
    assert _bars(counts_html(_view(sqlite_engine, meeting), "nl")) == [("1", 0, 0.0), ("2", 0, 0.0)]


def test_table_titles_in_the_bar_tooltips_stay_text(sqlite_engine):
    meeting = make_meeting(sqlite_engine, tables=0)
    with write_session(sqlite_engine) as session:
        events.save_theme(
            session=session,
            event_id=meeting.id,
            update=validated(
                ThemeUpdate,
                {"number": 1, "title": '<img src=x onerror=alert(1)> "Geld"', "question": ""},
            ),
        )
    html = counts_html(_view(sqlite_engine, meeting), "nl")
    assert "<img" not in html
    assert "&lt;img src=x onerror=alert(1)&gt; &quot;Geld&quot;" in html


def test_one_tick_is_one_block_with_titles_bars_join_and_cards(sqlite_engine):
    meeting = make_meeting(sqlite_engine, tables=2)
    meeting.send(meeting.participant(), "Op de wall", table=2)
    html = wall_html(_view(sqlite_engine, meeting), "http://oogst.test/join?event=X", "nl")
    for part in ("oogst-wall-titles", "oogst-wall-counts", "oogst-wall-qr", "oogst-wall-grid"):
        assert html.count(f'class="{part}"') == 1, part
    assert "Op de wall" in html


def test_pitches_and_cases_are_counted_per_case(sqlite_engine):
    meeting = make_meeting(sqlite_engine, tables=0)
    with write_session(sqlite_engine) as session:
        events.update_event(
            session=session, event_id=meeting.id, update=validated(EventUpdate, {"format": "pitch"})
        )
    assert "Bijdragen per casus" in counts_html(_view(sqlite_engine, meeting), "nl")


def _set(engine, meeting, **values) -> None:
    with write_session(engine) as session:
        events.update_event(
            session=session, event_id=meeting.id, update=validated(EventUpdate, values)
        )


def test_left_to_the_room_the_wall_is_a_join_screen_until_a_few_are_in(sqlite_engine):
    meeting = make_meeting(sqlite_engine, tables=2)
    who = meeting.participant()
    cache = WallCache()

    def screen() -> str:
        with read_session(sqlite_engine) as session:
            return screen_of(cache.view(session, meeting.id))

    assert screen() == "join"
    for n in range(FEW_CONTRIBUTIONS):
        assert screen() == "join", n
        meeting.send(who, f"idee {n}")
    assert screen() == "live"
    with write_session(sqlite_engine) as session:
        first = events.save_round(session=session, event_id=meeting.id, number=1)
        events.start_round(session=session, event_id=meeting.id, round_id=first.id or 0)
    assert screen() == "live", "during a round"
    with write_session(sqlite_engine) as session:
        events.close_round(session=session, event_id=meeting.id, round_id=first.id or 0)
    assert screen() == "join", "between rounds"
    _set(sqlite_engine, meeting, wall_screen="live")
    assert screen() == "live", "the facilitator's choice holds"
    _set(sqlite_engine, meeting, wall_screen="auto", is_open=False)
    assert screen() == "live", "a closed meeting shows what was harvested"
    _set(sqlite_engine, meeting, wall_screen="join")
    assert screen() == "join"


def test_join_screen_has_the_qr_the_short_address_and_the_code(sqlite_engine):
    meeting = make_meeting(sqlite_engine, tables=1)
    meeting.send(meeting.participant(), "een")
    view = _view(sqlite_engine, meeting)
    html = wall_html(view, f"http://192.168.1.20:8501/join?event={view.code}", "nl")
    assert 'data-screen="join"' in html and 'class="oogst-join-qr"' in html
    assert (
        '<div class="oogst-join-address" data-testid="join-address" style="font-size:72px">192.168.1.20:8501</div>'
        in html
    )
    assert f"{view.code[:4]}-{view.code[4:]}" in html
    assert "1 bijdrage binnen" in html
    assert short_address("https://oogst.example.nl/bijeenkomst/") == "oogst.example.nl/bijeenkomst"


def test_a_closed_meeting_says_so_and_invites_nobody(sqlite_engine):
    meeting = make_meeting(sqlite_engine, tables=1)
    _set(sqlite_engine, meeting, is_open=False, wall_screen="join")
    html = wall_html(_view(sqlite_engine, meeting), "http://oogst.test/join?event=X", "nl")
    assert "Deze bijeenkomst is gesloten" in html
    assert "Doe mee" not in html and "oogst-join-qr" not in html and "oogst-wall-qr" not in html


def test_a_round_closed_by_its_timer_shows_the_join_screen_without_a_timer(sqlite_engine):
    from datetime import timedelta

    from facilitation.models import Round, utcnow

    meeting = make_meeting(sqlite_engine, tables=1)
    who = meeting.participant()
    for n in range(FEW_CONTRIBUTIONS):
        meeting.send(who, f"idee {n}")
    with write_session(sqlite_engine) as session:
        events.update_event(
            session=session, event_id=meeting.id, update=EventUpdate(close_rounds_at_end=True)
        )
        row = events.save_round(session=session, event_id=meeting.id, number=1)
        events.start_round(session=session, event_id=meeting.id, round_id=row.id or 0)
        stored = session.get(Round, row.id)
        stored.ends_at = utcnow() - timedelta(seconds=1)
        session.add(stored)
    view = _view(sqlite_engine, meeting)
    assert view.open_round is not None and view.round is None
    assert screen_of(view) == "join", "between rounds once the time is up"
    assert "Ronde 1" not in wall_html(view, "http://oogst.test/join?event=X", "nl")
