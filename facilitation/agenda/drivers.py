"""The facilitator's side of drivers: confirm a sign-up (with or without "?"), turn it down,
name a driver by hand, see what waits. Every write bumps the event's revision first.

A confirmed trekker or gangmaker gets a private link for the living agenda (``living``).
"""

from __future__ import annotations

from sqlmodel import Session, col, func, select

from facilitation.agenda.actions import get_action
from facilitation.core import codes
from facilitation.core.db import bump_revision
from facilitation.core.errors import NameRequired, SignupNotFound
from facilitation.core.text import limited, single_line
from facilitation.models import ActionItem, Driver, DriverRole

NAME_MAX = 120
ORGANISATION_MAX = 160


def next_position(*, session: Session, action_id: int) -> int:
    """Return the position after the action's last driver."""
    highest = session.exec(
        select(func.max(Driver.position)).where(Driver.action_id == action_id)
    ).one()
    return int(highest if highest is not None else -1) + 1


def _event_driver(session: Session, event_id: int, driver_id: int) -> Driver:
    driver = session.get(Driver, driver_id)
    action = session.get(ActionItem, driver.action_id) if driver else None
    if driver is None or action is None or action.event_id != event_id:
        raise SignupNotFound()
    return driver


def confirm(*, session: Session, event_id: int, driver_id: int, tentative: bool) -> Driver:
    """Confirm a sign-up onto the agenda, with "?" when *tentative*; a driver gets a private link."""
    bump_revision(session=session, event_id=event_id)
    driver = _event_driver(session, event_id, driver_id)
    driver.confirmed, driver.tentative = True, tentative
    if driver.role != DriverRole.MEMBER.value:
        driver.update_token = driver.update_token or codes.new_secret()
    session.add(driver)
    return driver


def confirm_all(*, session: Session, event_id: int) -> int:
    """Confirm every waiting sign-up as the participant asked (with "?" if they said so)."""
    waiting = pending(session=session, event_id=event_id)
    for driver, _action in waiting:
        confirm(
            session=session, event_id=event_id, driver_id=driver.id or 0, tentative=driver.tentative
        )
    return len(waiting)


def remove(*, session: Session, event_id: int, driver_id: int) -> None:
    """Remove a driver or turn down a sign-up."""
    bump_revision(session=session, event_id=event_id)
    session.delete(_event_driver(session, event_id, driver_id))


def add_driver(
    *,
    session: Session,
    event_id: int,
    action_id: int,
    name: str,
    organisation: str = "",
    role: DriverRole | str = DriverRole.TREKKER,
    tentative: bool = False,
) -> Driver:
    """Add a driver the facilitator names (e.g. 'Hanzelab?'), confirmed at once."""
    bump_revision(session=session, event_id=event_id)
    get_action(session=session, event_id=event_id, action_id=action_id)
    name = limited(single_line(name), max_chars=NAME_MAX, field="name")
    organisation = limited(
        single_line(organisation), max_chars=ORGANISATION_MAX, field="organisation"
    )
    if not (name or organisation):
        raise NameRequired()
    known = role in {r.value for r in DriverRole}
    driver_role = DriverRole(role) if known else DriverRole.TREKKER
    driver = Driver(
        action_id=action_id,
        position=next_position(session=session, action_id=action_id),
        person_name=name,
        organisation=organisation,
        role=driver_role,
        tentative=tentative,
        update_token=None if driver_role is DriverRole.MEMBER else codes.new_secret(),
    )
    session.add(driver)
    session.flush()
    return driver


def pending(*, session: Session, event_id: int) -> list[tuple[Driver, ActionItem]]:
    """Return the sign-ups waiting for the facilitator, oldest first."""
    rows = session.exec(
        select(Driver, ActionItem)
        .join(ActionItem, col(Driver.action_id) == col(ActionItem.id))
        .where(ActionItem.event_id == event_id, col(Driver.confirmed).is_(False))
        .order_by(col(Driver.id))
    )
    return [(driver, action) for driver, action in rows]


def drivers_of(*, session: Session, action_id: int) -> list[Driver]:
    """Return an action's drivers and sign-ups in order."""
    return list(
        session.exec(
            select(Driver)
            .where(Driver.action_id == action_id)
            .order_by(col(Driver.position), col(Driver.id))
        )
    )
