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
        "pages/agenda.py", title=tr("nav.agenda"), icon=":material/checklist:", url_path="agenda"
    ),
    st.Page("pages/action.py", title=tr("nav.action"), icon=":material/update:", url_path="action"),
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
            "pages/fac_agenda.py",
            title=tr("nav.fac_agenda"),
            icon=":material/checklist:",
            url_path="actions",
        ),
    ]
    pages = {tr("nav.section.meeting"): facilitator, tr("nav.section.public"): public}
    navigation = st.navigation(pages, position="sidebar")
    # client.showSidebarNavigation = false hides st.navigation's own menu, so the facilitator
    # gets explicit links (a page loaded by URL would be a new, logged-out session).
    with st.sidebar:
        for page in facilitator:
            st.page_link(page)
else:
    navigation = st.navigation(public, position="hidden")

navigation.run()
