"""The one way a facilitator page writes: run a service in a transaction, map domain errors to
a message in the viewer's language, confirm success with a toast.

Pages never write ``try/except OogstError`` around a write themselves: they call :func:`write`
(forms: the page reruns on success, the form keeps what was typed on failure) or pass
:func:`callback` to a button's ``on_click`` (the error is shown by :func:`flashed` after rerun).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import streamlit as st
from sqlmodel import Session

from facilitation.core.errors import OogstError
from ui.common.context import show_error, tr, writing

Action = Callable[[Session], Any]
T = TypeVar("T")
_ERROR_KEY = "admin_error"
_DONE_KEY = "admin_done"


def attempt(action: Action) -> OogstError | None:
    """Run *action* in one write transaction; return the domain error instead of raising it."""
    try:
        with writing() as session:
            action(session)
    except OogstError as error:
        return error
    return None


def made(action: Callable[[Session], T]) -> T | None:
    """Run *action* in one write transaction and return what it made (an imported meeting, a
    restored one); on a domain error show it in place and return None."""
    try:
        with writing() as session:
            return action(session)
    except OogstError as error:
        show_error(error)
        return None


def checked(action: Callable[[], T]) -> T | None:
    """Return *action*'s result, or show its domain error and return None: for work that must
    not hold the write lock, such as parsing an uploaded file before it is stored."""
    try:
        return action()
    except OogstError as error:
        show_error(error)
        return None


def write(action: Action, done: str = "", *, rerun: bool = True) -> bool:
    """Run *action*; show a domain error in place, or toast *done* (and rerun) on success.

    Returns False when it failed (the form above keeps what was typed).
    """
    error = attempt(action)
    if error is not None:
        show_error(error)
        return False
    if done:
        st.toast(done, icon=":material/check:")
    if rerun:
        st.rerun()
    return True


def callback(action: Action, done: str = "") -> None:
    """Run *action* from a widget callback; the outcome is shown by :func:`flashed`."""
    succeeded(action, done)


def store_change(key: str, save: Callable[[Session, Any], Any], done: str = "") -> None:
    """A widget's ``on_change``: store its new value (``st.session_state[key]``) with *save*.

    Fields that save on change keep what was typed when the facilitator moves on (another
    table, section or page): the browser hands the value over as the field loses focus.
    """
    value = st.session_state.get(key)
    callback(lambda session: save(session, value), done or saved())


def succeeded(action: Action, done: str = "") -> bool:
    """Run *action* as :func:`callback` does; return whether it worked (a caller that remembers
    what it did, for undo, skips what failed)."""
    error = attempt(action)
    if error is not None:
        st.session_state[_ERROR_KEY] = error
        return False
    if done:
        st.session_state[_DONE_KEY] = done
    return True


def saved() -> str:
    """Return the usual confirmation text for a save."""
    return tr("setup.saved")


def flashed() -> None:
    """Show what the last callback left: its error in place, or its confirmation as a toast."""
    error = st.session_state.pop(_ERROR_KEY, None)
    if error is not None:
        show_error(error)
    done = st.session_state.pop(_DONE_KEY, None)
    if done:
        st.toast(done, icon=":material/check:")
