"""A new meeting's first shape: the starter layout per format and a copy of an earlier meeting."""

from __future__ import annotations

import pytest
from sqlmodel import select

from facilitation.agenda import actions
from facilitation.core.db import read_session, write_session
from facilitation.core.errors import EventNotFound
from facilitation.meeting import events, layout, rows, starter
from facilitation.meeting.targets import cases_of, themes_of
from facilitation.models import ActionKind, Contribution, Participant
from tests.utils import make_meeting


@pytest.mark.parametrize(
    ("event_format", "tables", "cases"),
    [
        ("table_rounds", ["Tafel 1", "Tafel 2", "Tafel 3", "Tafel 4", "Tafel 5", "Tafel 6"], []),
        ("pitch", [], ["Pitch A", "Pitch B", "Pitch C"]),
        ("practice_cases", [], ["Casus A", "Casus B", "Casus C"]),
    ],
)
def test_starter_layout_per_format(engine, event_format, tables, cases):
    with write_session(engine) as session:
        event = events.create_event(session=session, title="Nieuw", event_format=event_format)
        eid = event.id or 0
        starter.add_starter_layout(session=session, event_id=eid, lang="nl")
        starter.add_starter_layout(session=session, event_id=eid, lang="nl")  # adds nothing more
    with read_session(engine) as session:
        assert [t.title for t in themes_of(session=session, event_id=eid)] == tables
        assert [c.name for c in cases_of(session=session, event_id=eid)] == cases
        assert [c.letter for c in cases_of(session=session, event_id=eid)] == list("ABC")[
            : len(cases)
        ]
        rounds = events.rounds_of(session=session, event_id=eid)
    assert [(r.number, r.title, r.duration_seconds) for r in rounds] == [(1, "Ronde 1", 1200)]


def test_copy_takes_the_structure_and_leaves_the_people_and_their_words(engine):
    meeting = make_meeting(engine, tables=3, title="Voorjaar")
    eid = meeting.id
    with write_session(engine) as session:
        events.update_event(
            session=session,
            event_id=eid,
            update=events.event_update(intro="Welkom", venue="Zaal 2", show_others=True),
        )
        table = themes_of(session=session, event_id=eid)[2]
        layout.save_pitch(
            session=session,
            event_id=eid,
            values={"letter": "A", "name": "Wijkkracht", "theme_id": table.id, "kind": "Casus"},
        )
        layout.save_round(session=session, event_id=eid, values={"title": "Een", "minutes": 25})
        rows.save_text(session=session, event_id=eid, kind="contacts", values={"name": "Ans"})
        actions.add_default_kinds(session=session, event_id=eid)
    meeting.send(meeting.participant(), "Alleen in het voorjaar", table=1)
    with write_session(engine) as session:
        copy = starter.copy_event(session=session, source_id=eid, title="Najaar")
        new_id, new_code = copy.id or 0, copy.code
    with read_session(engine) as session:
        copied = events.get_event(session=session, event_id=new_id)
        assert (copied.title, copied.intro, copied.venue, copied.show_others) == (
            "Najaar",
            "Welkom",
            "Zaal 2",
            True,
        )
        assert new_code != meeting.event.code
        assert [t.title for t in themes_of(session=session, event_id=new_id)] == [
            "Thema 1",
            "Thema 2",
            "Thema 3",
        ]
        (case,) = cases_of(session=session, event_id=new_id)
        assert case.name == "Wijkkracht" and case.theme_id != table.id
        assert session.get(type(table), case.theme_id).number == 3
        assert [r.duration_seconds for r in events.rounds_of(session=session, event_id=new_id)] == [
            1500
        ]
        assert [c.name for c in events.contacts_of(session=session, event_id=new_id)] == ["Ans"]
        kinds = session.exec(select(ActionKind).where(ActionKind.event_id == new_id)).all()
        assert len(kinds) == 3
        assert not session.exec(select(Contribution).where(Contribution.event_id == new_id)).all()
        assert not session.exec(select(Participant).where(Participant.event_id == new_id)).all()


def test_copying_an_unknown_meeting_says_so(engine):
    with pytest.raises(EventNotFound), write_session(engine) as session:
        starter.copy_event(session=session, source_id=999_999, title="Niets")
