"""Facilitator: kinds of action with their report columns, and the phones' proposals."""

from __future__ import annotations

from typing import Any

import streamlit as st

from facilitation.agenda import actions
from facilitation.core.validation import validated
from facilitation.models import ActionItem, ActionKind, ActionKindUpdate, Event
from ui.common import admin
from ui.common.context import tr
from ui.common.html import md


def kinds(event: Event, rows: list[ActionKind]) -> None:
    """Show the kinds with their report columns; offer the 12 February defaults when empty."""
    event_id = event.id or 0
    if not rows:
        st.info(tr("agenda.fac.no_kinds"))
        if st.button(tr("agenda.fac.add_defaults"), type="primary", icon=":material/add:"):
            admin.write(
                lambda s: actions.add_default_kinds(
                    session=s, event_id=event_id, lang=event.language
                ),
                admin.saved(),
            )
    with st.expander(tr("agenda.fac.kinds", count=len(rows)), expanded=not rows):
        for kind in rows:
            _kind_form(event_id, kind)
        _kind_form(event_id, None)


def _kind_form(event_id: int, kind: ActionKind | None) -> None:
    with st.form(f"kind-{kind.id if kind else 'new'}"):
        st.markdown(f"**{md(kind.title) if kind else tr('agenda.fac.new_kind')}**")
        values = _kind_fields(kind or ActionKind(event_id=event_id, key=""))
        save, delete = st.columns(2)
        saved = save.form_submit_button(
            tr("phone.save" if kind else "setup.rows.add"), type="primary"
        )
        deleted = kind is not None and delete.form_submit_button(tr("agenda.fac.delete"))
    kind_id = kind.id if kind else None
    if saved:
        admin.write(
            lambda s: actions.save_kind(
                session=s,
                event_id=event_id,
                update=validated(ActionKindUpdate, values),
                kind_id=kind_id,
            ),
            admin.saved(),
        )
    if deleted:
        admin.write(
            lambda s: actions.delete_kind(session=s, event_id=event_id, kind_id=kind_id or 0),
            tr("setup.rows.removed"),
        )


def _kind_fields(kind: ActionKind) -> dict[str, Any]:
    roles = list(actions.LEAD_ROLES)
    return {
        "title": st.text_input(tr("agenda.fac.kind_title"), value=kind.title),
        "column_title": st.text_input(tr("agenda.fac.column_title"), value=kind.column_title),
        "driver_column_title": st.text_input(
            tr("agenda.fac.driver_column_title"), value=kind.driver_column_title
        ),
        "driver_role": st.selectbox(
            tr("agenda.fac.driver_role"),
            roles,
            index=roles.index(kind.driver_role) if kind.driver_role in roles else 0,
            format_func=lambda r: tr(f"agenda.role.{r}"),
        ),
        "intro": st.text_area(tr("agenda.fac.kind_intro"), value=kind.intro),
    }


def proposals(event_id: int, waiting: list[ActionItem], kinds_by_id: dict[int, ActionKind]) -> None:
    """List the phones' proposals with approve and turn down."""
    if not waiting:
        return
    st.header(tr("agenda.fac.proposals", count=len(waiting)))
    for row in waiting:
        kind = kinds_by_id.get(row.kind_id)
        with st.container(border=True, key=f"proposal-{row.id}"):
            st.markdown(f"**{md(row.title)}** · {md(kind.title if kind else '')}")
            if row.description:
                st.text(row.description)
            _proposal_buttons(event_id, row.id or 0)


def _proposal_buttons(event_id: int, action_id: int) -> None:
    ok, no = st.columns(2)
    ok.button(
        tr("agenda.fac.approve"),
        key=f"approve-{action_id}",
        type="primary",
        on_click=admin.callback,
        args=(lambda s: actions.approve(session=s, event_id=event_id, action_id=action_id),),
    )
    no.button(
        tr("agenda.fac.reject"),
        key=f"reject-{action_id}",
        on_click=admin.callback,
        args=(lambda s: actions.delete_action(session=s, event_id=event_id, action_id=action_id),),
    )
