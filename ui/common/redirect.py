"""Send the browser to another URL (used for the cookie hand-off after login)."""

from __future__ import annotations

import streamlit as st

_COMPONENT = st.components.v2.component(
    "oogst_redirect",
    js="export default function ({ data }) { if (data && data.url) window.location.assign(data.url); }",
)


def go(url: str, label: str) -> None:
    """Navigate to *url* now; a link stays visible in case scripts are blocked."""
    _COMPONENT(data={"url": url}, key=f"redirect-{url}")
    st.link_button(label, url)
