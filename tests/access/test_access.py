"""Facilitator sessions: hand-off codes, cookie tokens, co-host scope, OIDC allow-list."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlmodel import select

from facilitation.access import sessions as access
from facilitation.core.db import read_session, write_session
from facilitation.core.errors import NotAllowed
from facilitation.models import FacilitatorSession, utcnow
from tests.utils import make_meeting


def test_handoff_gives_a_token_once_and_only_hashes_are_stored(engine):
    with write_session(engine) as session:
        code = access.start_handoff(session=session)
    with write_session(engine) as session:
        token = access.complete_handoff(session=session, code=code)
    with write_session(engine) as session:
        assert access.complete_handoff(session=session, code=code) is None, "a code works once"
    with read_session(engine) as session:
        granted = access.resolve(session=session, token=token)
        stored = session.exec(select(FacilitatorSession)).all()
    assert granted is not None and not granted.is_cohost
    assert all(
        token not in (row.token_hash or "") and code not in (row.token_hash or "") for row in stored
    )


def test_expired_handoff_and_session_are_refused(engine):
    with write_session(engine) as session:
        code = access.start_handoff(session=session)
        row = session.exec(select(FacilitatorSession)).one()
        row.expires_at = utcnow() - timedelta(seconds=1)
    with write_session(engine) as session:
        assert access.complete_handoff(session=session, code=code) is None
    with write_session(engine) as session:
        token = access.complete_handoff(session=session, code=access.start_handoff(session=session))
    with write_session(engine) as session:
        for row in session.exec(select(FacilitatorSession)):
            row.expires_at = utcnow() - timedelta(seconds=1)
            session.add(row)
    with read_session(engine) as session:
        assert access.resolve(session=session, token=token) is None


@pytest.mark.parametrize("token", [None, "", "x" * 43, "y" * 500])
def test_forged_tokens_grant_nothing(engine, token):
    with read_session(engine) as session:
        assert access.resolve(session=session, token=token) is None


def test_logout_ends_the_session(engine):
    with write_session(engine) as session:
        token = access.complete_handoff(session=session, code=access.start_handoff(session=session))
    with write_session(engine) as session:
        access.end(session=session, token=token)
    with read_session(engine) as session:
        assert access.resolve(session=session, token=token) is None


def test_cohost_link_is_scoped_to_its_event_and_can_be_rotated(engine):
    one, two = make_meeting(engine), make_meeting(engine)
    with read_session(engine) as session:
        event = access.cohost_event(session=session, code=one.event.code, key=one.event.cohost_key)
        with pytest.raises(NotAllowed):
            access.cohost_event(session=session, code=one.event.code, key=two.event.cohost_key)
    with write_session(engine) as session:
        token = access.complete_handoff(
            session=session, code=access.start_handoff(session=session, event_id=event.id)
        )
    with read_session(engine) as session:
        granted = access.resolve(session=session, token=token)
    assert granted is not None and granted.is_cohost
    assert granted.may_open(one.id) and not granted.may_open(two.id)
    with write_session(engine) as session:
        access.rotate_cohost_key(session=session, event_id=one.id)
    with read_session(engine) as session:
        assert access.resolve(session=session, token=token) is None, (
            "rotation ends co-host sessions"
        )
        with pytest.raises(NotAllowed):
            access.cohost_event(session=session, code=one.event.code, key=one.event.cohost_key)


def test_oidc_allow_list():
    assert access.oidc_allowed("Facilitator@Example.org", "facilitator@example.org, b@example.org")
    assert not access.oidc_allowed("other@example.org", "facilitator@example.org")
    assert not access.oidc_allowed("", "")
    assert not access.oidc_allowed(None, "x@example.org")
