"""Facilitator: sign-ups from phones waiting to be confirmed, and the living agenda's state."""

from __future__ import annotations

import streamlit as st

from facilitation.agenda import drivers
from facilitation.agenda.view import AgendaKind
from facilitation.models import Driver, Participant
from ui.common import admin
from ui.common.context import reading, tr
from ui.common.html import md


def pending(event_id: int) -> None:
    """List waiting sign-ups: confirm, confirm with '?', or turn down; or confirm them all."""
    with reading() as session:
        waiting = drivers.pending(session=session, event_id=event_id)
        people = {
            d.participant_id: session.get(Participant, d.participant_id)
            for d, _ in waiting
            if d.participant_id
        }
    if not waiting:
        st.caption(tr("agenda.fac.no_pending"))
        return
    st.button(
        tr("agenda.fac.confirm_all", count=len(waiting)),
        type="primary",
        icon=":material/done_all:",
        on_click=admin.callback,
        args=(lambda s: drivers.confirm_all(session=s, event_id=event_id),),
    )
    for driver, action in waiting:
        with st.container(border=True, key=f"pending-{driver.id}"):
            st.markdown(_line(driver, action.title))
            st.caption(_consents(people.get(driver.participant_id or 0)))
            _buttons(event_id, driver)


def _line(driver: Driver, action_title: str) -> str:
    who = driver.person_name or driver.organisation
    if driver.person_name and driver.organisation:
        who = f"{driver.person_name} ({driver.organisation})"
    wish = tr("agenda.fac.asks_tentative") if driver.tentative else ""
    role = tr(f"agenda.role.{driver.role}")
    return f"**{md(who)}** · {role} · {md(action_title)} {wish}"


def _consents(who: Participant | None) -> str:
    if who is None:
        return ""
    named = tr("agenda.fac.yes") if who.listed_consent else tr("agenda.fac.no")
    contact = tr("agenda.fac.yes") if who.contact_consent else tr("agenda.fac.no")
    return tr("agenda.fac.consents", named=named, contact=contact)


def _buttons(event_id: int, driver: Driver) -> None:
    yes, maybe, no = st.columns(3)
    for column, label, tentative in (
        (yes, "agenda.fac.confirm", False),
        (maybe, "agenda.fac.confirm_tentative", True),
    ):
        column.button(
            tr(label),
            key=f"{label}-{driver.id}",
            width="stretch",
            on_click=admin.callback,
            args=(
                lambda s, i=driver.id, t=tentative: drivers.confirm(
                    session=s, event_id=event_id, driver_id=i or 0, tentative=t
                ),
            ),
        )
    no.button(
        tr("agenda.fac.reject"),
        key=f"reject-signup-{driver.id}",
        width="stretch",
        on_click=admin.callback,
        args=(
            lambda s, i=driver.id: drivers.remove(session=s, event_id=event_id, driver_id=i or 0),
        ),
    )


def state(kinds: list[AgendaKind]) -> None:
    """Show the agenda as it stands: status, drivers, dots and the drivers' progress notes."""
    rows = [
        {
            tr("agenda.export.col.kind"): kind.title or kind.column_title,
            tr("agenda.export.col.action"): action.title,
            tr("agenda.export.col.status"): tr(f"agenda.status.{action.status}"),
            tr("agenda.phone.drivers"): action.drivers_label,
            tr("agenda.export.col.votes"): "" if action.votes is None else action.votes,
            tr("agenda.export.col.progress"): action.progress_note,
            tr("agenda.fac.updated"): f"{action.updated_at:%d-%m %H:%M}"
            if action.updated_at
            else "",
        }
        for kind in kinds
        for action in kind.actions
    ]
    if rows:
        st.dataframe(rows, hide_index=True, width="stretch")
