"""Kinds of action and the actions on the agenda, as the facilitator makes and edits them.

Proposals from phones live in ``facilitation.agenda.proposals``. Every write bumps the event's revision
first.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from sqlmodel import Session, col, func, select

from facilitation.core.db import bump_revision
from facilitation.core.errors import (
    ActionNotFound,
    InvalidField,
    KindInUse,
    KindNotFound,
    TitleRequired,
)
from facilitation.core.text import limited, single_line
from facilitation.i18n import t
from facilitation.models import (
    ActionItem,
    ActionKind,
    ActionKindUpdate,
    ActionStatus,
    ActionUpdate,
    Case,
    DriverRole,
    Theme,
    utcnow,
)

TITLE_MAX = 200
DESCRIPTION_MAX = 2000
NOTE_MAX = 1000
LEAD_ROLES = (DriverRole.TREKKER.value, DriverRole.GANGMAKER.value)

# The kinds of the 12 February agenda: key, driver role; titles come from the catalogue.
DEFAULT_KINDS = (
    ("academy", DriverRole.GANGMAKER.value),
    ("experiment", DriverRole.TREKKER.value),
    ("action", DriverRole.TREKKER.value),
)


def kinds_of(*, session: Session, event_id: int) -> list[ActionKind]:
    """Return the event's kinds of action in report order."""
    return list(
        session.exec(
            select(ActionKind)
            .where(ActionKind.event_id == event_id)
            .order_by(col(ActionKind.position), col(ActionKind.id))
        )
    )


def add_default_kinds(*, session: Session, event_id: int, lang: str = "nl") -> list[ActionKind]:
    """Add the academy offer, experiment and single-action kinds the event does not have yet."""
    bump_revision(session=session, event_id=event_id)
    have = {k.key for k in kinds_of(session=session, event_id=event_id)}
    added = []
    for position, (key, role) in enumerate(DEFAULT_KINDS, start=len(have)):
        if key in have:
            continue
        kind = ActionKind(
            event_id=event_id,
            key=key,
            position=position,
            title=t(f"agenda.default.{key}.title", lang),
            column_title=t(f"agenda.default.{key}.column", lang),
            driver_column_title=t(f"agenda.default.{key}.drivers", lang),
            driver_role=DriverRole(role),
        )
        session.add(kind)
        added.append(kind)
    session.flush()
    return added


def save_kind(
    *, session: Session, event_id: int, update: ActionKindUpdate, kind_id: int | None = None
) -> ActionKind:
    """Create or update a kind; raises TitleRequired, InvalidField or KindNotFound."""
    bump_revision(session=session, event_id=event_id)
    values = update.model_dump(exclude_unset=True)
    kind = (
        get_kind(session=session, event_id=event_id, kind_id=kind_id)
        if kind_id
        else ActionKind(event_id=event_id, key="")
    )
    for name in ("title", "column_title", "driver_column_title"):
        if name in values:
            setattr(kind, name, single_line(values[name])[:TITLE_MAX])
    if "intro" in values:
        kind.intro = limited(values["intro"], max_chars=DESCRIPTION_MAX, field="intro")
    if "driver_role" in values:
        if values["driver_role"] not in LEAD_ROLES:
            raise InvalidField(field="driver_role", value=str(values["driver_role"])[:20])
        kind.driver_role = values["driver_role"]
    if not (kind.title or kind.column_title):
        raise TitleRequired()
    if not kind.key:
        kind.key = _unused_key(session, event_id, kind.title or kind.column_title)
        kind.position = len(kinds_of(session=session, event_id=event_id))
    session.add(kind)
    session.flush()
    return kind


def _unused_key(session: Session, event_id: int, title: str) -> str:
    base = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")[:30] or "kind"
    have = {k.key for k in kinds_of(session=session, event_id=event_id)}
    key, n = base, 1
    while key in have:
        n += 1
        key = f"{base}-{n}"
    return key


def delete_kind(*, session: Session, event_id: int, kind_id: int) -> None:
    """Delete a kind without actions; raises KindInUse when it still holds some."""
    bump_revision(session=session, event_id=event_id)
    kind = get_kind(session=session, event_id=event_id, kind_id=kind_id)
    used = session.exec(
        select(func.count()).select_from(ActionItem).where(ActionItem.kind_id == kind_id)
    ).one()
    if used:
        raise KindInUse(count=used)
    session.delete(kind)


