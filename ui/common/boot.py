"""Start-up checks shown to users instead of tracebacks."""

from __future__ import annotations

import logging

import streamlit as st

from facilitation.core.errors import DatabaseUnavailable
from facilitation.i18n import t
from ui.common.context import engine, lang


def require_database() -> None:
    """Stop the page with a clear message when the database cannot be reached."""
    try:
        engine()
    except DatabaseUnavailable as error:
        st.error(error.message(lang()), icon=":material/database:")
        st.stop()


def on_script_error(error: Exception) -> bool:
    """Log an unexpected error as structured JSON and show a friendly message instead of a traceback."""
    logging.getLogger("oogst.ui").error(
        "page failed",
        exc_info=error,
        extra={"page": _page_name(), "error_type": type(error).__name__},
    )
    try:
        st.error(t("error.generic", lang()), icon=":material/error:")
    except Exception:  # the error page itself must never fail
        return False
    return True


def _page_name() -> str:
    try:
        return str(st.context.url or "")
    except (AttributeError, RuntimeError, TypeError):
        return ""
