"""Proposing an action from the phone, and one's own proposals with their state."""

from __future__ import annotations

import streamlit as st

from facilitation.agenda import proposals
from facilitation.agenda.view import AgendaKind
from facilitation.core.errors import OogstError
from facilitation.models import ActionItem, Event
from ui.common import guard
from ui.common.context import lang, show_error, tr
from ui.common.html import md
from ui.phone.agenda import as_participant, flash, show_flash

_WHERE = "proposals"


def section(event: Event, kinds: list[AgendaKind], mine: list[ActionItem]) -> None:
    """Show the proposal form and this phone's proposals."""
    if not kinds:
        return
    with st.expander(tr("agenda.propose.title"), expanded=bool(mine), icon=":material/add:"):
        show_flash(_WHERE)
        for action in mine:
            _own(event, action)
        if not event.is_open:
            st.caption(tr("error.event_closed"))
            return
        _form(event, kinds)


def _own(event: Event, action: ActionItem) -> None:
    state = "agenda.propose.approved" if action.approved else "agenda.propose.waiting"
    st.markdown(f"**{md(action.title)}** — {tr(state)}")
    if not action.approved:
        st.button(
            tr("agenda.propose.withdraw"),
            key=f"withdraw-proposal-{action.id}",
            on_click=_withdraw,
            args=(event, action.id or 0),
        )


def _form(event: Event, kinds: list[AgendaKind]) -> None:
    by_id = {k.id: k for k in kinds}
    # A fresh form after each stored proposal; on an error the same form keeps what was typed.
    round_ = st.session_state.get("propose_round", 0)
    with st.form(f"propose-{round_}", border=False):
        kind_id = st.selectbox(
            tr("agenda.propose.kind"),
            list(by_id),
            format_func=lambda k: by_id[k].title or by_id[k].column_title,
        )
        title = st.text_input(tr("agenda.propose.what"), max_chars=200)
        description = st.text_area(tr("agenda.propose.description"), max_chars=2000)
        sent = st.form_submit_button(tr("agenda.propose.submit"), width="stretch")
    if sent and _propose(event, int(kind_id or 0), title, description):
        st.session_state["propose_round"] = round_ + 1
        flash(_WHERE, tr("agenda.propose.done"))
        st.rerun()


def _propose(event: Event, kind_id: int, title: str, description: str) -> bool:
    """Store a proposal; one address (a room behind NAT) has an allowance a minute, as sends do,
    so a client that drops its token cannot pile up proposals as ever new phones."""
    client = guard.client_key()
    taken: float | None = None
    try:
        taken = guard.proposals().take(client)
        as_participant(
            event,
            lambda s, who: proposals.propose(
                session=s,
                event=event,
                participant=who,
                kind_id=kind_id,
                title=title,
                description=description,
            ),
        )
    except OogstError as error:
        if taken is not None:
            guard.proposals().give_back(client, taken)
        show_error(error)  # the form keeps what was typed
        return False
    return True


def _withdraw(event: Event, action_id: int) -> None:
    try:
        as_participant(
            event,
            lambda s, who: proposals.withdraw_proposal(
                session=s, participant=who, action_id=action_id
            ),
        )
        flash(_WHERE, tr("agenda.propose.withdrawn"))
    except OogstError as error:
        flash(_WHERE, error.message(lang()), ok=False)
