"""Facilitator: prepare the meeting — texts, tables/themes, cases, rounds, definitions, contacts."""

from __future__ import annotations

import streamlit as st

from ui.common import admin
from ui.common.context import tr
from ui.facilitator import sections
from ui.facilitator.current import current_event
from ui.facilitator.setup import details, more, rounds, tables

event = current_event(cohost_ok=False)
event_id = event.id or 0
st.title(tr("setup.title"))
st.caption(tr("setup.lead"))
admin.flashed()
details.starter_offer(event)

# Cases come first where they are the meeting's places (pitch session, practice cases).
places = ["tables", "cases"] if event.format == "table_rounds" else ["cases", "tables"]
names = {"texts": "setup.tab.texts", "tables": "setup.tab.themes", "cases": "setup.tab.cases"}
names |= {"rounds": "setup.tab.rounds", "more": "setup.tab.more"}
order = ["texts", *places, "rounds", "more"]
section = sections.choose("setup-section", {name: tr(names[name]) for name in order})
if section == "texts":
    details.details(event)
elif section == "tables":
    tables.tables(event_id)
elif section == "cases":
    tables.cases(event_id)
elif section == "rounds":
    rounds.rounds(event_id)
else:
    more.more(event_id)
