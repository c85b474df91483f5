"""Facilitator: all meetings — create one, import an event file, export, delete."""

from __future__ import annotations

from functools import partial

import streamlit as st
from sqlmodel import Session

from facilitation import eventfile
from facilitation.access import retention
from facilitation.core.codes import display_join_code
from facilitation.meeting import events, starter
from facilitation.meeting.stats import event_counts
from facilitation.models import Event, EventFormat
from facilitation.ops import bundle
from ui.common import admin
from ui.common.context import lang, reading, settings, tr
from ui.common.html import md
from ui.facilitator.current import select_event, sidebar
from ui.facilitator.setup.copying import copy_form

current = sidebar()
st.title(tr("events.title"))

with (
    st.expander(tr("events.new"), expanded=current is None, icon=":material/add:"),
    st.form("new-event", enter_to_submit=False),
):
    title = st.text_input(tr("events.field.title"), max_chars=200)
    event_format = st.selectbox(
        tr("events.field.format"),
        [f.value for f in EventFormat],
        format_func=lambda f: tr(f"format.{f}"),
    )
    with_starter = st.checkbox(tr("starter.checkbox"), True, help=tr("starter.checkbox.help"))
    if st.form_submit_button(tr("events.create"), type="primary"):

        def create(session: Session) -> Event:
            created = events.create_event(
                session=session,
                title=title or tr("events.untitled"),
                event_format=event_format,
                language=lang(),
            )
            if with_starter:
                starter.add_starter_layout(session=session, event_id=created.id or 0, lang=lang())
            return created

        if (created := admin.made(create)) is not None:
            select_event(created.code)
            st.switch_page("pages/facilitator/setup.py")

copy_form()


def _import(session: Session, *, model: eventfile.EventFileModel) -> Event:
    """Store an uploaded event file; a fresh join code when the facilitator asked for one."""
    keep_code = not st.session_state.get("new_code")
    return eventfile.import_event(session=session, model=model, keep_code=keep_code)


with st.expander(tr("events.import"), icon=":material/upload_file:"):
    st.caption(tr("events.import.help"))
    upload = st.file_uploader(tr("events.import.file"), type=["yaml", "yml"], key="event-file")
    if upload is not None and st.button(tr("events.import.go"), type="primary"):
        file_data = upload.getvalue()
        model = admin.checked(lambda: eventfile.parse_event_file(file_data, lang=lang()))
        imported = admin.made(partial(_import, model=model)) if model is not None else None
        if imported is not None:
            select_event(imported.code)
            st.success(
                tr(
                    "events.imported",
                    title=md(imported.title),
                    code=display_join_code(imported.code),
                )
            )
    st.checkbox(tr("events.import.new_code"), key="new_code")

with reading() as session:
    rows = [
        {
            "code": e.code,
            "title": e.title,
            "date": e.event_date,
            "format": tr(f"format.{e.format}"),
            "open": e.is_open,
            **event_counts(session=session, event_id=e.id or 0),
        }
        for e in events.list_events(session=session)
    ]
if rows:
    st.dataframe(
        rows,
        hide_index=True,
        width="stretch",
        column_config={
            "code": tr("events.col.code"),
            "title": tr("events.col.title"),
            "date": tr("events.col.date"),
            "format": tr("events.col.format"),
            "open": st.column_config.CheckboxColumn(tr("events.col.open")),
            "contributions": tr("events.col.contributions"),
            "participants": tr("events.col.participants"),
        },
    )

with reading() as session:
    expiring = retention.upcoming(session=session, days=settings().retention_days)
for expiry in expiring:
    st.warning(
        tr("events.expiring", title=md(expiry.title), date=expiry.purge_on.strftime("%d-%m-%Y")),
        icon=":material/auto_delete:",
    )

with st.expander(tr("events.restore"), icon=":material/settings_backup_restore:"):
    st.caption(tr("events.restore.help"))
    backup_file = st.file_uploader(tr("events.restore.file"), type=["oogst"], key="bundle-file")
    if backup_file is not None and st.button(tr("events.restore.go"), type="primary"):
        backup_data = backup_file.getvalue()
        restored = admin.made(
            lambda session: bundle.import_bundle(session=session, data=backup_data, lang=lang())
        )
        if restored is not None:
            select_event(restored.code)
            st.success(
                tr(
                    "events.imported",
                    title=md(restored.title),
                    code=display_join_code(restored.code),
                )
            )

if current is not None:
    st.header(tr("events.current", title=md(current.title)))
    current_id = current.id or 0

    def _export() -> bytes:
        with reading() as session:
            model = eventfile.export_event(session=session, event_id=current_id)
        return eventfile.dump_yaml(model).encode("utf-8")

    def _bundle() -> bytes:
        with reading() as session:
            return bundle.export_bundle(session=session, event_id=current_id)

    st.download_button(
        tr("events.backup"),
        data=_bundle,
        file_name=f"oogst-{current.code}.oogst",
        mime="application/zip",
        icon=":material/backup:",
    )
    st.download_button(
        tr("events.export"),
        data=_export,
        file_name=f"oogst-{current.code}.yaml",
        mime="application/yaml",
        icon=":material/download:",
    )
    with st.popover(tr("events.delete"), icon=":material/delete:"):
        st.warning(tr("events.delete.warning", title=md(current.title)))
        confirm = st.text_input(tr("events.delete.confirm", code=current.code))
        if st.button(
            tr("events.delete.go"), type="primary", disabled=confirm.strip().upper() != current.code
        ):
            gone_id = current.id or 0
            if admin.write(
                lambda session: events.delete_event(session=session, event_id=gone_id),
                rerun=False,
            ):
                st.session_state.pop("event_code", None)
                st.query_params.pop("event", None)
                st.rerun()
