"""Editing the harvest: the facilitator's changes to contributions and to each table's or case's
summary, during or after the meeting.

Every change runs in the caller's write transaction, bumps the event's revision first and stamps
the changed contributions with it (the wall reads contributions incrementally by revision). What a
participant sent stays in ``original_text``; nothing here deletes a contribution.
"""

from __future__ import annotations

from typing import Any

from sqlmodel import Session, col, select

from facilitation.core.db import bump_revision
from facilitation.core.errors import (
    ContributionNotFound,
    InvalidField,
    InvalidMerge,
    InvalidNesting,
)
from facilitation.core.links import web_url
from facilitation.core.text import limited, single_line
from facilitation.meeting import events
from facilitation.meeting.targets import Target, target_by_key
from facilitation.models import (
    CaseUpdate,
    Contribution,
    ContributionKind,
    ContributionUpdate,
    SummaryUpdate,
    ThemeUpdate,
    utcnow,
)

_KINDS = {kind.value for kind in ContributionKind}
THEME_FIELDS = ("synthesis", "open_for_additions")


def update_contribution(
    *, session: Session, event_id: int, contribution_id: int, update: ContributionUpdate
) -> Contribution:
    """Change text, remark, link, kind, highlight or hidden; raises InvalidField, ContributionNotFound.

    The participant's own words stay in ``original_text`` (see ``restore_original``).
    """
    revision = bump_revision(session=session, event_id=event_id)
    row = _contribution(session, event_id, contribution_id)
    for name, value in update.model_dump(exclude_unset=True).items():
        if value is None:
            raise InvalidField(field=name, value="")
        if name == "text":
            row.original_text = row.original_text or row.text
            row.text = limited(value, field="text")
            if not row.text:
                raise InvalidField(field="text", value="")
        elif name == "remark":
            row.remark = limited(value, field="remark")
        elif name == "link":
            row.link = _link(value)
        elif name == "kind" and value in _KINDS:
            row.kind = value
        elif name in ("highlight", "hidden"):
            setattr(row, name, bool(value))
            if name == "hidden" and not value:  # shown by the facilitator: approved
                row.pending = False
        else:
            raise InvalidField(field=name, value=str(value)[:40])
    _touch(session, row, revision)
    return row


def _link(value: Any) -> str:
    text = single_line(value)
    if not text:
        return ""
    url = web_url(text)
    if url is None:
        raise InvalidField(field="link", value=text[:60])
    return url


def restore_original(*, session: Session, event_id: int, contribution_id: int) -> Contribution:
    """Put back the text exactly as the participant sent it."""
    revision = bump_revision(session=session, event_id=event_id)
    row = _contribution(session, event_id, contribution_id)
    if row.original_text:
        row.text = row.original_text
    _touch(session, row, revision)
    return row


def move_contribution(
    *, session: Session, event_id: int, contribution_id: int, target_key: str
) -> Contribution:
    """Move a contribution, its replies and duplicates to another table or case (key 't2', 'c4A').

    It leaves the thread it answered and lands last at its new place; raises TargetNotFound.
    """
    revision = bump_revision(session=session, event_id=event_id)
    row = _contribution(session, event_id, contribution_id)
    target = target_by_key(session=session, event_id=event_id, key=target_key)
    row.parent_id, row.merged_into_id, row.position = None, None, float(revision)
    for moved in [row, *_descendants(session, event_id, row.id or 0)]:
        _place(moved, target)
        _touch(session, moved, revision)
    return row


def _place(row: Contribution, target: Target) -> None:
    row.theme_id, row.case_id = target.theme_id, target.case_id


def nest_under(
    *, session: Session, event_id: int, contribution_id: int, parent_id: int | None
) -> Contribution:
    """Hang a contribution under another at the same place (None: back to the top level).

    Raises InvalidNesting for itself, one of its own replies, or a parent at another place.
    """
    revision = bump_revision(session=session, event_id=event_id)
    row = _contribution(session, event_id, contribution_id)
    if parent_id is not None:
        parent = _contribution(session, event_id, parent_id)
        below = {r.id for r in _descendants(session, event_id, row.id or 0)}
        if (
            parent.id == row.id
            or parent.id in below
            or parent.merged_into_id is not None
            or (parent.theme_id, parent.case_id) != (row.theme_id, row.case_id)
        ):
            raise InvalidNesting()
    row.parent_id = parent_id
    _touch(session, row, revision)
    return row


