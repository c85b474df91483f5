"""Facilitator: kinds of action, proposals to approve, actions and their drivers."""

from __future__ import annotations

from typing import Any

import streamlit as st

from facilitation import actions, signups
from facilitation.living import new_link
from facilitation.models import ActionItem, ActionKind, ActionStatus, Driver, DriverRole, Event
from facilitation.targets import case_key, cases_of, themes_of
from ui import admin
from ui.context import reading, tr
from ui.html import md

_STATUSES = [s.value for s in ActionStatus]


def kinds(event: Event, rows: list[ActionKind]) -> None:
    """Show the kinds with their report columns; offer the 12 February defaults when empty."""
    event_id = event.id or 0
    if not rows:
        st.info(tr("agenda.fac.no_kinds"))
        if st.button(tr("agenda.fac.add_defaults"), type="primary", icon=":material/add:"):
            admin.write(
                lambda s: actions.add_default_kinds(
                    session=s, event_id=event_id, lang=event.language
                )
            )
    with st.expander(tr("agenda.fac.kinds", count=len(rows)), expanded=not rows):
        for kind in rows:
            _kind_form(event_id, kind)
        _kind_form(event_id, None)


def _kind_form(event_id: int, kind: ActionKind | None) -> None:
    key = f"kind-{kind.id if kind else 'new'}"
    with st.form(key):
        st.markdown(f"**{kind.title if kind else tr('agenda.fac.new_kind')}**")
        values: dict[str, Any] = {
            "title": st.text_input(tr("agenda.fac.kind_title"), value=kind.title if kind else ""),
            "column_title": st.text_input(
                tr("agenda.fac.column_title"), value=kind.column_title if kind else ""
            ),
            "driver_column_title": st.text_input(
                tr("agenda.fac.driver_column_title"), value=kind.driver_column_title if kind else ""
            ),
            "driver_role": st.selectbox(
                tr("agenda.fac.driver_role"),
                list(actions.LEAD_ROLES),
                index=actions.LEAD_ROLES.index(kind.driver_role)
                if kind and kind.driver_role in actions.LEAD_ROLES
                else 0,
                format_func=lambda r: tr(f"agenda.role.{r}"),
            ),
            "intro": st.text_area(tr("agenda.fac.kind_intro"), value=kind.intro if kind else ""),
        }
        save, delete = st.columns(2)
        saved = save.form_submit_button(tr("phone.save"), type="primary")
        deleted = kind is not None and delete.form_submit_button(tr("agenda.fac.delete"))
    kind_id = kind.id if kind else None
    if saved:
        admin.write(
            lambda s: actions.save_kind(
                session=s, event_id=event_id, values=values, kind_id=kind_id
            )
        )
    if deleted:
        admin.write(
            lambda s: actions.delete_kind(session=s, event_id=event_id, kind_id=kind_id or 0)
        )


def proposals(event_id: int, waiting: list[ActionItem], kinds_by_id: dict[int, ActionKind]) -> None:
    """List the phones' proposals with approve and turn down."""
    if not waiting:
        return
    st.subheader(tr("agenda.fac.proposals", count=len(waiting)))
    for row in waiting:
        kind = kinds_by_id.get(row.kind_id)
        with st.container(border=True, key=f"proposal-{row.id}"):
            st.markdown(f"**{md(row.title)}** · {md(kind.title if kind else '')}")
            if row.description:
                st.text(row.description)
            ok, no = st.columns(2)
            ok.button(
                tr("agenda.fac.approve"),
                key=f"approve-{row.id}",
                type="primary",
                on_click=admin.callback,
                args=(
                    lambda s, i=row.id: actions.approve(session=s, event_id=event_id, action_id=i),
                ),
            )
            no.button(
                tr("agenda.fac.reject"),
                key=f"reject-{row.id}",
                on_click=admin.callback,
                args=(
                    lambda s, i=row.id: actions.delete_action(
                        session=s, event_id=event_id, action_id=i
                    ),
                ),
            )


