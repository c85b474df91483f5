"""A phone's send as one service call: identity, idempotency and the identity race."""

from __future__ import annotations

import uuid

import pytest
from sqlmodel import func, select

from facilitation.core.db import read_session, write_session
from facilitation.core.errors import EmptyText
from facilitation.meeting import phone
from facilitation.models import Contribution, Participant
from tests.utils import make_meeting


@pytest.fixture
def meeting(engine):
    return make_meeting(engine)


def _send(meeting, token, text="Buurtbudget", client_id=None):
    with write_session(meeting.engine) as session:
        return phone.send(
            session=session,
            event=meeting.event,
            target=meeting.target(table=1),
            token=token,
            text=text,
            client_id=client_id or uuid.uuid4().hex,
            max_chars=2000,
            per_minute=100,
        )


def _count(meeting, model):
    with read_session(meeting.engine) as session:
        return session.exec(
            select(func.count()).select_from(model).where(model.event_id == meeting.id)
        ).one()


def test_a_phone_without_identity_gets_one_and_keeps_it(meeting):
    first = _send(meeting, None)
    second = _send(meeting, first.token, text="Tweede")
    assert first.token == second.token
    assert _count(meeting, Participant) == 1
    assert second.receipt.contribution_id != first.receipt.contribution_id


def test_a_resend_stores_once_and_hands_back_the_first_identity(meeting):
    client_id = uuid.uuid4().hex
    first = _send(meeting, None, client_id=client_id)
    # The re-send raced the first: the phone did not know its token yet.
    again = _send(meeting, None, client_id=client_id)
    assert again.receipt.duplicate is True
    assert again.receipt.contribution_id == first.receipt.contribution_id
    assert again.token == first.token
    assert _count(meeting, Contribution) == 1


def test_a_refused_send_stores_nothing(meeting):
    with pytest.raises(EmptyText):
        _send(meeting, None, text="   ")
    assert _count(meeting, Contribution) == 0


def test_receipts_number_the_phones_own_sends_not_the_meetings_rows(meeting):
    other = _send(meeting, None, text="Iemand anders eerst")
    _send(meeting, other.token, text="En nog een")
    first = _send(meeting, None, text="Mijn eerste")
    second = _send(meeting, first.token, text="Mijn tweede")
    assert (first.ordinal, second.ordinal) == (1, 2)
    assert second.receipt.contribution_id == 4, "the meeting's row id is not what the phone sees"
    client_id = uuid.uuid4().hex
    third = _send(meeting, first.token, text="Mijn derde", client_id=client_id)
    again = _send(meeting, first.token, text="Mijn derde", client_id=client_id)
    assert third.ordinal == again.ordinal == 3


def test_a_withdrawn_send_keeps_its_number(meeting):
    from facilitation.meeting import contributions, participants

    first = _send(meeting, None, text="Eerste")
    with write_session(meeting.engine) as session:
        me = participants.find_participant(session=session, event_id=meeting.id, token=first.token)
        assert me is not None
        contributions.delete_own(
            session=session, participant=me, contribution_id=first.receipt.contribution_id
        )
    assert _send(meeting, first.token, text="Tweede").ordinal == 2
