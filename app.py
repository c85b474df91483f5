"""Oogst's router: public pages for phones and the wall; facilitator pages only after login."""

from __future__ import annotations

import streamlit as st

from ui import auth, boot
from ui.context import tr

st.set_page_config(page_title="Oogst", page_icon=":material/grass:", layout="centered")
boot.require_database()


def page(
    name: str, title_key: str, icon: str, *, default: bool = False, listed: bool = True
) -> st.Page:
    """Return pages/<name>.py served at /<name>.

    File name and URL path are kept equal: Streamlit also lists the pages/ folder itself, and a
    URL that differs from its file name makes the browser show "page not found" at first load.
    """
    return st.Page(
        f"pages/{name}.py",
        title=tr(title_key),
        icon=f":material/{icon}:",
        url_path=None if default else name,
        default=default,
        visibility="visible" if listed else "hidden",
    )


# Phone and wall pages need the meeting's code in their URL: registered, but not in the menu.
public = [
    page("home", "nav.home", "home", default=True),
    page("join", "nav.join", "smartphone", listed=False),
    page("wall", "nav.wall", "tv", listed=False),
    page("agenda", "nav.agenda", "checklist", listed=False),
    page("action", "nav.action", "update", listed=False),
    page("privacy", "nav.privacy", "shield"),
    page("facilitator", "nav.login", "key"),
]

granted = auth.current_access()
if granted is None:
    navigation = st.navigation(public, position="hidden")
else:
    # A co-host moderates one event: no event list, no set-up, no participant list.
    full_only = [
        page("events", "nav.events", "event"),
        page("setup", "nav.setup", "edit_note"),
        page("participants", "nav.participants", "group"),
    ]
    shared = [
        page("qr", "nav.qr", "qr_code_2"),
        page("live", "nav.live", "sensors"),
        page("actions", "nav.fac_agenda", "checklist"),
        page("harvest", "nav.harvest", "agriculture"),
    ]
    meeting = shared if granted.is_cohost else full_only + shared
    navigation = st.navigation(
        {tr("nav.section.meeting"): meeting, tr("nav.section.public"): public}, position="sidebar"
    )

navigation.run()
