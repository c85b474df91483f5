"""The meeting's own fields: title block, date, format, language and texts; the starter layout."""

from __future__ import annotations

from typing import Any

import streamlit as st

from facilitation.meeting import events, starter
from facilitation.meeting.targets import cases_of, themes_of
from facilitation.models import Event, EventFormat
from ui.common import admin
from ui.common.context import lang, reading, tr

_FORMATS = [f.value for f in EventFormat]
_TEXTS = (
    ("intro_title", "intro"),
    ("background_title", "background"),
    ("themes_title", "themes_intro"),
    ("agenda_title", "agenda_intro"),
)


def starter_offer(event: Event) -> None:
    """Offer the format's starter layout while the meeting has no tables and no cases."""
    event_id = event.id or 0
    with reading() as session:
        empty = not themes_of(session=session, event_id=event_id) and not cases_of(
            session=session, event_id=event_id
        )
    if not empty:
        return
    with st.container(border=True):
        st.write(tr("starter.offer"))
        st.button(
            tr("starter.add") + ": " + tr(f"starter.what.{event.format}"),
            type="primary",
            icon=":material/auto_awesome:",
            key="starter-add",
            on_click=admin.callback,
            args=(
                lambda s: starter.add_starter_layout(session=s, event_id=event_id, lang=lang()),
                tr("starter.added"),
            ),
        )


def details(event: Event) -> None:
    """The form with the meeting's own fields and texts; one save."""
    with st.form("event-texts", enter_to_submit=False):
        values = _fields(event)
        for title_field, text_field in _TEXTS:
            values[title_field] = st.text_input(
                tr(f"setup.f.{title_field}"), getattr(event, title_field)
            )
            values[text_field] = st.text_area(
                tr(f"setup.f.{text_field}"), getattr(event, text_field), height=120
            )
        values["invitation"] = st.text_input(tr("setup.f.invitation"), event.invitation)
        values["closing_call"] = st.text_area(
            tr("setup.f.closing_call"), event.closing_call, height=100
        )
        saved = st.form_submit_button(tr("setup.save"), type="primary")
    if saved:
        event_id = event.id or 0
        admin.write(
            lambda s: events.update_event(
                session=s, event_id=event_id, update=events.event_update(**values)
            ),
            admin.saved(),
        )


def _fields(event: Event) -> dict[str, Any]:
    c1, c2 = st.columns(2)
    return {
        "title": c1.text_input(tr("setup.f.title"), event.title),
        "subtitle": c2.text_input(tr("setup.f.subtitle"), event.subtitle),
        "tagline": c1.text_input(tr("setup.f.tagline"), event.tagline),
        "event_date": c2.date_input(tr("setup.f.date"), event.event_date, format="DD-MM-YYYY"),
        "venue": c1.text_input(tr("setup.f.venue"), event.venue),
        "organiser": c2.text_input(tr("setup.f.organiser"), event.organiser),
        "commissioner": c1.text_input(tr("setup.f.commissioner"), event.commissioner),
        "format": c2.selectbox(
            tr("events.field.format"),
            _FORMATS,
            index=_FORMATS.index(event.format),
            format_func=lambda f: tr(f"format.{f}"),
        ),
        "language": c1.selectbox(
            tr("setup.f.language"),
            ["nl", "en"],
            index=["nl", "en"].index(event.language),
            format_func=lambda code: tr(f"harvest.language.{code}"),
        ),
        "show_others": c2.checkbox(tr("setup.f.show_others"), event.show_others),
    }
