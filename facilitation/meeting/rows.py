"""Moving prepared rows up and down, and definitions, sections and contacts one row at a time.

Like ``layout``, every write touches one row or swaps two neighbours, so two tabs editing the
same meeting never wipe each other's work; a row another tab removed raises RowGone.
"""

from __future__ import annotations

from typing import Any

from sqlmodel import Session, col, func, select

from facilitation.core.db import bump_revision
from facilitation.core.errors import FieldRequired, InvalidField, RowGone
from facilitation.core.text import limited, single_line
from facilitation.meeting import report_keys
from facilitation.models import Case, Contact, Definition, Round, Section, SectionPlacement, Theme

TEXT_KINDS: dict[str, Any] = {"definitions": Definition, "sections": Section, "contacts": Contact}
TEXT_FIELDS = {
    "definitions": ("term", "text"),
    "sections": ("title", "body", "placement"),
    "contacts": ("name", "organisation", "email", "phone"),
}
# The field a row cannot do without, named in the error.
_REQUIRED = {"definitions": "term", "sections": "title", "contacts": "name"}
_PROSE = {"text", "body"}
# How each kind of row is ordered: the column that holds its place.
_ORDER: dict[Any, str] = {
    Theme: "number",
    Round: "number",
    Case: "position",
    Definition: "position",
    Section: "position",
    Contact: "position",
}


def move(*, session: Session, event_id: int, model: Any, row_id: int, step: int) -> None:
    """Swap a table, case, round, definition, section or contact with its neighbour.

    *step* is -1 (up) or 1 (down); at either end nothing changes. Raises RowGone.
    """
    bump_revision(session=session, event_id=event_id)
    field = _ORDER[model]
    rows = list(
        session.exec(
            select(model)
            .where(model.event_id == event_id)
            .order_by(col(getattr(model, field)), col(model.id))
        )
    )
    index = next((i for i, r in enumerate(rows) if r.id == row_id), None)
    if index is None:
        raise RowGone()
    other = index + step
    if not 0 <= other < len(rows):
        return
    if field == "position":
        for position, row in enumerate(rows):  # make positions distinct before swapping
            row.position = position
    a, b = rows[index], rows[other]
    first, second = getattr(a, field), getattr(b, field)
    # A table's number is in its report key ('t2'): its report choices follow the swap.
    keys_before = report_keys.themes_keys(session, (a, b)) if model is Theme else {}
    if field == "number":  # numbers are unique per event: park one while swapping
        setattr(a, field, -1)
        session.add(a)
        session.flush()
    setattr(b, field, first)
    session.add(b)
    session.flush()
    setattr(a, field, second)
    session.add(a)
    session.flush()
    if model is Theme:
        after = report_keys.themes_keys(session, (a, b))
        report_keys.rename(session, event_id, keys_before, after)


def save_text(
    *, session: Session, event_id: int, kind: str, values: dict[str, Any], row_id: int | None = None
) -> Any:
    """Add (no *row_id*) or change one definition, section or contact.

    Raises FieldRequired for an empty term/title/name, InvalidField, or RowGone.
    """
    model = TEXT_KINDS[kind]
    bump_revision(session=session, event_id=event_id)
    if row_id is None:
        count = session.exec(select(func.count()).where(model.event_id == event_id)).one()
        row = model(event_id=event_id, position=int(count))
    else:
        row = _row(session, model, row_id, event_id)
    for name in TEXT_FIELDS[kind]:
        setattr(row, name, _clean(name, values.get(name)))
    required = _REQUIRED[kind]
    if not getattr(row, required):
        raise FieldRequired(field=required, value="")
    session.add(row)
    session.flush()
    return row


def remove_text(*, session: Session, event_id: int, kind: str, row_id: int) -> None:
    """Remove one definition, section or contact; raises RowGone."""
    bump_revision(session=session, event_id=event_id)
    session.delete(_row(session, TEXT_KINDS[kind], row_id, event_id))


def _clean(name: str, value: Any) -> Any:
    if name == "placement":
        wanted = value or SectionPlacement.BEFORE_THEMES.value
        if wanted not in {p.value for p in SectionPlacement}:
            raise InvalidField(field="placement", value=str(wanted)[:20])
        return SectionPlacement(wanted)
    if name in _PROSE:
        return limited(value, field=name)
    return single_line(value)


def _row(session: Session, model: Any, row_id: int, event_id: int) -> Any:
    row = session.get(model, row_id)
    if row is None or row.event_id != event_id:
        raise RowGone()
    return row
