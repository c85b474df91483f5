"""The phone's identity: a participant token carried in the URL (``p=``) and in the session."""

from __future__ import annotations

import streamlit as st


def current_token(event_code: str) -> str | None:
    """Return the participant token for *event_code* from the URL or this session."""
    return st.query_params.get("p") or st.session_state.get(f"token:{event_code}")


def remember_token(event_code: str, token: str) -> None:
    """Keep *token* in the URL (survives reloads and locked phones) and in this session."""
    st.session_state[f"token:{event_code}"] = token
    if st.query_params.get("p") != token:
        st.query_params["p"] = token
