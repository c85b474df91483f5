"""Rounds with their timer and the tables on the Live page, refreshed every few seconds: a round
that closed because its time was up shows as closed without anyone pressing a button."""

from __future__ import annotations

from datetime import timedelta

import streamlit as st

from facilitation.meeting import events
from facilitation.meeting.targets import Target, all_targets, target_label, target_title
from facilitation.models import Event, Round, as_utc, utcnow
from ui.common import admin
from ui.common.context import lang, reading, tr, wall_cache
from ui.common.html import md

REFRESH_SECONDS = 5


@st.fragment(run_every=timedelta(seconds=REFRESH_SECONDS))
def show(event_id: int) -> None:
    """Show every round (state, timer, start/stop) and every table (count, open switch)."""
    admin.flashed()
    with reading() as session:
        event = events.get_event(session=session, event_id=event_id)
        rounds = events.rounds_of(session=session, event_id=event_id)
        targets = all_targets(session=session, event_id=event_id)
        view = wall_cache().view(session, event_id)
    if rounds:
        st.header(tr("live.rounds"))
        for row in rounds:
            _round(event, row)
    st.header(tr("live.tables"))
    for target in targets:
        section = view.section(target.key)
        _table(event, target, section.count if section else 0)


def round_state(row: Round, *, close_at_end: bool) -> str:
    """Return the round's state in words: running with the time left, over time, closed."""
    if events.round_running(row, close_at_end=close_at_end):
        if row.ends_at is None or events.time_up(row.ends_at):
            return tr("live.round.state.overtime")
        left = int((as_utc(row.ends_at) - utcnow()).total_seconds())
        return tr("live.round.state.running", time=f"{left // 60:02d}:{left % 60:02d}")
    if row.is_open:
        return tr("live.round.state.timed_out")
    return tr("live.round.state.closed" if row.started_at else "live.round.state.idle")


def _round(event: Event, row: Round) -> None:
    running = events.round_running(row, close_at_end=event.close_rounds_at_end)
    left, right = st.columns([3, 1], vertical_alignment="center")
    name = row.title or tr("wall.round", number=row.number)
    minutes = tr("live.round.minutes", count=row.duration_seconds // 60)
    state = round_state(row, close_at_end=event.close_rounds_at_end)
    left.markdown(f"**{md(name)}** · {minutes} · {state}")
    action = events.close_round if running else events.start_round
    done = "live.round.stopped" if running else "live.round.started"
    right.button(
        tr("live.round.stop_label" if running else "live.round.start_label", number=row.number),
        key=f"round-{row.id}",  # one key for Start and Stop: the keyboard focus stays on it
        icon=":material/stop:" if running else ":material/play_arrow:",
        width="stretch",
        on_click=admin.callback,
        args=(
            lambda s: action(session=s, event_id=event.id or 0, round_id=row.id or 0),
            tr(done, number=row.number),
        ),
    )


def _table(event: Event, target: Target, count: int) -> None:
    label = target_label(target, event.format, lang())
    left, mid, right = st.columns([4, 1, 2], vertical_alignment="center")
    left.markdown(f"**{md(label)}** — {md(target_title(target))}")
    mid.metric(tr("live.count"), count, label_visibility="collapsed")
    key = f"open-{target.key}"
    right.toggle(
        tr("live.table_open_label", label=label),
        value=target.is_open,
        key=key,
        on_change=_set_open,
        args=(event.id or 0, target, label, key),
    )


def _set_open(event_id: int, target: Target, label: str, key: str) -> None:
    is_open = bool(st.session_state[key])
    admin.callback(
        lambda s: events.set_target_open(
            session=s,
            event_id=event_id,
            theme_id=target.theme_id,
            case_id=target.case_id,
            is_open=is_open,
        ),
        tr("live.table.opened" if is_open else "live.table.closed", label=label),
    )
