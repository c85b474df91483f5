"""Per-process resources and per-session context: engine, settings, language, messages."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache

import streamlit as st
from sqlalchemy import Engine
from sqlmodel import Session

from facilitation.agenda.board import AgendaBoardCache
from facilitation.core.db import get_engine, read_session, write_session
from facilitation.core.errors import DatabaseUnavailable, OogstError
from facilitation.core.settings import Settings, get_settings
from facilitation.i18n import normalise_language, t
from facilitation.live.wall import WallCache
from facilitation.scans.results import ResultsCache

log = logging.getLogger("oogst.ui")

# Every wall and phone-feed tick asks the shared cache for the event's revision. Trusting a
# revision read less than this long ago turns a thousand phones' ticks into a few reads per
# second; a wall is at most this much later (its own target is 1.5 s).
REVISION_MAX_AGE = 0.25


def settings() -> Settings:
    """Return the installation settings."""
    return get_settings()


def engine() -> Engine:
    """Return the process-wide engine (schema created on first use); raises DatabaseUnavailable.

    ``get_engine`` keeps one engine per URL and keeps no failure, so a database that comes
    back is used at the next page view. (Every wall, feed and page run calls this several
    times; ``st.cache_resource`` would hash its argument each time.)
    """
    return get_engine(settings().resolved_database_url)


@lru_cache(maxsize=4)
def _wall_cache(url: str) -> WallCache:
    return WallCache(max_age=REVISION_MAX_AGE)


def wall_cache() -> WallCache:
    """Return the process-wide wall cache of this database (shared by every wall and phone)."""
    return _wall_cache(settings().resolved_database_url)


@lru_cache(maxsize=4)
def _boards(url: str) -> AgendaBoardCache:
    return AgendaBoardCache()


def board_cache() -> AgendaBoardCache:
    """Return the process-wide agenda boards of this database (wall and phones share it)."""
    return _boards(settings().resolved_database_url)


@lru_cache(maxsize=4)
def _results(url: str) -> ResultsCache:
    return ResultsCache()


def results_cache() -> ResultsCache:
    """Return the process-wide scan results of this database (walls and the Scans page)."""
    return _results(settings().resolved_database_url)


def scan_min_answers() -> int:
    """Return the fewest answers a group needs before its scan results show."""
    return settings().scan_min_answers


@contextmanager
def reading() -> Iterator[Session]:
    """Yield a read session on the app's database."""
    with read_session(engine()) as session:
        yield session


@contextmanager
def writing() -> Iterator[Session]:
    """Yield a write transaction on the app's database (committed on success)."""
    with write_session(engine()) as session:
        yield session


def lang() -> str:
    """Return the language for this viewer: ?lang=, then the session's choice, then the default."""
    chosen = st.query_params.get("lang") or st.session_state.get("lang")
    return normalise_language(chosen or settings().language)


def tr(key: str, /, **params: object) -> str:
    """Return the catalogue text for *key* in this viewer's language."""
    return t(key, lang(), **params)


def show_error(error: Exception) -> None:
    """Show an error in the viewer's language; unexpected errors are logged, never shown raw."""
    if isinstance(error, OogstError):
        st.error(error.message(lang()), icon=":material/error:")
        return
    log.exception("unexpected error", exc_info=error)
    st.error(tr("error.generic"), icon=":material/error:")


def language_switch(key: str = "lang_switch") -> None:
    """Show the language switch (Nederlands | English) that keeps the choice in the URL."""
    current = lang()
    choice = st.segmented_control(
        tr("ui.language"),
        options=["nl", "en"],
        default=current,
        key=key,
        format_func=lambda code: {"nl": "Nederlands", "en": "English"}[
            code
        ],  # each in its own words
        label_visibility="collapsed",
    )
    if choice and choice != current:
        st.session_state["lang"] = choice
        st.query_params["lang"] = choice
        st.rerun()


__all__ = [
    "DatabaseUnavailable",
    "engine",
    "lang",
    "language_switch",
    "reading",
    "settings",
    "show_error",
    "tr",
    "wall_cache",
    "writing",
]
