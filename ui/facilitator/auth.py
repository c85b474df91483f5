"""The facilitator gate: passphrase (or OIDC) login, co-host links, an HttpOnly cookie session."""

from __future__ import annotations

from urllib.parse import urlencode

import streamlit as st

from facilitation.access import passphrase as auth
from facilitation.access import sessions as access
from facilitation.access.limiter import AttemptLimiter
from facilitation.access.sessions import Access
from facilitation.core.errors import OogstError, TooManyAttempts
from ui.common.context import reading, settings, show_error, tr, writing
from ui.common.guard import client_key, login_limiter
from ui.common.redirect import go, post


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
    """Return this browser's facilitator access, checked against the database on every run.

    The cookie's session is looked up each time (one indexed row), so a co-host whose link was
    rotated (which ends its sessions) loses access at its next click or wall tick, not later.
    A grant made in this session before the cookie hand-off is re-checked the same way.
    """
    try:
        token = st.context.cookies.get(access.COOKIE)
    except (TypeError, RuntimeError):  # no HTTP request behind this run (e.g. AppTest)
        token = None
    if isinstance(token, str) and token:
        with reading() as session:
            found = access.resolve(session=session, token=token)
        if found is not None:
            return found
    return _granted_here()


def _granted_here() -> Access | None:
    """Return the access granted in this session (before the cookie), if it still holds."""
    if not st.session_state.get("facilitator"):
        return None
    event_id = st.session_state.get("cohost_event")
    if event_id is None:
        return Access(event_id=None)
    with reading() as session:
        valid = access.cohost_still_valid(
            session=session, event_id=event_id, key=st.session_state.get("cohost_key", "")
        )
    if valid:
        return Access(event_id=event_id)
    for key in ("facilitator", "cohost_event", "cohost_key"):
        st.session_state.pop(key, None)
    return None


def is_facilitator() -> bool:
    """Return True when this browser may use the facilitator pages (full or co-host)."""
    return current_access() is not None


def may_open(event_id: int) -> bool:
    """Return True when this browser may work on the meeting *event_id* (full, or its co-host)."""
    granted = current_access()
    return granted is not None and granted.may_open(event_id)


def _remember(granted: Access, key: str = "") -> None:
    st.session_state["facilitator"] = True
    if granted.event_id is not None:
        st.session_state["cohost_event"] = granted.event_id
        st.session_state["cohost_key"] = key
    else:
        st.session_state.pop("cohost_event", None)
        st.session_state.pop("cohost_key", None)


def grant(granted: Access, next_path: str, key: str = "") -> None:
    """Log this session in and hand the browser a cookie so a reload keeps the login."""
    _remember(granted, key)
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
    try:  # the right key always opens (192 bits: no one guesses it), a wrong one counts
        with reading() as session:
            event = access.cohost_event(session=session, code=code, key=key)
    except OogstError as error:
        show_error(_counted(login_limiter()) or error)
        return
    grant(Access(event_id=event.id), f"/live?event={event.code}", key)


def _counted(limiter: AttemptLimiter) -> TooManyAttempts | None:
    """Count a failed attempt from this client; return the wait it now owes, if any."""
    try:
        limiter.failed(client_key())
    except TooManyAttempts as error:
        return error
    return None


def logout() -> None:
    """Forget the login here and in the cookie."""
    for key in ("facilitator", "cohost_event", "cohost_key"):
        st.session_state.pop(key, None)
    post("/auth/logout", tr("login.logout"))
