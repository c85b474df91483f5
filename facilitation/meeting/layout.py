"""Tables/themes, cases/pitches and rounds, one row per write, as the facilitator's forms make them.

Every function changes one row (or swaps two neighbours), never replaces a whole list, so two
facilitators editing the same meeting in two tabs cannot wipe each other's rows. A row another
tab removed raises RowGone. A table or case that holds contributions is never removed: the
contributions stay where they are and TargetInUse says how many there are (close it instead).
Removing a round keeps its contributions (they lose only the round they were sent in).
"""

from __future__ import annotations

from typing import Any

from sqlmodel import Session, col, func, select

from facilitation.core.db import bump_revision
from facilitation.core.errors import (
    DuplicateCaseLetter,
    DuplicateTableNumber,
    FieldRequired,
    InvalidLetter,
    InvalidMinutes,
    InvalidNumber,
    RowGone,
    TargetInUse,
)
from facilitation.core.text import single_line
from facilitation.meeting import events
from facilitation.meeting.targets import cases_of
from facilitation.models import Case, Contribution, Round, Theme

MAX_NUMBER = 999
MAX_MINUTES = 24 * 60
_THEME_TEXTS = ("title", "label", "question", "description")
_CASE_TEXTS = ("kind", "name", "place", "owners", "link", "key_question", "description")


def next_theme_number(*, session: Session, event_id: int) -> int:
    """Return the number after the highest table/theme number (1 for none)."""
    top = session.exec(select(func.max(Theme.number)).where(Theme.event_id == event_id)).one()
    return int(top or 0) + 1


def next_case_letter(*, session: Session, event_id: int) -> str:
    """Return the first letter A–Z no case of the event uses yet ('A' when all are taken)."""
    used = {c.letter for c in cases_of(session=session, event_id=event_id)}
    return next((chr(code) for code in range(65, 91) if chr(code) not in used), "A")


def save_table(
    *, session: Session, event_id: int, values: dict[str, Any], theme_id: int | None = None
) -> Theme:
    """Add (no *theme_id*) or change one table/theme; raises FieldRequired, DuplicateTableNumber,
    InvalidNumber or RowGone."""
    number = _whole(values.get("number"), field="number", low=1, high=MAX_NUMBER)
    if not single_line(values.get("title")):
        raise FieldRequired(field="title", value="")
    if theme_id is not None:
        _row(session, Theme, theme_id, event_id)
    clash = session.exec(
        select(Theme.id).where(Theme.event_id == event_id, Theme.number == number)
    ).first()
    if clash is not None and clash != theme_id:
        raise DuplicateTableNumber(field="number", value=str(number))
    texts = {name: values.get(name) or "" for name in _THEME_TEXTS}
    update = events.theme_update(number=number, **texts)
    return events.save_theme(session=session, event_id=event_id, update=update, theme_id=theme_id)


def save_pitch(
    *, session: Session, event_id: int, values: dict[str, Any], case_id: int | None = None
) -> Case:
    """Add (no *case_id*) or change one case/pitch; raises FieldRequired, InvalidLetter,
    DuplicateCaseLetter or RowGone."""
    letter = single_line(values.get("letter")).upper()
    if len(letter) != 1 or not ("A" <= letter <= "Z"):
        raise InvalidLetter(field="letter", value=letter or "—")
    if not single_line(values.get("name")):
        raise FieldRequired(field="name", value="")
    case = _row(session, Case, case_id, event_id) if case_id is not None else None
    theme_id = values.get("theme_id", case.theme_id if case else None)
    for other in cases_of(session=session, event_id=event_id):
        if other.id != case_id and other.letter == letter and other.theme_id == theme_id:
            raise DuplicateCaseLetter(field="letter", value=letter)
    texts = {name: values.get(name) or "" for name in _CASE_TEXTS}
    extra: dict[str, Any] = {"theme_id": theme_id}
    if case is None:
        extra["position"] = len(cases_of(session=session, event_id=event_id))
    update = events.case_update(letter=letter, **texts, **extra)
    return events.save_case(session=session, event_id=event_id, update=update, case_id=case_id)


def save_round(
    *, session: Session, event_id: int, values: dict[str, Any], round_id: int | None = None
) -> Round:
    """Add (no *round_id*) or change one round; raises FieldRequired, InvalidMinutes or RowGone."""
    minutes = _whole(values.get("minutes"), field="minutes", low=1, high=MAX_MINUTES)
    title = single_line(values.get("title"))
    if not title:
        raise FieldRequired(field="title", value="")
    bump_revision(session=session, event_id=event_id)
    if round_id is None:
        top = session.exec(select(func.max(Round.number)).where(Round.event_id == event_id))
        row = Round(event_id=event_id, number=int(top.one() or 0) + 1)
    else:
        row = _row(session, Round, round_id, event_id)
    row.title, row.duration_seconds = title, minutes * 60
    session.add(row)
    session.flush()
    return row


def remove_table(*, session: Session, event_id: int, theme_id: int) -> None:
    """Remove a table/theme without contributions; raises TargetInUse or RowGone."""
    _row(session, Theme, theme_id, event_id)
    used = contributions_at(session=session, theme_id=theme_id)
    if used:
        raise TargetInUse(count=used)
    events.delete_theme(session=session, event_id=event_id, theme_id=theme_id)


def remove_pitch(*, session: Session, event_id: int, case_id: int) -> None:
    """Remove a case/pitch without contributions; raises TargetInUse or RowGone."""
    _row(session, Case, case_id, event_id)
    used = contributions_at(session=session, case_id=case_id)
    if used:
        raise TargetInUse(count=used)
    events.delete_case(session=session, event_id=event_id, case_id=case_id)


def remove_round(*, session: Session, event_id: int, round_id: int) -> None:
    """Remove a round; its contributions stay (without a round). Raises RowGone."""
    bump_revision(session=session, event_id=event_id)
    session.delete(_row(session, Round, round_id, event_id))


def contributions_at(
    *, session: Session, theme_id: int | None = None, case_id: int | None = None
) -> int:
    """Return how many contributions (hidden ones included) a table or case holds."""
    condition = (
        Contribution.case_id == case_id
        if case_id is not None
        else Contribution.theme_id == theme_id
    )
    return int(
        session.exec(
            select(func.count())
            .select_from(Contribution)
            .where(condition, col(Contribution.deleted).is_(False))
        ).one()
    )


def _row(session: Session, model: Any, row_id: int | None, event_id: int) -> Any:
    row = session.get(model, row_id) if row_id is not None else None
    if row is None or row.event_id != event_id:
        raise RowGone()
    return row


def _whole(value: Any, *, field: str, low: int, high: int) -> int:
    """Return *value* as a whole number in [low, high]; raises InvalidMinutes or InvalidNumber."""
    error = InvalidMinutes if field == "minutes" else InvalidNumber
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise error(field=field, value=str(value)[:20], low=low, high=high) from None
    if number != int(number) or not low <= number <= high:
        raise error(field=field, value=str(value)[:20], low=low, high=high)
    return int(number)
