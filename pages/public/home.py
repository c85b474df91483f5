"""Landing page: type a join code, or go to the facilitator login."""

from __future__ import annotations

import streamlit as st

from ui.common.context import language_switch, tr
from ui.common.html import inject_css
from ui.phone import parts as phone

inject_css("phone")
st.title(tr("home.title"))
st.write(tr("home.lead"))
phone.code_form()
st.divider()
left, right = st.columns([3, 1])
left.page_link("pages/public/login.py", label=tr("home.facilitator"), icon=":material/key:")
left.page_link("pages/public/privacy.py", label=tr("privacy.link"), icon=":material/shield:")
with right:
    language_switch()
