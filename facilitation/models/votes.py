"""Dot voting: a vote on actions (or on one table's contributions) and the dots placed in it.

A participant's dots are numbered slots ``0 .. dots-1``; the unique constraint on
(vote, participant, slot) means the database itself never holds more dots for a participant
than the vote hands out, whatever races the application gets wrong.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlmodel import CheckConstraint, Field, Index, SQLModel, UniqueConstraint

from facilitation.models.base import enum_field, event_fk, utcnow


class VoteSubject(StrEnum):
    ACTIONS = "actions"
    CONTRIBUTIONS = "contributions"


class Vote(SQLModel, table=True):
    """A dot vote; ``kind_id`` narrows an action vote to one kind, theme/case name the table."""

    __table_args__ = (
        CheckConstraint("dots >= 1", name="ck_vote_dots"),
        CheckConstraint("max_per_option >= 1", name="ck_vote_max_per_option"),
    )

    id: int | None = Field(default=None, primary_key=True)
    event_id: int = event_fk()
    title: str = ""
    subject: VoteSubject = enum_field(VoteSubject, VoteSubject.ACTIONS, length=20)
    kind_id: int | None = Field(default=None, foreign_key="actionkind.id", ondelete="CASCADE")
    theme_id: int | None = Field(default=None, foreign_key="theme.id", ondelete="CASCADE")
    case_id: int | None = Field(default=None, foreign_key="event_case.id", ondelete="CASCADE")
    dots: int = 3
    max_per_option: int = 3
    is_open: bool = False
    opened_at: datetime | None = None
    closed_at: datetime | None = None
    created_at: datetime = Field(default_factory=utcnow)


class Dot(SQLModel, table=True):
    """One dot of one participant on one action or contribution."""

    __table_args__ = (
        UniqueConstraint("vote_id", "participant_id", "slot", name="uq_dot_slot"),
        CheckConstraint("slot >= 0", name="ck_dot_slot"),
        Index("ix_dot_vote_action", "vote_id", "action_id"),
        Index("ix_dot_vote_contribution", "vote_id", "contribution_id"),
    )

    id: int | None = Field(default=None, primary_key=True)
    vote_id: int = Field(foreign_key="vote.id", ondelete="CASCADE")
    participant_id: int = Field(foreign_key="participant.id", ondelete="CASCADE")
    slot: int
    action_id: int | None = Field(default=None, foreign_key="actionitem.id", ondelete="CASCADE")
    contribution_id: int | None = Field(
        default=None, foreign_key="contribution.id", ondelete="CASCADE"
    )
    placed_at: datetime = Field(default_factory=utcnow)
