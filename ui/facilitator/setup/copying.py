"""On the events page: copy an earlier meeting's structure into a new meeting."""

from __future__ import annotations

import streamlit as st

from facilitation.meeting import events, starter
from ui.common import admin
from ui.common.context import reading, tr
from ui.facilitator.current import select_event


def copy_form() -> None:
    """*Kopiëren als nieuwe bijeenkomst*: pick a meeting, name the copy, open it in Voorbereiden."""
    with reading() as session:
        earlier = {e.id or 0: e.title for e in events.list_events(session=session)}
    if not earlier:
        return
    with (
        st.expander(tr("copy.title"), icon=":material/content_copy:"),
        st.form("copy-event", enter_to_submit=False),
    ):
        st.caption(tr("copy.help"))
        source = st.selectbox(
            tr("copy.source"), list(earlier), format_func=lambda i: earlier.get(i, "—")
        )
        title = st.text_input(tr("copy.new_title"), max_chars=200)
        go = st.form_submit_button(tr("copy.go"), type="primary")
    if not go:
        return
    name = title.strip() or tr("copy.suffix", title=earlier.get(source, ""))
    made: list[str] = []
    done = admin.write(
        lambda s: made.append(starter.copy_event(session=s, source_id=source, title=name).code),
        rerun=False,
    )
    if done:
        select_event(made[0])
        st.toast(tr("copy.done", title=name), icon=":material/check:")
        st.switch_page("pages/facilitator/setup.py")
