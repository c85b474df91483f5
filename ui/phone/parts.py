"""Pieces of the phone page: header, table picker, own contributions, profile, the table's feed."""

from __future__ import annotations

from datetime import datetime
from urllib.parse import urlencode

import streamlit as st

from facilitation.access import privacy
from facilitation.core.codes import normalise_join_code
from facilitation.core.errors import OogstError
from facilitation.i18n import plural_templates
from facilitation.live.wall import WallView, phone_feed
from facilitation.meeting import contributions, participants
from facilitation.meeting.targets import (
    Target,
    all_targets,
    target_label,
    target_question,
    target_title,
)
from facilitation.models import Event, Participant
from ui.common.context import lang, reading, settings, show_error, tr, writing
from ui.common.html import ASSETS, html, join, md, multiline, show
from ui.phone import links


def code_form() -> None:
    """Ask for a join code and open the event's phone page."""
    with st.form("code"):
        code = st.text_input(tr("phone.code.label"), placeholder="K7QF-M2XP", max_chars=20)
        if st.form_submit_button(tr("phone.code.go"), width="stretch", type="primary") and code:
            st.switch_page(
                "pages/public/join.py",
                query_params={"event": normalise_join_code(code) or code[:20]},
            )


def header(event: Event, target: Target | None) -> None:
    """Show the event and, when known, the table's number, theme and question."""
    parts = [html('<div class="oogst-event">{}</div>', event.title)]
    if target is not None:
        parts.append(
            html(
                '<div class="oogst-target"><span class="oogst-num">{}</span>'
                ' <span class="oogst-title">{}</span></div>',
                target_label(target, event.format, lang()),
                target_title(target),
            )
        )
        question = target_question(target)
        if question:
            parts.append(html('<div class="oogst-question">{}</div>', multiline(question)))
    show(html('<header class="oogst-phone-head">{}</header>', join(parts)))


def picker(event: Event, token: str | None) -> None:
    """Show every table/case as a large button opening its own join URL, cases under their theme."""
    assert event.id is not None
    st.subheader(tr("phone.pick_table"))
    with reading() as session:
        targets = all_targets(session=session, event_id=event.id)
    if not targets:
        st.info(tr("phone.no_tables"))
    grouping = {t.theme.id for t in targets if t.case is not None and t.theme is not None}
    for target in targets:
        if target.case is None and target.theme is not None and target.theme.id in grouping:
            st.markdown(
                f"**{md(target_label(target, event.format, lang()))} — {md(target_title(target))}**"
            )
            continue
        links.button(
            links.JOIN,
            f"{target_label(target, event.format, lang())} — {target_title(target)}",
            links.params(event.code, token, target),
            disabled=not target.is_open,
            note="" if target.is_open else tr("phone.target_closed"),
        )


def own_contributions(participant: Participant, can_edit: bool) -> None:
    """List the participant's own contributions with edit and delete while the round is open."""
    with reading() as session:
        mine = contributions.of_participant(session=session, participant=participant)
    if not mine:
        return
    # Widgets only when opened: every send reruns this part, and an edit form per contribution
    # was a tenth of a send's server time with a thousand phones.
    box = st.expander(tr("phone.mine", count=len(mine)), key="mine", on_change="rerun")
    if not box.open:
        return
    with box:
        for row in reversed(mine):
            st.text(row.text)
            if row.pending:
                st.caption(tr("phone.awaiting_review"))
            elif row.hidden:
                st.caption(tr("phone.hidden_by_facilitator"))
            if not can_edit:
                st.divider()
                continue
            # Save and delete are callbacks: they run before the rerun lists the contributions,
            # so the list shows the change at once (a deleted text does not linger on screen).
            args = (participant, row.id or 0)
            left, right = st.columns(2)
            with (
                left.popover(tr("phone.edit"), width="stretch"),
                st.form(f"edit-{row.id}", border=False),
            ):
                st.text_area(tr("phone.edit"), value=row.text, key=f"edit-text-{row.id}")
                st.form_submit_button(tr("phone.save"), on_click=_edit, args=args)
            right.button(
                tr("phone.delete"),
                key=f"delete-{row.id}",
                width="stretch",
                on_click=_delete,
                args=args,
            )
            st.divider()


def _edit(participant: Participant, contribution_id: int) -> None:
    text = st.session_state.get(f"edit-text-{contribution_id}", "")
    try:
        with writing() as session:
            contributions.edit_own(
                session=session,
                participant=participant,
                contribution_id=contribution_id,
                text=text,
                max_chars=settings().max_contribution_chars,
            )
        st.toast(tr("phone.saved"), icon=":material/check:")
    except OogstError as error:
        show_error(error)


