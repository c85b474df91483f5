"""The facilitator gate: passphrase login, kept for this browser session."""

from __future__ import annotations

import streamlit as st

from facilitation import auth
from facilitation.errors import OogstError
from ui.context import reading, settings, show_error, tr


@st.cache_resource(show_spinner=False)
def _limiter() -> auth.AttemptLimiter:
    return auth.AttemptLimiter()


def configured_passphrase() -> str | None:
    """Return the passphrase from OOGST_FACILITATOR_PASSPHRASE or st.secrets, if set."""
    from_env = settings().facilitator_passphrase
    if from_env is not None and from_env.get_secret_value():
        return from_env.get_secret_value()
    try:
        value = st.secrets.get("facilitator_passphrase")
    except (FileNotFoundError, KeyError, OSError):
        value = None
    return str(value) if value else None


def is_facilitator() -> bool:
    """Return True when this browser session has logged in as facilitator."""
    return bool(st.session_state.get("facilitator"))


def client_key() -> str:
    """Return a key for rate limiting: the client's address when known."""
    return str(getattr(st.context, "ip_address", None) or "unknown")


def login_form() -> None:
    """Show the passphrase form; on success mark the session and rerun into the menu."""
    with st.form("login"):
        given = st.text_input(tr("login.passphrase"), type="password", max_chars=200)
        submitted = st.form_submit_button(tr("login.submit"), type="primary")
    if not submitted:
        return
    try:
        with reading() as session:
            auth.login(
                session=session,
                given=given,
                configured=configured_passphrase(),
                client=client_key(),
                limiter=_limiter(),
            )
    except OogstError as error:
        show_error(error)
        return
    st.session_state["facilitator"] = True
    st.rerun()


def logout() -> None:
    """Forget the facilitator login of this session."""
    st.session_state.pop("facilitator", None)
