"""Start-up checks shown to users instead of tracebacks."""

from __future__ import annotations

import streamlit as st

from facilitation.errors import DatabaseUnavailable
from ui.context import engine, lang


def require_database() -> None:
    """Stop the page with a clear message when the database cannot be reached."""
    try:
        engine()
    except DatabaseUnavailable as error:
        _engine_cache_clear()
        st.error(error.message(lang()), icon=":material/database:")
        st.stop()


def _engine_cache_clear() -> None:
    # A failed connection must not be cached: the next page view tries again.
    from ui import context

    context._engine.clear()