def merge_into(*, session: Session, event_id: int, duplicate_id: int, keep_id: int) -> Contribution:
    """Merge a duplicate into the contribution that is kept; its replies and duplicates follow.

    The duplicate is kept (and counted) but no longer listed; raises InvalidMerge.
    """
    revision = bump_revision(session=session, event_id=event_id)
    duplicate = _contribution(session, event_id, duplicate_id)
    keep = _contribution(session, event_id, keep_id)
    if keep.merged_into_id is not None:
        keep = _contribution(session, event_id, keep.merged_into_id)
    below = {r.id for r in _descendants(session, event_id, duplicate.id or 0)}
    if keep.id == duplicate.id or keep.id in below:
        raise InvalidMerge()
    for row in _children(session, event_id, duplicate.id or 0):
        if row.merged_into_id is not None:
            row.merged_into_id = keep.id
        else:
            row.parent_id = keep.id
        _touch(session, row, revision)
    duplicate.merged_into_id, duplicate.parent_id = keep.id, None
    _touch(session, duplicate, revision)
    return keep


def unmerge(*, session: Session, event_id: int, contribution_id: int) -> Contribution:
    """List a merged duplicate again at its own table or case."""
    revision = bump_revision(session=session, event_id=event_id)
    row = _contribution(session, event_id, contribution_id)
    row.merged_into_id = None
    _touch(session, row, revision)
    return row


def reorder(*, session: Session, event_id: int, contribution_id: int, offset: int) -> None:
    """Move a contribution *offset* places among its siblings (-1 is one up)."""
    revision = bump_revision(session=session, event_id=event_id)
    row = _contribution(session, event_id, contribution_id)
    siblings = list(
        session.exec(
            select(Contribution)
            .where(
                Contribution.event_id == event_id,
                Contribution.theme_id == row.theme_id,
                Contribution.case_id == row.case_id,
                Contribution.parent_id == row.parent_id,
                col(Contribution.merged_into_id).is_(None),
                col(Contribution.deleted).is_(False),
            )
            .order_by(col(Contribution.position), col(Contribution.id))
        )
    )
    slots = _strictly_increasing(sorted(s.position for s in siblings))
    index = next(i for i, s in enumerate(siblings) if s.id == row.id)
    siblings.insert(max(0, min(len(siblings) - 1, index + offset)), siblings.pop(index))
    for sibling, position in zip(siblings, slots, strict=True):
        if sibling.position != position:
            sibling.position = position
            _touch(session, sibling, revision)


def _strictly_increasing(positions: list[float]) -> list[float]:
    """Return *positions* with ties nudged apart, so a swap always changes the order."""
    result: list[float] = []
    for position in positions:
        result.append(position if not result or position > result[-1] else result[-1] + 1e-6)
    return result


def save_summary(
    *, session: Session, event_id: int, target_key: str, update: SummaryUpdate
) -> None:
    """Store a table's or case's synthesis, status, status note and open-for-additions marker."""
    target = target_by_key(session=session, event_id=event_id, key=target_key)
    values = update.model_dump(exclude_unset=True)
    if target.case is None and set(values) - set(THEME_FIELDS):
        raise InvalidField(field=sorted(set(values) - set(THEME_FIELDS))[0], value="")
    if target.case is not None:
        events.save_case(
            session=session,
            event_id=event_id,
            update=CaseUpdate(**values),
            case_id=target.case_id,
        )
    else:
        assert target.theme is not None
        events.save_theme(
            session=session,
            event_id=event_id,
            update=ThemeUpdate(**values),
            theme_id=target.theme.id,
        )


def _contribution(session: Session, event_id: int, contribution_id: int) -> Contribution:
    row = session.get(Contribution, contribution_id)
    if row is None or row.event_id != event_id or row.deleted:
        raise ContributionNotFound()
    return row


def _children(session: Session, event_id: int, row_id: int) -> list[Contribution]:
    """Return the replies and the duplicates directly under contribution *row_id*."""
    return list(
        session.exec(
            select(Contribution).where(
                Contribution.event_id == event_id,
                (Contribution.parent_id == row_id) | (Contribution.merged_into_id == row_id),
            )
        )
    )


def _descendants(session: Session, event_id: int, row_id: int) -> list[Contribution]:
    """Return every reply and duplicate below *row_id*, however deep (cycles are cut)."""
    found: dict[int, Contribution] = {}
    todo = [row_id]
    while todo:
        for child in _children(session, event_id, todo.pop()):
            if child.id is not None and child.id not in found and child.id != row_id:
                found[child.id] = child
                todo.append(child.id)
    return list(found.values())


def _touch(session: Session, row: Contribution, revision: int) -> None:
    row.revision, row.updated_at = revision, utcnow()
    session.add(row)