def get_kind(*, session: Session, event_id: int, kind_id: int | None) -> ActionKind:
    """Return a kind of the event; raises KindNotFound (also for another event's kind)."""
    kind = session.get(ActionKind, kind_id) if kind_id else None
    if kind is None or kind.event_id != event_id:
        raise KindNotFound()
    return kind


def actions_of(
    *, session: Session, event_id: int, approved: bool | None = True
) -> list[ActionItem]:
    """Return the event's actions in order; ``approved=None`` returns proposals too."""
    query = select(ActionItem).where(ActionItem.event_id == event_id)
    if approved is not None:
        query = query.where(col(ActionItem.approved).is_(approved))
    return list(session.exec(query.order_by(col(ActionItem.position), col(ActionItem.id))))


def get_action(*, session: Session, event_id: int, action_id: int | None) -> ActionItem:
    """Return an action of the event; raises ActionNotFound (also for another event's action)."""
    action = session.get(ActionItem, action_id) if action_id else None
    if action is None or action.event_id != event_id:
        raise ActionNotFound()
    return action


def save_action(
    *, session: Session, event_id: int, update: ActionUpdate, action_id: int | None = None
) -> ActionItem:
    """Create (approved) or update an action; raises TitleRequired, TextTooLong, InvalidField."""
    bump_revision(session=session, event_id=event_id)
    values = update.model_dump(exclude_unset=True)
    if action_id:
        action = get_action(session=session, event_id=event_id, action_id=action_id)
    else:
        action = ActionItem(
            event_id=event_id, kind_id=0, position=next_position(session=session, event_id=event_id)
        )
    if "kind_id" in values:
        action.kind_id = (
            get_kind(session=session, event_id=event_id, kind_id=values["kind_id"]).id or 0
        )
    apply_texts(action, values)
    if "theme_id" in values:
        action.theme_id = _owned_id(session, Theme, values["theme_id"], event_id)
    if "case_id" in values:
        action.case_id = _owned_id(session, Case, values["case_id"], event_id)
    if "status" in values:
        action.status = _status(values["status"])
    if not action.kind_id:
        raise KindNotFound()
    action.updated_at = utcnow()
    session.add(action)
    session.flush()
    return action


def apply_texts(action: ActionItem, values: Mapping[str, Any]) -> None:
    """Set title, description and progress note from *values*; raises TitleRequired, TextTooLong."""
    if "title" in values:
        action.title = limited(single_line(values["title"]), max_chars=TITLE_MAX, field="title")
    if not action.title:
        raise TitleRequired()
    if "description" in values:
        action.description = limited(
            values["description"], max_chars=DESCRIPTION_MAX, field="description"
        )
    if "progress_note" in values:
        action.progress_note = limited(
            values["progress_note"], max_chars=NOTE_MAX, field="progress_note"
        )


def _owned_id(session: Session, model: Any, row_id: Any, event_id: int) -> int | None:
    if row_id in (None, "", 0):
        return None
    row = session.get(model, int(row_id))
    if row is None or row.event_id != event_id:
        raise InvalidField(field=model.__name__.lower(), value=str(row_id))
    return int(row.id)


def _status(value: Any) -> ActionStatus:
    if value not in {s.value for s in ActionStatus}:
        raise InvalidField(field="status", value=str(value)[:20])
    return ActionStatus(value)


def next_position(*, session: Session, event_id: int) -> int:
    """Return the position after the event's last action."""
    highest = session.exec(
        select(func.max(ActionItem.position)).where(ActionItem.event_id == event_id)
    ).one()
    return int(highest or 0) + 1


def approve(*, session: Session, event_id: int, action_id: int) -> ActionItem:
    """Put a participant's proposal on the agenda."""
    bump_revision(session=session, event_id=event_id)
    action = get_action(session=session, event_id=event_id, action_id=action_id)
    action.approved, action.updated_at = True, utcnow()
    session.add(action)
    return action


def delete_action(*, session: Session, event_id: int, action_id: int) -> None:
    """Delete an action (or reject a proposal) with its drivers and dots."""
    bump_revision(session=session, event_id=event_id)
    session.delete(get_action(session=session, event_id=event_id, action_id=action_id))
