"""Facilitator login: passphrase, single sign-on when configured, or a co-host link."""

from __future__ import annotations

import streamlit as st

from facilitation.access.sessions import Access, oidc_allowed
from ui.common.context import settings, tr
from ui.facilitator import auth

st.title(tr("login.title"))
params = st.query_params
if params.get("expired"):
    st.warning(tr("login.expired"))

if auth.is_facilitator():
    st.success(tr("login.already"))
    if st.button(tr("login.logout")):
        auth.logout()
elif params.get("event") and params.get("cohost"):
    st.info(tr("login.cohost"))
    auth.cohost_login(params.get("event", ""), params.get("cohost", ""))
else:
    st.caption(tr("login.help"))
    auth.login_form()
    if auth.oidc_configured():
        st.divider()
        user = st.user
        if user.is_logged_in and oidc_allowed(
            str(user.get("email") or ""), settings().facilitator_emails
        ):
            auth.grant(Access(event_id=None), "/events")
        elif user.is_logged_in:
            st.error(tr("login.oidc_not_allowed", email=str(user.get("email") or "")))
            st.button(tr("login.logout"), on_click=st.logout)
        else:
            st.button(tr("login.oidc"), on_click=st.login, icon=":material/login:")
