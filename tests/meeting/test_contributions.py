"""Sending, editing, deleting and moderating contributions against a real database."""

from __future__ import annotations

import pytest
from sqlmodel import select

from facilitation.core.db import read_revision, read_session, write_session
from facilitation.core.errors import (
    EmptyText,
    EventClosed,
    InvalidField,
    NotAllowed,
    RateLimited,
    RoundClosed,
    TargetClosed,
    TextTooLong,
)
from facilitation.meeting import contributions, events
from facilitation.models import Contribution
from tests.utils import make_meeting


def _rows(engine, event_id):
    with read_session(engine) as session:
        return list(session.exec(select(Contribution).where(Contribution.event_id == event_id)))


def test_submit_stores_text_and_bumps_revision(engine):
    meeting = make_meeting(engine)
    who = meeting.participant()
    with read_session(engine) as session:
        before = read_revision(session=session, event_id=meeting.id)
    receipt = meeting.send(who, "  Meer groen in de wijk  ", table=2)
    rows = _rows(engine, meeting.id)
    assert [(r.text, r.theme_id is not None, r.participant_id) for r in rows] == [
        ("Meer groen in de wijk", True, who.id)
    ]
    assert receipt.duplicate is False and receipt.contribution_id == rows[0].id
    assert rows[0].revision == receipt.revision > before


def test_resend_with_same_client_id_is_stored_once(engine):
    meeting = make_meeting(engine)
    who = meeting.participant()
    first = meeting.send(who, "Een idee", client_id="abcdefgh12345678")
    again = meeting.send(who, "Een idee", client_id="abcdefgh12345678")
    assert again.duplicate is True and again.contribution_id == first.contribution_id
    assert len(_rows(engine, meeting.id)) == 1


@pytest.mark.parametrize("text", ["", "   ", "\n\t\n", "\x00\x01\x0b"])
def test_empty_text_is_refused_and_nothing_stored(engine, text):
    meeting = make_meeting(engine)
    with pytest.raises(EmptyText):
        meeting.send(meeting.participant(), text)
    assert _rows(engine, meeting.id) == []


def test_too_long_text_is_refused_with_length_and_limit(engine):
    meeting = make_meeting(engine)
    with pytest.raises(TextTooLong) as caught:
        meeting.send(meeting.participant(), "x" * 2001)
    assert "2001" in caught.value.message("nl") and "2000" in caught.value.message("nl")
    assert _rows(engine, meeting.id) == []


def test_malformed_client_id_is_refused(engine):
    meeting = make_meeting(engine)
    with pytest.raises(InvalidField):
        meeting.send(meeting.participant(), "tekst", client_id="<script>")


def test_closed_event_refuses_and_keeps_earlier_contributions(engine):
    meeting = make_meeting(engine)
    who = meeting.participant()
    meeting.send(who, "voor sluiting")
    with write_session(engine) as session:
        events.set_event_open(session=session, event_id=meeting.id, is_open=False)
    with pytest.raises(EventClosed):
        meeting.send(who, "na sluiting")
    assert [r.text for r in _rows(engine, meeting.id)] == ["voor sluiting"]


def test_closed_table_refuses_but_other_tables_accept(engine):
    meeting = make_meeting(engine)
    who = meeting.participant()
    target = meeting.target(table=2)
    with write_session(engine) as session:
        events.set_target_open(
            session=session, event_id=meeting.id, theme_id=target.theme_id, is_open=False
        )
    with pytest.raises(TargetClosed):
        meeting.send(who, "tafel twee", table=2)
    meeting.send(who, "tafel drie", table=3)
    assert [r.text for r in _rows(engine, meeting.id)] == ["tafel drie"]


