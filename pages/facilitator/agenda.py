"""Facilitator: the action agenda — kinds, actions, proposals, drivers, sign-ups, votes, export."""

from __future__ import annotations

import streamlit as st

from facilitation.agenda import actions, drivers
from facilitation.agenda.view import agenda_view
from facilitation.agenda.votes import current_vote
from ui.common import admin
from ui.common.context import reading, tr
from ui.common.html import md
from ui.facilitator import sections
from ui.facilitator.agenda import actions as action_admin
from ui.facilitator.agenda import exports as agenda_exports
from ui.facilitator.agenda import kinds as kind_admin
from ui.facilitator.agenda import signups as signup_admin
from ui.facilitator.agenda import votes as vote_admin
from ui.facilitator.current import current_event

event = current_event()
event_id = event.id or 0
st.title(tr("agenda.fac.title"))

with reading() as session:
    kinds = actions.kinds_of(session=session, event_id=event_id)
    waiting = actions.actions_of(session=session, event_id=event_id, approved=False)
    board = agenda_view(session=session, event_id=event_id)
    pending = drivers.pending(session=session, event_id=event_id)
    vote = current_vote(session=session, event_id=event_id)
    by_id = {a.id: a for a in actions.actions_of(session=session, event_id=event_id)}
kinds_by_id = {k.id or 0: k for k in kinds}

agenda_exports.links(event)
section = sections.choose(
    "agenda-section",
    {
        "actions": tr("agenda.fac.tab_actions"),
        "signups": tr("agenda.fac.tab_signups", count=len(pending)),
        "votes": tr("agenda.fac.tab_votes", state=tr("agenda.vote.state_open") if vote else "—"),
        "state": tr("agenda.fac.tab_state"),
    },
)
if section == "actions":
    kind_admin.kinds(event, kinds)
    kind_admin.proposals(event_id, waiting, kinds_by_id)
    if kinds:
        with st.expander(tr("agenda.fac.add_action"), icon=":material/add:"):
            action_admin.action_form(event_id, None)
    for kind in board:
        if kind.actions:
            # The kind's one name, as on the phones, the action form and the votes.
            st.header(md(kind.title or kind.column_title))
        for row in kind.actions:
            label = f"{row.title} — {row.drivers_label or tr('agenda.wall.open_slot')}"
            with st.expander(md(label) + (f" (+{row.pending})" if row.pending else "")):
                action_admin.action_form(event_id, by_id[row.id])
                action_admin.driver_list(event_id, by_id[row.id], kinds_by_id.get(kind.id))
                if st.button(tr("agenda.fac.delete_action"), key=f"delete-action-{row.id}"):
                    # admin.write runs the action at once, inside this iteration.
                    action_id = row.id
                    admin.write(
                        lambda s: actions.delete_action(
                            session=s,
                            event_id=event_id,
                            action_id=action_id,  # noqa: B023
                        ),
                        tr("setup.rows.removed"),
                    )
elif section == "signups":
    signup_admin.pending(event_id)
elif section == "votes":
    vote_admin.open_form(event, kinds)
    vote_admin.listing(event_id)
else:
    signup_admin.state(board)
    agenda_exports.downloads(event)
