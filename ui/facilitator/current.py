"""Facilitator-page helpers: the current event, chosen in the sidebar and kept in the URL."""

from __future__ import annotations

import streamlit as st

from facilitation.access.sessions import Access
from facilitation.core.codes import display_join_code
from facilitation.meeting.events import list_events
from facilitation.models import Event
from ui.common import admin
from ui.common.context import language_switch, reading, tr
from ui.facilitator import auth


def require(*, cohost_ok: bool) -> Access:
    """Stop the page unless this browser is a facilitator (or, where *cohost_ok*, a co-host).

    The router registers facilitator pages only after login; this second gate protects a page
    even if it is reached some other way.
    """
    granted = auth.current_access()
    if granted is None or (granted.is_cohost and not cohost_ok):
        st.error(tr("fac.login_needed"), icon=":material/lock:")
        st.page_link("pages/public/login.py", label=tr("nav.login"), icon=":material/key:")
        st.stop()
    admin.flashed()
    return granted


def current_event(*, cohost_ok: bool = True) -> Event:
    """Return the event chosen in the sidebar; stops the page with a hint when there is none."""
    event = sidebar(cohost_ok=cohost_ok)
    if event is None:
        st.info(tr("fac.no_events"))
        st.page_link("pages/facilitator/events.py", label=tr("nav.events"), icon=":material/event:")
        st.stop()
    return event


def select_event(code: str) -> None:
    """Make *code* the current event of this session."""
    st.session_state["event_code"] = code
    st.query_params["event"] = code


def sidebar(*, cohost_ok: bool = False) -> Event | None:
    """Show the event selector, language switch and logout; return the chosen event."""
    granted = require(cohost_ok=cohost_ok)
    with reading() as session:
        events = [
            e for e in list_events(session=session) if granted is None or granted.may_open(e.id)
        ]
    by_code = {e.code: e for e in events}
    with st.sidebar:
        if events:
            wanted = st.query_params.get("event") or st.session_state.get("event_code")
            codes = list(by_code)
            index = codes.index(wanted) if wanted in by_code else 0
            code = st.selectbox(
                tr("fac.current_event"),
                codes,
                index=index,
                format_func=lambda c: f"{by_code[c].title[:40]} · {display_join_code(c)}",
            )
            st.session_state["event_code"] = code
            if st.query_params.get("event") != code:
                st.query_params["event"] = code
        language_switch("fac_lang")
        if st.button(tr("login.logout"), icon=":material/logout:"):
            auth.logout()
        # The participants' pages, out of the menu since it became one flat list (app.py).
        st.caption(tr("nav.section.public"))
        st.page_link("pages/public/home.py", label=tr("nav.home"), icon=":material/home:")
        st.page_link("pages/public/privacy.py", label=tr("nav.privacy"), icon=":material/shield:")
    return by_code.get(st.session_state.get("event_code", "")) if events else None
