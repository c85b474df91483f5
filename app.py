"""Oogst's router: public pages for phones and the wall; facilitator pages only after login."""

from __future__ import annotations

import streamlit as st

from ui import auth, boot
from ui.context import tr

st.set_page_config(page_title="Oogst", page_icon=":material/grass:", layout="centered")
boot.require_database()

public = [
    st.Page("pages/home.py", title=tr("nav.home"), icon=":material/home:", default=True),
    st.Page("pages/join.py", title=tr("nav.join"), icon=":material/smartphone:", url_path="join"),
    st.Page("pages/wall.py", title=tr("nav.wall"), icon=":material/tv:", url_path="wall"),
    st.Page(
        "pages/privacy.py", title=tr("nav.privacy"), icon=":material/shield:", url_path="privacy"
    ),
    st.Page("pages/login.py", title=tr("nav.login"), icon=":material/key:", url_path="facilitator"),
]

if auth.is_facilitator():
    facilitator = [
        st.Page(
            "pages/fac_events.py",
            title=tr("nav.events"),
            icon=":material/event:",
            url_path="events",
        ),
        st.Page(
            "pages/fac_setup.py",
            title=tr("nav.setup"),
            icon=":material/edit_note:",
            url_path="setup",
        ),
        st.Page("pages/fac_qr.py", title=tr("nav.qr"), icon=":material/qr_code_2:", url_path="qr"),
        st.Page(
            "pages/fac_live.py", title=tr("nav.live"), icon=":material/sensors:", url_path="live"
        ),
        st.Page(
            "pages/fac_harvest.py",
            title=tr("nav.harvest"),
            icon=":material/agriculture:",
            url_path="harvest",
        ),
    ]
    pages = {tr("nav.section.meeting"): facilitator, tr("nav.section.public"): public}
    navigation = st.navigation(pages, position="sidebar")
else:
    navigation = st.navigation(public, position="hidden")

navigation.run()
