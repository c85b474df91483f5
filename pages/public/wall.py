"""Projector wall: the join screen or the live wall (a card per table), round timer; opens from
a secret wall URL. The key J swaps the two screens (``&keys=off`` turns the key off)."""

from __future__ import annotations

from datetime import timedelta

import streamlit as st

from facilitation.core.codes import secrets_equal
from facilitation.core.errors import EventNotFound, OogstError
from facilitation.join.qr import agenda_url, join_url
from facilitation.live.wall import WallView
from facilitation.meeting.events import find_event
from facilitation.models import WallScreen
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
from ui.common.guard import client_key, code_limiter
from ui.common.html import inject_css, ready
from ui.facilitator import auth
from ui.wall import agenda as agenda_wall
from ui.wall import keys as wall_keys
from ui.wall import scan as scan_wall
from ui.wall.view import join_html, short_address, wall_html

inject_css("wall")
inject_css("scan_wall")

code = st.query_params.get("event", "")
try:
    code_limiter().check(client_key())
    with reading() as session:
        event = find_event(session=session, code=code)
except OogstError as error:
    if isinstance(error, EventNotFound):
        code_limiter().failed(client_key())
    show_error(error)
    st.stop()
assert event.id is not None
if not (secrets_equal(st.query_params.get("key"), event.wall_key) or auth.is_facilitator()):
    code_limiter().failed(client_key())
    st.error(tr("wall.no_access"))
    st.stop()

event_id = event.id
if st.query_params.get("view") == "agenda":
    agenda_wall.show(event_id, agenda_url(settings().base_url(), event.code))
    st.stop()
link = join_url(settings().base_url(), event.code)
address = short_address(settings().base_url())
wall_keys.listen(enabled=st.query_params.get("keys") != "off")


@st.fragment(run_every=timedelta(seconds=settings().wall_tick_seconds))
def live_wall() -> None:
    """One tick: read the revision, render one HTML block from the cache keyed by it."""
    language = lang()
    try:
        with reading() as session:
            view = wall_cache().view(session, event_id)
    except OogstError as error:
        show_error(error)
        return
    if view.screen == WallScreen.SCAN:
        st.html(ready(_scan_screen(view, language)))
        return
    st.html(ready(wall_html(view, link, language, address=address)))


def _scan_screen(view: WallView, language: str) -> str:
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
