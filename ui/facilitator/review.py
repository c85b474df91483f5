"""Pre-moderation on the Live page: the switch "eerst beoordelen" and the queue of contributions
awaiting review, each approved onto the wall or rejected (kept hidden)."""

from __future__ import annotations

from datetime import timedelta

import streamlit as st

from facilitation.meeting import review
from facilitation.models import Event
from ui.common import admin
from ui.common.context import reading, tr


def switch(event: Event) -> None:
    """Show the per-meeting switch; contributions sent while it is on wait for approval."""
    event_id = event.id or 0
    on = st.toggle(tr("premod.switch"), value=event.review_first, help=tr("premod.switch_help"))
    if on != event.review_first:
        admin.write(lambda s: review.set_review_first(session=s, event_id=event_id, on=on))


def queue(event_id: int) -> None:
    """Show what awaits review (refreshed every few seconds while the page is open)."""

    @st.fragment(run_every=timedelta(seconds=3))
    def waiting_list() -> None:
        admin.flashed()
        with reading() as session:
            rows = review.waiting(session=session, event_id=event_id)
        if not rows:
            return
        st.subheader(tr("premod.waiting", count=len(rows)))
        ids = [row.id or 0 for row in rows]
        st.button(
            tr("premod.approve_all"),
            key="review-all",
            type="primary",
            on_click=_decide,
            args=(event_id, ids, True),
        )
        for row in rows[:50]:
            text, yes, no = st.columns([6, 1, 1])
            text.text(row.text)
            yes.button(
                tr("premod.approve"),
                key=f"approve-{row.id}",
                on_click=_decide,
                args=(event_id, [row.id or 0], True),
            )
            no.button(
                tr("premod.reject"),
                key=f"reject-{row.id}",
                on_click=_decide,
                args=(event_id, [row.id or 0], False),
            )

    waiting_list()


def _decide(event_id: int, ids: list[int], approve: bool) -> None:
    admin.callback(
        lambda s: review.decide(session=s, event_id=event_id, contribution_ids=ids, approve=approve)
    )
