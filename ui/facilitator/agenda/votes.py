"""Facilitator: open a dot vote on actions or on a table's contributions, close it, see results."""

from __future__ import annotations

import streamlit as st

from facilitation.agenda import votes
from facilitation.agenda.vote_results import results
from facilitation.charts.specs import ranking_chart_spec
from facilitation.meeting.targets import all_targets, target_label, target_title
from facilitation.models import ActionKind, Event, Vote
from ui.common import admin
from ui.common.context import lang, reading, tr
from ui.common.html import md


def _subjects(event: Event, kinds: list[ActionKind]) -> dict[str | None, str]:
    """What a vote can be about: all actions, one kind, or one table's contributions."""
    with reading() as session:
        targets = all_targets(session=session, event_id=event.id or 0)
    subjects: dict[str | None, str] = {None: tr("agenda.vote.on_all_actions")}
    for k in kinds:
        subjects[f"kind:{k.id}"] = tr("agenda.vote.on_kind", kind=k.title or k.column_title)
    for t in targets:
        name = f"{target_label(t, event.format, lang())} {target_title(t)}".strip()
        subjects[f"target:{t.key}"] = tr("agenda.vote.on_target", target=name)
    return subjects


def open_form(event: Event, kinds: list[ActionKind]) -> None:
    """The form that opens a new vote (closing any open one)."""
    subjects = _subjects(event, kinds)
    with st.form("open-vote"):
        title = st.text_input(tr("agenda.vote.title"), value=tr("agenda.vote.default_title"))
        subject = st.selectbox(
            tr("agenda.vote.subject"), list(subjects), format_func=lambda key: subjects[key]
        )
        left, right = st.columns(2)
        dots = int(left.number_input(tr("agenda.vote.dots"), 1, votes.MAX_DOTS, 3))
        limit = int(right.number_input(tr("agenda.vote.max_per_option"), 1, votes.MAX_DOTS, 3))
        opened = st.form_submit_button(tr("agenda.vote.open"), type="primary")
    if not opened:
        return
    scope = subject or ""
    admin.write(
        lambda s: votes.open_vote(
            session=s,
            event_id=event.id or 0,
            title=title,
            dots=dots,
            max_per_option=min(limit, dots),
            kind_id=int(scope[5:]) if scope.startswith("kind:") else None,
            target_key=scope[7:] if scope.startswith("target:") else None,
        ),
        done=tr("agenda.vote.opened"),
    )


def listing(event_id: int) -> None:
    """Every vote with its results; close, reopen or delete."""
    with reading() as session:
        rows = [
            (vote, results(session=session, vote=vote))
            for vote in votes.votes_of(session=session, event_id=event_id)
        ]
    for vote, result in rows:
        with st.container(border=True, key=f"vote-{vote.id}"):
            state = tr("agenda.vote.state_open") if vote.is_open else tr("agenda.vote.state_closed")
            st.markdown(
                f"**{md(vote.title)}** · {state} · {tr('agenda.vote.voters', count=result.voters)}"
            )
            _buttons(event_id, vote)
            if result.rows:
                st.vega_lite_chart(
                    ranking_chart_spec(result.chart_rows(limit=30), title=""), width="stretch"
                )


def _buttons(event_id: int, vote: Vote) -> None:
    toggle, delete = st.columns(2)
    label = "agenda.vote.close" if vote.is_open else "agenda.vote.reopen"
    toggle.button(
        tr(label),
        key=f"toggle-vote-{vote.id}",
        type="primary" if vote.is_open else "secondary",
        on_click=admin.callback,
        args=(
            lambda s, i=vote.id, o=not vote.is_open: votes.set_open(
                session=s, event_id=event_id, vote_id=i or 0, is_open=o
            ),
        ),
    )
    delete.button(
        tr("agenda.fac.delete"),
        key=f"delete-vote-{vote.id}",
        on_click=admin.callback,
        args=(
            lambda s, i=vote.id: votes.delete_vote(session=s, event_id=event_id, vote_id=i or 0),
        ),
    )
