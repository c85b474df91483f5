"""Facilitator: the harvest — edit it during or after the meeting, shape it, preview it, download
it as Word."""

from __future__ import annotations

import streamlit as st

from facilitation.meeting.stats import event_counts
from ui.common.context import reading, tr
from ui.facilitator import sections
from ui.facilitator.current import current_event
from ui.facilitator.harvest import downloads as harvest_downloads
from ui.facilitator.harvest import editor as harvest_editor
from ui.facilitator.harvest import preview as harvest_preview
from ui.facilitator.harvest import shape as harvest_shape
from ui.facilitator.harvest import templates as harvest_templates
from ui.facilitator.harvest import texts as harvest_texts

event = current_event()
st.title(tr("harvest.title"))
st.caption(tr("harvest.lead"))
with reading() as session:
    size = event_counts(session=session, event_id=event.id or 0)["contributions"]
# A change to a very large harvest costs a few seconds to preview: then it is switched on by hand.
with_preview = st.toggle(
    tr("preview.toggle"), value=size <= harvest_preview.LARGE, key="harvest-preview-on"
)
work, side = st.columns([3, 2], gap="large") if with_preview else (st.container(), None)

with work:
    section = sections.choose(
        "harvest-section",
        {
            "download": tr("harvest.tab.download"),
            "edit": tr("harvest.tab.edit"),
            "shape": tr("harvest.tab.shape"),
            "texts": tr("harvest.tab.texts"),
            "templates": tr("harvest.tab.templates"),
        },
    )
    report_lang = harvest_downloads.chosen_language(event)
    if section != "download":
        harvest_downloads.quick(event, report_lang)
    if section == "download":
        report_lang = harvest_downloads.show(event)
    elif section == "edit":
        harvest_editor.show(event)
    elif section == "shape":
        harvest_shape.show(event.id or 0)
    elif section == "texts":
        harvest_texts.show(event)
    else:
        harvest_templates.show(event)
if side is not None:
    with side:
        harvest_preview.show(event, report_lang)
