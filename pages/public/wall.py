"""Projector wall: the join screen or the live wall (a card per table), round timer; opens from
a secret wall URL. The key J swaps the two screens (``&keys=off`` turns the key off)."""

from __future__ import annotations

from datetime import timedelta

import streamlit as st

from facilitation.access.sessions import wall_key_valid
from facilitation.core.errors import EventNotFound, OogstError
from facilitation.join.qr import agenda_url, join_url
from facilitation.live.wall import WallView
from facilitation.meeting.events import find_event
from facilitation.models import WallScreen
from ui.common import guard
from ui.common.context import (
    lang,
    reading,
    results_cache,
    scan_min_answers,
    settings,
    show_error,
    tr,
    wall_cache,
)
from ui.common.html import Markup, inject_css, show
from ui.facilitator import auth
from ui.wall import agenda as agenda_wall
from ui.wall import keys as wall_keys
from ui.wall import scan as scan_wall
from ui.wall.view import join_html, short_address, wall_html

inject_css("wall")
inject_css("scan_wall")

code = st.query_params.get("event", "")
try:  # a right code and key always open the wall, even for an address others slowed down
    with reading() as session:
        event = find_event(session=session, code=code)
except OogstError as error:
    if isinstance(error, EventNotFound):
        error = guard.refusal() or error
    show_error(error)
    st.stop()
assert event.id is not None


def allowed(event_id: int) -> bool:
    """Return True while this wall may show *event_id*: its current wall key, or a facilitator
    of this meeting (checked every tick, so a rotated key or co-host link ends the wall)."""
    with reading() as session:
        if wall_key_valid(session=session, event_id=event_id, key=st.query_params.get("key")):
            return True
    return auth.may_open(event_id)


if not allowed(event.id):
    waiting = guard.refusal()
    if waiting is not None:
        show_error(waiting)
    else:
        st.error(tr("wall.no_access"))
    st.stop()

event_id = event.id
if st.query_params.get("view") == "agenda":
    agenda_wall.show(event_id, agenda_url(settings().base_url(), event.code), allowed)
    st.stop()
link = join_url(settings().base_url(), event.code)
address = short_address(settings().base_url())
wall_keys.listen(enabled=st.query_params.get("keys") != "off")


@st.fragment(run_every=timedelta(seconds=settings().wall_tick_seconds))
def live_wall() -> None:
    """One tick: read the revision, render one HTML block from the cache keyed by it."""
    language = lang()
    if not allowed(event_id):
        st.rerun()
    try:
        with reading() as session:
            view = wall_cache().view(session, event_id)
    except OogstError as error:
        show_error(error)
        return
    if view.screen == WallScreen.SCAN:
        show(_scan_screen(view, language))
        return
    show(wall_html(view, link, language, address=address))


def _scan_screen(view: WallView, language: str) -> Markup:
    """Return the scan screen: the results of the scan on the wall, at this revision."""
    scan_id = scan_wall.shown_scan_id(settings().resolved_database_url, event_id, view.revision)
    join = join_html(view, link, language, address)  # late arrivals join from the results too
    if scan_id is None:
        return scan_wall.no_scan_html(view.title, language)
    with reading() as session:
        results = results_cache().results(
            session,
            event_id=event_id,
            scan_id=scan_id,
            min_answers=scan_min_answers(),
            lang=language,
        )
    return scan_wall.scan_html(results, language, join)


live_wall()