def action_form(event_id: int, kinds_list: list[ActionKind], action: ActionItem | None) -> None:
    """Create or edit an action: kind, title, description, table/case, status, progress."""
    with reading() as session:
        themes, cases = themes_of(session, event_id), cases_of(session, event_id)
    theme_by_id = {t.id: t for t in themes}
    theme_options = [None, *[t.id for t in themes]]
    case_options = [None, *[c.id for c in cases]]
    case_names = {c.id: case_key(c, theme_by_id.get(c.theme_id)) for c in cases}
    kind_ids = [k.id for k in kinds_list]
    names = {k.id: k.title or k.column_title for k in kinds_list}
    with st.form(f"action-{action.id if action else 'new'}"):
        values: dict[str, Any] = {
            "kind_id": st.selectbox(
                tr("agenda.fac.kind"),
                kind_ids,
                index=kind_ids.index(action.kind_id)
                if action and action.kind_id in kind_ids
                else 0,
                format_func=lambda k: names.get(k, ""),
            ),
            "title": st.text_input(
                tr("agenda.fac.action_title"), value=action.title if action else ""
            ),
            "description": st.text_area(
                tr("agenda.fac.description"), value=action.description if action else ""
            ),
            "theme_id": st.selectbox(
                tr("agenda.fac.theme"),
                theme_options,
                index=theme_options.index(action.theme_id)
                if action and action.theme_id in theme_options
                else 0,
                format_func=lambda i: (
                    f"{theme_by_id[i].number}. {theme_by_id[i].title}" if i else "—"
                ),
            ),
            "case_id": st.selectbox(
                tr("agenda.fac.case"),
                case_options,
                index=case_options.index(action.case_id)
                if action and action.case_id in case_options
                else 0,
                format_func=lambda i: case_names.get(i, "—"),
            ),
            "status": st.selectbox(
                tr("agenda.fac.status"),
                _STATUSES,
                index=_STATUSES.index(action.status)
                if action and action.status in _STATUSES
                else 0,
                format_func=lambda s: tr(f"agenda.status.{s}"),
            ),
        }
        if action is not None:
            values["progress_note"] = st.text_area(
                tr("agenda.living.note"), value=action.progress_note
            )
        label = "phone.save" if action else "agenda.fac.add_action"
        saved = st.form_submit_button(tr(label), type="primary")
    if saved:
        action_id = action.id if action else None
        admin.write(
            lambda s: actions.save_action(
                session=s, event_id=event_id, values=values, action_id=action_id
            ),
            done=tr("phone.saved"),
        )


def drivers(event_id: int, action: ActionItem, kind: ActionKind | None) -> None:
    """List an action's drivers and sign-ups with confirm, '?', remove and a new private link."""
    with reading() as session:
        rows = signups.drivers_of(session, action.id or 0)
    for driver in rows:
        _driver_row(event_id, driver)
    with st.form(f"add-driver-{action.id}", clear_on_submit=False):
        name, organisation = st.columns(2)
        values = {
            "name": name.text_input(tr("agenda.signup.name")),
            "organisation": organisation.text_input(tr("agenda.signup.organisation")),
            "tentative": st.checkbox(tr("agenda.fac.tentative")),
        }
        added = st.form_submit_button(tr("agenda.fac.add_driver"))
    if added:
        role = kind.driver_role if kind else DriverRole.TREKKER.value
        admin.write(
            lambda s: signups.add_driver(
                session=s, event_id=event_id, action_id=action.id or 0, role=role, **values
            )
        )


def _driver_row(event_id: int, driver: Driver) -> None:
    state = (tr("export.state.confirmed") if driver.confirmed else tr("export.state.waiting")) + (
        " · ?" if driver.tentative else ""
    )
    label = driver.person_name or driver.organisation
    if driver.person_name and driver.organisation:
        label = f"{driver.person_name} ({driver.organisation})"
    text, toggle, link, remove = st.columns([4, 2, 2, 2], vertical_alignment="center")
    text.markdown(f"{md(label)} · {tr(f'agenda.role.{driver.role}')} · {state}")
    flip = not driver.tentative if driver.confirmed else driver.tentative
    toggle.button(
        tr("agenda.fac.confirm") if not driver.confirmed else tr("agenda.fac.toggle_tentative"),
        key=f"flip-{driver.id}",
        on_click=admin.callback,
        args=(
            lambda s, i=driver.id: signups.confirm(
                session=s, event_id=event_id, driver_id=i, tentative=flip
            ),
        ),
    )
    if driver.confirmed and driver.role != DriverRole.MEMBER.value:
        link.button(
            tr("agenda.fac.new_link"),
            key=f"link-{driver.id}",
            on_click=admin.callback,
            args=(lambda s, i=driver.id: new_link(session=s, event_id=event_id, driver_id=i),),
        )
    remove.button(
        tr("agenda.fac.remove"),
        key=f"remove-{driver.id}",
        on_click=admin.callback,
        args=(lambda s, i=driver.id: signups.remove(session=s, event_id=event_id, driver_id=i),),
    )
