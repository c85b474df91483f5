"""What happens when the server starts: database check, passphrase, background jobs, banner."""

from __future__ import annotations

import logging
import sys
import threading
from dataclasses import dataclass, field
from typing import Any

from facilitation import __version__
from facilitation.access import retention
from facilitation.access.passphrase import ensure_passphrase
from facilitation.core import logs
from facilitation.core.db import check_connection, get_engine, write_session
from facilitation.core.errors import DatabaseUnavailable
from facilitation.core.settings import get_settings
from facilitation.i18n import t
from facilitation.ops import backup

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
    logs.configure()
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
    services = Services()
    _start_housekeeping(engine, services)
    return services


def _start_housekeeping(engine: Any, services: Services) -> None:
    """Start periodic SQLite backups and the daily retention purge."""
    settings = get_settings()
    database = backup.sqlite_path(settings.resolved_database_url)
    if database is not None and settings.backup_interval_minutes > 0:
        scheduler = backup.BackupScheduler(
            engine,
            database,
            settings.backup_dir,
            interval=settings.backup_interval_minutes * 60,
            keep=settings.backups_kept,
        ).start()
        services.stoppers.append(scheduler.stop)
    if settings.retention_days > 0:
        janitor = Janitor(engine, settings.retention_days).start()
        services.stoppers.append(janitor.stop)


class Janitor:
    """Erases meetings past their retention at start-up and then once a day."""

    def __init__(self, engine: Any, days: int, interval: float = 24 * 3600) -> None:
        self._engine, self._days, self._interval = engine, days, interval
        self._stopped = threading.Event()
        self._thread = threading.Thread(target=self._run, name="oogst-retention", daemon=True)

    def start(self) -> Janitor:
        self._thread.start()
        return self

    def _run(self) -> None:
        while True:
            try:
                with write_session(self._engine) as session:
                    for expired in retention.purge(session=session, days=self._days):
                        log.info("meeting erased after retention", extra={"code": expired.code})
            except Exception:  # housekeeping must never stop the meeting
                log.exception("retention purge failed")
            if self._stopped.wait(self._interval):
                return

    def stop(self) -> None:
        self._stopped.set()


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
