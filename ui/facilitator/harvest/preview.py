"""The preview beside the editor: the Word document itself as HTML, rebuilt when the event's
revision, the report language or the template changes (cached per combination)."""

from __future__ import annotations

import streamlit as st

from facilitation.core.db import read_revision, read_session
from facilitation.core.errors import OogstError
from facilitation.harvest import service
from facilitation.harvest.preview import docx_to_html
from facilitation.harvest.templates import template_for
from facilitation.models import Event
from ui.common.context import engine, reading, show_error, tr
from ui.common.html import Markup, html, inject_css
from ui.common.html import show as show_html

LARGE = 1500  # contributions; beyond this a change takes seconds to preview (docs/harvest.md)


@st.cache_data(max_entries=12, show_spinner=False)
def _html(event_id: int, identity: str, revision: int, lang: str, template: str) -> str:
    """Return the preview HTML; the arguments after *event_id* only key the cache.

    *identity* (code and creation time) tells an event from a later one that reuses its id.
    """
    with read_session(engine()) as session:
        built = service.harvest_report(session=session, event_id=event_id, lang=lang)
    return docx_to_html(built.data)


def show(event: Event, lang: str) -> None:
    """Show the preview of the event's report in *lang*."""
    event_id = event.id or 0
    with reading() as session:
        revision = read_revision(session=session, event_id=event_id)
        stored = template_for(session=session, event_id=event_id)
    template = f"{stored.id}-{stored.uploaded_at.isoformat()}" if stored else "builtin"
    st.subheader(tr("preview.title"))
    st.caption(tr("preview.help"))
    try:
        identity = f"{event.code}-{event.created_at.isoformat()}"
        body = _html(event_id, identity, revision, lang, template)
    except OogstError as error:
        show_error(error)
        return
    inject_css("preview")
    # The preview's HTML is built and cleaned by facilitation.harvest.preview (an allow-list).
    show_html(
        html('<div class="oogst-preview" data-testid="harvest-preview">{}</div>', Markup(body))
    )
