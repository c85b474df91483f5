"""What happens when the server starts: database check, passphrase, background jobs, banner."""

from __future__ import annotations

import logging
import os
import sys
import threading
import time
import urllib.request
from dataclasses import dataclass, field
from typing import Any

from facilitation import __version__
from facilitation.access import retention
from facilitation.access.passphrase import ensure_passphrase
from facilitation.core import logs
from facilitation.core.db import check_connection, get_engine, write_session
from facilitation.core.errors import DatabaseUnavailable
from facilitation.core.settings import Settings, get_settings, lan_address
from facilitation.i18n import t
from facilitation.ops import backup

log = logging.getLogger("oogst")

EXIT_DATABASE = 2  # docs/operations.md: the database cannot be used


@dataclass
class Services:
    """Background jobs started with the server; ``stop()`` ends them. *new_passphrase* is the
    facilitator passphrase made at this (first) start, shown once in the banner."""

    stoppers: list[Any] = field(default_factory=list)
    new_passphrase: str | None = None
    configured_passphrase: bool = False

    def stop(self) -> None:
        for stop in self.stoppers:
            stop()


def start() -> Services:
    """Prepare the database and passphrase; exits (code 2) with a clear message in Dutch and
    English if the database cannot be reached, is read-only or its folder is missing."""
    logs.configure()
    settings = get_settings()
    configured = (
        settings.facilitator_passphrase.get_secret_value()
        if settings.facilitator_passphrase
        else None
    )
    configured = configured or _secrets_passphrase()
    try:
        engine = get_engine(settings.resolved_database_url)
        with write_session(engine) as session:
            new_passphrase = ensure_passphrase(session=session, configured=configured)
    except DatabaseUnavailable as error:
        print(f"\n  {error.message(settings.language)}\n  {error.message('en')}\n", file=sys.stderr)
        raise SystemExit(EXIT_DATABASE) from None
    services = Services(new_passphrase=new_passphrase, configured_passphrase=bool(configured))
    _start_housekeeping(engine, services)
    return services


def start_or_exit() -> Services:
    """start(), for the server's lifespan: on failure end the process at once with start()'s
    exit code. Raised inside the lifespan, SystemExit would become the ASGI server's traceback
    and its own exit code 3."""
    try:
        return start()
    except SystemExit as stop:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(stop.code if isinstance(stop.code, int) else 1)


def banner(settings: Settings, services: Services) -> str:
    """Return what to open, in the installation's language: the facilitator page, the
    passphrase (its value only at the first start), and the address phones use."""
    lang, base = settings.language, settings.base_url()
    if services.new_passphrase:
        passphrase = t("startup.banner.passphrase_new", lang, passphrase=services.new_passphrase)
    elif services.configured_passphrase:
        passphrase = t("startup.banner.passphrase_configured", lang)
    else:
        passphrase = t("startup.banner.passphrase_known", lang)
    rows = [
        (t("startup.banner.facilitator", lang), f"{base}/facilitator"),
        (t("startup.banner.passphrase", lang), passphrase),
        (t("startup.banner.phones", lang), f"{base}  {t('startup.banner.phones_note', lang)}"),
    ]
    width = max(len(label) for label, _ in rows) + 2
    lines = [t("startup.banner.title", lang), ""]
    lines += [f"{label + ':':<{width}}{value}" for label, value in rows]
    if not settings.public_url and lan_address().startswith("127."):
        lines += ["", t("qr.no_lan", lang)]
    lines += ["", t("startup.banner.stop", lang)]
    rule = "=" * 72
    return "\n".join(["", rule, *(f"  {line}".rstrip() for line in lines), rule, ""])


def announce_when_ready(
    services: Services, *, health_url: str, timeout: float = 120.0, interval: float = 0.2
) -> threading.Thread:
    """Print the banner once *health_url* answers 200, i.e. after the app is up and after
    whatever the server printed while starting, so it is the last thing on the console."""
    settings = get_settings()

    def wait_and_print() -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(health_url, timeout=2) as response:  # noqa: S310
                    if response.status == 200:
                        print(banner(settings, services), flush=True)
                        return
            except OSError:
                pass
            time.sleep(interval)
        log.warning("the server did not answer %s; no start-up banner", health_url)

    thread = threading.Thread(target=wait_and_print, name="oogst-banner", daemon=True)
    thread.start()
    return thread


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
