"""The event's definitions, narrative sections and contacts as editable tables (setup and harvest)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import streamlit as st
from sqlmodel import SQLModel

from facilitation.core.errors import OogstError
from facilitation.meeting import events
from facilitation.models import SectionPlacement
from ui.common.context import reading, show_error, tr, writing

KINDS = ("definitions", "sections", "contacts")
_FIELDS = {
    "definitions": ("term", "text"),
    "sections": ("title", "body", "placement"),
    "contacts": ("name", "organisation", "email", "phone"),
}
_HEADINGS = {
    "definitions": "setup.definitions",
    "sections": "setup.sections",
    "contacts": "setup.contacts",
}


def records(edited: Any) -> list[dict[str, Any]]:
    """Return a data editor's rows as dicts, empty cells (NaN) as None."""
    rows = edited.to_dict("records") if hasattr(edited, "to_dict") else list(edited)
    return [{k: (None if v != v else v) for k, v in r.items()} for r in rows]


def show(event_id: int, key: str = "texts") -> None:
    """Show definitions, sections and contacts with one save button; keys start with *key*."""
    with reading() as session:
        stored: dict[str, Sequence[SQLModel]] = {
            "definitions": events.definitions_of(session=session, event_id=event_id),
            "sections": events.sections_of(session=session, event_id=event_id),
            "contacts": events.contacts_of(session=session, event_id=event_id),
        }
    edited = {}
    for kind in KINDS:
        st.header(tr(_HEADINGS[kind]))
        rows = [{f: getattr(row, f) for f in _FIELDS[kind]} for row in stored[kind]]
        edited[kind] = st.data_editor(
            rows or [_empty(kind)],
            num_rows="dynamic",
            width="stretch",
            key=f"{key}-{kind}",
            column_config=_columns(kind),
        )
    if st.button(tr("setup.save_more"), type="primary", key=f"{key}-save"):
        _save(event_id, edited)


def _empty(kind: str) -> dict[str, str]:
    row = dict.fromkeys(_FIELDS[kind], "")
    if kind == "sections":
        row["placement"] = SectionPlacement.BEFORE_THEMES.value
    return row


def _columns(kind: str) -> dict[str, Any]:
    wide = {"text": "setup.col.text", "body": "setup.col.body"}
    config: dict[str, Any] = {}
    for field in _FIELDS[kind]:
        if field in wide:
            config[field] = st.column_config.TextColumn(tr(wide[field]), width="large")
        elif field == "placement":
            config[field] = st.column_config.SelectboxColumn(
                tr("setup.col.placement"),
                options=[p.value for p in SectionPlacement],
                default=SectionPlacement.BEFORE_THEMES.value,
            )
        else:
            config[field] = tr(f"setup.col.{field}")
    return config


def _save(event_id: int, edited: dict[str, Any]) -> None:
    try:
        with writing() as session:
            for kind, table in edited.items():
                events.replace_texts(
                    session=session, event_id=event_id, kind=kind, rows=records(table)
                )
    except OogstError as error:
        show_error(error)
        return
    st.toast(tr("setup.saved"), icon=":material/check:")
