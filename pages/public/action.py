"""A driver's private page (living agenda): update the action's status and progress note."""

from __future__ import annotations

import streamlit as st

from facilitation.agenda import living
from facilitation.agenda.view import agenda_view
from facilitation.core.errors import OogstError
from facilitation.models import ActionStatus
from ui.common.context import language_switch, reading, show_error, tr, writing
from ui.common.html import html, inject_css, multiline, show

inject_css("phone")
inject_css("agenda")

token = st.query_params.get("token", "")
try:
    with reading() as session:
        target = living.open_link(session=session, token=token)
        drivers = next(
            (
                a.drivers_label
                for k in agenda_view(session=session, event_id=target.event.id or 0)
                for a in k.actions
                if a.id == target.action.id
            ),
            "",
        )
except OogstError as error:
    show_error(error)
    st.stop()

action, kind = target.action, target.kind
column = (kind.driver_column_title if kind else "") or tr("agenda.phone.drivers")
show(
    html(
        '<header class="oogst-phone-head"><div class="oogst-event">{}</div>'
        '<div class="oogst-target">{}</div><div class="oogst-question">{}</div>'
        '<div class="oogst-ag-phone-who"><b>{}:</b> {}</div></header>',
        target.event.title,
        action.title,
        multiline(action.description),
        column,
        drivers,
    )
)
st.caption(tr("agenda.living.intro", name=target.driver.person_name or target.driver.organisation))

statuses = [s.value for s in ActionStatus]
with st.form("progress"):
    status = st.radio(
        tr("agenda.living.status"),
        statuses,
        index=statuses.index(action.status) if action.status in statuses else 0,
        format_func=lambda s: tr(f"agenda.status.{s}"),
    )
    note = st.text_area(tr("agenda.living.note"), value=action.progress_note, max_chars=1000)
    saved = st.form_submit_button(tr("agenda.living.save"), type="primary", width="stretch")
if saved:
    try:
        with writing() as session:
            action = living.update_progress(
                session=session, token=token, status=status or "", note=note
            )
        st.success(tr("agenda.living.saved"), icon=":material/check:")
    except OogstError as error:
        show_error(error)  # the form keeps the note as typed
st.caption(tr("agenda.living.updated", when=f"{action.updated_at:%d-%m-%Y %H:%M} UTC"))
st.divider()
language_switch()
