"""Personal data: a participant sees and erases their own; the facilitator removes one on request."""

from __future__ import annotations

import pytest
from sqlmodel import select

from facilitation.access import privacy
from facilitation.core.db import read_session, write_session
from facilitation.core.errors import ParticipantNotFound
from facilitation.meeting import participants
from facilitation.models import Contribution, Participant, QuestionBase
from facilitation.models.scans import ScanAnswer, ScanResponse
from facilitation.scans.checks import Given
from tests.scans.helpers import make_scan
from tests.utils import make_meeting


def test_anonymous_by_default(engine):
    meeting = make_meeting(engine)
    who = meeting.participant()
    assert (who.name, who.organisation, who.email, who.listed_consent, who.contact_consent) == (
        "",
        "",
        "",
        False,
        False,
    )


def test_consent_is_recorded_with_time_and_wording(engine):
    meeting = make_meeting(engine)
    who = meeting.participant()
    with write_session(engine) as session:
        participants.update_profile(
            session=session,
            participant=who,
            name="Sanne",
            organisation="Buurthuis",
            listed_consent=True,
            listed_wording="Zet mijn naam op de lijst",
        )
    with read_session(engine) as session:
        data = privacy.personal_data(session=session, participant_id=who.id)
    assert data.listed_consent and data.listed_consent_at is not None
    assert data.listed_consent_text == "Zet mijn naam op de lijst"
    assert not data.contact_consent and data.contact_consent_at is None


def test_erase_removes_person_and_contribution_text(engine):
    meeting = make_meeting(engine)
    who, other = meeting.participant(), meeting.participant()
    meeting.send(who, "mijn idee")
    meeting.send(other, "ander idee")
    with write_session(engine) as session:
        erased = privacy.erase_participant(
            session=session, event_id=meeting.id, participant_id=who.id, with_contributions=True
        )
    assert erased == 1
    with read_session(engine) as session:
        assert session.get(Participant, who.id) is None
        rows = session.exec(select(Contribution).order_by(Contribution.id)).all()
    assert [(r.text, r.deleted) for r in rows] == [("", True), ("ander idee", False)]
    assert rows[0].original_text == ""


def test_erase_person_but_keep_anonymous_contributions(engine):
    meeting = make_meeting(engine)
    who = meeting.participant()
    meeting.send(who, "blijft anoniem staan")
    with write_session(engine) as session:
        privacy.erase_participant(
            session=session, event_id=meeting.id, participant_id=who.id, with_contributions=False
        )
    with read_session(engine) as session:
        row = session.exec(select(Contribution)).one()
    assert row.text == "blijft anoniem staan" and row.participant_id is None


def test_erase_refuses_a_participant_of_another_event(engine):
    one, two = make_meeting(engine), make_meeting(engine)
    stranger = two.participant()
    with write_session(engine) as session, pytest.raises(ParticipantNotFound):
        privacy.erase_participant(
            session=session, event_id=one.id, participant_id=stranger.id, with_contributions=True
        )


def test_overview_lists_only_people_who_left_a_trace(engine):
    meeting = make_meeting(engine)
    silent, writer = meeting.participant(), meeting.participant()
    meeting.send(writer, "iets")
    with read_session(engine) as session:
        rows = privacy.participants_overview(session=session, event_id=meeting.id)
    assert [r["id"] for r in rows] == [writer.id] and silent.id not in [r["id"] for r in rows]


def test_erase_leaves_scan_figures_anonymous_and_drops_the_words_typed(engine):
    """Erasing a participant unlinks their scan answers; with their texts, open answers go too."""
    meeting = make_meeting(engine)
    scan = make_scan(
        meeting,
        QuestionBase(kind="scale", prompt="Hoe gaat het?"),
        QuestionBase(kind="open", prompt="Eén woord?"),
    )
    receipt = scan.answer(
        {scan.question_ids[0]: Given(number=7), scan.question_ids[1]: Given(text="Sanne")}
    )
    with read_session(engine) as session:
        who = session.exec(select(ScanResponse)).one().participant_id
    assert who is not None
    with write_session(engine) as session:
        privacy.erase_participant(
            session=session, event_id=meeting.id, participant_id=who, with_contributions=True
        )
    with read_session(engine) as session:
        response = session.get(ScanResponse, receipt.response_id)
        answers = session.exec(select(ScanAnswer).order_by(ScanAnswer.question_id)).all()
    assert response is not None and response.participant_id is None
    assert [(a.number, a.text) for a in answers] == [(7, ""), (None, "")]
