"""Signing up for an action from a phone ("Ik wil trekken" / "Ik doe mee") and what follows.

Consent rules: a sign-up needs a name or an organisation, and at least one of the two separate
consents — to be named (on the wall, in the report and its participant list) or to be contacted;
otherwise nobody could act on it. An e-mail address is stored only with consent to be contacted.
Both consents are stored on the participant with their time and exact wording.

A sign-up starts unconfirmed; the facilitator confirms it (with or without "?") or removes it
(``facilitation.agenda.drivers``), and the participant can withdraw it from their phone. A participant's token reaches only their own
sign-ups. Every write bumps the event's revision first (the event lock), and a unique index keeps
one sign-up per participant per action.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlmodel import Session, select

from facilitation.agenda.actions import get_action
from facilitation.agenda.drivers import NAME_MAX, ORGANISATION_MAX, next_position
from facilitation.core.db import bump_revision
from facilitation.core.errors import (
    ActionNotFound,
    ActionNotOpen,
    ConsentRequired,
    EmailWithoutConsent,
    InvalidEmail,
    NameRequired,
    SignupNotFound,
)
from facilitation.core.text import limited, single_line
from facilitation.meeting.participants import update_profile
from facilitation.models import (
    ActionItem,
    ActionKind,
    ActionStatus,
    Driver,
    DriverRole,
    Participant,
)

EMAIL_MAX = 200
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_CLOSED = (ActionStatus.DONE.value, ActionStatus.DROPPED.value)


@dataclass(frozen=True)
class SignupDetails:
    """What the sign-up form asks, with the exact wording of each consent as shown."""

    name: str
    organisation: str = ""
    email: str = ""
    named_consent: bool = False
    contact_consent: bool = False
    named_wording: str = ""
    contact_wording: str = ""
    tentative: bool = False

    def cleaned(self) -> SignupDetails:
        """Return the details cleaned; raises NameRequired, TextTooLong, ConsentRequired,
        EmailWithoutConsent or InvalidEmail."""
        name = limited(single_line(self.name), max_chars=NAME_MAX, field="name")
        organisation = limited(
            single_line(self.organisation), max_chars=ORGANISATION_MAX, field="organisation"
        )
        email = single_line(self.email)
        if not (name or organisation):
            raise NameRequired()
        if not (self.named_consent or self.contact_consent):
            raise ConsentRequired()
        if email and not self.contact_consent:
            raise EmailWithoutConsent()
        if email and (len(email) > EMAIL_MAX or not _EMAIL.match(email)):
            raise InvalidEmail(email=email[:60])
        return SignupDetails(
            name,
            organisation,
            email,
            self.named_consent,
            self.contact_consent,
            self.named_wording,
            self.contact_wording,
            self.tentative,
        )


def sign_up(
    *,
    session: Session,
    participant: Participant,
    action_id: int,
    lead: bool,
    details: SignupDetails,
) -> Driver:
    """Sign the participant up to lead (``lead``) or join in; a repeat updates the same sign-up.

    Raises ActionNotFound (also for a proposal not on the agenda), ActionNotOpen, and the
    validation errors of ``SignupDetails.cleaned``.
    """
    clean = details.cleaned()
    bump_revision(session=session, event_id=participant.event_id)
    role = _role(_open_action(session, participant.event_id, action_id), lead, session)
    _store_profile(session, participant, clean)
    driver = own_signup(session=session, participant=participant, action_id=action_id) or Driver(
        action_id=action_id,
        participant_id=participant.id,
        position=next_position(session=session, action_id=action_id),
        confirmed=False,
    )
    if driver.id is not None and (driver.role, driver.tentative) != (role, clean.tentative):
        driver.confirmed = False  # a changed commitment is confirmed again
    driver.role, driver.tentative = role, clean.tentative
    driver.person_name, driver.organisation = clean.name, clean.organisation
    session.add(driver)
    session.flush()
    return driver


def _open_action(session: Session, event_id: int, action_id: int) -> ActionItem:
    action = get_action(session=session, event_id=event_id, action_id=action_id)
    if not action.approved:
        raise ActionNotFound()
    if action.status in _CLOSED:
        raise ActionNotOpen()
    return action


def _role(action: ActionItem, lead: bool, session: Session) -> DriverRole:
    if not lead:
        return DriverRole.MEMBER
    kind = session.get(ActionKind, action.kind_id)
    return kind.driver_role if kind else DriverRole.TREKKER


def _store_profile(session: Session, participant: Participant, clean: SignupDetails) -> None:
    update_profile(
        session=session,
        participant=participant,
        name=clean.name,
        organisation=clean.organisation,
        email=clean.email,
        listed_consent=clean.named_consent,
        listed_wording=clean.named_wording,
        contact_consent=clean.contact_consent,
        contact_wording=clean.contact_wording,
    )
    # The participant's other sign-ups carry the same, current name.
    for driver in session.exec(select(Driver).where(Driver.participant_id == participant.id)):
        driver.person_name, driver.organisation = clean.name, clean.organisation
        session.add(driver)


def own_signup(*, session: Session, participant: Participant, action_id: int) -> Driver | None:
    """Return the participant's sign-up for *action_id*, if any."""
    return session.exec(
        select(Driver).where(Driver.action_id == action_id, Driver.participant_id == participant.id)
    ).first()


def own_signups(*, session: Session, participant: Participant) -> dict[int, Driver]:
    """Return the participant's sign-ups by action id."""
    rows = session.exec(select(Driver).where(Driver.participant_id == participant.id))
    return {row.action_id: row for row in rows}


def withdraw(*, session: Session, participant: Participant, driver_id: int) -> None:
    """Withdraw one's own sign-up; raises SignupNotFound (also for someone else's)."""
    bump_revision(session=session, event_id=participant.event_id)
    driver = session.get(Driver, driver_id)
    if driver is None or driver.participant_id is None or driver.participant_id != participant.id:
        raise SignupNotFound()
    session.delete(driver)
