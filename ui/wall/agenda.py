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
from ui.common.html import Markup, data_uri_png, html, inject_css, join
from ui.common.html import show as show_html


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
        show_html(head_html(board, link, language))
        if board.vote is None:
            show_html(kinds_html(board, language))
            return
        main, side = st.columns([7, 3], gap="medium")
        show_html(kinds_html(board, language), into=main)
        side.vega_lite_chart(vote_spec(board, language), width="stretch")
        show_html(vote_caption_html(board, language), into=side)

    tick()


@lru_cache(maxsize=32)
def _qr_uri(url: str) -> str:
    return data_uri_png(qr_png(url))


def head_html(board: AgendaBoard, link: str, language: str) -> Markup:
    """Return the title, the invitation line and the join QR."""
    return html(
        '<div class="oogst-ag-head"><div class="oogst-ag-titles">'
        '<div class="oogst-ag-event">{event}</div><div class="oogst-ag-title">{title}</div>'
        '<div class="oogst-ag-invite">{invitation}</div></div>'
        '<div class="oogst-wall-join"><img class="oogst-ag-qr" src="{qr}" alt="QR">'
        '<div class="oogst-wall-url"><div>{join_at}</div><div class="oogst-url">{link}</div>'
        '<div class="oogst-code">{code_word} <b>{code}</b></div></div></div></div>',
        event=board.title,
        title=board.agenda_title or t("agenda.wall.title", language),
        invitation=board.invitation or t("agenda.wall.invitation", language),
        qr=_qr_uri(link),
        join_at=t("agenda.wall.join_at", language),
        link=link,
        code_word=t("wall.code", language),
        code=display_join_code(board.code),
    )


@lru_cache(maxsize=32)
def kinds_html(board: AgendaBoard, language: str) -> Markup:
    """Return one table per kind of action; cached per board."""
    if not board.action_count:
        return html('<div class="oogst-ag-empty">{}</div>', t("agenda.wall.empty", language))
    kinds = join(_kind(kind, language) for kind in board.kinds if kind.actions)
    return html('<div class="oogst-ag-kinds">{}</div>', kinds)


def _kind(kind: AgendaKind, language: str) -> Markup:
    return html(
        '<section class="oogst-ag-kind" data-kind="{}"><div class="oogst-ag-cols">'
        "<span>{}</span><span>{}</span></div>{}</section>",
        kind.key,
        kind.column_title or kind.title,
        kind.driver_column_title,
        join(_action(action, language) for action in kind.actions),
    )


def _action(action: AgendaAction, language: str) -> Markup:
    status = (
        html(
            ' <span class="oogst-ag-status s-{}">{}</span>',
            action.status,
            t(f"agenda.status.{action.status}", language),
        )
        if action.status != "proposed"
        else ""
    )
    dots = html('<span class="oogst-ag-dots">● {}</span>', action.votes) if action.votes else ""
    return html(
        '<div class="oogst-ag-row s-{status_key}" data-action="{id}">'
        '<div class="oogst-ag-what"><div class="oogst-ag-name">{title}{status}{dots}</div>'
        '<div class="oogst-ag-desc">{description}</div></div>'
        '<div class="oogst-ag-who">{people}</div></div>',
        status_key=action.status,
        id=action.id,
        title=action.title,
        status=status,
        dots=dots,
        description=shorten(action.description, 240),
        people=_people(action, language),
    )


def _people(action: AgendaAction, language: str) -> Markup:
    chips = [
        html(
            '<span class="oogst-ag-driver{}">{}</span>',
            " tentative" if d.tentative else "",
            d.label,
        )
        for d in action.drivers
    ]
    if action.is_open_slot:
        chips.append(
            html('<span class="oogst-ag-open">{}</span>', t("agenda.wall.open_slot", language))
        )
    joined = len(action.members) + action.unnamed
    if joined:
        names = ", ".join(m.label for m in action.members)
        text = t("agenda.wall.members", language, count=joined)
        chips.append(html('<span class="oogst-ag-members">{} {}</span>', text, names))
    if action.pending:
        text = t("agenda.wall.pending", language, count=action.pending)
        chips.append(html('<span class="oogst-ag-pending">{}</span>', text))
    return join(chips)


@lru_cache(maxsize=32)
def vote_spec(board: AgendaBoard, language: str) -> dict[str, Any]:
    """Return the vote's bar chart as a Vega-Lite spec, built once per board."""
    assert board.vote is not None
    return ranking_chart_spec(board.vote.chart_rows(), title=board.vote.title)


def vote_caption_html(board: AgendaBoard, language: str) -> Markup:
    """Return the line under the chart: open or closed, how many people voted."""
    assert board.vote is not None
    key = "agenda.wall.vote_open" if board.vote.is_open else "agenda.wall.vote_closed"
    text = t(key, language, voters=board.vote.voters, dots=board.vote.dots_per_participant)
    return html('<div class="oogst-ag-vote-caption">{}</div>', text)
