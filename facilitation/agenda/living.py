"""The living agenda: each confirmed driver keeps their action up to date through a private link.

Drivers are the trekkers and gangmakers; people who only join in ("meedoener") get no link.

Confirming a driver gives them a secret link (``/action?token=...``): shown on their phone and
exported for mailing. Whoever holds it can change that one action's status and progress note,
nothing else. A new link replaces the old one; removing the driver ends it. The agenda read by the
wall and the report (``agenda.agenda_view``) shows the status and note at once.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from urllib.parse import urlencode

from sqlmodel import Session, col, select

from facilitation.agenda.actions import NOTE_MAX
from facilitation.core import codes
from facilitation.core.db import bump_revision
from facilitation.core.errors import InvalidField, LinkNotValid, SignupNotFound
from facilitation.core.text import limited
from facilitation.models import (
    ActionItem,
    ActionKind,
    ActionStatus,
    Driver,
    DriverRole,
    Event,
    Participant,
    utcnow,
)

UPDATE_PAGE = "action"


def update_url(base_url: str, token: str) -> str:
    """Return the private link where a driver updates their action."""
    return f"{base_url.rstrip('/')}/{UPDATE_PAGE}?{urlencode({'token': token})}"


@dataclass(frozen=True)
class LinkTarget:
    """What a private link opens: the driver, their action, its kind and the event."""

    driver: Driver
    action: ActionItem
    kind: ActionKind | None
    event: Event


def open_link(*, session: Session, token: str | None) -> LinkTarget:
    """Return what *token* opens; raises LinkNotValid for an unknown, replaced or forged link."""
    if not codes.looks_like_token(token):
        raise LinkNotValid()
    driver = session.exec(select(Driver).where(Driver.update_token == token)).first()
    action = session.get(ActionItem, driver.action_id) if driver else None
    if driver is None or action is None or not driver.confirmed or not action.approved:
        raise LinkNotValid()
    if driver.role == DriverRole.MEMBER.value:
        raise LinkNotValid()
    event = session.get(Event, action.event_id)
    if event is None:
        raise LinkNotValid()
    return LinkTarget(driver, action, session.get(ActionKind, action.kind_id), event)


def update_progress(*, session: Session, token: str, status: str, note: str) -> ActionItem:
    """Set the action's status and progress note through a driver's link.

    Raises LinkNotValid, InvalidField (unknown status) or TextTooLong.
    """
    if status not in {s.value for s in ActionStatus}:
        raise InvalidField(field="status", value=str(status)[:20])
    cleaned = limited(note, max_chars=NOTE_MAX, field="progress_note")
    target = open_link(session=session, token=token)
    bump_revision(session=session, event_id=target.event.id or 0)
    action = session.get(ActionItem, target.action.id)
    assert action is not None
    action.status, action.progress_note = ActionStatus(status), cleaned
    action.updated_at = utcnow()
    session.add(action)
    return action


def new_link(*, session: Session, event_id: int, driver_id: int) -> Driver:
    """Give a confirmed driver a fresh link; the old one stops working."""
    bump_revision(session=session, event_id=event_id)
    driver = session.get(Driver, driver_id)
    action = session.get(ActionItem, driver.action_id) if driver else None
    if driver is None or action is None or action.event_id != event_id or not driver.confirmed:
        raise SignupNotFound()
    if driver.role == DriverRole.MEMBER.value:
        raise SignupNotFound()
    driver.update_token = codes.new_secret()
    session.add(driver)
    return driver


@dataclass(frozen=True)
class DriverLink:
    """One line of the mailing list of private links; e-mail only with consent to be contacted."""

    kind: str
    action: str
    name: str
    organisation: str
    role: str
    tentative: bool
    email: str
    token: str


def driver_links(*, session: Session, event_id: int) -> list[DriverLink]:
    """Return every confirmed driver's private link, making the missing ones (a write)."""
    bump_revision(session=session, event_id=event_id)
    links = []
    for driver, action, kind, who in _confirmed_drivers(session, event_id):
        if not driver.update_token:
            driver.update_token = codes.new_secret()
            session.add(driver)
        links.append(
            DriverLink(
                kind=kind.column_title or kind.title,
                action=action.title,
                name=driver.person_name,
                organisation=driver.organisation,
                role=driver.role,
                tentative=driver.tentative,
                email=who.email if who is not None and who.contact_consent else "",
                token=driver.update_token,
            )
        )
    return links


def _confirmed_drivers(
    session: Session, event_id: int
) -> Sequence[tuple[Driver, ActionItem, ActionKind, Participant | None]]:
    return session.exec(
        select(Driver, ActionItem, ActionKind, Participant)
        .join(ActionItem, col(Driver.action_id) == col(ActionItem.id))
        .join(ActionKind, col(ActionItem.kind_id) == col(ActionKind.id))
        .outerjoin(Participant, col(Driver.participant_id) == col(Participant.id))
        .where(
            ActionItem.event_id == event_id,
            col(ActionItem.approved).is_(True),
            col(Driver.confirmed).is_(True),
            Driver.role != DriverRole.MEMBER.value,
        )
        .order_by(col(ActionKind.position), col(ActionItem.position), col(Driver.position))
    ).all()
