"""Installation-wide records: settings kept in the database and uploaded Word templates."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Column, LargeBinary
from sqlmodel import Field, SQLModel

from facilitation.models.base import utcnow


class InstallationSetting(SQLModel, table=True):
    """A key/value pair kept in the database (schema version, passphrase hash, ...)."""

    key: str = Field(primary_key=True, max_length=80)
    value: str = ""
    updated_at: datetime = Field(default_factory=utcnow)


class WordTemplate(SQLModel, table=True):
    """An uploaded .docx template: for one event, or the installation default when event_id is None."""

    id: int | None = Field(default=None, primary_key=True)
    event_id: int | None = Field(
        default=None, foreign_key="event.id", index=True, ondelete="CASCADE"
    )
    filename: str = ""
    data: bytes = Field(sa_column=Column(LargeBinary, nullable=False))
    uploaded_at: datetime = Field(default_factory=utcnow)


class FacilitatorSession(SQLModel, table=True):
    """A facilitator's browser login, kept in an HttpOnly cookie; only hashes are stored.

    A login first creates a short-lived hand-off code; the cookie route exchanges it for the real
    session token. ``event_id`` limits a co-host to one event.
    """

    id: int | None = Field(default=None, primary_key=True)
    token_hash: str | None = Field(default=None, unique=True, index=True, max_length=64)
    handoff_hash: str | None = Field(default=None, unique=True, index=True, max_length=64)
    event_id: int | None = Field(default=None, foreign_key="event.id", ondelete="CASCADE")
    created_at: datetime = Field(default_factory=utcnow)
    expires_at: datetime = Field(default_factory=utcnow)
