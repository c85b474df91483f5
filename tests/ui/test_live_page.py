"""The Live page with AppTest against a real database: rounds and the timer option, the section
kept across actions, and moderation (filters, three lines with *meer*, hidden badge, undo)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlmodel import select

from facilitation import eventfile
from facilitation.core.db import get_engine, read_session, write_session
from facilitation.core.settings import get_settings
from facilitation.meeting import events
from facilitation.models import Contribution, Event, Round, utcnow
from tests.ui.test_pages import EXAMPLE, ROOT, app
from tests.utils import Meeting

LIVE = "pages/facilitator/live.py"
LONG = "regel een\nregel twee\nregel drie\nregel vier die pas na meer te zien is"


@pytest.fixture
def meeting(tmp_path, monkeypatch) -> Meeting:
    """The 12 February example in a fresh database that the app under test uses."""
    monkeypatch.setenv("OOGST_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("OOGST_DATABASE_URL", "")
    monkeypatch.setenv("OOGST_PUBLIC_URL", "http://oogst.test")
    monkeypatch.chdir(ROOT)
    get_settings.cache_clear()
    engine = get_engine(get_settings().resolved_database_url)
    with write_session(engine) as session:
        event = eventfile.import_event(
            session=session, model=eventfile.parse_event_file(EXAMPLE.read_bytes()), keep_code=False
        )
    yield Meeting(event=event, engine=engine)
    get_settings.cache_clear()


def _live(meeting: Meeting):
    return app(LIVE, facilitator=True, event=meeting.event.code)


def _section(at) -> str:
    return at.segmented_control(key="live-section").value


def _moderate(at):
    at.segmented_control(key="live-section").set_value("moderate").run()
    assert not at.exception, at.exception
    return at


def _button(at, label: str):
    return next(b for b in at.button if b.label == label)


def _row(meeting: Meeting, contribution_id: int) -> Contribution:
    with read_session(meeting.engine) as session:
        return session.exec(select(Contribution).where(Contribution.id == contribution_id)).one()


def test_starting_a_round_keeps_the_rounds_section_and_stopping_it_too(meeting):
    with write_session(meeting.engine) as session:
        events.save_round(session=session, event_id=meeting.id, number=9, minutes=10)
    at = _live(meeting)
    assert _section(at) == "run"
    round_id = _round_id(meeting, 9)
    at.button(key=f"round-{round_id}").click().run()
    assert _section(at) == "run"
    assert any("loopt, nog" in m.value for m in at.markdown)
    assert at.button(key=f"round-{round_id}").label == "Stop ronde 9"
    at.button(key=f"round-{round_id}").click().run()
    assert any("gesloten" in m.value for m in at.markdown)
    assert [t.value for t in at.toast] == ["Ronde 9 gestopt"], "one confirmation per action"


def test_the_timer_option_is_saved_and_an_expired_round_shows_closed(meeting):
    with write_session(meeting.engine) as session:
        row = events.save_round(session=session, event_id=meeting.id, number=9, minutes=10)
        events.start_round(session=session, event_id=meeting.id, round_id=row.id or 0)
    at = _live(meeting)
    at.toggle(key="live-close_rounds_at_end").set_value(True).run()
    with read_session(meeting.engine) as session:
        assert session.get(Event, meeting.id).close_rounds_at_end is True
    with write_session(meeting.engine) as session:
        stored = session.get(Round, row.id)
        stored.ends_at = utcnow() - timedelta(seconds=1)
        session.add(stored)
    at.run()
    assert any("gesloten: de tijd is om" in m.value for m in at.markdown)
    assert at.button(key=f"round-{row.id}").label == "Start ronde 9"


def test_hiding_keeps_the_moderation_section_shows_a_badge_and_can_be_undone(meeting):
    receipt = meeting.send(meeting.participant(), "Ongepast", table=1)
    at = _moderate(_live(meeting))
    next(b for b in at.button if b.key == f"hide-{receipt.contribution_id}").click().run()
    assert _section(at) == "moderate", "the facilitator stays where they were"
    assert _row(meeting, receipt.contribution_id).hidden is True
    assert any("Verborgen" in m.value and "badge" in m.value for m in at.markdown)
    assert [t.value for t in at.toast] == ["Verborgen: Ongepast"]
    undo = next(b for b in at.button if b.label.startswith("Ongedaan maken"))
    assert "Ongepast" in undo.label
    undo.click().run()
    assert _row(meeting, receipt.contribution_id).hidden is False
    assert not any(b.label.startswith("Ongedaan maken") for b in at.button)


def test_an_edit_can_be_undone(meeting):
    receipt = meeting.send(meeting.participant(), "Tikfuot", table=1)
    at = _moderate(_live(meeting))
    at.text_area(key=f"mod-text-{receipt.contribution_id}").input("Tikfout")
    next(b for b in at.button if b.label == "Tekst opslaan").click().run()
    assert _row(meeting, receipt.contribution_id).text == "Tikfout"
    _button_starting(at, "Ongedaan maken").click().run()
    assert _row(meeting, receipt.contribution_id).text == "Tikfuot"


def test_the_list_filters_per_table_and_by_hidden(meeting):
    who = meeting.participant()
    one = meeting.send(who, "aan tafel een", table=1)
    meeting.send(who, "aan tafel twee", table=2)
    at = _moderate(_live(meeting))
    texts = _texts(at)
    assert {"aan tafel een", "aan tafel twee"} <= set(texts)
    at.selectbox(key="mod-where").set_value("t2").run()
    assert "aan tafel twee" in _texts(at) and "aan tafel een" not in _texts(at)
    at.selectbox(key="mod-where").set_value("t1").run()
    next(b for b in at.button if b.key == f"hide-{one.contribution_id}").click().run()
    at.segmented_control(key="mod-show").set_value("hidden").run()
    assert _texts(at) == ["aan tafel een"]
    at.segmented_control(key="mod-show").set_value("visible").run()
    assert "aan tafel een" not in _texts(at)


def test_long_texts_are_cut_to_three_lines_with_more(meeting):
    receipt = meeting.send(meeting.participant(), LONG, table=1)
    at = _moderate(_live(meeting))
    assert "regel vier" not in "\n".join(_texts(at))
    more = next(b for b in at.button if b.key == f"more-{receipt.contribution_id}")
    assert more.label == "meer"
    more.click().run()
    assert LONG in _texts(at)
    assert next(b for b in at.button if b.key == f"more-{receipt.contribution_id}").label == (
        "minder"
    )


def _texts(at) -> list[str]:
    return [t.value for t in at.text]


def _button_starting(at, prefix: str):
    return next(b for b in at.button if b.label.startswith(prefix))


def _round_id(meeting: Meeting, number: int) -> int:
    with read_session(meeting.engine) as session:
        rows = events.rounds_of(session=session, event_id=meeting.id)
    return next(r.id or 0 for r in rows if r.number == number)
