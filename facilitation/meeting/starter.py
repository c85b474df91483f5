"""A new meeting's first shape: a starter layout per format, or a copy of an earlier meeting.

A copy takes the structure only — texts, tables, cases, rounds, definitions, sections, contacts
and kinds of action — never contributions, participants, syntheses, actions or votes.
"""

from __future__ import annotations

from typing import Any

from sqlmodel import Session, select

from facilitation.core.db import bump_revision
from facilitation.i18n import t
from facilitation.meeting import events
from facilitation.meeting.targets import cases_of, themes_of
from facilitation.models import (
    ActionKind,
    Case,
    Contact,
    Definition,
    Event,
    EventFormat,
    Round,
    Section,
    Theme,
)

STARTER_TABLES = 6
STARTER_CASES = "ABC"
STARTER_MINUTES = 20
# Event fields a copy takes over (not the code, keys, date, state or revision).
_COPIED_FIELDS = (
    *events.SINGLE_LINE_FIELDS,
    *events.PROSE_FIELDS,
    "show_others",
    "close_rounds_at_end",
)


def add_starter_layout(*, session: Session, event_id: int, lang: str = "nl") -> None:
    """Give an empty meeting its format's first shape: 6 numbered tables (table rounds) or cases
    A–C (pitch session, practice cases), and one round. Parts already there are left alone."""
    event = events.get_event(session=session, event_id=event_id)
    bump_revision(session=session, event_id=event_id)
    if event.format == EventFormat.TABLE_ROUNDS:
        if not themes_of(session=session, event_id=event_id):
            for number in range(1, STARTER_TABLES + 1):
                title = t("starter.table", lang, number=number)
                session.add(Theme(event_id=event_id, number=number, title=title))
    elif not cases_of(session=session, event_id=event_id):
        kind = t(f"starter.kind.{event.format}", lang)
        for position, letter in enumerate(STARTER_CASES):
            name = f"{kind} {letter}"
            session.add(
                Case(event_id=event_id, letter=letter, position=position, kind=kind, name=name)
            )
    if not events.rounds_of(session=session, event_id=event_id):
        title = t("setup.rounds.default_title", lang, number=1)
        session.add(
            Round(event_id=event_id, number=1, title=title, duration_seconds=STARTER_MINUTES * 60)
        )
    session.flush()


def copy_event(*, session: Session, source_id: int, title: str) -> Event:
    """Return a new meeting with *source_id*'s structure and *title* (a fresh join code).

    Raises EventNotFound for an unknown source.
    """
    source = events.get_event(session=session, event_id=source_id)
    copy = events.create_event(
        session=session, title=title, event_format=source.format, language=source.language
    )
    for name in _COPIED_FIELDS:
        if name != "title":
            setattr(copy, name, getattr(source, name))
    session.add(copy)
    new_id = copy.id or 0
    themes = _copy_themes(session, source_id, new_id)
    for case in cases_of(session=session, event_id=source_id):
        session.add(
            Case(
                **case.model_dump(include=set(_CASE_FIELDS)),
                event_id=new_id,
                theme_id=themes.get(case.theme_id),
            )
        )
    for row in events.rounds_of(session=session, event_id=source_id):
        session.add(
            Round(
                event_id=new_id,
                number=row.number,
                title=row.title,
                duration_seconds=row.duration_seconds,
            )
        )
    for model, fields in _PLAIN_ROWS:
        for item in session.exec(select(model).where(model.event_id == source_id)):
            session.add(model(**item.model_dump(include=set(fields)), event_id=new_id))
    session.flush()
    return copy


def _copy_themes(session: Session, source_id: int, new_id: int) -> dict[int | None, int | None]:
    """Copy the tables/themes; return old id → new id (for the cases that belong to them)."""
    mapping: dict[int | None, int | None] = {}
    for theme in themes_of(session=session, event_id=source_id):
        copied = Theme(
            **theme.model_dump(include={"number", "title", "label", "question", "description"}),
            event_id=new_id,
        )
        session.add(copied)
        session.flush()
        mapping[theme.id] = copied.id
    return mapping


_CASE_FIELDS = (
    "letter",
    "position",
    "kind",
    "name",
    "place",
    "owners",
    "link",
    "key_question",
    "description",
)
_PLAIN_ROWS: tuple[tuple[Any, tuple[str, ...]], ...] = (
    (Definition, ("term", "text", "position")),
    (Section, ("title", "body", "placement", "position")),
    (Contact, ("name", "organisation", "email", "phone", "position")),
    (
        ActionKind,
        ("key", "title", "column_title", "driver_column_title", "driver_role", "intro", "position"),
    ),
)
