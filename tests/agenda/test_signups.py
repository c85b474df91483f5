"""Signing up for actions from a phone: consent rules, confirm/tentative, withdraw, other tokens."""

from __future__ import annotations

import pytest
from sqlalchemy.exc import IntegrityError
from sqlmodel import select

from facilitation.agenda import actions, drivers, signups
from facilitation.agenda.signups import SignupDetails
from facilitation.agenda.view import agenda_view
from facilitation.core.db import read_revision, read_session, write_session
from facilitation.core.errors import (
    ActionNotFound,
    ActionNotOpen,
    ConsentRequired,
    EmailWithoutConsent,
    InvalidEmail,
    NameRequired,
    SignupNotFound,
    TextTooLong,
)
from facilitation.core.validation import validated
from facilitation.meeting import participants
from facilitation.models import ActionUpdate, Driver, Participant
from tests.utils import make_agenda, make_meeting

NAMED = "Mijn naam mag in het verslag staan."
CONTACT = "De organisator mag mij benaderen."


def details(**changes) -> SignupDetails:
    values = {
        "name": "Jorien Bakkum",
        "organisation": "GreenWish",
        "email": "",
        "named_consent": True,
        "contact_consent": False,
        "named_wording": NAMED,
        "contact_wording": CONTACT,
        "tentative": False,
    }
    return SignupDetails(**(values | changes))


def sign_up(meeting, who, action_id, *, lead=True, **changes) -> Driver:
    with write_session(meeting.engine) as session:
        return signups.sign_up(
            session=session,
            participant=who,
            action_id=action_id,
            lead=lead,
            details=details(**changes),
        )


def action_of(meeting, action_id):
    with read_session(meeting.engine) as session:
        return next(
            a
            for k in agenda_view(session=session, event_id=meeting.id)
            for a in k.actions
            if a.id == action_id
        )


def confirm(meeting, driver_id, tentative=False) -> Driver:
    with write_session(meeting.engine) as session:
        return drivers.confirm(
            session=session, event_id=meeting.id, driver_id=driver_id, tentative=tentative
        )


def test_sign_up_waits_for_the_facilitator_then_shows_with_question_mark(engine):
    meeting, ids = make_agenda(engine)
    who = meeting.participant()
    driver = sign_up(meeting, who, ids["offer"], tentative=True)
    assert (driver.confirmed, driver.role, driver.tentative) == (False, "gangmaker", True)
    waiting = action_of(meeting, ids["offer"])
    assert waiting.is_open_slot and waiting.pending == 1
    confirmed = confirm(meeting, driver.id, tentative=True)
    assert confirmed.update_token
    shown = action_of(meeting, ids["offer"])
    assert shown.drivers_label == "Jorien Bakkum (GreenWish)?"
    assert shown.pending == 0 and not shown.is_open_slot


def test_consents_are_stored_separately_with_time_and_exact_wording(engine):
    meeting, ids = make_agenda(engine)
    who = meeting.participant()
    sign_up(meeting, who, ids["experiment"], email="jorien@example.org", contact_consent=True)
    with read_session(engine) as session:
        row = session.get(Participant, who.id)
    assert (row.listed_consent, row.listed_consent_text) == (True, NAMED)
    assert (row.contact_consent, row.contact_consent_text) == (True, CONTACT)
    assert row.listed_consent_at is not None and row.contact_consent_at is not None
    assert row.email == "jorien@example.org"


@pytest.mark.parametrize(
    ("changes", "error"),
    [
        ({"name": "  ", "organisation": ""}, NameRequired),
        ({"named_consent": False, "contact_consent": False}, ConsentRequired),
        ({"email": "jorien@example.org"}, EmailWithoutConsent),
        ({"email": "geen-adres", "contact_consent": True}, InvalidEmail),
        ({"name": "x" * 5000}, TextTooLong),
    ],
)
def test_bad_sign_up_is_refused_with_a_message_and_stores_nothing(sqlite_engine, changes, error):
    meeting, ids = make_agenda(sqlite_engine)
    who = meeting.participant()
    with read_session(sqlite_engine) as session:
        before = read_revision(session=session, event_id=meeting.id)
    with pytest.raises(error) as caught:
        sign_up(meeting, who, ids["offer"], **changes)
    assert caught.value.message("nl") and caught.value.message("en")
    with read_session(sqlite_engine) as session:
        assert session.exec(select(Driver).where(Driver.participant_id == who.id)).all() == []
        assert read_revision(session=session, event_id=meeting.id) == before


def test_joining_in_is_a_member_not_a_driver(engine):
    meeting, ids = make_agenda(engine)
    sign_up(meeting, meeting.participant(), ids["second"], lead=False, name="Sanne")
    member = sign_up(meeting, meeting.participant(), ids["second"], lead=False, name="Piet")
    confirm(meeting, member.id)
    shown = action_of(meeting, ids["second"])
    assert shown.is_open_slot, "nobody leads yet: the driver cell stays an open invitation"
    assert [m.label for m in shown.members] == ["Piet (GreenWish)"]
    assert shown.pending == 1
    assert member.role == "meedoener"


