"""The wall's count bars: plain HTML built once per revision, one block per tick."""

from __future__ import annotations

import re

from facilitation.core.db import read_session, write_session
from facilitation.core.validation import validated
from facilitation.live.wall import WallCache
from facilitation.meeting import events
from facilitation.models import EventUpdate, ThemeUpdate
from tests.utils import make_meeting
from ui.wall.view import counts_html, wall_html


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
