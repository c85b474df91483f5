"""Phone agenda page: sign up for actions, move one's dots in the open vote, propose an action."""

from __future__ import annotations

import streamlit as st

from facilitation.agenda import proposals, signups
from facilitation.core.errors import EventNotFound
from facilitation.meeting import participants
from facilitation.meeting.events import find_event
from facilitation.models import Event
from ui.common.context import board_cache, language_switch, reading, show_error, tr
from ui.common.html import html, inject_css, show
from ui.phone import agenda as phone_agenda
from ui.phone import links
from ui.phone import parts as phone
from ui.phone import proposals as phone_proposals
from ui.phone import votes as phone_votes
from ui.phone.identity import current_token

inject_css("phone")
inject_css("links")
inject_css("agenda")


def _load_event() -> Event:
    if not st.query_params.get("event"):
        phone.code_form()
        st.stop()
    try:
        with reading() as session:
            return find_event(session=session, code=st.query_params.get("event"))
    except EventNotFound as error:
        show_error(error)
        phone.code_form()
        st.stop()


event = _load_event()
event_id = event.id or 0
with reading() as session:
    board = board_cache().board(session, event_id)
    participant = participants.find_participant(
        session=session, event_id=event_id, token=current_token(event.code)
    )
    mine = signups.own_signups(session=session, participant=participant) if participant else {}
    proposed = (
        proposals.own_proposals(session=session, participant=participant) if participant else []
    )

show(
    html(
        '<header class="oogst-phone-head"><div class="oogst-event">{}</div>'
        '<div class="oogst-target">{}</div><div class="oogst-question">{}</div></header>',
        event.title,
        board.agenda_title or tr("agenda.phone.title"),
        board.invitation or tr("agenda.wall.invitation"),
    )
)
phone_agenda.forget_gone_form(board)
phone_votes.watch(event_id, phone_votes.vote_signature(board))
phone_votes.section(event, board, participant)
if not board.action_count:
    st.info(tr("agenda.phone.empty"))
for kind in board.kinds:
    if kind.actions:
        phone_agenda.kind_section(event, kind, mine, participant)
phone_proposals.section(event, list(board.kinds), proposed)

query = links.params(event.code, participant.token if participant else None)
links.button(links.JOIN, tr("agenda.phone.back"), query)
st.divider()
left, right = st.columns([3, 1])
with left:
    links.privacy(query)
with right:
    language_switch()
