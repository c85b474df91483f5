"""Word templates: upload one for this event or as the installation default, see what it lacks."""

from __future__ import annotations

import streamlit as st

from facilitation.harvest.report.template import DEFAULT_TEMPLATE
from facilitation.harvest.templates import remove_template, save_template, stored_template
from facilitation.models import Event
from ui.common import admin
from ui.common.context import lang, reading, tr

SCOPES = ("event", "installation")


def show(event: Event) -> None:
    """Show the stored templates with a remove button each, the upload form and the default."""
    st.caption(tr("harvest.templates_help"))
    event_id = event.id or 0
    with reading() as session:
        own = stored_template(session=session, event_id=event_id)
        default = stored_template(session=session, event_id=None)
    for scope, stored, scope_id in (("event", own, event_id), ("installation", default, None)):
        left, right = st.columns([3, 1])
        name = stored.filename if stored else tr("harvest.template.none")
        left.write(tr(f"harvest.template.{scope}", name=name))
        if stored and right.button(tr("harvest.template.remove"), key=f"template-remove-{scope}"):
            _remove(scope_id)
    _upload(event_id)
    if DEFAULT_TEMPLATE.exists():
        st.download_button(
            tr("harvest.template.get_default"),
            data=DEFAULT_TEMPLATE.read_bytes(),
            file_name="oogst-sjabloon.docx",
            mime="application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            on_click="ignore",
            key="template-default",
        )


def _upload(event_id: int) -> None:
    with st.form("template-upload", clear_on_submit=True):
        upload = st.file_uploader(tr("harvest.template.file"), type=["docx", "dotx"])
        scope = st.radio(
            tr("harvest.template.scope"),
            SCOPES,
            format_func=lambda s: tr(f"harvest.template.scope.{s}"),
            horizontal=True,
        )
        submitted = st.form_submit_button(tr("harvest.template.upload"), type="primary")
    if not submitted or upload is None:
        return
    missing = admin.made(
        lambda session: save_template(
            session=session,
            event_id=event_id if scope == "event" else None,
            filename=upload.name,
            data=upload.getvalue(),
        )
    )
    if missing is None:
        return
    st.success(tr("harvest.template.saved", name=upload.name), icon=":material/check:")
    for warning in missing:
        st.warning(warning.message(lang()), icon=":material/format_paint:")


def _remove(event_id: int | None) -> None:
    admin.write(lambda session: remove_template(session=session, event_id=event_id))
