"""Facilitator login (passphrase)."""

from __future__ import annotations

import streamlit as st

from ui import auth
from ui.context import tr

st.title(tr("login.title"))
if auth.is_facilitator():
    st.success(tr("login.already"))
    if st.button(tr("login.logout")):
        auth.logout()
        st.rerun()
else:
    st.caption(tr("login.help"))
    auth.login_form()
