"""The agenda on the projector: actions per kind with drivers, open slots, the vote, the join QR.

Rendering is cached per board, i.e. per event revision: a tick with no news costs one SELECT.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from functools import lru_cache
from typing import Any

import streamlit as st

from facilitation.agenda.board import AgendaBoard
from facilitation.agenda.view import AgendaAction, AgendaKind
from facilitation.charts.specs import ranking_chart_spec
from facilitation.core.codes import display_join_code
from facilitation.core.errors import OogstError
from facilitation.core.text import shorten
from facilitation.i18n import t
from facilitation.join.qr import qr_png
from ui.common.context import board_cache, lang, reading, settings, show_error
from ui.common.html import data_uri_png, esc, inject_css


def show(event_id: int, link: str, allowed: Callable[[int], bool]) -> None:
    """Show the live agenda wall; *link* is the URL the QR code opens on phones. Each tick asks
    *allowed* first and reruns the page (which then refuses) once the wall may no longer show."""
    inject_css("agenda")

    @st.fragment(run_every=timedelta(seconds=settings().wall_tick_seconds))
    def tick() -> None:
        language = lang()
        if not allowed(event_id):
            st.rerun()
        try:
            with reading() as session:
                board = board_cache().board(session, event_id)
        except OogstError as error:
            show_error(error)
            return
        st.html(head_html(board, link, language))
        if board.vote is None:
            st.html(kinds_html(board, language))
            return
        main, side = st.columns([7, 3], gap="medium")
        main.html(kinds_html(board, language))
        side.vega_lite_chart(vote_spec(board, language), width="stretch")
        side.html(vote_caption_html(board, language))

    tick()


@lru_cache(maxsize=32)
def _qr_uri(url: str) -> str:
    return data_uri_png(qr_png(url))


def head_html(board: AgendaBoard, link: str, language: str) -> str:
    """Return the title, the invitation line and the join QR."""
    title = board.agenda_title or t("agenda.wall.title", language)
    invitation = board.invitation or t("agenda.wall.invitation", language)
    return (
        '<div class="oogst-ag-head"><div class="oogst-ag-titles">'
        f'<div class="oogst-ag-event">{esc(board.title)}</div>'
        f'<div class="oogst-ag-title">{esc(title)}</div>'
        f'<div class="oogst-ag-invite">{esc(invitation)}</div></div>'
        f'<div class="oogst-wall-join"><img class="oogst-ag-qr" src="{_qr_uri(link)}" alt="QR">'
        f'<div class="oogst-wall-url"><div>{esc(t("agenda.wall.join_at", language))}</div>'
        f'<div class="oogst-url">{esc(link)}</div>'
        f'<div class="oogst-code">{esc(t("wall.code", language))} '
        f"<b>{esc(display_join_code(board.code))}</b></div></div></div></div>"
    )


@lru_cache(maxsize=32)
def kinds_html(board: AgendaBoard, language: str) -> str:
    """Return one table per kind of action; cached per board."""
    if not board.action_count:
        return f'<div class="oogst-ag-empty">{esc(t("agenda.wall.empty", language))}</div>'
    kinds = "".join(_kind(kind, language) for kind in board.kinds if kind.actions)
    return f'<div class="oogst-ag-kinds">{kinds}</div>'


def _kind(kind: AgendaKind, language: str) -> str:
    rows = "".join(_action(action, language) for action in kind.actions)
    return (
        f'<section class="oogst-ag-kind" data-kind="{esc(kind.key)}"><div class="oogst-ag-cols">'
        f"<span>{esc(kind.column_title or kind.title)}</span>"
        f"<span>{esc(kind.driver_column_title)}</span></div>{rows}</section>"
    )


def _action(action: AgendaAction, language: str) -> str:
    status = (
        f' <span class="oogst-ag-status s-{esc(action.status)}">'
        f"{esc(t(f'agenda.status.{action.status}', language))}</span>"
        if action.status != "proposed"
        else ""
    )
    dots = f'<span class="oogst-ag-dots">● {action.votes}</span>' if action.votes else ""
    return (
        f'<div class="oogst-ag-row s-{esc(action.status)}" data-action="{action.id}">'
        f'<div class="oogst-ag-what"><div class="oogst-ag-name">{esc(action.title)}{status}{dots}</div>'
        f'<div class="oogst-ag-desc">{esc(shorten(action.description, 240))}</div></div>'
        f'<div class="oogst-ag-who">{_people(action, language)}</div></div>'
    )


def _people(action: AgendaAction, language: str) -> str:
    chips = [
        f'<span class="oogst-ag-driver{" tentative" if d.tentative else ""}">{esc(d.label)}</span>'
        for d in action.drivers
    ]
    if action.is_open_slot:
        chips.append(
            f'<span class="oogst-ag-open">{esc(t("agenda.wall.open_slot", language))}</span>'
        )
    joined = len(action.members) + action.unnamed
    if joined:
        names = ", ".join(m.label for m in action.members)
        text = t("agenda.wall.members", language, count=joined)
        chips.append(f'<span class="oogst-ag-members">{esc(text)} {esc(names)}</span>')
    if action.pending:
        text = t("agenda.wall.pending", language, count=action.pending)
        chips.append(f'<span class="oogst-ag-pending">{esc(text)}</span>')
    return "".join(chips)


@lru_cache(maxsize=32)
def vote_spec(board: AgendaBoard, language: str) -> dict[str, Any]:
    """Return the vote's bar chart as a Vega-Lite spec, built once per board."""
    assert board.vote is not None
    return ranking_chart_spec(board.vote.chart_rows(), title=board.vote.title)


def vote_caption_html(board: AgendaBoard, language: str) -> str:
    """Return the line under the chart: open or closed, how many people voted."""
    assert board.vote is not None
    key = "agenda.wall.vote_open" if board.vote.is_open else "agenda.wall.vote_closed"
    text = t(key, language, voters=board.vote.voters, dots=board.vote.dots_per_participant)
    return f'<div class="oogst-ag-vote-caption">{esc(text)}</div>'
