"""Who takes part and what they send."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlmodel import Field, Index, SQLModel

from facilitation.models.base import UpdateModel, enum_field, event_fk, utcnow


class ContributionKind(StrEnum):
    SUGGESTION = "suggestion"
    ADVICE = "advice"
    TIP = "tip"
    EXAMPLE = "example"
    QUESTION = "question"
    EXPERIMENT = "experiment"
    REMARK = "remark"


class Participant(SQLModel, table=True):
    """A phone; ``token`` (192 random bits) in its URL is its whole identity. Anonymous by default."""

    id: int | None = Field(default=None, primary_key=True)
    event_id: int = event_fk()
    token: str = Field(unique=True, index=True, max_length=64)
    name: str = ""
    organisation: str = ""
    email: str = ""
    listed_consent: bool = False
    listed_consent_at: datetime | None = None
    listed_consent_text: str = ""
    contact_consent: bool = False
    contact_consent_at: datetime | None = None
    contact_consent_text: str = ""
    imported: bool = False
    created_at: datetime = Field(default_factory=utcnow)
    last_seen_at: datetime = Field(default_factory=utcnow)


class ContributionUpdate(UpdateModel):
    """The facilitator's changes to a contribution in the harvest editor (only set fields apply)."""

    text: str | None = None
    remark: str | None = None
    link: str | None = None
    kind: ContributionKind | None = None
    highlight: bool | None = None
    hidden: bool | None = None


class Contribution(SQLModel, table=True):
    """A suggestion sent from a phone (or transcribed); ``original_text`` keeps what was sent."""

    __table_args__ = (
        # One row per send: the phone's random client id is unique within the event.
        Index("ix_contribution_event_client", "event_id", "client_id", unique=True),
        Index("ix_contribution_event_revision", "event_id", "revision"),
    )

    id: int | None = Field(default=None, primary_key=True)
    event_id: int = event_fk()
    participant_id: int | None = Field(
        default=None, foreign_key="participant.id", index=True, ondelete="SET NULL"
    )
    client_id: str | None = Field(default=None, max_length=64)
    theme_id: int | None = Field(default=None, foreign_key="theme.id", ondelete="SET NULL")
    case_id: int | None = Field(default=None, foreign_key="event_case.id", ondelete="SET NULL")
    round_id: int | None = Field(default=None, foreign_key="round.id", ondelete="SET NULL")
    parent_id: int | None = Field(default=None, foreign_key="contribution.id", ondelete="SET NULL")
    merged_into_id: int | None = Field(
        default=None, foreign_key="contribution.id", ondelete="SET NULL"
    )
    kind: ContributionKind = enum_field(ContributionKind, ContributionKind.SUGGESTION)
    text: str = ""
    original_text: str = ""
    link: str = ""
    remark: str = ""
    position: float = 0.0
    hidden: bool = False
    pending: bool = False  # sent while the meeting reviews first: hidden until approved
    highlight: bool = False
    deleted: bool = False
    source: str = "phone"
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)
    revision: int = 0
