"""Shared column helpers for the SQLModel tables."""

from __future__ import annotations

from datetime import UTC, datetime
from enum import StrEnum
from typing import Any, TypeVar

from pydantic import ConfigDict
from sqlalchemy import String
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator
from sqlmodel import Field, SQLModel

E = TypeVar("E", bound=StrEnum)


def utcnow() -> datetime:
    """Return the current time, timezone-aware in UTC (how every timestamp is stored)."""
    return datetime.now(UTC)


def as_utc(value: datetime) -> datetime:
    """Return *value* as an aware UTC datetime (naive values are taken to be UTC already)."""
    return value.replace(tzinfo=UTC) if value.utcoffset() is None else value.astimezone(UTC)


def event_fk() -> int:
    """Return a Field for an indexed, cascading foreign key to the event."""
    return Field(foreign_key="event.id", index=True, ondelete="CASCADE")  # type: ignore[no-any-return]


class StrEnumColumn(TypeDecorator[E]):
    """A StrEnum stored as its plain value in a VARCHAR (no database enum type to migrate).

    Rows read back hold the enum member, so ``event.format is EventFormat.PITCH`` holds and a
    value the code does not know fails loudly on load instead of travelling on as a string.
    """

    impl = String
    cache_ok = True

    def __init__(self, enum: type[E], length: int | None = None) -> None:
        super().__init__(length)
        self.enum = enum

    def process_bind_param(self, value: Any, dialect: Dialect) -> str | None:
        return None if value is None else self.enum(value).value

    def process_result_value(self, value: Any, dialect: Dialect) -> E | None:
        return None if value is None else self.enum(value)


def enum_field(enum: type[E], default: E, length: int | None = None) -> Any:
    """Return a Field for a StrEnum column stored as VARCHAR (of *length*, when given)."""
    return Field(default=default, sa_type=StrEnumColumn(enum, length))


class UpdateModel(SQLModel):
    """Base of every XUpdate: all fields optional, only those set are applied, unknown ones refused."""

    model_config = ConfigDict(extra="forbid")  # type: ignore[assignment]
