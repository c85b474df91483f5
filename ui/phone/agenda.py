"""The phone's agenda: every action as a card with "Ik wil trekken" / "Ik doe mee", the sign-up
form with its two separate consents, one's own sign-ups with withdraw and the private link.

Which form is open lives in the URL (``signup=ACTION:lead``), so a reload keeps it open.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import streamlit as st
from sqlmodel import Session

from facilitation.agenda import signups
from facilitation.agenda.board import AgendaBoard
from facilitation.agenda.living import update_url
from facilitation.agenda.signups import SignupDetails
from facilitation.agenda.view import AgendaAction, AgendaKind
from facilitation.core.errors import ActionNotFound, OogstError
from facilitation.i18n import t
from facilitation.meeting import participants
from facilitation.models import ActionStatus, Driver, DriverRole, Event, Participant
from ui.common.context import board_cache, lang, reading, settings, show_error, tr, writing
from ui.common.html import Markup, esc, html, multiline, show
from ui.phone import links
from ui.phone.identity import current_token, remember_token

_FORM = "signup"
_CLOSED = (ActionStatus.DONE.value, ActionStatus.DROPPED.value)


def as_participant(event: Event, action: Callable[[Session, Participant], Any]) -> Any:
    """Run *action* in a write transaction as this phone's participant (joining if new)."""
    with writing() as session:
        who = participants.join(session=session, event=event, token=current_token(event.code))
        result = action(session, who)
    remember_token(event.code, who.token)
    return result


def flash(where: str, message: str, ok: bool = True) -> None:
    """Keep a message to show next to *where* on the next run (callbacks cannot draw in place)."""
    st.session_state[f"flash:{where}"] = (ok, message)


def show_flash(where: str) -> None:
    """Show and forget the message kept for *where*."""
    kept = st.session_state.pop(f"flash:{where}", None)
    if kept is None:
        return
    ok, message = kept
    (st.success if ok else st.error)(message, icon=":material/check:" if ok else ":material/error:")


def kind_section(
    event: Event, kind: AgendaKind, mine: dict[int, Driver], profile: Participant | None
) -> None:
    """Show one kind of action (e.g. 'Experiment') with a card per action."""
    intro = html('<p class="oogst-ag-phone-intro">{}</p>', multiline(kind.intro))
    show(
        html('<h3 class="oogst-ag-phone-kind">{}</h3>', kind.title or kind.column_title)
        + (intro if kind.intro else "")
    )
    for action in kind.actions:
        with st.container(border=True, key=f"action-{action.id}"):
            _card(event, kind, action, mine.get(action.id), profile)


def _card(
    event: Event,
    kind: AgendaKind,
    action: AgendaAction,
    mine: Driver | None,
    profile: Participant | None,
) -> None:
    show(card_html(kind, action, lang()))
    show_flash(f"action-{action.id}")
    chosen = st.query_params.get(_FORM, "")
    if mine is not None:
        _own_signup(event, action, mine)
    elif action.status in _CLOSED:
        st.caption(tr("agenda.phone.closed_action"))
    elif chosen.split(":")[0] == str(action.id):
        _signup_form(event, kind, action, lead=chosen.endswith(":lead"), profile=profile)
    else:
        with st.container(horizontal=True, wrap=False):
            for mode, label in (("lead", _lead_key(kind)), ("member", "agenda.phone.member")):
                st.button(
                    tr(label),
                    key=f"{mode}-{action.id}",
                    width="stretch",
                    type="primary" if mode == "lead" else "secondary",
                    on_click=_choose,
                    args=(action.id, mode),
                )


def _lead_key(kind: AgendaKind) -> str:
    """Return the lead button's words for the kind's role: trekken, or meedoen als gangmaker."""
    gangmaker = kind.driver_role == DriverRole.GANGMAKER.value
    return "agenda.phone.lead_gangmaker" if gangmaker else "agenda.phone.lead"


def card_html(kind: AgendaKind, action: AgendaAction, language: str) -> Markup:
    """Return the card's text: title, description, drivers or the open invitation."""
    status = (
        html(
            ' <span class="oogst-ag-status s-{}">{}</span>',
            action.status,
            t(f"agenda.status.{action.status}", language),
        )
        if action.status != ActionStatus.PROPOSED.value
        else ""
    )
    who = esc(action.drivers_label) or html(
        '<span class="oogst-ag-open">{}</span>', t("agenda.wall.open_slot", language)
    )
    joined = len(action.members) + action.unnamed
    members = (
        html(
            '<div class="oogst-ag-phone-members">{}</div>',
            t("agenda.wall.members", language, count=joined),
        )
        if joined
        else ""
    )
    return html(
        '<div class="oogst-ag-phone-card"><div class="oogst-ag-phone-title">{title}{status}</div>'
        '<div class="oogst-ag-phone-desc">{description}</div>'
        '<div class="oogst-ag-phone-who"><span class="oogst-ag-phone-label">{column}:</span> '
        "{who}</div>{members}</div>",
        title=action.title,
        status=status,
        description=multiline(action.description),
        column=kind.driver_column_title or t("agenda.phone.drivers", language),
        who=who,
        members=members,
    )


