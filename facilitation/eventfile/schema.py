"""The event file: a YAML description of a meeting (and optionally its contributions).

A facilitator prepares a meeting in a text editor, reuses a format, or transcribes a past meeting
to harvest it again. ``examples/`` holds one complete file per format; docs/event-file.md
describes every field.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from facilitation.eventfile.scan_schema import ScanIn
from facilitation.models import (
    ActionBase,
    ActionKindBase,
    CaseBase,
    ContactBase,
    ContributionKind,
    DefinitionBase,
    DriverRole,
    EventFormat,
    ReportOptions,
    SectionBase,
    ThemeBase,
    WallScreen,
)

# Event-file models share their fields with the tables (facilitation/models) through the *Base
# classes; what only the file has (nesting, ``open``, references by number or key) is added here.
_STRICT = ConfigDict(extra="forbid", str_strip_whitespace=True)


class _Strict(BaseModel):
    model_config = _STRICT


class TextBlock(_Strict):
    title: str = ""
    text: str = ""


class DefinitionIn(DefinitionBase):
    model_config = _STRICT  # type: ignore[assignment]

    term: str


class SectionIn(SectionBase):
    model_config = _STRICT  # type: ignore[assignment]


class ContactIn(ContactBase):
    model_config = _STRICT  # type: ignore[assignment]


class RoundIn(_Strict):
    number: int = Field(ge=1, le=99)
    title: str = ""
    minutes: float = Field(default=15, gt=0, le=24 * 60)


class ContributionIn(_Strict):
    text: str = Field(min_length=1)
    original_text: str | None = None
    kind: ContributionKind = ContributionKind.SUGGESTION
    link: str = ""
    remark: str = ""
    hidden: bool = False
    pending: bool = False
    highlight: bool = False
    by: str | None = None
    round: int | None = None
    created: dt.datetime | None = None
    replies: list[ContributionIn] = []
    duplicates: list[ContributionIn] = []


class CaseIn(CaseBase):
    model_config = _STRICT  # type: ignore[assignment]

    letter: str = Field(min_length=1, max_length=2, pattern=r"^[A-Za-z]{1,2}$")
    open: bool = True
    contributions: list[ContributionIn] = Field(default_factory=list)


class ThemeIn(ThemeBase):
    model_config = _STRICT  # type: ignore[assignment]

    open: bool = True
    cases: list[CaseIn] = Field(default_factory=list)
    contributions: list[ContributionIn] = Field(default_factory=list)


class DriverIn(_Strict):
    name: str = ""
    organisation: str = ""
    role: DriverRole | None = None
    tentative: bool = False
    confirmed: bool = True
    by: str | None = None
    update_token: str | None = None

    @model_validator(mode="after")
    def _someone(self) -> DriverIn:
        if not (self.name or self.organisation):
            raise ValueError("a driver needs a name or an organisation")
        return self


class ActionIn(ActionBase):
    model_config = _STRICT  # type: ignore[assignment]

    title: str = Field(min_length=1)
    theme: int | None = None
    case: str | None = None
    drivers: list[DriverIn] = Field(default_factory=list)


class ActionKindIn(ActionKindBase):
    model_config = _STRICT  # type: ignore[assignment]

    key: str = Field(min_length=1, max_length=40, pattern=r"^[a-z0-9_-]+$")
    actions: list[ActionIn] = Field(default_factory=list)


class AgendaIn(_Strict):
    title: str = ""
    intro: str = ""
    invitation: str = ""
    kinds: list[ActionKindIn] = []


class ParticipantIn(_Strict):
    key: str = Field(min_length=1, max_length=40)
    name: str = ""
    organisation: str = ""
    email: str = ""
    listed: bool = False
    contact: bool = False
    # Kept only in backups (bundles), so a restored meeting recognises the same phones and consents.
    token: str | None = None
    listed_at: dt.datetime | None = None
    listed_wording: str = ""
    contact_at: dt.datetime | None = None
    contact_wording: str = ""


class EventFileModel(_Strict):
    """The whole file; validation errors name the field, the loader adds the line."""

    oogst: Literal[1] = 1
    format: EventFormat
    code: str | None = None
    language: Literal["nl", "en"] = "nl"
    title: str = Field(min_length=1)
    subtitle: str = ""
    tagline: str = ""
    date: dt.date | None = None
    venue: str = ""
    organiser: str = ""
    commissioner: str = ""
    open: bool = True
    show_others: bool = False
    close_rounds_at_end: bool = False
    review_first: bool = False
    wall_screen: WallScreen = WallScreen.AUTO
    wall_key: str | None = None
    cohost_key: str | None = None
    definitions: list[DefinitionIn] = []
    intro: TextBlock | None = None
    background: TextBlock | None = None
    sections: list[SectionIn] = []
    themes_title: str = ""
    themes_intro: str = ""
    themes: list[ThemeIn] = []
    cases: list[CaseIn] = Field(default_factory=list)
    rounds: list[RoundIn] = []
    agenda: AgendaIn | None = None
    participants: list[ParticipantIn] = []
    closing_call: str = ""
    contacts: list[ContactIn] = []
    scans: list[ScanIn] = []
    report: ReportOptions = Field(default_factory=ReportOptions)

    @field_validator("themes")
    @classmethod
    def _unique_numbers(cls, themes: list[ThemeIn]) -> list[ThemeIn]:
        seen: set[int] = set()
        for theme in themes:
            if theme.number in seen:
                raise ValueError(f"theme number {theme.number} appears twice")
            seen.add(theme.number)
        return themes

    @model_validator(mode="after")
    def _references(self) -> EventFileModel:
        keys = [p.key for p in self.participants]
        if len(keys) != len(set(keys)):
            raise ValueError("participant keys must be unique")
        numbers = {t.number for t in self.themes}
        targets = {f"t{n}" for n in numbers} | {f"c{c.letter.upper()}" for c in self.cases}
        targets |= {f"c{t.number}{c.letter.upper()}" for t in self.themes for c in t.cases}
        for key in self.report.targets:
            if key not in targets:
                raise ValueError(f"report.targets names '{key}', which is no table or case")
        for scan in self.scans:
            for response in scan.responses:
                if response.table is not None and response.table not in numbers:
                    raise ValueError(f"a response to '{scan.title}' names table {response.table}")
                if response.by is not None and response.by not in keys:
                    raise ValueError(f"a response to '{scan.title}' is by unknown '{response.by}'")
        for kind in self.agenda.kinds if self.agenda else []:
            for action in kind.actions:
                if action.theme is not None and action.theme not in numbers:
                    raise ValueError(f"action '{action.title}' names theme {action.theme}")
        return self