def _delete(participant: Participant, contribution_id: int) -> None:
    try:
        with writing() as session:
            contributions.delete_own(
                session=session, participant=participant, contribution_id=contribution_id
            )
        st.toast(tr("phone.deleted"), icon=":material/delete:")
    except OogstError as error:
        show_error(error)


def profile(participant: Participant) -> None:
    """Let the participant add a name/organisation and choose to be listed in the report."""
    box = st.expander(tr("phone.profile.title"), key="profile-box", on_change="rerun")
    if not box.open:
        return
    with box:
        st.caption(tr("phone.profile.anonymous_by_default"))
        with st.form("profile", border=False):
            name = st.text_input(tr("phone.profile.name"), value=participant.name, max_chars=120)
            organisation = st.text_input(
                tr("phone.profile.organisation"), value=participant.organisation, max_chars=160
            )
            listed_wording = tr("phone.profile.listed")
            listed = st.checkbox(listed_wording, value=participant.listed_consent)
            if st.form_submit_button(tr("phone.save")):
                try:
                    with writing() as session:
                        participants.update_profile(
                            session=session,
                            participant=participant,
                            name=name,
                            organisation=organisation,
                            email=participant.email,
                            listed_consent=listed,
                            listed_wording=listed_wording,
                            contact_consent=participant.contact_consent,
                            contact_wording=participant.contact_consent_text,
                        )
                    st.toast(tr("phone.saved"), icon=":material/check:")
                except OogstError as error:
                    show_error(error)


_FEED = st.components.v2.component(
    "oogst_feed",
    js=(ASSETS / "feed.js").read_text(encoding="utf-8"),
    css=(ASSETS / "feed.css").read_text(encoding="utf-8"),
)


def feed_url(event: Event, target_key: str, participant: Participant | None) -> str:
    """Return the phone's ``/api/feed`` URL: its live state, and what others at its table wrote."""
    query = {"event": event.code, "target": target_key, "lang": lang()}
    if participant is not None:
        query["p"] = participant.token
    return f"api/feed?{urlencode(query)}"  # relative: also right under a proxy's path prefix


def table_feed(view: WallView, target_key: str, participant: Participant | None) -> None:
    """Show what others at the table wrote (the phone's own sends left out), kept live.

    The first view comes with the page (from the shared wall cache); after that the composer's
    poll of ``/api/feed`` every ``OOGST_PHONE_FEED_SECONDS`` brings it: a JSON read, not a rerun.
    """
    _FEED(
        data={
            "labels": {
                "title": tr("phone.feed.title"),
                "empty": tr("phone.feed.empty"),
                "noneFromOthers": tr("phone.feed.none_from_others"),
                "count": plural_templates("phone.feed.count", lang()),
            },
            "initial": phone_feed(view, target_key, participant.id if participant else None),
        },
        key="feed",
    )


def my_data(participant: Participant) -> None:
    """Show what is stored about this phone and let it erase everything (AVG/GDPR)."""
    assert participant.id is not None
    # Read only when opened: every send reruns this part, and few phones ever open it.
    box = st.expander(tr("phone.data.title"), key="my-data", on_change="rerun")
    if not box.open:
        return
    with reading() as session:
        data = privacy.personal_data(session=session, participant_id=participant.id)
    with box:
        rows = {
            tr("phone.profile.name"): data.name or "—",
            tr("phone.profile.organisation"): data.organisation or "—",
            tr("phone.data.email"): data.email or "—",
            tr("phone.data.listed"): _consent(
                data.listed_consent, data.listed_consent_at, data.listed_consent_text
            ),
            tr("phone.data.contact"): _consent(
                data.contact_consent, data.contact_consent_at, data.contact_consent_text
            ),
            tr("phone.data.contributions"): str(data.contributions),
            tr("phone.data.sign_ups"): str(data.sign_ups),
        }
        for label, value in rows.items():
            st.text(f"{label}: {value}")
        confirm = st.checkbox(tr("phone.data.confirm"), key="erase-confirm")
        if st.button(tr("phone.data.erase"), type="primary", disabled=not confirm):
            with writing() as session:
                privacy.erase_participant(
                    session=session,
                    event_id=participant.event_id,
                    participant_id=participant.id,
                    with_contributions=True,
                )
            st.query_params.pop("p", None)
            st.session_state.clear()
            st.success(tr("phone.data.erased"))
            st.stop()


def _consent(given: bool, at: datetime | None, wording: str) -> str:
    if not given:
        return tr("phone.data.no")
    when = at.astimezone().strftime("%d-%m-%Y %H:%M") if at else ""
    return f"{tr('phone.data.yes')} ({when}): “{wording}”"
