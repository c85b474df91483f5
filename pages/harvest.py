"""Facilitator: the harvest — edit it during or after the meeting, download it as Word."""

from __future__ import annotations

import streamlit as st

from ui import harvest_downloads, harvest_editor, harvest_templates, harvest_texts
from ui.context import tr
from ui.facilitator import current_event

event = current_event()
st.title(tr("harvest.title"))
st.caption(tr("harvest.lead"))

tab_download, tab_edit, tab_texts, tab_templates = st.tabs(
    [
        tr("harvest.tab.download"),
        tr("harvest.tab.edit"),
        tr("harvest.tab.texts"),
        tr("harvest.tab.templates"),
    ]
)
with tab_download:
    harvest_downloads.show(event)
with tab_edit:
    harvest_editor.show(event)
with tab_texts:
    harvest_texts.show(event)
with tab_templates:
    harvest_templates.show(event)
