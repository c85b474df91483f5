"""Kinds and actions, proposals from phones, and the living agenda's private links."""

from __future__ import annotations

import pytest

from facilitation.agenda import actions, drivers, living, proposals, signups
from facilitation.agenda.signups import SignupDetails
from facilitation.agenda.view import agenda_view
from facilitation.core.db import read_session, write_session
from facilitation.core.errors import (
    EventClosed,
    InvalidField,
    KindInUse,
    LinkNotValid,
    NotAllowed,
    ProposalApproved,
    TextTooLong,
    TitleRequired,
    TooManyProposals,
)
from facilitation.core.validation import validated
from facilitation.meeting import events
from facilitation.models import ActionKindUpdate, ActionUpdate
from tests.utils import make_agenda, make_meeting


def test_default_kinds_are_the_twelve_february_columns(engine):
    meeting = make_meeting(engine)
    with write_session(engine) as session:
        actions.add_default_kinds(session=session, event_id=meeting.id)
        assert actions.add_default_kinds(session=session, event_id=meeting.id) == []
        kinds = actions.kinds_of(session=session, event_id=meeting.id)
    columns = [(k.key, k.column_title, k.driver_column_title, k.driver_role) for k in kinds]
    assert columns == [
        ("academy", "Mogelijk aanbod Academy", "Mogelijke gangmakers", "gangmaker"),
        ("experiment", "Experiment", "Mogelijke trekker", "trekker"),
        ("action", "Losse actie", "Trekker", "trekker"),
    ]


def test_default_kinds_follow_the_meetings_language(sqlite_engine):
    meeting = make_meeting(sqlite_engine)
    with write_session(sqlite_engine) as session:
        kinds = actions.add_default_kinds(session=session, event_id=meeting.id, lang="en")
    assert [k.driver_column_title for k in kinds] == [
        "Possible pacesetters",
        "Possible lead",
        "Lead",
    ]


def test_kinds_need_a_title_and_cannot_be_deleted_while_used(engine):
    meeting, ids = make_agenda(engine)
    with write_session(engine) as session:
        kind = actions.save_kind(
            session=session,
            event_id=meeting.id,
            update=validated(
                ActionKindUpdate,
                {"title": "Leerkring", "column_title": "Leerkring", "driver_role": "gangmaker"},
            ),
        )
        assert kind.key == "leerkring"
        with pytest.raises(TitleRequired):
            actions.save_kind(
                session=session,
                event_id=meeting.id,
                update=validated(ActionKindUpdate, {"title": " "}),
            )
        with pytest.raises(InvalidField):
            actions.save_kind(
                session=session,
                event_id=meeting.id,
                update=validated(ActionKindUpdate, {"title": "X", "driver_role": "baas"}),
            )
    with pytest.raises(KindInUse), write_session(engine) as session:
        used = actions.get_action(
            session=session, event_id=meeting.id, action_id=ids["offer"]
        ).kind_id
        actions.delete_kind(session=session, event_id=meeting.id, kind_id=used)


def test_actions_link_only_to_their_own_event_and_refuse_huge_text(engine):
    meeting, ids = make_agenda(engine)
    other = make_meeting(engine)
    with read_session(engine) as session:
        foreign_theme = other.target(table=1).theme.id
    with pytest.raises(InvalidField), write_session(engine) as session:
        actions.save_action(
            session=session,
            event_id=meeting.id,
            update=validated(ActionUpdate, {"theme_id": foreign_theme}),
            action_id=ids["offer"],
        )
    with pytest.raises(TextTooLong), write_session(engine) as session:
        actions.save_action(
            session=session,
            event_id=meeting.id,
            update=validated(ActionUpdate, {"description": "lang " * 1000}),
            action_id=ids["offer"],
        )
    with pytest.raises(InvalidField), write_session(engine) as session:
        actions.save_action(
            session=session,
            event_id=meeting.id,
            update=validated(ActionUpdate, {"status": "vergeten"}),
            action_id=ids["offer"],
        )


def propose(meeting, who, kind_id, title="Buurtbudget", description=""):
    with write_session(meeting.engine) as session:
        return proposals.propose(
            session=session,
            event=meeting.event,
            participant=who,
            kind_id=kind_id,
            title=title,
            description=description,
        )


def titles(meeting) -> list[str]:
    with read_session(meeting.engine) as session:
        return [
            a.title for k in agenda_view(session=session, event_id=meeting.id) for a in k.actions
        ]


