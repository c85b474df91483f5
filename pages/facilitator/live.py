"""Facilitator: run the meeting — open/close, rounds with timer, moderation, the wall link."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import streamlit as st

from facilitation.core.errors import OogstError
from facilitation.join.qr import wall_url
from facilitation.meeting import contributions, events
from facilitation.meeting.targets import all_targets, target_label, target_title
from facilitation.models import EventUpdate
from ui.common.context import lang, reading, settings, show_error, tr, wall_cache, writing
from ui.common.html import md
from ui.facilitator import review, wall_screen
from ui.facilitator.current import current_event
from ui.wall.view import timer_text

event = current_event()
event_id = event.id or 0
st.title(tr("live.title"))


def _do(action: Any) -> None:
    try:
        with writing() as session:
            action(session)
    except OogstError as error:
        show_error(error)
        return
    st.rerun()


c1, c2, c3 = st.columns(3)
if event.is_open:
    c1.success(tr("live.event_open"), icon=":material/lock_open:")
    if c1.button(tr("live.close_event"), width="stretch"):
        _do(lambda s: events.set_event_open(session=s, event_id=event_id, is_open=False))
else:
    c1.error(tr("live.event_closed"), icon=":material/lock:")
    if c1.button(tr("live.open_event"), width="stretch", type="primary"):
        _do(lambda s: events.set_event_open(session=s, event_id=event_id, is_open=True))
show_others = c2.toggle(tr("setup.f.show_others"), value=event.show_others)
if show_others != event.show_others:
    _do(
        lambda s: events.update_event(
            session=s, event_id=event_id, update=EventUpdate(show_others=show_others)
        )
    )
c3.link_button(tr("live.open_wall"), wall_url("", event), icon=":material/tv:", width="stretch")
wall_screen.switch(event)
review.switch(event)
review.queue(event_id)

with reading() as session:
    rounds = events.rounds_of(session=session, event_id=event_id)
    targets = all_targets(session=session, event_id=event_id)
if rounds:
    st.header(tr("live.rounds"))
    for row in rounds:
        left, right = st.columns([3, 1])
        state = tr("live.round_running") if row.is_open else tr("live.round_idle")
        left.markdown(
            f"**{md(row.title or row.number)}** · {row.duration_seconds // 60} min · {state}"
        )
        if row.is_open:
            if right.button(tr("live.round_stop"), key=f"stop-{row.id}", width="stretch"):
                _do(
                    lambda s, r=row: events.close_round(
                        session=s, event_id=event_id, round_id=r.id or 0
                    )
                )
        elif right.button(tr("live.round_start"), key=f"start-{row.id}", width="stretch"):
            _do(
                lambda s, r=row: events.start_round(
                    session=s, event_id=event_id, round_id=r.id or 0
                )
            )

st.header(tr("live.tables"))
with reading() as session:
    view = wall_cache().view(session, event_id)
for target in targets:
    section = view.section(target.key)
    left, mid, right = st.columns([4, 1, 1])
    left.markdown(
        f"**{md(target_label(target, event.format, lang()))}** — {md(target_title(target))}"
    )
    mid.metric(tr("live.count"), section.count if section else 0, label_visibility="collapsed")
    is_open = right.toggle(tr("live.table_open"), value=target.is_open, key=f"open-{target.key}")
    if is_open != target.is_open:
        _do(
            lambda s, t=target, o=is_open: events.set_target_open(
                session=s, event_id=event_id, theme_id=t.theme_id, case_id=t.case_id, is_open=o
            )
        )


@st.fragment(run_every=timedelta(seconds=5))
def moderation() -> None:
    """Recent contributions with hide/unhide; refreshes by itself."""
    with reading() as session:
        current = wall_cache().view(session, event_id)
        rows = sorted(
            contributions.of_event(session=session, event_id=event_id, include_hidden=True),
            key=lambda row: row.id or 0,
        )[-60:]
    st.caption(md(timer_text(current.round, lang())) or tr("live.no_round"))
    labels = {t.key: target_label(t, event.format, lang()) for t in targets}
    keys = {(t.theme_id, t.case_id): t.key for t in targets}
    for row in reversed(rows):
        left, right = st.columns([6, 1])
        where = labels.get(
            keys.get((row.theme_id if row.case_id is None else None, row.case_id), ""), ""
        )
        left.markdown(f"{'~~' if row.hidden else ''}{md(where)}{'~~' if row.hidden else ''}")
        left.text(row.text)
        label = tr("live.unhide") if row.hidden else tr("live.hide")
        right.button(
            label,
            key=f"hide-{row.id}",
            width="stretch",
            on_click=_set_hidden,
            args=(row.id or 0, not row.hidden),
        )


def _set_hidden(contribution_id: int, hidden: bool) -> None:
    try:
        with writing() as session:
            contributions.set_hidden(
                session=session, event_id=event_id, contribution_id=contribution_id, hidden=hidden
            )
    except OogstError as error:
        show_error(error)


st.header(tr("live.moderation"))
st.caption(tr("live.moderation_help", seconds=int(settings().wall_tick_seconds)))
moderation()
