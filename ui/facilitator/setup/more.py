"""Definitions, narrative sections and contacts as row lists."""

from __future__ import annotations

from typing import Any

import streamlit as st

from facilitation.meeting import events, rows
from facilitation.models import SectionPlacement
from ui.common.context import reading, tr
from ui.facilitator.setup import rows as row_editor
from ui.facilitator.setup.rows import Field, RowEditor

_PLACEMENTS = [p.value for p in SectionPlacement]
FIELDS: dict[str, tuple[Field, ...]] = {
    "definitions": (
        Field("term", "setup.col.term"),
        Field("text", "setup.col.text", kind="area"),
    ),
    "sections": (
        Field("title", "setup.col.title", width=2),
        Field(
            "placement",
            "setup.col.placement",
            kind="select",
            options=_PLACEMENTS,
            names=lambda p: tr(f"setup.placement.{p}"),
        ),
        Field("body", "setup.col.body", kind="area"),
    ),
    "contacts": (
        Field("name", "setup.col.name"),
        Field("organisation", "setup.col.organisation"),
        Field("email", "setup.col.email"),
        Field("phone", "setup.col.phone"),
    ),
}
_SUMMARY = {"definitions": "term", "sections": "title", "contacts": "name"}


def more(event_id: int) -> None:
    """Definitions, sections and contacts, each under its own heading."""
    with reading() as session:
        stored: dict[str, list[Any]] = {
            "definitions": events.definitions_of(session=session, event_id=event_id),
            "sections": events.sections_of(session=session, event_id=event_id),
            "contacts": events.contacts_of(session=session, event_id=event_id),
        }
    for kind, found in stored.items():
        st.header(tr(f"setup.{kind}"))
        row_editor.show(_editor(event_id, kind), found, {})


def _editor(event_id: int, kind: str) -> RowEditor:
    model = rows.TEXT_KINDS[kind]
    return RowEditor(
        key=kind,
        fields=FIELDS[kind],
        summary=lambda r: getattr(r, _SUMMARY[kind]) or "—",
        save=lambda s, values, row_id: rows.save_text(
            session=s, event_id=event_id, kind=kind, values=values, row_id=row_id
        ),
        remove=lambda s, row_id: rows.remove_text(
            session=s, event_id=event_id, kind=kind, row_id=row_id
        ),
        move=lambda s, row_id, step: rows.move(
            session=s, event_id=event_id, model=model, row_id=row_id, step=step
        ),
        new_label=tr(f"setup.{kind}.new"),
    )
