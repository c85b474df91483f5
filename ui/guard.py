"""Per-client guards against guessing (join codes, passphrases, co-host keys)."""

from __future__ import annotations

import streamlit as st

from facilitation.ratelimit import AttemptLimiter
from ui.context import settings


@st.cache_resource(show_spinner=False)
def login_limiter() -> AttemptLimiter:
    """Return the process-wide limiter for passphrase and co-host key attempts."""
    return AttemptLimiter(free_failures=3, base_delay=2.0, max_delay=300.0)


@st.cache_resource(show_spinner=False)
def code_limiter() -> AttemptLimiter:
    """Return the process-wide limiter for wrong join codes (typos are fine, enumeration is not)."""
    return AttemptLimiter(free_failures=20, base_delay=2.0, max_delay=120.0)


def client_key() -> str:
    """Return who is asking: the proxy's X-Forwarded-For client when trusted, else the peer address."""
    if settings().trust_proxy:
        try:
            forwarded = st.context.headers.get("X-Forwarded-For") or ""
        except (TypeError, RuntimeError):
            forwarded = ""
        if isinstance(forwarded, str) and forwarded.strip():
            return forwarded.split(",")[0].strip()
    try:
        address = st.context.ip_address
    except (RuntimeError, TypeError):
        address = None
    return address if isinstance(address, str) and address else "unknown"
