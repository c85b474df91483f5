"""What happens when the server starts: database check, passphrase, background jobs, banner."""

from __future__ import annotations

import logging
import sys
from dataclasses import dataclass, field
from typing import Any

from facilitation import __version__
from facilitation.auth import ensure_passphrase
from facilitation.db import check_connection, get_engine, write_session
from facilitation.errors import DatabaseUnavailable
from facilitation.i18n import t
from facilitation.settings import get_settings

log = logging.getLogger("oogst")


@dataclass
class Services:
    """Background jobs started with the server; ``stop()`` ends them."""

    stoppers: list[Any] = field(default_factory=list)

    def stop(self) -> None:
        for stop in self.stoppers:
            stop()


def start() -> Services:
    """Prepare the database and passphrase; exits with a clear message if the database is down."""
    settings = get_settings()
    try:
        engine = get_engine(settings.resolved_database_url)
    except DatabaseUnavailable as error:
        print(f"\n  {error.message(settings.language)}\n  {error.message('en')}\n", file=sys.stderr)
        raise SystemExit(2) from error
    configured = (
        settings.facilitator_passphrase.get_secret_value()
        if settings.facilitator_passphrase
        else None
    )
    with write_session(engine) as session:
        new_passphrase = ensure_passphrase(
            session=session, configured=configured or _secrets_passphrase()
        )
    if new_passphrase:
        print(
            f"\n  {t('startup.passphrase', settings.language, passphrase=new_passphrase)}\n",
            flush=True,
        )
    print(f"  {t('startup.ready', settings.language, url=settings.base_url())}\n", flush=True)
    return Services()


def _secrets_passphrase() -> str | None:
    """Return facilitator_passphrase from .streamlit/secrets.toml without importing Streamlit."""
    import tomllib
    from pathlib import Path

    path = Path(".streamlit/secrets.toml")
    if not path.exists():
        return None
    try:
        value = tomllib.loads(path.read_text(encoding="utf-8")).get("facilitator_passphrase")
    except (OSError, tomllib.TOMLDecodeError):
        return None
    return str(value) if value else None


def health() -> dict[str, Any]:
    """Return the server's health: database reachable or not."""
    settings = get_settings()
    try:
        ok = check_connection(get_engine(settings.resolved_database_url))
    except DatabaseUnavailable:
        ok = False
    return {
        "status": "ok" if ok else "unavailable",
        "database": "ok" if ok else "down",
        "version": __version__,
    }
