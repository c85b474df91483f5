"""Facilitator: one action's form (kind, title, table/case, status, progress) and its drivers."""

from __future__ import annotations

from typing import Any

import streamlit as st

from facilitation.agenda import actions, drivers
from facilitation.agenda.living import new_link
from facilitation.core.validation import validated
from facilitation.meeting.targets import case_key, cases_of, themes_of
from facilitation.models import (
    ActionItem,
    ActionKind,
    ActionStatus,
    ActionUpdate,
    Driver,
    DriverRole,
)
from ui.common import admin
from ui.common.context import reading, tr
from ui.common.html import md

_STATUSES = [s.value for s in ActionStatus]


def _choice(label: str, options: list[Any], current: Any, names: dict[Any, str]) -> Any:
    index = options.index(current) if current in options else 0
    return st.selectbox(label, options, index=index, format_func=lambda o: names.get(o, "—"))


def _links(event_id: int, action: ActionItem) -> dict[str, Any]:
    """The selects that link an action to its kind, table/theme and case."""
    with reading() as session:
        themes, cases = (
            themes_of(session=session, event_id=event_id),
            cases_of(session=session, event_id=event_id),
        )
        kinds = actions.kinds_of(session=session, event_id=event_id)
    by_id = {t.id: t for t in themes}
    case_names = {c.id: case_key(c, by_id.get(c.theme_id)) for c in cases}
    return {
        "kind_id": _choice(
            tr("agenda.fac.kind"),
            [k.id for k in kinds],
            action.kind_id,
            {k.id: k.title or k.column_title for k in kinds},
        ),
        "theme_id": _choice(
            tr("agenda.fac.theme"),
            [None, *by_id],
            action.theme_id,
            {i: f"{t.number}. {t.title}" for i, t in by_id.items()},
        ),
        "case_id": _choice(tr("agenda.fac.case"), [None, *case_names], action.case_id, case_names),
    }


def action_form(event_id: int, action: ActionItem | None) -> None:
    """Create (``action=None``) or edit an action."""
    row = action or ActionItem(event_id=event_id, kind_id=0)
    with st.form(f"action-{action.id if action else 'new'}"):
        values = _links(event_id, row)
        values["title"] = st.text_input(tr("agenda.fac.action_title"), value=row.title)
        values["description"] = st.text_area(tr("agenda.fac.description"), value=row.description)
        values["status"] = _choice(
            tr("agenda.fac.status"),
            _STATUSES,
            row.status,
            {s: tr(f"agenda.status.{s}") for s in _STATUSES},
        )
        if action is not None:
            values["progress_note"] = st.text_area(
                tr("agenda.living.note"), value=row.progress_note
            )
        saved = st.form_submit_button(
            tr("phone.save" if action else "agenda.fac.add_action"), type="primary"
        )
    if saved:
        admin.write(
            lambda s: actions.save_action(
                session=s,
                event_id=event_id,
                update=validated(ActionUpdate, values),
                action_id=row.id,
            ),
            done=tr("phone.saved"),
        )


def driver_list(event_id: int, action: ActionItem, kind: ActionKind | None) -> None:
    """List an action's drivers and sign-ups; name a driver by hand (e.g. 'Hanzelab?')."""
    with reading() as session:
        rows = drivers.drivers_of(session=session, action_id=action.id or 0)
    for driver in rows:
        _driver_row(event_id, driver)
    with st.form(f"add-driver-{action.id}"):
        name, organisation = st.columns(2)
        person = name.text_input(tr("agenda.signup.name"))
        organisation_name = organisation.text_input(tr("agenda.signup.organisation"))
        tentative = st.checkbox(tr("agenda.fac.tentative"))
        added = st.form_submit_button(tr("agenda.fac.add_driver"))
    if added:
        role = kind.driver_role if kind else DriverRole.TREKKER
        admin.write(
            lambda s: drivers.add_driver(
                session=s,
                event_id=event_id,
                action_id=action.id or 0,
                role=role,
                name=person,
                organisation=organisation_name,
                tentative=tentative,
            )
        )


def _driver_row(event_id: int, driver: Driver) -> None:
    """One driver: who, role, state; confirm or flip '?', a new private link, remove."""
    state = tr(
        "agenda.export.state.confirmed" if driver.confirmed else "agenda.export.state.waiting"
    )
    who = driver.person_name or driver.organisation
    if driver.person_name and driver.organisation:
        who = f"{driver.person_name} ({driver.organisation})"
    text, flip, link, remove = st.columns([4, 2, 2, 2], vertical_alignment="center")
    text.markdown(
        f"{md(who)} · {tr(f'agenda.role.{driver.role}')} · {state}{' · ?' if driver.tentative else ''}"
    )
    tentative = not driver.tentative if driver.confirmed else driver.tentative
    label = "agenda.fac.toggle_tentative" if driver.confirmed else "agenda.fac.confirm"
    _button(
        flip, label, f"flip-{driver.id}", drivers.confirm, event_id, driver, tentative=tentative
    )
    if driver.confirmed and driver.role != DriverRole.MEMBER.value:
        _button(link, "agenda.fac.new_link", f"link-{driver.id}", new_link, event_id, driver)
    _button(remove, "agenda.fac.remove", f"remove-{driver.id}", drivers.remove, event_id, driver)


def _button(
    column: Any, label: str, key: str, service: Any, event_id: int, driver: Driver, **extra: Any
) -> None:
    column.button(
        tr(label),
        key=key,
        on_click=admin.callback,
        args=(lambda s: service(session=s, event_id=event_id, driver_id=driver.id or 0, **extra),),
    )
