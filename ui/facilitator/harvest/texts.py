"""The report's own texts: introduction, background, intros, invitation, closing call, and the
definitions, narrative sections and contacts."""

from __future__ import annotations

import streamlit as st

from facilitation.core.errors import OogstError
from facilitation.meeting import events
from facilitation.models import Event
from ui.common.context import show_error, tr, writing
from ui.facilitator.setup import texts as texts_editor

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
    """Show the prose form, then the definitions, sections and contacts tables."""
    st.caption(tr("harvest.texts_help"))
    st.caption(tr("shape.legend"))
    with st.form("harvest-prose"):
        values: dict[str, str] = {}
        for title_field, text_field in PROSE:
            if title_field:
                values[title_field] = st.text_input(
                    tr(f"setup.f.{title_field}"), getattr(event, title_field)
                )
            values[text_field] = st.text_area(
                tr(f"setup.f.{text_field}"), getattr(event, text_field), height=110
            )
        if st.form_submit_button(tr("setup.save"), type="primary"):
            _save(event.id or 0, values)
    texts_editor.show(event.id or 0, key="harvest-texts")


def _save(event_id: int, values: dict[str, str]) -> None:
    try:
        with writing() as session:
            events.update_event(
                session=session, event_id=event_id, update=events.event_update(**values)
            )
    except OogstError as error:
        show_error(error)
        return
    st.toast(tr("setup.saved"), icon=":material/check:")
