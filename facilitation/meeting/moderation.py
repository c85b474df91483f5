"""Moderation during the meeting: the contributions to look over, per table or case, hidden or
visible, newest first. Hiding and editing are ``contributions.set_hidden`` and the harvest's
``update_contribution``; this module only chooses what to show."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any, TypeVar

from sqlmodel import Session, col, func, select

from facilitation.meeting.targets import Target
from facilitation.models import Contribution

Q = TypeVar("Q", bound=Any)


class Visibility(StrEnum):
    """Which contributions the moderation list shows."""

    ALL = "all"
    VISIBLE = "visible"
    HIDDEN = "hidden"


@dataclass(frozen=True)
class ModerationPage:
    """The newest matching contributions (newest first) and how many match in all."""

    rows: list[Contribution]
    total: int


def moderation_page(
    *,
    session: Session,
    event_id: int,
    target: Target | None = None,
    visibility: Visibility | str = Visibility.ALL,
    limit: int = 50,
) -> ModerationPage:
    """Return the newest *limit* live contributions of the event, or of one table or case, that
    are hidden, visible or either (merged duplicates and deleted ones are left out)."""
    query = _filtered(select(Contribution), event_id, target, Visibility(visibility))
    rows = session.exec(query.order_by(col(Contribution.id).desc()).limit(max(limit, 1)))
    counted = _filtered(
        select(func.count()).select_from(Contribution), event_id, target, Visibility(visibility)
    )
    return ModerationPage(rows=list(rows), total=session.exec(counted).one())


def visibility_counts(
    *, session: Session, event_id: int, target: Target | None = None
) -> dict[Visibility, int]:
    """Return how many live contributions (of one table or case, or all) are visible, hidden
    and in all."""
    query = _filtered(
        select(Contribution.hidden, func.count()).select_from(Contribution),
        event_id,
        target,
        Visibility.ALL,
    ).group_by(col(Contribution.hidden))
    by_hidden = {bool(hidden): int(count) for hidden, count in session.exec(query)}
    visible, hidden = by_hidden.get(False, 0), by_hidden.get(True, 0)
    return {
        Visibility.ALL: visible + hidden,
        Visibility.VISIBLE: visible,
        Visibility.HIDDEN: hidden,
    }


def _filtered(query: Q, event_id: int, target: Target | None, visibility: Visibility) -> Q:
    query = query.where(
        Contribution.event_id == event_id,
        col(Contribution.deleted).is_(False),
        col(Contribution.merged_into_id).is_(None),
    )
    if target is not None and target.case_id is not None:
        query = query.where(Contribution.case_id == target.case_id)
    elif target is not None:
        query = query.where(
            Contribution.theme_id == target.theme_id, col(Contribution.case_id).is_(None)
        )
    if visibility is Visibility.HIDDEN:
        query = query.where(col(Contribution.hidden).is_(True))
    elif visibility is Visibility.VISIBLE:
        query = query.where(col(Contribution.hidden).is_(False))
    return query