def test_signing_up_again_updates_the_same_sign_up(engine):
    meeting, ids = make_agenda(engine)
    who = meeting.participant()
    first = sign_up(meeting, who, ids["experiment"])
    confirm(meeting, first.id)
    again = sign_up(meeting, who, ids["experiment"])
    assert again.id == first.id and again.confirmed, "the same commitment stays confirmed"
    changed = sign_up(meeting, who, ids["experiment"], lead=False)
    assert changed.id == first.id and not changed.confirmed, (
        "a changed commitment is confirmed again"
    )
    with read_session(engine) as session:
        assert len(drivers.drivers_of(session=session, action_id=ids["experiment"])) == 1


def test_a_second_row_for_the_same_person_and_action_is_refused_by_the_database(engine):
    meeting, ids = make_agenda(engine)
    who = meeting.participant()
    sign_up(meeting, who, ids["offer"])
    with pytest.raises(IntegrityError), write_session(engine) as session:
        session.add(Driver(action_id=ids["offer"], participant_id=who.id, person_name="dubbel"))
        session.flush()


def test_withdraw_own_sign_up_but_never_someone_elses(engine):
    meeting, ids = make_agenda(engine)
    mine, theirs = meeting.participant(), meeting.participant()
    own = sign_up(meeting, mine, ids["offer"])
    other = sign_up(meeting, theirs, ids["offer"], name="Ander")
    with pytest.raises(SignupNotFound), write_session(engine) as session:
        signups.withdraw(session=session, participant=mine, driver_id=other.id)
    stranger = make_meeting(engine).participant()  # a token from another meeting
    with pytest.raises(SignupNotFound), write_session(engine) as session:
        signups.withdraw(session=session, participant=stranger, driver_id=own.id)
    with write_session(engine) as session:
        signups.withdraw(session=session, participant=mine, driver_id=own.id)
    with read_session(engine) as session:
        left = [d.person_name for d in drivers.drivers_of(session=session, action_id=ids["offer"])]
    assert left == ["Ander"]


def test_closed_withdrawn_and_foreign_actions_refuse_sign_up(engine):
    meeting, ids = make_agenda(engine)
    who = meeting.participant()
    with write_session(engine) as session:
        actions.save_action(
            session=session,
            event_id=meeting.id,
            update=validated(ActionUpdate, {"status": "dropped"}),
            action_id=ids["second"],
        )
        actions.delete_action(session=session, event_id=meeting.id, action_id=ids["offer"])
    with pytest.raises(ActionNotOpen):
        sign_up(meeting, who, ids["second"])
    with pytest.raises(ActionNotFound):
        sign_up(meeting, who, ids["offer"])
    _elsewhere, other_ids = make_agenda(engine)
    with pytest.raises(ActionNotFound):
        sign_up(meeting, who, other_ids["experiment"])


def test_without_consent_to_be_named_the_name_stays_off_wall_and_report(engine):
    meeting, ids = make_agenda(engine)
    who = meeting.participant()
    driver = sign_up(meeting, who, ids["experiment"], named_consent=False, contact_consent=True)
    confirm(meeting, driver.id)
    shown = action_of(meeting, ids["experiment"])
    assert shown.drivers == () and shown.unnamed == 1
    named = meeting.participant()
    confirm(meeting, sign_up(meeting, named, ids["second"]).id)
    assert action_of(meeting, ids["second"]).drivers_label == "Jorien Bakkum (GreenWish)"
    with write_session(engine) as session:  # consent withdrawn later from the profile
        participants.update_profile(
            session=session, participant=named, name="Jorien Bakkum", organisation="GreenWish"
        )
    assert action_of(meeting, ids["second"]).drivers == ()


def test_confirm_all_and_facilitator_named_drivers(engine):
    meeting, ids = make_agenda(engine)
    sign_up(meeting, meeting.participant(), ids["offer"], tentative=True, name="A")
    sign_up(meeting, meeting.participant(), ids["offer"], name="B")
    with write_session(engine) as session:
        assert drivers.confirm_all(session=session, event_id=meeting.id) == 2
        drivers.add_driver(
            session=session,
            event_id=meeting.id,
            action_id=ids["offer"],
            name="",
            organisation="Hanzelab",
            role="gangmaker",
            tentative=True,
        )
        with pytest.raises(NameRequired):
            drivers.add_driver(
                session=session, event_id=meeting.id, action_id=ids["offer"], name=" "
            )
    label = action_of(meeting, ids["offer"]).drivers_label
    assert label == "A (GreenWish)?, B (GreenWish), Hanzelab?"
