"""The facilitator gate: passphrase (or OIDC) login, co-host links, an HttpOnly cookie session."""

from __future__ import annotations

import time
from urllib.parse import urlencode

import streamlit as st

from facilitation.access import passphrase as auth
from facilitation.access import sessions as access
from facilitation.access.sessions import Access
from facilitation.core.errors import OogstError
from ui.common.context import reading, settings, show_error, tr, writing
from ui.common.guard import client_key, login_limiter
from ui.common.redirect import go

_RECHECK_SECONDS = 60


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


def oidc_configured() -> bool:
    """Return True when .streamlit/secrets.toml has an [auth] section for st.login."""
    try:
        return "auth" in st.secrets
    except (FileNotFoundError, OSError):
        return False


def current_access() -> Access | None:
    """Return this browser's facilitator access: from this session, else from the cookie."""
    if st.session_state.get("facilitator"):
        return Access(event_id=st.session_state.get("cohost_event"))
    checked = st.session_state.get("_access_checked_at", 0.0)
    if time.monotonic() - checked < _RECHECK_SECONDS:
        return None
    st.session_state["_access_checked_at"] = time.monotonic()
    try:
        token = st.context.cookies.get(access.COOKIE)
    except (TypeError, RuntimeError):  # no HTTP request behind this run (e.g. AppTest)
        token = None
    if not isinstance(token, str) or not token:
        return None
    with reading() as session:
        found = access.resolve(session=session, token=token)
    if found is not None:
        _remember(found)
    return found


def is_facilitator() -> bool:
    """Return True when this browser may use the facilitator pages (full or co-host)."""
    return current_access() is not None


def _remember(granted: Access) -> None:
    st.session_state["facilitator"] = True
    if granted.event_id is not None:
        st.session_state["cohost_event"] = granted.event_id
    else:
        st.session_state.pop("cohost_event", None)


def grant(granted: Access, next_path: str) -> None:
    """Log this session in and hand the browser a cookie so a reload keeps the login."""
    _remember(granted)
    with writing() as session:
        code = access.start_handoff(session=session, event_id=granted.event_id)
    go(f"/auth/session?{urlencode({'code': code, 'next': next_path})}", tr("login.continue"))


def login_form() -> None:
    """Show the passphrase form; on success grant full facilitator access."""
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
                limiter=login_limiter(),
            )
    except OogstError as error:
        show_error(error)
        return
    grant(Access(event_id=None), "/events")


def cohost_login(code: str, key: str) -> None:
    """Grant co-host access to one event from its co-host link."""
    try:
        login_limiter().check(client_key())
        with reading() as session:
            event = access.cohost_event(session=session, code=code, key=key)
    except OogstError as error:
        login_limiter().failed(client_key())
        show_error(error)
        return
    grant(Access(event_id=event.id), f"/live?event={event.code}")


def logout() -> None:
    """Forget the login here and in the cookie."""
    for key in ("facilitator", "cohost_event", "_access_checked_at"):
        st.session_state.pop(key, None)
    go("/auth/logout", tr("login.logout"))
