"""The phone's dot vote: each option with its dots and − / + buttons, until the vote closes.

Each button carries the absolute count it sets (what the phone showed, plus or minus one), so a
tap that reaches the server twice after a reconnect still places one dot.
"""

from __future__ import annotations

from datetime import timedelta

import streamlit as st

from facilitation.agenda import votes
from facilitation.agenda.board import AgendaBoard
from facilitation.agenda.votes import Ballot, VoteOption
from facilitation.core.errors import OogstError
from facilitation.models import Event, Participant
from ui.common.context import board_cache, lang, reading, tr
from ui.common.html import html, md, show
from ui.phone.agenda import as_participant, flash, show_flash

_WHERE = "vote"


def vote_signature(board: AgendaBoard) -> tuple[int, bool] | None:
    """Return what the phone page must redraw for: which vote, and whether it is open."""
    return (board.vote.vote_id, board.vote.is_open) if board.vote is not None else None


def watch(event_id: int, shown: tuple[int, bool] | None) -> None:
    """Every few seconds, redraw the page when a vote opens or closes (one cached read)."""

    @st.fragment(run_every=timedelta(seconds=5))
    def _watch() -> None:
        with reading() as session:
            board = board_cache().board(session, event_id)
        if vote_signature(board) != shown:
            st.rerun()

    _watch()


def section(event: Event, board: AgendaBoard, participant: Participant | None) -> None:
    """Show the open vote with this phone's dots; nothing when no vote is open."""
    result = board.vote
    if result is None or not result.is_open:
        show_flash(_WHERE)
        if result is not None:
            st.caption(tr("agenda.vote.closed_note", title=md(result.title)))
        return
    with reading() as session:
        vote = votes.get_vote(session=session, event_id=event.id or 0, vote_id=result.vote_id)
        ballot = votes.ballot(session=session, vote=vote, participant=participant)
    with st.container(border=True, key="vote"):
        st.subheader(md(result.title))
        st.caption(tr("agenda.vote.help", dots=ballot.dots, limit=ballot.max_per_option))
        show(
            html(
                '<div class="oogst-ag-left" data-testid="dots-left">{}</div>',
                tr("agenda.vote.left", left=ballot.left, dots=ballot.dots),
            )
        )
        show_flash(_WHERE)
        for option in board.vote_options:
            _option(event, result.vote_id, option, ballot)
        _reclaim(event, result.vote_id, ballot, {o.id for o in board.vote_options})


def _option(event: Event, vote_id: int, option: VoteOption, ballot: Ballot) -> None:
    count = ballot.placed.get(option.id, 0)
    dots = "●" * count + "○" * max(0, ballot.max_per_option - count)
    with st.container(key=f"option-{option.id}", horizontal=True, wrap=False):
        show(
            html(
                '<div class="oogst-ag-option"><span class="oogst-ag-option-label">{}</span>'
                '<span class="oogst-ag-option-dots" aria-label="{}">{}</span></div>',
                option.label,
                count,
                dots,
            )
        )
        st.button(
            "−",
            key=f"minus-{vote_id}-{option.id}",
            disabled=count == 0,
            on_click=_place,
            args=(event, vote_id, option.id, count - 1),
        )
        st.button(
            "+",
            key=f"plus-{vote_id}-{option.id}",
            type="primary",
            disabled=count >= ballot.max_per_option or ballot.left <= 0,
            on_click=_place,
            args=(event, vote_id, option.id, count + 1),
        )


def _reclaim(event: Event, vote_id: int, ballot: Ballot, current: set[int]) -> None:
    """Offer back the dots on options that left the vote (a hidden text, a dropped action)."""
    stray = {option: n for option, n in ballot.placed.items() if option not in current and n}
    if stray and st.button(
        tr("agenda.vote.reclaim", count=sum(stray.values())), key=f"reclaim-{vote_id}"
    ):
        for option in stray:
            _place(event, vote_id, option, 0)
        st.rerun()


def _place(event: Event, vote_id: int, option_id: int, count: int) -> None:
    try:
        as_participant(
            event,
            lambda s, who: votes.place_dots(
                session=s, participant=who, vote_id=vote_id, option_id=option_id, count=count
            ),
        )
    except OogstError as error:
        flash(_WHERE, error.message(lang()), ok=False)
