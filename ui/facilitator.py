"""Facilitator-page helpers: the current event, chosen in the sidebar and kept in the URL."""

from __future__ import annotations

import streamlit as st

from facilitation.codes import display_join_code
from facilitation.events import list_events
from facilitation.models import Event
from ui import auth
from ui.context import language_switch, reading, tr


def current_event() -> Event:
    """Return the event chosen in the sidebar; stops the page with a hint when there is none."""
    event = sidebar()
    if event is None:
        st.info(tr("fac.no_events"))
        st.page_link("pages/events.py", label=tr("nav.events"), icon=":material/event:")
        st.stop()
    return event


def select_event(code: str) -> None:
    """Make *code* the current event of this session."""
    st.session_state["event_code"] = code
    st.query_params["event"] = code


def sidebar() -> Event | None:
    """Show the event selector, language switch and logout; return the chosen event."""
    granted = auth.current_access()
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
    return by_code.get(st.session_state.get("event_code", "")) if events else None
