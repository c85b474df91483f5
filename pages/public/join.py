"""Phone page: join an event, pick a table, send suggestions and see them acknowledged."""

from __future__ import annotations

import streamlit as st

from facilitation.core.errors import EventNotFound, OogstError, TargetNotFound
from facilitation.live.wall import send_state
from facilitation.meeting import participants
from facilitation.meeting import phone as phone_service
from facilitation.meeting.events import find_event
from facilitation.meeting.targets import Target, resolve_target
from facilitation.models import Event, Participant
from ui.common import guard
from ui.common.context import (
    lang,
    language_switch,
    reading,
    settings,
    show_error,
    tr,
    wall_cache,
    writing,
)
from ui.common.html import inject_css
from ui.phone import agenda as phone_agenda
from ui.phone import composer, links
from ui.phone import parts as phone
from ui.phone import scan as phone_scan
from ui.phone.identity import current_token, remember_token

inject_css("phone")
inject_css("links")


def _load_event() -> Event:
    code = st.query_params.get("event")
    if not code:
        st.title(tr("phone.welcome"))
        phone.code_form()
        st.stop()
    try:  # the right code always opens, also for an address slowed down by others' typos
        with reading() as session:
            return find_event(session=session, code=code)
    except EventNotFound as error:
        show_error(guard.refusal() or error)
        phone.code_form()
        st.stop()


def _load_target(event: Event) -> Target | None:
    table, case = st.query_params.get("table"), st.query_params.get("case")
    if table is None and case is None:
        return None
    assert event.id is not None
    try:
        with reading() as session:
            return resolve_target(session=session, event_id=event.id, table=table, case=case)
    except TargetNotFound as error:
        show_error(error)
        return None


def _on_send(event: Event, target: Target, client_id: str, text: str) -> None:
    """Store a send; one address (a room behind NAT) and one phone each have an allowance."""
    client = guard.client_key()
    taken: float | None = None
    try:
        taken = guard.sends().take(client)
        sent = _store(event, target, client_id, text)
        if sent.receipt.duplicate:  # a re-send stores nothing and uses no allowance
            guard.sends().give_back(client, taken)
        remember_token(event.code, sent.token)
        # The send shows under "Mijn bijdragen" at once; the table's feed and the wall pick it
        # up from the shared view within 0.25 s (not rebuilt here for every send of every phone).
        key = "phone.receipt_review" if sent.receipt.pending else "phone.receipt"
        composer.acknowledge(client_id, tr(key, number=sent.ordinal))
    except Exception as error:
        if taken is not None:
            guard.sends().give_back(client, taken)
        if isinstance(error, OogstError):
            composer.reject(client_id, error.message(lang()))
        else:  # the phone keeps its text; the console gets the traceback
            show_error(error)
            composer.reject(client_id, tr("error.generic"))


def _store(event: Event, target: Target, client_id: str, text: str) -> phone_service.Sent:
    with writing() as session:
        return phone_service.send(
            session=session,
            event=event,
            target=target,
            token=current_token(event.code),
            text=text,
            client_id=client_id,
            max_chars=settings().max_contribution_chars,
            per_minute=settings().submits_per_minute,
        )


def _on_known_token(event: Event, token: str) -> None:
    assert event.id is not None
    if current_token(event.code):
        return
    with reading() as session:
        known = participants.find_participant(session=session, event_id=event.id, token=token)
    if known is not None:
        remember_token(event.code, known.token)


def _participant(event: Event) -> Participant | None:
    assert event.id is not None
    with reading() as session:
        return participants.find_participant(
            session=session, event_id=event.id, token=current_token(event.code)
        )


@st.fragment
def _contribute(event: Event, target: Target) -> None:
    """Composer, own contributions, feed and profile: a send reruns only this part.

    The rest of the page (event, table, header) does not change when a phone sends; leaving it
    out of the rerun roughly halves the server's work per send. Whether the phone can send is
    read from the shared wall view here, and kept up to date by the composer's own poll.
    """
    assert event.id is not None
    participant = _participant(event)
    with reading() as session:
        view = wall_cache().view(session, event.id)
    closed = send_state(view, target.key)
    composer.show(
        draft_key=f"oogst:draft:{event.code}:{target.key}",
        token_key=f"oogst:token:{event.code}",
        token=participant.token if participant else "",
        max_chars=settings().max_contribution_chars,
        live=composer.Live(
            url=phone.feed_url(event, target.key, participant),
            revision=view.revision,
            closed_message=tr(closed) if closed else "",
        ),
        on_send=lambda client_id, text: _on_send(event, target, client_id, text),
        on_known_token=lambda known: _on_known_token(event, known),
    )
    if participant is not None:
        phone.own_contributions(participant, can_edit=not closed)
    if event.show_others:
        phone.table_feed(view, target.key, participant)
    if participant is not None:
        phone.profile(participant)
        phone.my_data(participant)
    token = participant.token if participant else None
    links.button(
        links.JOIN,
        tr("phone.other_table"),
        links.params(event.code, token),
    )
    phone_agenda.entry_link(event, participant)


event = _load_event()
assert event.id is not None
target = _load_target(event)
phone.header(event, target)
phone_scan.entry_links(event, target, current_token(event.code))
if target is None:
    participant = _participant(event)
    phone.picker(event, participant.token if participant else None)
    phone_agenda.entry_link(event, participant)
else:
    _contribute(event, target)

st.divider()
left, right = st.columns([3, 1])
with left:
    links.privacy(links.params(event.code, current_token(event.code)))
with right:
    language_switch()
