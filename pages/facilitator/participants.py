"""Facilitator: who took part (only those who left a trace), and removing a participant on request."""

from __future__ import annotations

import streamlit as st

from facilitation.access import privacy
from ui.common import admin
from ui.common.context import reading, show_error, tr
from ui.facilitator.current import current_event

event = current_event(cohost_ok=False)
event_id = event.id or 0
st.title(tr("participants.title"))
st.caption(tr("participants.lead"))

with reading() as session:
    rows = privacy.participants_overview(session=session, event_id=event_id)
if not rows:
    st.info(tr("participants.none"))
    st.stop()
st.dataframe(
    rows,
    hide_index=True,
    width="stretch",
    column_config={
        "id": st.column_config.NumberColumn("#"),
        "name": tr("phone.profile.name"),
        "organisation": tr("phone.profile.organisation"),
        "email": tr("phone.data.email"),
        "listed": st.column_config.CheckboxColumn(tr("participants.listed")),
        "contact": st.column_config.CheckboxColumn(tr("participants.contact")),
        "contributions": tr("phone.data.contributions"),
    },
)

st.header(tr("participants.erase"))
labels: dict[int, str] = {}
for r in rows:
    person = f"#{r['id']} {r['name'] or tr('participants.anonymous')} {r['organisation']}"
    labels[int(str(r["id"]))] = person.strip()
chosen = st.selectbox(tr("participants.choose"), list(labels), format_func=labels.__getitem__)
with_contributions = st.checkbox(tr("participants.with_contributions"), value=True)
if st.button(tr("participants.erase_go"), type="primary"):
    erased: list[int] = []
    error = admin.attempt(
        lambda s: erased.append(
            privacy.erase_participant(
                session=s,
                event_id=event_id,
                participant_id=chosen,
                with_contributions=with_contributions,
            )
        )
    )
    if error is not None:
        show_error(error)
    else:  # one confirmation, and it outlives the rerun that drops the erased row
        st.toast(tr("participants.erased", count=erased[0]), icon=":material/check:")
        st.rerun()