def forget_gone_form(board: AgendaBoard) -> None:
    """Say so when the action whose sign-up form was open left the agenda meanwhile."""
    chosen = st.query_params.get(_FORM, "").split(":")[0]
    shown = {str(a.id) for kind in board.kinds for a in kind.actions}
    if chosen and chosen not in shown:
        show_error(ActionNotFound())
        _cancel()


def _choose(action_id: int, mode: str) -> None:
    st.query_params[_FORM] = f"{action_id}:{mode}"


def _cancel() -> None:
    st.query_params.pop(_FORM, None)


def _signup_form(
    event: Event,
    kind: AgendaKind,
    action: AgendaAction,
    *,
    lead: bool,
    profile: Participant | None,
) -> None:
    role = tr(f"agenda.role.{kind.driver_role}")
    heading = (
        tr("agenda.signup.heading_lead", role=role) if lead else tr("agenda.signup.heading_member")
    )
    with st.form(f"signup-{action.id}", border=False):
        st.markdown(f"**{heading}**")
        details = _signup_fields(profile or Participant(event_id=event.id or 0, token=""))
        st.caption(tr("agenda.signup.privacy"))
        sent = st.form_submit_button(tr("agenda.signup.submit"), type="primary", width="stretch")
    st.button(tr("agenda.signup.cancel"), key=f"cancel-{action.id}", on_click=_cancel)
    if not sent:
        return
    try:
        as_participant(
            event,
            lambda s, who: signups.sign_up(
                session=s, participant=who, action_id=action.id, lead=lead, details=details
            ),
        )
    except OogstError as error:
        show_error(error)  # the form keeps every value; nothing typed is lost
        return
    _cancel()  # the sign-up's own status line is the confirmation (one message, not two)
    st.rerun()


def _signup_fields(profile: Participant) -> SignupDetails:
    """The form's fields, filled from what this phone said before; each consent its own box."""
    named_wording, contact_wording = tr("agenda.signup.named"), tr("agenda.signup.contact")
    return SignupDetails(
        name=st.text_input(tr("agenda.signup.name"), value=profile.name, max_chars=120),
        organisation=st.text_input(
            tr("agenda.signup.organisation"), value=profile.organisation, max_chars=160
        ),
        email=st.text_input(tr("agenda.signup.email"), value=profile.email, max_chars=200),
        named_consent=st.checkbox(named_wording, value=profile.listed_consent),
        contact_consent=st.checkbox(contact_wording, value=profile.contact_consent),
        named_wording=named_wording,
        contact_wording=contact_wording,
        tentative=st.checkbox(tr("agenda.signup.tentative")),
    )


def _own_signup(event: Event, action: AgendaAction, mine: Driver) -> None:
    role = tr(f"agenda.role.{mine.role}")
    if not mine.confirmed:
        st.info(tr("agenda.phone.waiting", role=role), icon=":material/hourglass_top:")
    else:
        key = "agenda.phone.confirmed_tentative" if mine.tentative else "agenda.phone.confirmed"
        st.success(tr(key, role=role), icon=":material/check_circle:")
        if mine.update_token and mine.role != DriverRole.MEMBER.value:
            st.caption(tr("agenda.phone.link_help"))
            st.code(
                update_url(settings().base_url(), mine.update_token), language=None, wrap_lines=True
            )
    st.button(
        tr("agenda.phone.withdraw"),
        key=f"withdraw-{action.id}",
        icon=":material/undo:",
        on_click=_withdraw,
        args=(event, action.id, mine.id or 0),
    )


def _withdraw(event: Event, action_id: int, driver_id: int) -> None:
    try:
        as_participant(
            event, lambda s, who: signups.withdraw(session=s, participant=who, driver_id=driver_id)
        )
        flash(f"action-{action_id}", tr("agenda.phone.withdrawn"))
    except OogstError as error:
        flash(f"action-{action_id}", error.message(lang()), ok=False)


def entry_link(event: Event, participant: Participant | None) -> None:
    """On the join page: a button to the agenda page, loud while a vote is open."""
    with reading() as session:
        board = board_cache().glance(session, event.id or 0)
    voting = board.vote is not None and board.vote.is_open
    if not (board.action_count or voting):
        return
    label = tr("agenda.phone.entry_vote") if voting else tr("agenda.phone.entry")
    links.button(
        links.AGENDA,
        label,
        links.params(event.code, participant.token if participant else None),
        primary=voting,
    )
