"""Events and what the facilitator prepares: fields, themes/tables, cases, rounds, texts."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any

from sqlmodel import Session, col, delete, func, select

from facilitation.core import codes
from facilitation.core.db import bump_revision
from facilitation.core.errors import DuplicateEventCode, EventNotFound, InvalidField
from facilitation.core.text import limited, single_line
from facilitation.core.validation import validated
from facilitation.models import (
    Case,
    CaseUpdate,
    Contact,
    Contribution,
    Definition,
    Event,
    EventFormat,
    EventUpdate,
    Round,
    Section,
    SectionPlacement,
    Theme,
    ThemeUpdate,
    as_utc,
    utcnow,
)

# Fields a facilitator edits on the event itself; titles are single-line, the rest is prose.
SINGLE_LINE_FIELDS = [
    "title",
    "subtitle",
    "tagline",
    "venue",
    "organiser",
    "commissioner",
    "intro_title",
    "background_title",
    "themes_title",
    "agenda_title",
]
PROSE_FIELDS = ["intro", "background", "themes_intro", "agenda_intro", "invitation", "closing_call"]


def create_event(
    *,
    session: Session,
    title: str,
    event_format: EventFormat | str = EventFormat.TABLE_ROUNDS,
    language: str = "nl",
    code: str | None = None,
) -> Event:
    """Create an event with fresh join code and link secrets; raises DuplicateEventCode."""
    if event_format not in {f.value for f in EventFormat}:
        raise InvalidField(field="format", value=str(event_format))
    wanted = codes.normalise_join_code(code) if code else ""
    if code and not wanted:
        raise InvalidField(field="code", value=code)
    if wanted and _code_in_use(session, wanted):
        raise DuplicateEventCode(code=wanted)
    event = Event(
        code=wanted or _unused_code(session),
        wall_key=codes.new_secret(),
        cohost_key=codes.new_secret(),
        format=EventFormat(event_format),
        title=single_line(title),
        language=language if language in ("nl", "en") else "nl",
    )
    session.add(event)
    session.flush()
    return event


def _code_in_use(session: Session, code: str) -> bool:
    return session.exec(select(Event.id).where(Event.code == code)).first() is not None


def _unused_code(session: Session) -> str:
    while True:
        candidate = codes.new_join_code()
        if not _code_in_use(session, candidate):
            return candidate


def find_event(*, session: Session, code: str | None) -> Event:
    """Return the event with join *code* (any case, dashes allowed); raises EventNotFound."""
    normalised = codes.normalise_join_code(code)
    event = (
        session.exec(select(Event).where(Event.code == normalised)).first() if normalised else None
    )
    if event is None:
        raise EventNotFound(code=(code or "")[:20])
    return event


def get_event(*, session: Session, event_id: int) -> Event:
    """Return the event by id; raises EventNotFound."""
    event = session.get(Event, event_id)
    if event is None:
        raise EventNotFound(code=str(event_id))
    return event


def list_events(*, session: Session) -> list[Event]:
    """Return every event, newest first."""
    return list(session.exec(select(Event).order_by(col(Event.created_at).desc())))


def update_event(*, session: Session, event_id: int, update: EventUpdate) -> Event:
    """Apply the fields set in *update* to the event, cleaned; raises InvalidField."""
    bump_revision(session=session, event_id=event_id)
    event = get_event(session=session, event_id=event_id)
    for name, value in update.model_dump(exclude_unset=True).items():
        if name in SINGLE_LINE_FIELDS:
            setattr(event, name, single_line(value))
        elif name in PROSE_FIELDS:
            setattr(event, name, limited(value, field=name))
        elif value is None and name not in ("event_date",):
            raise InvalidField(field=name, value="")
        else:
            setattr(event, name, value)
    session.add(event)
    return event


def event_update(**values: Any) -> EventUpdate:
    """Return an EventUpdate from untyped *values* (a form, a file); raises InvalidField."""
    return validated(EventUpdate, values)


def theme_update(**values: Any) -> ThemeUpdate:
    """Return a ThemeUpdate from untyped *values*; raises InvalidField naming the field."""
    return validated(ThemeUpdate, values)


def case_update(**values: Any) -> CaseUpdate:
    """Return a CaseUpdate from untyped *values*; raises InvalidField naming the field."""
    return validated(CaseUpdate, values)


def set_event_open(*, session: Session, event_id: int, is_open: bool) -> None:
    """Open or close the whole event for phones."""
    update_event(session=session, event_id=event_id, update=EventUpdate(is_open=is_open))


def delete_event(*, session: Session, event_id: int) -> None:
    """Delete an event and everything in it."""
    event = get_event(session=session, event_id=event_id)
    session.delete(event)


def save_theme(
    *, session: Session, event_id: int, update: ThemeUpdate, theme_id: int | None = None
) -> Theme:
    """Create or update a theme/table; raises InvalidField for a taken or missing number."""
    bump_revision(session=session, event_id=event_id)
    theme = (
        _owned(session, Theme, theme_id, event_id)
        if theme_id
        else Theme(event_id=event_id, number=0)
    )
    values = update.model_dump(exclude_unset=True)
    number = values.pop("number", theme.number) or 0
    if number < 1 or number > 999:
        raise InvalidField(field="number", value=str(number))
    clash = session.exec(
        select(Theme.id).where(Theme.event_id == event_id, Theme.number == number)
    ).first()
    if clash is not None and clash != theme.id:
        raise InvalidField(field="number", value=str(number))
    theme.number = number
    _apply(theme, values, single=("title", "label"))
    session.add(theme)
    session.flush()
    return theme


def save_case(
    *, session: Session, event_id: int, update: CaseUpdate, case_id: int | None = None
) -> Case:
    """Create or update a case/pitch; raises InvalidField for a bad letter or theme."""
    bump_revision(session=session, event_id=event_id)
    case = _owned(session, Case, case_id, event_id) if case_id else Case(event_id=event_id)
    values = update.model_dump(exclude_unset=True)
    if "theme_id" in values:
        theme_id = values.pop("theme_id")
        if theme_id is not None:
            _owned(session, Theme, theme_id, event_id)
        case.theme_id = theme_id
    if "letter" in values:
        letter = single_line(values.pop("letter")).upper().rstrip(".")
        if not letter.isalpha() or not letter.isascii() or len(letter) > 2:
            raise InvalidField(field="letter", value=letter)
        case.letter = letter
    _apply(case, values, single=("kind", "name", "place", "owners", "link"))
    session.add(case)
    session.flush()
    return case


def _apply(row: Theme | Case, values: dict[str, Any], *, single: tuple[str, ...]) -> None:
    """Set *values* on *row*: single-line fields cleaned as such, other text as prose."""
    for name, value in values.items():
        if value is None:
            raise InvalidField(field=name, value="")
        if name in single:
            value = single_line(value)
        elif isinstance(value, str) and not isinstance(value, StrEnum):
            value = limited(value, field=name)
        setattr(row, name, value)


def delete_theme(*, session: Session, event_id: int, theme_id: int) -> None:
    """Delete a theme that holds no contributions; raises InvalidField when it does."""
    bump_revision(session=session, event_id=event_id)
    theme = _owned(session, Theme, theme_id, event_id)
    _refuse_when_used(session, Contribution.theme_id == theme_id, "theme")
    for case in session.exec(select(Case).where(Case.theme_id == theme_id)):
        case.theme_id = None
        session.add(case)
    session.delete(theme)


def delete_case(*, session: Session, event_id: int, case_id: int) -> None:
    """Delete a case that holds no contributions; raises InvalidField when it does."""
    bump_revision(session=session, event_id=event_id)
    case = _owned(session, Case, case_id, event_id)
    _refuse_when_used(session, Contribution.case_id == case_id, "case")
    session.delete(case)


def _refuse_when_used(session: Session, condition: Any, field: str) -> None:
    used = session.exec(
        select(func.count())
        .select_from(Contribution)
        .where(condition, col(Contribution.deleted).is_(False))
    ).one()
    if used:
        raise InvalidField(field=field, value=f"{used}")


def _owned(session: Session, model: Any, row_id: int | None, event_id: int) -> Any:
    row = session.get(model, row_id) if row_id is not None else None
    if row is None or row.event_id != event_id:
        raise InvalidField(field=model.__name__.lower(), value=str(row_id))
    return row


def set_target_open(
    *,
    session: Session,
    event_id: int,
    theme_id: int | None = None,
    case_id: int | None = None,
    is_open: bool,
) -> None:
    """Open or close one table/theme or case for phones."""
    bump_revision(session=session, event_id=event_id)
    row = (
        _owned(session, Case, case_id, event_id)
        if case_id
        else _owned(session, Theme, theme_id, event_id)
    )
    row.is_open = is_open
    session.add(row)


def replace_texts(
    *, session: Session, event_id: int, kind: str, rows: Iterable[Mapping[str, Any]]
) -> None:
    """Replace the event's definitions, sections or contacts with *rows*, in the given order."""
    bump_revision(session=session, event_id=event_id)
    model, builder = _TEXT_ROWS[kind]
    session.exec(delete(model).where(model.event_id == event_id))
    for position, row in enumerate(rows):
        item = builder(row)
        if item is not None:
            item.event_id, item.position = event_id, position
            session.add(item)


