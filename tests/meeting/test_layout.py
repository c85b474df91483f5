"""Preparing a meeting one row at a time: tables, cases, rounds, texts, bad input, two tabs."""

from __future__ import annotations

import pytest
from sqlmodel import select

from facilitation.core.db import read_session, write_session
from facilitation.core.errors import (
    DuplicateCaseLetter,
    DuplicateTableNumber,
    FieldRequired,
    InvalidLetter,
    InvalidMinutes,
    InvalidNumber,
    RowGone,
    TargetInUse,
)
from facilitation.meeting import events, layout, rows
from facilitation.meeting.targets import cases_of, themes_of
from facilitation.models import Contribution, Definition, Round, Theme
from tests.utils import make_meeting


def _write(engine, action):
    with write_session(engine) as session:
        return action(session)


def _themes(engine, event_id):
    with read_session(engine) as session:
        return [(t.number, t.title) for t in themes_of(session=session, event_id=event_id)]


def test_tables_are_added_changed_moved_and_removed_one_at_a_time(engine):
    meeting = make_meeting(engine, tables=0)
    eid = meeting.id
    for number in (1, 2, 3):
        _write(
            engine,
            lambda s, n=number: layout.save_table(
                session=s, event_id=eid, values={"number": n, "title": f"T{n}", "question": "?"}
            ),
        )
    ids = {n: meeting.target(table=n).theme.id for n in (1, 2, 3)}
    _write(
        engine,
        lambda s: layout.save_table(
            session=s, event_id=eid, theme_id=ids[2], values={"number": 2, "title": "Twee"}
        ),
    )
    _write(
        engine, lambda s: rows.move(session=s, event_id=eid, model=Theme, row_id=ids[3], step=-1)
    )
    assert _themes(engine, eid) == [(1, "T1"), (2, "T3"), (3, "Twee")]
    _write(
        engine, lambda s: rows.move(session=s, event_id=eid, model=Theme, row_id=ids[1], step=-1)
    )
    _write(engine, lambda s: layout.remove_table(session=s, event_id=eid, theme_id=ids[1]))
    assert _themes(engine, eid) == [(2, "T3"), (3, "Twee")]
    with read_session(engine) as session:
        assert layout.next_theme_number(session=session, event_id=eid) == 4


@pytest.mark.parametrize(
    ("values", "error", "field"),
    [
        ({"number": 1, "title": "Dubbel"}, DuplicateTableNumber, "number"),
        ({"number": 2, "title": "  "}, FieldRequired, "title"),
        ({"number": 0, "title": "Nul"}, InvalidNumber, "number"),
        ({"number": 1000, "title": "Te hoog"}, InvalidNumber, "number"),
        ({"number": "drie", "title": "Tekst"}, InvalidNumber, "number"),
    ],
)
def test_bad_table_input_is_refused_and_names_the_field(engine, values, error, field):
    meeting = make_meeting(engine, tables=1)
    with pytest.raises(error) as raised, write_session(engine) as session:
        layout.save_table(session=session, event_id=meeting.id, values=values)
    assert raised.value.params["field"] == field
    assert _themes(engine, meeting.id) == [(1, "Thema 1")]
    dutch, english = raised.value.message("nl"), raised.value.message("en")
    assert "'" + field + "'" not in dutch and dutch != english


def test_messages_say_the_field_as_the_form_labels_it():
    assert InvalidLetter(field="letter", value="4").message("nl").startswith("'Letter' moet")
    assert "'Minutes'" in InvalidMinutes(field="minutes", value="-5", low=1, high=1440).message(
        "en"
    )
    assert FieldRequired(field="title", value="").message("nl") == "Vul 'Titel' in."


@pytest.mark.parametrize(
    ("letter", "name", "error"),
    [
        ("A", "Tweede A", DuplicateCaseLetter),
        ("4", "Cijfer", InvalidLetter),
        ("É", "Accent", InvalidLetter),
        ("AB", "Twee", InvalidLetter),
        ("B", "", FieldRequired),
    ],
)
def test_bad_case_input_is_refused(engine, letter, name, error):
    meeting = make_meeting(engine, tables=0)
    eid = meeting.id
    _write(
        engine,
        lambda s: layout.save_pitch(
            session=s, event_id=eid, values={"letter": "a", "name": "Eerste", "kind": "Pitch"}
        ),
    )
    with pytest.raises(error), write_session(engine) as session:
        layout.save_pitch(session=session, event_id=eid, values={"letter": letter, "name": name})
    with read_session(engine) as session:
        assert [(c.letter, c.name) for c in cases_of(session=session, event_id=eid)] == [
            ("A", "Eerste")
        ]


@pytest.mark.parametrize("minutes", [-5, 0, 2.5, 100_000, "", "veel"])
def test_rounds_refuse_negative_huge_or_odd_minutes(engine, minutes):
    meeting = make_meeting(engine, tables=0)
    with pytest.raises(InvalidMinutes), write_session(engine) as session:
        layout.save_round(
            session=session, event_id=meeting.id, values={"title": "R", "minutes": minutes}
        )


