"""Every table, importable from one place."""

from facilitation.models.agenda import ActionItem, ActionKind, ActionStatus, Driver, DriverRole
from facilitation.models.base import as_utc, utcnow
from facilitation.models.event import (
    Case,
    CaseStatus,
    Contact,
    Definition,
    Event,
    EventFormat,
    Round,
    Section,
    SectionPlacement,
    Theme,
)
from facilitation.models.participation import Contribution, ContributionKind, Participant
from facilitation.models.system import FacilitatorSession, InstallationSetting, WordTemplate
from facilitation.models.votes import Dot, Vote, VoteSubject

__all__ = [
    "ActionItem",
    "ActionKind",
    "ActionStatus",
    "Case",
    "CaseStatus",
    "Contact",
    "Contribution",
    "ContributionKind",
    "Definition",
    "Dot",
    "Driver",
    "DriverRole",
    "Event",
    "EventFormat",
    "FacilitatorSession",
    "InstallationSetting",
    "Participant",
    "Round",
    "Section",
    "SectionPlacement",
    "Theme",
    "Vote",
    "VoteSubject",
    "WordTemplate",
    "as_utc",
    "utcnow",
]
