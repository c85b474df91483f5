"""The action agenda: kinds of action, actions and the people who drive them."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlmodel import Field, Index, SQLModel, UniqueConstraint

from facilitation.models.base import UpdateModel, enum_field, event_fk, utcnow


class ActionStatus(StrEnum):
    PROPOSED = "proposed"
    RUNNING = "running"
    DONE = "done"
    DROPPED = "dropped"


class DriverRole(StrEnum):
    """Who drives an action (trekker, gangmaker) and who joins in (meedoener, "Ik doe mee")."""

    TREKKER = "trekker"
    GANGMAKER = "gangmaker"
    MEMBER = "meedoener"


# The unique index that keeps one sign-up per participant per action (see migrations step 1).
DRIVER_SIGNUP_INDEX = "uq_driver_action_participant"


class ActionKindBase(SQLModel):
    """A kind of action with its own report columns, e.g. 'Experiment | Mogelijke trekker'."""

    key: str = Field(max_length=40)
    title: str = ""
    column_title: str = ""
    driver_column_title: str = ""
    driver_role: DriverRole = enum_field(DriverRole, DriverRole.TREKKER)
    intro: str = ""


class ActionKindUpdate(UpdateModel):
    """Changes to a kind of action; only the fields that are set are applied."""

    title: str | None = None
    column_title: str | None = None
    driver_column_title: str | None = None
    driver_role: DriverRole | None = None
    intro: str | None = None


class ActionKind(ActionKindBase, table=True):
    __table_args__ = (UniqueConstraint("event_id", "key"),)

    id: int | None = Field(default=None, primary_key=True)
    event_id: int = event_fk()
    position: int = 0


class ActionBase(SQLModel):
    """An action on the agenda as described (shared by the table and the event file)."""

    title: str = ""
    description: str = ""
    status: ActionStatus = enum_field(ActionStatus, ActionStatus.PROPOSED)
    approved: bool = True
    progress_note: str = ""


class ActionUpdate(UpdateModel):
    """Changes to an action on the agenda; only the fields that are set are applied."""

    kind_id: int | None = None
    title: str | None = None
    description: str | None = None
    progress_note: str | None = None
    theme_id: int | None = None
    case_id: int | None = None
    status: ActionStatus | None = None


class ActionItem(ActionBase, table=True):
    id: int | None = Field(default=None, primary_key=True)
    event_id: int = event_fk()
    kind_id: int = Field(foreign_key="actionkind.id", index=True, ondelete="CASCADE")
    position: int = 0
    theme_id: int | None = Field(default=None, foreign_key="theme.id", ondelete="SET NULL")
    case_id: int | None = Field(default=None, foreign_key="event_case.id", ondelete="SET NULL")
    proposed_by_id: int | None = Field(
        default=None, foreign_key="participant.id", ondelete="SET NULL"
    )
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)


class Driver(SQLModel, table=True):
    """A person and/or organisation driving an action; tentative ones print with '?'.

    A sign-up from a phone starts unconfirmed; the facilitator confirms it (with or without '?').
    """

    __table_args__ = (Index(DRIVER_SIGNUP_INDEX, "action_id", "participant_id", unique=True),)

    id: int | None = Field(default=None, primary_key=True)
    action_id: int = Field(foreign_key="actionitem.id", index=True, ondelete="CASCADE")
    participant_id: int | None = Field(
        default=None, foreign_key="participant.id", index=True, ondelete="SET NULL"
    )
    position: int = 0
    person_name: str = ""
    organisation: str = ""
    role: DriverRole = enum_field(DriverRole, DriverRole.TREKKER)
    tentative: bool = False
    confirmed: bool = True
    update_token: str | None = Field(default=None, unique=True, max_length=64)
    created_at: datetime = Field(default_factory=utcnow)
