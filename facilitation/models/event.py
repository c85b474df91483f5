"""The meeting itself and what the facilitator prepares: themes/tables, cases, rounds, texts."""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum

from sqlmodel import Field, SQLModel, UniqueConstraint

from facilitation.models.base import event_fk, utcnow


class EventFormat(StrEnum):
    TABLE_ROUNDS = "table_rounds"
    PITCH = "pitch"
    PRACTICE_CASES = "practice_cases"


class CaseStatus(StrEnum):
    DISCUSSED = "discussed"
    NOT_DISCUSSED = "not_discussed"
    OUT_OF_TIME = "out_of_time"


class SectionPlacement(StrEnum):
    BEFORE_THEMES = "before_themes"
    AFTER_THEMES = "after_themes"
    AFTER_AGENDA = "after_agenda"


class Event(SQLModel, table=True):
    """A meeting; ``revision`` is bumped in the same transaction as every write to its data."""

    id: int | None = Field(default=None, primary_key=True)
    code: str = Field(unique=True, index=True, max_length=16)
    wall_key: str = Field(max_length=64)
    cohost_key: str = Field(max_length=64)
    format: str = Field(default=EventFormat.TABLE_ROUNDS.value, max_length=32)
    title: str = ""
    subtitle: str = ""
    tagline: str = ""
    event_date: date | None = None
    venue: str = ""
    organiser: str = ""
    commissioner: str = ""
    intro_title: str = ""
    intro: str = ""
    background_title: str = ""
    background: str = ""
    themes_title: str = ""
    themes_intro: str = ""
    agenda_title: str = ""
    agenda_intro: str = ""
    invitation: str = ""
    closing_call: str = ""
    language: str = Field(default="nl", max_length=8)
    is_open: bool = True
    show_others: bool = False
    revision: int = 0
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)


class Definition(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    event_id: int = event_fk()
    position: int = 0
    term: str = ""
    text: str = ""


class Section(SQLModel, table=True):
    """A free narrative section the facilitator writes (e.g. a typology with 'Voorbeeld:' lines)."""

    id: int | None = Field(default=None, primary_key=True)
    event_id: int = event_fk()
    position: int = 0
    placement: str = SectionPlacement.BEFORE_THEMES.value
    title: str = ""
    body: str = ""


class Contact(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    event_id: int = event_fk()
    position: int = 0
    name: str = ""
    organisation: str = ""
    email: str = ""
    phone: str = ""


class Theme(SQLModel, table=True):
    """A theme or table; ``number`` is what the room and the join URL call it."""

    __table_args__ = (UniqueConstraint("event_id", "number"),)

    id: int | None = Field(default=None, primary_key=True)
    event_id: int = event_fk()
    number: int
    title: str = ""
    label: str = ""
    question: str = ""
    description: str = ""
    synthesis: str = ""
    is_open: bool = True
    open_for_additions: bool = False


class Case(SQLModel, table=True):
    """A case, pitch or practice example, lettered within its theme (or within the event)."""

    __tablename__ = "event_case"

    id: int | None = Field(default=None, primary_key=True)
    event_id: int = event_fk()
    theme_id: int | None = Field(default=None, foreign_key="theme.id", ondelete="SET NULL")
    letter: str = Field(default="A", max_length=4)
    position: int = 0
    kind: str = ""
    name: str = ""
    place: str = ""
    owners: str = ""
    link: str = ""
    key_question: str = ""
    description: str = ""
    synthesis: str = ""
    status: str = CaseStatus.DISCUSSED.value
    status_note: str = ""
    is_open: bool = True
    open_for_additions: bool = False


class Round(SQLModel, table=True):
    """A timed round; while an event has rounds, phones can send only during an open one."""

    __table_args__ = (UniqueConstraint("event_id", "number"),)

    id: int | None = Field(default=None, primary_key=True)
    event_id: int = event_fk()
    number: int
    title: str = ""
    duration_seconds: int = 900
    started_at: datetime | None = None
    ends_at: datetime | None = None
    is_open: bool = False
