"""Per-client guards against guessing (join codes, passphrases, co-host keys)."""

from __future__ import annotations

import streamlit as st

from facilitation.access.limiter import AttemptLimiter
from ui.common.context import settings


@st.cache_resource(show_spinner=False)
def login_limiter() -> AttemptLimiter:
    """Return the process-wide limiter for passphrase and co-host key attempts."""
    return AttemptLimiter(free_failures=3, base_delay=2.0, max_delay=300.0)


# Wrong join codes from one client count together on the join page, the wall and the phone's
# feed route (which runs outside any Streamlit session): one plain per-process object.
_JOIN_CODES = AttemptLimiter(free_failures=20, base_delay=2.0, max_delay=120.0)


def code_limiter() -> AttemptLimiter:
    """Return the process-wide limiter for wrong join codes (typos are fine, enumeration is not)."""
    return _JOIN_CODES


def client_key() -> str:
    """Return who is asking in this Streamlit session (see ``client_from``)."""
    try:
        forwarded = st.context.headers.get("X-Forwarded-For") or ""
    except (TypeError, RuntimeError):
        forwarded = ""
    try:
        address = st.context.ip_address
    except (RuntimeError, TypeError):
        address = None
    return client_from(forwarded if isinstance(forwarded, str) else "", address)


def client_from(forwarded: str, peer: str | None) -> str:
    """Return the proxy's X-Forwarded-For client when trusted, else the peer address."""
    if settings().trust_proxy and forwarded.strip():
        return forwarded.split(",")[0].strip()
    return peer if isinstance(peer, str) and peer else "unknown"