def test_rounds_gate_sending_once_started(engine):
    meeting = make_meeting(engine)
    who = meeting.participant()
    with write_session(engine) as session:
        first = events.save_round(session=session, event_id=meeting.id, number=1, minutes=10)
    meeting.send(who, "voor de rondes")  # rounds defined but none started: free sending
    with write_session(engine) as session:
        events.start_round(session=session, event_id=meeting.id, round_id=first.id or 0)
    meeting.send(who, "tijdens ronde 1")
    with write_session(engine) as session:
        events.close_round(session=session, event_id=meeting.id, round_id=first.id or 0)
    with pytest.raises(RoundClosed):
        meeting.send(who, "na ronde 1")
    rows = {r.text: r.round_id for r in _rows(engine, meeting.id)}
    assert rows == {"voor de rondes": None, "tijdens ronde 1": first.id}


def test_rate_limit_per_participant(engine):
    meeting = make_meeting(engine)
    who, other = meeting.participant(), meeting.participant()
    for n in range(3):
        meeting.send(who, f"idee {n}", per_minute=3)
    with pytest.raises(RateLimited):
        meeting.send(who, "een te veel", per_minute=3)
    meeting.send(other, "ander persoon", per_minute=3)
    assert len(_rows(engine, meeting.id)) == 4


def test_edit_and_delete_own_only(engine):
    meeting = make_meeting(engine)
    owner, stranger = meeting.participant(), meeting.participant()
    receipt = meeting.send(owner, "eerste versie")
    with write_session(engine) as session, pytest.raises(NotAllowed):
        contributions.edit_own(
            session=session,
            participant=stranger,
            contribution_id=receipt.contribution_id,
            text="gekaapt",
            max_chars=2000,
        )
    with write_session(engine) as session:
        contributions.edit_own(
            session=session,
            participant=owner,
            contribution_id=receipt.contribution_id,
            text="tweede versie",
            max_chars=2000,
        )
    assert [r.text for r in _rows(engine, meeting.id)] == ["tweede versie"]
    with write_session(engine) as session, pytest.raises(NotAllowed):
        contributions.delete_own(
            session=session, participant=stranger, contribution_id=receipt.contribution_id
        )
    with write_session(engine) as session:
        contributions.delete_own(
            session=session, participant=owner, contribution_id=receipt.contribution_id
        )
    row = _rows(engine, meeting.id)[0]
    assert row.deleted and row.text == ""


def test_edit_refused_once_table_closed(engine):
    meeting = make_meeting(engine)
    owner = meeting.participant()
    receipt = meeting.send(owner, "tekst", table=1)
    target = meeting.target(table=1)
    with write_session(engine) as session:
        events.set_target_open(
            session=session, event_id=meeting.id, theme_id=target.theme_id, is_open=False
        )
    with write_session(engine) as session, pytest.raises(TargetClosed):
        contributions.edit_own(
            session=session,
            participant=owner,
            contribution_id=receipt.contribution_id,
            text="later",
            max_chars=2000,
        )
    assert [r.text for r in _rows(engine, meeting.id)] == ["tekst"]


def test_hidden_contributions_leave_the_table_list(engine):
    meeting = make_meeting(engine)
    who = meeting.participant()
    keep = meeting.send(who, "blijft")
    hide = meeting.send(who, "verborgen")
    with write_session(engine) as session:
        contributions.set_hidden(
            session=session, event_id=meeting.id, contribution_id=hide.contribution_id, hidden=True
        )
    with read_session(engine) as session:
        visible = contributions.of_target(
            session=session, event_id=meeting.id, target=meeting.target(table=1)
        )
        everything = contributions.of_target(
            session=session,
            event_id=meeting.id,
            target=meeting.target(table=1),
            include_hidden=True,
        )
    assert [c.id for c in visible] == [keep.contribution_id]
    assert len(everything) == 2


def test_a_resend_racing_a_new_identity_is_stored_once_and_names_the_first(engine):
    """A phone's first send and its retry can each create an identity; the send is stored once."""
    meeting = make_meeting(engine)
    first, second = meeting.participant(), meeting.participant()
    one = meeting.send(first, "Mijn eerste idee", client_id="race-0123456789abcdef")
    two = meeting.send(second, "Mijn eerste idee", client_id="race-0123456789abcdef")
    assert two.duplicate and two.contribution_id == one.contribution_id
    assert two.participant_id == first.id
    assert [r.text for r in _rows(engine, meeting.id)] == ["Mijn eerste idee"]
