"""The report's own texts: introduction, background, intros, invitation, closing call, and the
definitions, narrative sections and contacts."""

from __future__ import annotations

from typing import Any

import streamlit as st
from sqlmodel import Session

from facilitation.meeting import events
from facilitation.models import Event
from ui.common import admin
from ui.common.context import tr
from ui.facilitator.setup import more

# (heading field or None, text field): the prose of the report in reading order.
PROSE = (
    ("intro_title", "intro"),
    ("background_title", "background"),
    ("themes_title", "themes_intro"),
    ("agenda_title", "agenda_intro"),
    (None, "invitation"),
    (None, "closing_call"),
)


def show(event: Event) -> None:
    """Show the prose fields (each stored on change), then the definitions, sections and
    contacts tables."""
    st.caption(tr("harvest.texts_help"))
    st.caption(tr("harvest.saved_on_leave") + " " + tr("shape.legend"))
    for title_field, text_field in PROSE:
        if title_field:
            st.text_input(
                tr(f"setup.f.{title_field}"),
                getattr(event, title_field),
                **_saving(event.id or 0, title_field),
            )
        st.text_area(
            tr(f"setup.f.{text_field}"),
            getattr(event, text_field),
            height=110,
            **_saving(event.id or 0, text_field),
        )
    more.more(event.id or 0)  # one row per write: two tabs never wipe each other's rows


def _saving(event_id: int, name: str) -> dict[str, Any]:
    """Return the key and on_change arguments that store the meeting's field *name* on change."""
    key = f"harvest-prose-{name}"

    def save(session: Session, value: object) -> None:
        events.update_event(
            session=session, event_id=event_id, update=events.event_update(**{name: value})
        )

    return {"key": key, "on_change": admin.store_change, "args": (key, save)}
