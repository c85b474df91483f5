"""Facilitator: the harvest — edit it during or after the meeting, download it as Word."""

from __future__ import annotations

import streamlit as st

from ui.common.context import tr
from ui.facilitator.current import current_event
from ui.facilitator.harvest import downloads as harvest_downloads
from ui.facilitator.harvest import editor as harvest_editor
from ui.facilitator.harvest import templates as harvest_templates
from ui.facilitator.harvest import texts as harvest_texts

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
