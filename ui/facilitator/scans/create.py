"""The Scans page's "new scan": from a built-in template (climate scan, intake list; Dutch or
English) or empty."""

from __future__ import annotations

import streamlit as st
from sqlmodel import Session

from facilitation.models import Event, ScanUpdate
from facilitation.scans import editor, templates
from ui.common import admin
from ui.common.context import lang, tr

EMPTY = "empty"
CHOSEN = "scan_chosen"


def new_scan(event: Event) -> None:
    """Show the new-scan form; the new scan becomes the chosen one."""
    event_id = event.id or 0
    with (
        st.expander(tr("scan_fac.new"), icon=":material/add:"),
        st.form("new-scan", enter_to_submit=False),
    ):
        source = st.radio(
            tr("scan_fac.new.source"),
            [*templates.template_keys(), EMPTY],
            format_func=lambda key: tr(f"scan_fac.template.{key}"),
        )
        language = st.radio(
            tr("scan_fac.new.language"),
            ["nl", "en"],
            index=["nl", "en"].index(lang()),
            format_func=lambda code: tr(f"harvest.language.{code}"),
            horizontal=True,
        )
        title = st.text_input(tr("scan_fac.new.title"), help=tr("scan_fac.new.title_help"))
        if not st.form_submit_button(tr("scan_fac.new.go"), type="primary"):
            return
    created: list[int] = []

    def create(session: Session) -> None:
        if source == EMPTY:
            scan = editor.create_scan(
                session=session, event_id=event_id, title=title or tr("scan_fac.new.untitled")
            )
        else:
            scan = templates.create_from_template(
                session=session, event_id=event_id, key=source, lang=language
            )
            if title.strip():
                editor.update_scan(
                    session=session,
                    event_id=event_id,
                    scan_id=scan.id or 0,
                    changes=ScanUpdate(title=title),
                )
        created.append(scan.id or 0)

    if admin.write(create, tr("scan_fac.created"), rerun=False):
        st.session_state[CHOSEN] = str(created[0])
        st.query_params["scan"] = str(created[0])
        st.rerun()