def test_rounds_number_themselves_and_removing_one_keeps_its_contributions(engine):
    meeting = make_meeting(engine, tables=1)
    eid = meeting.id
    first = _write(
        engine,
        lambda s: layout.save_round(
            session=s, event_id=eid, values={"title": "Verkennen", "minutes": 15}
        ),
    )
    second = _write(
        engine,
        lambda s: layout.save_round(
            session=s, event_id=eid, values={"title": "Kiezen", "minutes": 10}
        ),
    )
    assert (first.number, second.number, second.duration_seconds) == (1, 2, 600)
    _write(
        engine, lambda s: rows.move(session=s, event_id=eid, model=Round, row_id=second.id, step=-1)
    )
    _write(engine, lambda s: events.start_round(session=s, event_id=eid, round_id=first.id))
    meeting.send(meeting.participant(), "In ronde één")
    _write(engine, lambda s: layout.remove_round(session=s, event_id=eid, round_id=first.id))
    with read_session(engine) as session:
        assert [(r.number, r.title) for r in events.rounds_of(session=session, event_id=eid)] == [
            (1, "Kiezen")
        ]
        kept = session.exec(select(Contribution)).all()
    assert [row.text for row in kept] == ["In ronde één"]


def test_a_table_or_case_with_contributions_is_never_removed(engine):
    meeting = make_meeting(engine, tables=2)
    eid = meeting.id
    case = _write(
        engine,
        lambda s: layout.save_pitch(
            session=s, event_id=eid, values={"letter": "B", "name": "Buurtkracht"}
        ),
    )
    meeting.send(meeting.participant(), "Aan tafel 1", table=1)
    meeting.send(meeting.participant(), "Over B", case="B")
    table_one = meeting.target(table=1).theme
    for remove in (
        lambda s: layout.remove_table(session=s, event_id=eid, theme_id=table_one.id),
        lambda s: layout.remove_pitch(session=s, event_id=eid, case_id=case.id),
    ):
        with pytest.raises(TargetInUse) as raised, write_session(engine) as session:
            remove(session)
        assert raised.value.message("nl").startswith("Hier staan 1 bijdrage;")
    with read_session(engine) as session:
        assert layout.contributions_at(session=session, theme_id=table_one.id) == 1
        assert len(session.exec(select(Contribution)).all()) == 2


def test_two_tabs_editing_at_once_never_wipe_each_others_rows(engine):
    """Tab 1 adds a table while tab 2 (with the older list on screen) edits another one."""
    meeting = make_meeting(engine, tables=2)
    eid = meeting.id
    on_screen = _themes(engine, eid)
    _write(
        engine,
        lambda s: layout.save_table(
            session=s, event_id=eid, values={"number": 3, "title": "Van tab 1"}
        ),
    )
    second = meeting.target(table=2).theme
    _write(
        engine,
        lambda s: layout.save_table(
            session=s, event_id=eid, theme_id=second.id, values={"number": 2, "title": "Van tab 2"}
        ),
    )
    assert on_screen == [(1, "Thema 1"), (2, "Thema 2")]
    assert _themes(engine, eid) == [(1, "Thema 1"), (2, "Van tab 2"), (3, "Van tab 1")]
    _write(engine, lambda s: layout.remove_table(session=s, event_id=eid, theme_id=second.id))
    with pytest.raises(RowGone) as raised, write_session(engine) as session:
        layout.save_table(
            session=session, event_id=eid, theme_id=second.id, values={"number": 2, "title": "X"}
        )
    assert "iemand anders" in raised.value.message("nl")
    assert _themes(engine, eid) == [(1, "Thema 1"), (3, "Van tab 1")]


def test_definitions_sections_and_contacts_one_row_at_a_time(engine):
    meeting = make_meeting(engine, tables=0)
    eid = meeting.id
    first = _write(
        engine,
        lambda s: rows.save_text(
            session=s, event_id=eid, kind="definitions", values={"term": "Groeistof", "text": "…"}
        ),
    )
    second = _write(
        engine,
        lambda s: rows.save_text(
            session=s, event_id=eid, kind="definitions", values={"term": "Oogst", "text": "Verslag"}
        ),
    )
    _write(
        engine,
        lambda s: rows.move(session=s, event_id=eid, model=Definition, row_id=second.id, step=-1),
    )
    _write(
        engine,
        lambda s: rows.save_text(
            session=s,
            event_id=eid,
            kind="sections",
            values={"title": "Na afloop", "body": "Tekst", "placement": "after_agenda"},
        ),
    )
    with pytest.raises(FieldRequired), write_session(engine) as session:
        rows.save_text(session=session, event_id=eid, kind="contacts", values={"name": " "})
    _write(
        engine,
        lambda s: rows.remove_text(session=s, event_id=eid, kind="definitions", row_id=first.id),
    )
    with read_session(engine) as session:
        assert [d.term for d in events.definitions_of(session=session, event_id=eid)] == ["Oogst"]
        assert [s.placement for s in events.sections_of(session=session, event_id=eid)] == [
            "after_agenda"
        ]
        assert events.contacts_of(session=session, event_id=eid) == []
