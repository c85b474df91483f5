"""The event's definitions, narrative sections and contacts as editable tables (setup and harvest)."""

from __future__ import annotations

from typing import Any

import streamlit as st

from facilitation import events
from facilitation.errors import OogstError
from facilitation.models import SectionPlacement
from ui.context import reading, show_error, tr, writing


def records(edited: Any) -> list[dict[str, Any]]:
    """Return a data editor's rows as dicts, empty cells (NaN) as None."""
    rows = edited.to_dict("records") if hasattr(edited, "to_dict") else list(edited)
    return [{k: (None if v != v else v) for k, v in r.items()} for r in rows]


def show(event_id: int, key: str = "texts") -> None:
    """Show definitions, sections and contacts with one save button; keys start with *key*."""
    with reading() as session:
        definitions = [
            {"term": d.term, "text": d.text} for d in events.definitions_of(session, event_id)
        ]
        sections = [
            {"title": s.title, "body": s.body, "placement": s.placement}
            for s in events.sections_of(session, event_id)
        ]
        contacts = [
            {"name": c.name, "organisation": c.organisation, "email": c.email, "phone": c.phone}
            for c in events.contacts_of(session, event_id)
        ]
    st.subheader(tr("setup.definitions"))
    edited_definitions = st.data_editor(
        definitions or [{"term": "", "text": ""}],
        num_rows="dynamic",
        width="stretch",
        key=f"{key}-definitions",
        column_config={
            "term": tr("setup.col.term"),
            "text": st.column_config.TextColumn(tr("setup.col.text"), width="large"),
        },
    )
    st.subheader(tr("setup.sections"))
    edited_sections = st.data_editor(
        sections or [{"title": "", "body": "", "placement": SectionPlacement.BEFORE_THEMES.value}],
        num_rows="dynamic",
        width="stretch",
        key=f"{key}-sections",
        column_config={
            "title": tr("setup.col.title"),
            "body": st.column_config.TextColumn(tr("setup.col.body"), width="large"),
            "placement": st.column_config.SelectboxColumn(
                tr("setup.col.placement"),
                options=[p.value for p in SectionPlacement],
                default=SectionPlacement.BEFORE_THEMES.value,
            ),
        },
    )
    st.subheader(tr("setup.contacts"))
    edited_contacts = st.data_editor(
        contacts or [{"name": "", "organisation": "", "email": "", "phone": ""}],
        num_rows="dynamic",
        width="stretch",
        key=f"{key}-contacts",
        column_config={
            "name": tr("setup.col.name"),
            "organisation": tr("setup.col.organisation"),
            "email": tr("setup.col.email"),
            "phone": tr("setup.col.phone"),
        },
    )
    if st.button(tr("setup.save_more"), type="primary", key=f"{key}-save"):
        tables = {
            "definitions": edited_definitions,
            "sections": edited_sections,
            "contacts": edited_contacts,
        }
        try:
            with writing() as session:
                for kind, edited in tables.items():
                    events.replace_texts(
                        session=session, event_id=event_id, kind=kind, rows=records(edited)
                    )
            st.toast(tr("setup.saved"), icon=":material/check:")
        except OogstError as error:
            show_error(error)
