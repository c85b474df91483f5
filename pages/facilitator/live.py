"""Facilitator: run the meeting — open/close, rounds with timer, tables, moderation, the wall."""

from __future__ import annotations

import streamlit as st

from ui.common.context import tr
from ui.facilitator import sections
from ui.facilitator.current import current_event
from ui.facilitator.live import controls, moderation, rounds

event = current_event()
st.title(tr("live.title"))
controls.show(event)
section = sections.choose(
    "live-section",
    {"run": tr("live.section.run"), "moderate": tr("live.section.moderate")},
)
if section == "run":
    rounds.show(event.id or 0)
else:
    moderation.show(event)
