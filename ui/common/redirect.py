"""Send the browser to another URL (used for the cookie hand-off after login)."""

from __future__ import annotations

import hashlib

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


def component_key(kind: str, url: str) -> str:
    """Return a widget key for *url* that Streamlit accepts: a component id must not contain
    "__", which a URL (e.g. a random one-time login code) may."""
    return f"{kind}-{hashlib.sha256(url.encode()).hexdigest()[:24]}"


def go(url: str, label: str) -> None:
    """Navigate to *url* now; a link stays visible in case scripts are blocked."""
    _COMPONENT(data={"url": url}, key=component_key("redirect", url))
    st.link_button(label, url)


def post(url: str, label: str) -> None:
    """Post to *url* now; a link to its confirmation page stays in case scripts are blocked."""
    _POST(data={"url": url}, key=component_key("post", url))
    st.link_button(label, url)