def _definition(row: Mapping[str, Any]) -> Definition | None:
    term, text = single_line(row.get("term")), limited(row.get("text"), field="definition")
    return Definition(event_id=0, term=term, text=text) if term or text else None


def _section(row: Mapping[str, Any]) -> Section | None:
    title, body = single_line(row.get("title")), limited(row.get("body"), field="section")
    value = row.get("placement") or SectionPlacement.BEFORE_THEMES.value
    if value not in {p.value for p in SectionPlacement}:
        raise InvalidField(field="placement", value=str(value))
    placement = SectionPlacement(value)
    return (
        Section(event_id=0, title=title, body=body, placement=placement) if title or body else None
    )


def _contact(row: Mapping[str, Any]) -> Contact | None:
    contact = Contact(
        event_id=0,
        name=single_line(row.get("name")),
        organisation=single_line(row.get("organisation")),
        email=single_line(row.get("email")),
        phone=single_line(row.get("phone")),
    )
    return (
        contact if contact.name or contact.organisation or contact.email or contact.phone else None
    )


_TEXT_ROWS: dict[str, tuple[Any, Any]] = {
    "definitions": (Definition, _definition),
    "sections": (Section, _section),
    "contacts": (Contact, _contact),
}


def definitions_of(*, session: Session, event_id: int) -> list[Definition]:
    return list(
        session.exec(
            select(Definition)
            .where(Definition.event_id == event_id)
            .order_by(col(Definition.position))
        )
    )


