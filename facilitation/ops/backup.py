"""SQLite backups during a meeting, with sqlite3's online backup API (safe while the app writes).

A background thread copies the database every OOGST_BACKUP_INTERVAL_MINUTES into data/backups/
when anything changed since the last copy, and keeps the newest OOGST_BACKUPS_KEPT files.
``restore`` copies a backup back into place (stop the server first; see docs/operations.md).
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Engine, text
from sqlalchemy.engine import make_url

log = logging.getLogger("oogst.backup")
PREFIX = "oogst-"


def sqlite_path(url: str) -> Path | None:
    """Return the file behind a SQLite URL, or None for other databases."""
    parsed = make_url(url)
    if (
        parsed.get_backend_name() != "sqlite"
        or not parsed.database
        or parsed.database == ":memory:"
    ):
        return None
    return Path(parsed.database)


def backup_now(database: Path, backup_dir: Path, *, keep: int, now: datetime | None = None) -> Path:
    """Copy *database* into *backup_dir* (online, consistent) and prune old copies; return the copy."""
    backup_dir.mkdir(parents=True, exist_ok=True)
    stamp = (now or datetime.now(UTC)).strftime("%Y%m%d-%H%M%S")
    target = backup_dir / f"{PREFIX}{stamp}.db"
    _copy(database, target)
    for old in sorted(backup_dir.glob(f"{PREFIX}*.db"))[:-keep]:
        old.unlink(missing_ok=True)
    return target


def restore(backup: Path, database: Path) -> Path:
    """Copy *backup* over *database*; the current file is kept next to it. Returns that copy."""
    check = sqlite3.connect(backup)
    try:
        if check.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
            raise ValueError(f"{backup} is damaged")
    finally:
        check.close()
    kept = database.with_name(database.name + ".before-restore")
    if database.exists():
        _copy(database, kept)
    _copy(backup, database)
    return kept


def _copy(source_path: Path, target_path: Path) -> None:
    source, target = sqlite3.connect(source_path), sqlite3.connect(target_path)
    try:
        source.backup(target)
    finally:
        source.close()
        target.close()


def change_marker(engine: Engine) -> tuple[int, int]:
    """Return (events, sum of revisions): it moves whenever anything is written."""
    with engine.connect() as conn:
        row = conn.execute(text("SELECT count(*), coalesce(sum(revision), 0) FROM event")).one()
    return int(row[0]), int(row[1])


class BackupScheduler:
    """Backs the database up every *interval* seconds while it changes; ``stop()`` ends it."""

    def __init__(
        self, engine: Engine, database: Path, backup_dir: Path, *, interval: float, keep: int
    ):
        self._engine, self._database, self._dir = engine, database, backup_dir
        self._interval, self._keep = interval, keep
        self._stopped = threading.Event()
        self._last: tuple[int, int] | None = None
        self._thread = threading.Thread(target=self._run, name="oogst-backup", daemon=True)

    def start(self) -> BackupScheduler:
        self._thread.start()
        return self

    def tick(self) -> Path | None:
        """Back up when something changed since the last copy; return the new file, if any."""
        marker = change_marker(self._engine)
        if marker == self._last:
            return None
        path = backup_now(self._database, self._dir, keep=self._keep)
        self._last = marker
        log.info("backup written", extra={"path": str(path)})
        return path

    def _run(self) -> None:
        while not self._stopped.wait(self._interval):
            try:
                self.tick()
            except Exception:  # a failed backup must never stop the meeting
                log.exception("backup failed")

    def stop(self) -> None:
        self._stopped.set()
