"""Per-client guards against guessing (join codes, passphrases, co-host keys) and floods (sends,
proposals): one process-wide limiter each, keyed by the client address (``client_key``)."""

from __future__ import annotations

import threading

import streamlit as st

from facilitation.access.limiter import Allowance, AttemptLimiter, client_address
from facilitation.core.errors import TooManyAttempts
from ui.common.context import settings


@st.cache_resource(show_spinner=False)
def login_limiter() -> AttemptLimiter:
    """Return the process-wide limiter for passphrase and co-host key attempts."""
    return AttemptLimiter(free_failures=3, base_delay=2.0, max_delay=300.0, window=60.0)


# Wrong join codes from one client count together on the join page, the wall and the phone's
# feed route (which runs outside any Streamlit session): one plain per-process object.
_JOIN_CODES = AttemptLimiter(free_failures=20, base_delay=2.0, max_delay=120.0, window=60.0)


def code_limiter() -> AttemptLimiter:
    """Return the process-wide limiter for wrong join codes (typos are fine, enumeration is not)."""
    return _JOIN_CODES


def client_key() -> str:
    """Return who is asking in this Streamlit session (see ``client_from``)."""
    try:  # several X-Forwarded-For headers mean the same as one, comma-joined, in order
        forwarded = ", ".join(st.context.headers.get_all("X-Forwarded-For"))
    except (TypeError, RuntimeError, AttributeError):
        forwarded = ""
    try:
        # Streamlit reports a loopback peer as None; it is then the local proxy (or the laptop).
        address = st.context.ip_address or "127.0.0.1"
    except (RuntimeError, TypeError):
        address = None
    return client_from(forwarded if isinstance(forwarded, str) else "", address)


def client_from(forwarded: str, peer: str | None) -> str:
    """Return the client address: behind ``OOGST_TRUST_PROXY`` proxies, the entry the nearest
    trusted proxy wrote into X-Forwarded-For; otherwise the peer address."""
    current = settings()
    return client_address(
        forwarded, peer, hops=current.trust_proxy, trusted=current.trusted_proxy_addresses
    )


def refusal() -> TooManyAttempts | None:
    """Count a wrong join code or wall key from this client; return the wait it now owes."""
    try:
        code_limiter().failed(client_key())
    except TooManyAttempts as error:
        return error
    return None


_ALLOWANCES: dict[str, Allowance] = {}
_ALLOWANCES_LOCK = threading.Lock()


def sends() -> Allowance:
    """Return the per-address allowance of phone sends (``OOGST_SENDS_PER_ADDRESS_PER_MINUTE``)."""
    return _allowance("sends", settings().sends_per_address_per_minute)


def proposals() -> Allowance:
    """Return the per-address allowance of agenda proposals."""
    return _allowance("proposals", settings().proposals_per_address_per_minute)


def _allowance(kind: str, per_minute: int) -> Allowance:
    with _ALLOWANCES_LOCK:
        found = _ALLOWANCES.get(kind)
        if found is None or found.per_minute != per_minute:
            found = _ALLOWANCES[kind] = Allowance(per_minute=per_minute)
        return found