def sections_of(*, session: Session, event_id: int) -> list[Section]:
    return list(
        session.exec(
            select(Section).where(Section.event_id == event_id).order_by(col(Section.position))
        )
    )


def contacts_of(*, session: Session, event_id: int) -> list[Contact]:
    return list(
        session.exec(
            select(Contact).where(Contact.event_id == event_id).order_by(col(Contact.position))
        )
    )


def rounds_of(*, session: Session, event_id: int) -> list[Round]:
    return list(
        session.exec(select(Round).where(Round.event_id == event_id).order_by(col(Round.number)))
    )


def save_round(
    *, session: Session, event_id: int, number: int, title: str = "", minutes: float = 15
) -> Round:
    """Create or update round *number* with its duration."""
    bump_revision(session=session, event_id=event_id)
    if number < 1 or not 0 < minutes <= 24 * 60:
        raise InvalidField(field="round", value=f"{number}/{minutes}")
    row = session.exec(
        select(Round).where(Round.event_id == event_id, Round.number == number)
    ).first()
    row = row or Round(event_id=event_id, number=number)
    row.title, row.duration_seconds = single_line(title), int(minutes * 60)
    session.add(row)
    session.flush()
    return row


def start_round(*, session: Session, event_id: int, round_id: int) -> Round:
    """Open a round (closing any other) and start its timer now."""
    bump_revision(session=session, event_id=event_id)
    target: Round = _owned(session, Round, round_id, event_id)
    for other in rounds_of(session=session, event_id=event_id):
        if other.id != round_id and other.is_open:
            other.is_open = False
            session.add(other)
    now = utcnow()
    target.is_open, target.started_at = True, now
    target.ends_at = now + timedelta(seconds=target.duration_seconds)
    session.add(target)
    return target


def close_round(*, session: Session, event_id: int, round_id: int) -> None:
    """Close a round: phones keep their typed text and are told the round is over."""
    bump_revision(session=session, event_id=event_id)
    target = _owned(session, Round, round_id, event_id)
    target.is_open = False
    session.add(target)


def current_round(*, session: Session, event_id: int) -> Round | None:
    """Return the round that takes contributions now, if any: the open one, unless the meeting
    closes rounds when their time is up and its time is up."""
    row = session.exec(
        select(Round).where(Round.event_id == event_id, col(Round.is_open).is_(True))
    ).first()
    if row is None:
        return None
    close_at_end = get_event(session=session, event_id=event_id).close_rounds_at_end
    return row if round_running(row, close_at_end=close_at_end) else None


def round_running(row: Round, *, close_at_end: bool, now: datetime | None = None) -> bool:
    """Return whether *row* takes contributions at *now*: it is open and, when rounds close at
    the end of their time, its time is not up. Time closes a round when it is read, so it
    closes on time even when no facilitator page is open."""
    if not row.is_open:
        return False
    return not (close_at_end and time_up(row.ends_at, now))


def time_up(ends_at: datetime | None, now: datetime | None = None) -> bool:
    """Return whether a timer ending at *ends_at* has run out at *now* (default: now)."""
    return ends_at is not None and as_utc(ends_at) <= as_utc(now or utcnow())
