"""The meeting's switches on the Live page: open or closed for phones, what phones see, whether
rounds close when their time is up, the wall link and the projector switch."""

from __future__ import annotations

import streamlit as st

from facilitation.join.qr import wall_url
from facilitation.meeting import events
from facilitation.models import Event
from ui.common import admin
from ui.common.context import tr
from ui.facilitator import wall_screen


def show(event: Event) -> None:
    """Show the open/close button, the two options, the wall link and the projector switch."""
    event_id = event.id or 0
    left, mid, right = st.columns(3)
    if event.is_open:
        left.success(tr("live.event_open"), icon=":material/lock_open:")
        left.button(
            tr("live.close_event"),
            width="stretch",
            on_click=admin.callback,
            args=(_opener(event_id, False), tr("live.event.closed_done")),
        )
    else:
        left.error(tr("live.event_closed"), icon=":material/lock:")
        left.button(
            tr("live.open_event"),
            width="stretch",
            type="primary",
            on_click=admin.callback,
            args=(_opener(event_id, True), tr("live.event.opened_done")),
        )
    _option(mid, event, "show_others", tr("setup.f.show_others"), "")
    _option(
        mid, event, "close_rounds_at_end", tr("live.close_at_end"), tr("live.close_at_end_help")
    )
    right.link_button(
        tr("live.open_wall"), wall_url("", event), icon=":material/tv:", width="stretch"
    )
    wall_screen.switch(event)


def _opener(event_id: int, is_open: bool) -> admin.Action:
    return lambda s: events.set_event_open(session=s, event_id=event_id, is_open=is_open)


def _option(
    place: st.delta_generator.DeltaGenerator, event: Event, name: str, label: str, help_text: str
) -> None:
    """A toggle for one yes/no field of the meeting, saved the moment it is switched."""
    key = f"live-{name}"
    place.toggle(
        label,
        value=bool(getattr(event, name)),
        key=key,
        help=help_text or None,
        on_change=_save_option,
        args=(event.id or 0, name, key),
    )


def _save_option(event_id: int, name: str, key: str) -> None:
    update = events.event_update(**{name: bool(st.session_state[key])})
    admin.callback(
        lambda s: events.update_event(session=s, event_id=event_id, update=update), admin.saved()
    )
