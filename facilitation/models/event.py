"""The meeting itself and what the facilitator prepares: themes/tables, cases, rounds, texts."""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum
from typing import Literal

from sqlmodel import Field, SQLModel, UniqueConstraint

from facilitation.models.base import UpdateModel, enum_field, event_fk, utcnow


class EventFormat(StrEnum):
    TABLE_ROUNDS = "table_rounds"
    PITCH = "pitch"
    PRACTICE_CASES = "practice_cases"


class CaseStatus(StrEnum):
    DISCUSSED = "discussed"
    NOT_DISCUSSED = "not_discussed"
    OUT_OF_TIME = "out_of_time"


class WallScreen(StrEnum):
    """What the projector shows: chosen by the room's state, or fixed by the facilitator."""

    AUTO = "auto"  # the join screen before and between rounds and while little is in; else the wall
    JOIN = "join"  # the join screen: huge QR code, short address and code
    LIVE = "live"  # the live wall: one card per table
    SCAN = "scan"  # the results of a scan: the first open one, else the one closed last


class SectionPlacement(StrEnum):
    BEFORE_INTRO = "before_intro"  # an opening word right under the title block
    BEFORE_THEMES = "before_themes"
    AFTER_THEMES = "after_themes"
    AFTER_AGENDA = "after_agenda"


class Event(SQLModel, table=True):
    """A meeting; ``revision`` is bumped in the same transaction as every write to its data."""

    id: int | None = Field(default=None, primary_key=True)
    code: str = Field(unique=True, index=True, max_length=16)
    wall_key: str = Field(max_length=64)
    cohost_key: str = Field(max_length=64)
    format: EventFormat = enum_field(EventFormat, EventFormat.TABLE_ROUNDS, length=32)
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
    # Pre-moderation: phones' contributions arrive pending (hidden) until the facilitator approves.
    review_first: bool = False
    # A round closes by itself when its timer ends, whether or not a facilitator page is open.
    close_rounds_at_end: bool = False
    wall_screen: WallScreen = enum_field(WallScreen, WallScreen.AUTO, length=16)
    revision: int = 0
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)


class EventUpdate(UpdateModel):
    """What the facilitator may change on a meeting; only the fields that are set are applied."""

    title: str | None = None
    subtitle: str | None = None
    tagline: str | None = None
    event_date: date | None = None
    venue: str | None = None
    organiser: str | None = None
    commissioner: str | None = None
    intro_title: str | None = None
    intro: str | None = None
    background_title: str | None = None
    background: str | None = None
    themes_title: str | None = None
    themes_intro: str | None = None
    agenda_title: str | None = None
    agenda_intro: str | None = None
    invitation: str | None = None
    closing_call: str | None = None
    language: Literal["nl", "en"] | None = None
    format: EventFormat | None = None
    is_open: bool | None = None
    show_others: bool | None = None
    review_first: bool | None = None
    close_rounds_at_end: bool | None = None
    wall_screen: WallScreen | None = None


class DefinitionBase(SQLModel):
    term: str = ""
    text: str = ""


class Definition(DefinitionBase, table=True):
    id: int | None = Field(default=None, primary_key=True)
    event_id: int = event_fk()
    position: int = 0


class SectionBase(SQLModel):
    """A free narrative section the facilitator writes (e.g. a typology with 'Voorbeeld:' lines)."""

    title: str = ""
    body: str = ""
    placement: SectionPlacement = enum_field(SectionPlacement, SectionPlacement.BEFORE_THEMES)


class Section(SectionBase, table=True):
    id: int | None = Field(default=None, primary_key=True)
    event_id: int = event_fk()
    position: int = 0


class ContactBase(SQLModel):
    name: str = ""
    organisation: str = ""
    email: str = ""
    phone: str = ""


class Contact(ContactBase, table=True):
    id: int | None = Field(default=None, primary_key=True)
    event_id: int = event_fk()
    position: int = 0


class ThemeBase(SQLModel):
    """A theme or table as the facilitator describes it (shared by the table and the event file)."""

    number: int = Field(ge=1, le=999)
    title: str = ""
    label: str = ""
    question: str = ""
    description: str = ""
    synthesis: str = ""
    open_for_additions: bool = False


class Theme(ThemeBase, table=True):
    """A theme or table; ``number`` is what the room and the join URL call it."""

    __table_args__ = (UniqueConstraint("event_id", "number"),)

    id: int | None = Field(default=None, primary_key=True)
    event_id: int = event_fk()
    is_open: bool = True


class ThemeUpdate(UpdateModel):
    """Changes to a theme/table; only the fields that are set are applied."""

    number: int | None = None
    title: str | None = None
    label: str | None = None
    question: str | None = None
    description: str | None = None
    synthesis: str | None = None
    is_open: bool | None = None
    open_for_additions: bool | None = None


class SummaryUpdate(UpdateModel):
    """The harvest editor's changes to a table or case: its synthesis and (cases) its status."""

    synthesis: str | None = None
    open_for_additions: bool | None = None
    status: CaseStatus | None = None
    status_note: str | None = None


class CaseBase(SQLModel):
    """A case, pitch or practice example as described (shared by the table and the event file)."""

    kind: str = ""
    name: str = ""
    place: str = ""
    owners: str = ""
    link: str = ""
    key_question: str = ""
    description: str = ""
    synthesis: str = ""
    status: CaseStatus = enum_field(CaseStatus, CaseStatus.DISCUSSED)
    status_note: str = ""
    open_for_additions: bool = False


class Case(CaseBase, table=True):
    """A case, pitch or practice example, lettered within its theme (or within the event)."""

    __tablename__ = "event_case"

    id: int | None = Field(default=None, primary_key=True)
    event_id: int = event_fk()
    theme_id: int | None = Field(default=None, foreign_key="theme.id", ondelete="SET NULL")
    letter: str = Field(default="A", max_length=4)
    position: int = 0
    is_open: bool = True


class CaseUpdate(UpdateModel):
    """Changes to a case/pitch; only the fields that are set are applied."""

    theme_id: int | None = None
    letter: str | None = None
    position: int | None = None
    kind: str | None = None
    name: str | None = None
    place: str | None = None
    owners: str | None = None
    link: str | None = None
    key_question: str | None = None
    description: str | None = None
    synthesis: str | None = None
    status: CaseStatus | None = None
    status_note: str | None = None
    is_open: bool | None = None
    open_for_additions: bool | None = None


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
