"""Applying a facilitator's table edits (themes, cases, rounds) as inserts, updates and deletes."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlmodel import Session

from facilitation.core.errors import InvalidField
from facilitation.meeting import events
from facilitation.meeting.targets import cases_of, themes_of
from facilitation.models import ThemeUpdate

THEME_COLUMNS = ("number", "title", "label", "question", "description")
CASE_COLUMNS = (
    "theme",
    "letter",
    "kind",
    "name",
    "place",
    "owners",
    "link",
    "key_question",
    "description",
    "status",
    "status_note",
)


def theme_rows(*, session: Session, event_id: int) -> list[dict[str, Any]]:
    """Return the event's themes as editable rows (with their ids)."""
    return [
        {"id": t.id, **{c: getattr(t, c) for c in THEME_COLUMNS}}
        for t in themes_of(session=session, event_id=event_id)
    ]


def case_rows(*, session: Session, event_id: int) -> list[dict[str, Any]]:
    """Return the event's cases as editable rows; 'theme' is the theme number (or None)."""
    numbers = {t.id: t.number for t in themes_of(session=session, event_id=event_id)}
    rows = []
    for case in cases_of(session=session, event_id=event_id):
        row = {c: getattr(case, c) for c in CASE_COLUMNS if c != "theme"}
        rows.append({"id": case.id, "theme": numbers.get(case.theme_id), **row})
    return rows


def sync_themes(*, session: Session, event_id: int, rows: Sequence[Mapping[str, Any]]) -> None:
    """Make the event's themes equal to *rows*: update by id, add new, delete missing."""
    kept = {int(r["id"]) for r in rows if _has_id(r)}
    for theme in themes_of(session=session, event_id=event_id):
        if theme.id not in kept:
            events.delete_theme(session=session, event_id=event_id, theme_id=theme.id or 0)
    # Renumbering may swap numbers: park updated themes on free numbers first.
    for offset, row in enumerate(r for r in rows if _has_id(r)):
        events.save_theme(
            session=session,
            event_id=event_id,
            theme_id=int(row["id"]),
            update=ThemeUpdate(number=900 - offset),
        )
    for row in rows:
        values = {c: row.get(c) or "" for c in THEME_COLUMNS if c != "number"}
        values["number"] = _number(row.get("number"))
        events.save_theme(
            session=session,
            event_id=event_id,
            update=events.theme_update(**values),
            theme_id=int(row["id"]) if _has_id(row) else None,
        )


def sync_cases(*, session: Session, event_id: int, rows: Sequence[Mapping[str, Any]]) -> None:
    """Make the event's cases equal to *rows*: update by id, add new, delete missing."""
    themes = {t.number: t.id for t in themes_of(session=session, event_id=event_id)}
    kept = {int(r["id"]) for r in rows if _has_id(r)}
    for case in cases_of(session=session, event_id=event_id):
        if case.id not in kept:
            events.delete_case(session=session, event_id=event_id, case_id=case.id or 0)
    for position, row in enumerate(rows):
        theme_number = row.get("theme")
        if theme_number not in (None, "") and _number(theme_number) not in themes:
            raise InvalidField(field="theme", value=str(theme_number))
        values: dict[str, Any] = {c: row.get(c) or "" for c in CASE_COLUMNS if c != "theme"}
        values["status"] = values["status"] or "discussed"
        values["letter"] = values["letter"] or "A"
        values["theme_id"] = (
            themes.get(_number(theme_number)) if theme_number not in (None, "") else None
        )
        values["position"] = position
        events.save_case(
            session=session,
            event_id=event_id,
            update=events.case_update(**values),
            case_id=int(row["id"]) if _has_id(row) else None,
        )


def _has_id(row: Mapping[str, Any]) -> bool:
    value = row.get("id")
    return value is not None and value == value and str(value) not in ("", "nan", "None")


def _number(value: Any) -> int:
    try:
        return int(float(value))
    except (TypeError, ValueError) as exc:
        raise InvalidField(field="number", value=str(value)) from exc