def test_proposal_waits_for_approval_and_a_resend_is_stored_once(engine):
    meeting, ids = make_agenda(engine)
    with read_session(engine) as session:
        kind_id = actions.get_action(
            session=session, event_id=meeting.id, action_id=ids["experiment"]
        ).kind_id
    who = meeting.participant()
    first = propose(meeting, who, kind_id)
    again = propose(meeting, who, kind_id, title="buurtbudget")
    assert first.id == again.id and not first.approved
    assert "Buurtbudget" not in titles(meeting)
    with write_session(engine) as session:
        actions.approve(session=session, event_id=meeting.id, action_id=first.id)
    assert "Buurtbudget" in titles(meeting)
    with pytest.raises(ProposalApproved), write_session(engine) as session:
        proposals.withdraw_proposal(session=session, participant=who, action_id=first.id)


def test_proposal_rules(engine):
    meeting, ids = make_agenda(engine)
    with read_session(engine) as session:
        kind_id = actions.get_action(
            session=session, event_id=meeting.id, action_id=ids["offer"]
        ).kind_id
    who, other = meeting.participant(), meeting.participant()
    with pytest.raises(TitleRequired):
        propose(meeting, who, kind_id, title="   ")
    with pytest.raises(TextTooLong):
        propose(meeting, who, kind_id, description="x" * 3000)
    mine = [propose(meeting, who, kind_id, title=f"Idee {n}") for n in range(5)]
    with pytest.raises(TooManyProposals):
        propose(meeting, who, kind_id, title="Idee 6")
    with pytest.raises(NotAllowed), write_session(engine) as session:
        proposals.withdraw_proposal(session=session, participant=other, action_id=mine[0].id)
    with write_session(engine) as session:
        proposals.withdraw_proposal(session=session, participant=who, action_id=mine[0].id)
        events.set_event_open(session=session, event_id=meeting.id, is_open=False)
    with pytest.raises(EventClosed):
        propose(meeting, who, kind_id, title="Te laat")


def confirmed_driver(meeting, action_id, lead=True):
    who = meeting.participant()
    with write_session(meeting.engine) as session:
        driver = signups.sign_up(
            session=session,
            participant=who,
            action_id=action_id,
            lead=lead,
            details=SignupDetails("Sanne", "Hanzelab", named_consent=True),
        )
        return drivers.confirm(
            session=session, event_id=meeting.id, driver_id=driver.id, tentative=False
        )


def test_private_link_updates_status_and_note_in_the_agenda(engine):
    meeting, ids = make_agenda(engine)
    driver = confirmed_driver(meeting, ids["experiment"])
    with write_session(engine) as session:
        living.update_progress(
            session=session, token=driver.update_token, status="running", note="Eerste pilot loopt"
        )
    with read_session(engine) as session:
        action = next(
            a
            for k in agenda_view(session=session, event_id=meeting.id)
            for a in k.actions
            if a.id == ids["experiment"]
        )
    assert (action.status, action.progress_note) == ("running", "Eerste pilot loopt")


def test_forged_replaced_and_removed_links_do_nothing(engine):
    meeting, ids = make_agenda(engine)
    driver = confirmed_driver(meeting, ids["experiment"])
    for token in ("", "x" * 32, "kort"):
        with pytest.raises(LinkNotValid), write_session(engine) as session:
            living.update_progress(session=session, token=token, status="done", note="")
    with write_session(engine) as session:
        fresh = living.new_link(session=session, event_id=meeting.id, driver_id=driver.id)
    with pytest.raises(LinkNotValid), write_session(engine) as session:
        living.update_progress(session=session, token=driver.update_token, status="done", note="")
    with pytest.raises(TextTooLong), write_session(engine) as session:
        living.update_progress(
            session=session, token=fresh.update_token, status="done", note="x" * 1001
        )
    with write_session(engine) as session:
        drivers.remove(session=session, event_id=meeting.id, driver_id=driver.id)
    with pytest.raises(LinkNotValid), write_session(engine) as session:
        living.update_progress(session=session, token=fresh.update_token, status="done", note="")


def test_people_who_only_join_in_get_no_private_link(engine):
    meeting, ids = make_agenda(engine)
    member = confirmed_driver(meeting, ids["second"], lead=False)
    assert member.update_token is None
    lead = confirmed_driver(meeting, ids["second"])
    with write_session(engine) as session:
        links = living.driver_links(session=session, event_id=meeting.id)
    assert [(link.action, link.name, link.token) for link in links] == [
        ("Multiplier-pot", "Sanne", lead.update_token)
    ]
