"""The Live page's projector switch: join screen, live wall, or chosen by the room."""

from __future__ import annotations

import streamlit as st

from facilitation.meeting import events
from facilitation.models import Event, EventUpdate, WallScreen
from ui.common import admin
from ui.common.context import reading, tr, wall_cache
from ui.wall.view import screen_of


def switch(event: Event) -> None:
    """Show the projector switch; the choice is stored, so every open wall follows in a tick."""
    event_id = event.id or 0
    showing = event.wall_screen.value
    if event.wall_screen is WallScreen.AUTO:
        with reading() as session:
            showing = screen_of(wall_cache().view(session, event_id))
    chosen = st.segmented_control(
        tr("live.screen"),
        [screen.value for screen in WallScreen],
        default=event.wall_screen.value,
        format_func=lambda screen: tr(f"live.screen.{screen}"),
        key="wall-screen",
        help=tr("live.screen.help"),
    )
    st.caption(tr("live.screen.now", screen=tr(f"live.screen.{showing}")))
    if chosen and chosen != event.wall_screen:
        update = EventUpdate(wall_screen=WallScreen(chosen))
        admin.write(lambda s: events.update_event(session=s, event_id=event_id, update=update))
