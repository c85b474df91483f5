"""Send the browser to another URL (used for the cookie hand-off after login)."""

from __future__ import annotations

import streamlit as st

_COMPONENT = st.components.v2.component(
    "oogst_redirect",
    js="export default function ({ data }) { if (data && data.url) window.location.assign(data.url); }",
)
# Posts an empty form to *url* (same site, so the SameSite=Lax cookie goes along): logging out
# changes state, so it never happens on a GET.
_POST = st.components.v2.component(
    "oogst_post",
    js=(
        "export default function ({ data }) { if (!data || !data.url) return;"
        " const form = document.createElement('form'); form.method = 'post';"
        " form.action = data.url; document.body.appendChild(form); form.submit(); }"
    ),
)


def go(url: str, label: str) -> None:
    """Navigate to *url* now; a link stays visible in case scripts are blocked."""
    _COMPONENT(data={"url": url}, key=f"redirect-{url}")
    st.link_button(label, url)


def post(url: str, label: str) -> None:
    """Post to *url* now; a link to its confirmation page stays in case scripts are blocked."""
    _POST(data={"url": url}, key=f"post-{url}")
    st.link_button(label, url)
