"""Facilitator-page helper: run one service in a write transaction, report, rerun."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import streamlit as st
from sqlmodel import Session

from facilitation.core.errors import OogstError
from ui.common.context import show_error, writing


def write(action: Callable[[Session], Any], done: str = "") -> bool:
    """Run *action* in one transaction; show a domain error in place, or rerun on success.

    Returns False when it failed (the form above keeps what was typed).
    """
    try:
        with writing() as session:
            action(session)
    except OogstError as error:
        show_error(error)
        return False
    if done:
        st.toast(done, icon=":material/check:")
    st.rerun()
    return True  # pragma: no cover - st.rerun() does not return


def callback(action: Callable[[Session], Any]) -> None:
    """Run *action* from a button callback; a domain error is kept and shown by ``flashed``."""
    try:
        with writing() as session:
            action(session)
    except OogstError as error:
        st.session_state["admin_error"] = error


def flashed() -> None:
    """Show the error a callback kept, once."""
    error = st.session_state.pop("admin_error", None)
    if error is not None:
        show_error(error)
