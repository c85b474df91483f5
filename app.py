"""Oogst's router: public pages for phones and the wall; facilitator pages only after login."""

from __future__ import annotations

import streamlit as st

from ui.common import boot, html_lang
from ui.common.context import tr
from ui.common.html import inject_css
from ui.facilitator import auth

st.set_page_config(page_title="Oogst", page_icon=":material/grass:")
boot.require_database()
inject_css("a11y")  # every page: WCAG AA contrast and focus rings on Streamlit's own parts
html_lang.sync()  # <html lang> follows the NL/EN switch (WCAG 3.1.1)


def page(
    path: str,
    title_key: str,
    icon: str,
    *,
    url: str | None = None,
    default: bool = False,
    listed: bool = True,
) -> st.Page:
    """Return pages/<path>.py served at /<url> (by default the file's own name).

    URLs are printed on QR codes and table cards, so they stay what they were when the files
    moved into pages/public/ and pages/facilitator/.
    """
    return st.Page(
        f"pages/{path}.py",
        title=tr(title_key),
        icon=f":material/{icon}:",
        url_path=None if default else (url or path.rsplit("/", 1)[-1]),
        default=default,
        visibility="visible" if listed else "hidden",
    )


# Public pages are registered but never in a menu: anonymous visitors get no menu at all, and a
# facilitator's menu is one flat list of their own pages (Streamlit 1.67 renders a sectioned
# sidebar menu as <ul><div><header/><li/>...</div></ul>, which axe reports as invalid list
# markup, WCAG 1.3.1). ui.facilitator.current.sidebar() links Start and Privacy instead.
public = [
    page("public/home", "nav.home", "home", default=True, listed=False),
    page("public/join", "nav.join", "smartphone", listed=False),
    page("public/wall", "nav.wall", "tv", listed=False),
    page("public/agenda", "nav.agenda", "checklist", listed=False),
    page("public/scan", "nav.scan", "ballot", listed=False),
    page("public/action", "nav.action", "update", listed=False),
    page("public/privacy", "nav.privacy", "shield", listed=False),
    page("public/login", "nav.login", "key", url="facilitator", listed=False),
]

granted = auth.current_access()
if granted is None:
    navigation = st.navigation(public, position="hidden")
else:
    # A co-host moderates one event: no event list, no set-up, no participant list.
    full_only = [
        page("facilitator/events", "nav.events", "event"),
        page("facilitator/setup", "nav.setup", "edit_note"),
        page("facilitator/participants", "nav.participants", "group"),
    ]
    shared = [
        page("facilitator/qr", "nav.qr", "qr_code_2"),
        page("facilitator/live", "nav.live", "sensors"),
        page("facilitator/scans", "nav.scans", "bar_chart"),
        page("facilitator/agenda", "nav.fac_agenda", "checklist", url="actions"),
        page("facilitator/harvest", "nav.harvest", "agriculture"),
    ]
    meeting = shared if granted.is_cohost else full_only + shared
    navigation = st.navigation(meeting + public, position="sidebar")

# One layout per run: the harvest's editor beside the document's preview, the scans' result
# tables per group. (Setting "centered" and then "wide" in one run left a rerun centered.)
st.set_page_config(layout="wide" if navigation.url_path in ("harvest", "scans") else "centered")
navigation.run()
