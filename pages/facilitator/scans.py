"""Facilitator: scans and polls — create from a template, edit questions, open, reveal, results."""

from __future__ import annotations

import streamlit as st

from ui.common.context import tr
from ui.facilitator.current import current_event
from ui.facilitator.scans import create, page

event = current_event()
st.title(tr("scan_fac.title"))
st.caption(tr("scan_fac.lead"))
create.new_scan(event)
scan = page.choose(event)
if scan is not None:
    page.show(event, scan)
