"""Facilitator: prepare the meeting — texts, tables/themes, cases, rounds, definitions, contacts."""

from __future__ import annotations

import streamlit as st

from ui.common import admin
from ui.common.context import tr
from ui.facilitator.current import current_event
from ui.facilitator.setup import details, more, rounds, tables

event = current_event(cohost_ok=False)
event_id = event.id or 0
st.title(tr("setup.title"))
st.caption(tr("setup.lead"))
admin.flashed()
with st.container():  # always there, so the tabs below keep their place (and the open tab)
    details.starter_offer(event)

# Cases come first where they are the meeting's places (pitch session, practice cases).
by_cases = event.format != "table_rounds"
places = (
    ["setup.tab.cases", "setup.tab.themes"] if by_cases else ["setup.tab.themes", "setup.tab.cases"]
)
labels = [tr(n) for n in ["setup.tab.texts", *places, "setup.tab.rounds", "setup.tab.more"]]
tab_texts, first, second, tab_rounds, tab_more = st.tabs(labels, key="setup-tabs")
with tab_texts:
    details.details(event)
with first:
    (tables.cases if by_cases else tables.tables)(event_id)
with second:
    (tables.tables if by_cases else tables.cases)(event_id)
with tab_rounds:
    rounds.rounds(event_id)
with tab_more:
    more.more(event_id)
