"""What a benchmark runs against: a database, Oogst server processes, an imported event."""

from __future__ import annotations

import os
import threading
import uuid
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import psutil
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from facilitation.core.db import bump_revision, make_engine, write_session
from facilitation.models import Contribution, Participant
from tests.e2e.server import ROOT, ImportedEvent, Server

EXAMPLE = ROOT / "examples" / "tafelrondes-12-februari-2015.yaml"


@contextmanager
def database(url: str, data_dir: Path) -> Iterator[str]:
    """Yield the database URL a run uses: a SQLite file in *data_dir*, or a fresh schema."""
    if not url:
        yield f"sqlite:///{data_dir / 'oogst.db'}"
        return
    ensure_database(url)
    schema = f"bench_{uuid.uuid4().hex[:10]}"
    admin = create_engine(url)
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    separator = "&" if "?" in url else "?"
    try:
        yield f"{url}{separator}options=-csearch_path%3D{schema}"
    finally:
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


def ensure_database(url: str) -> None:
    """Create the PostgreSQL database named in *url* when it does not exist yet."""
    parsed = make_url(url)
    server = create_engine(parsed.set(database="postgres"), isolation_level="AUTOCOMMIT")
    try:
        with server.connect() as conn:
            known = conn.execute(
                text("SELECT 1 FROM pg_database WHERE datname = :name"), {"name": parsed.database}
            ).first()
            if known is None:
                conn.execute(text(f'CREATE DATABASE "{parsed.database}"'))
    finally:
        server.dispose()


def backend_name(url: str) -> str:
    """Return 'sqlite' or 'postgresql'."""
    return make_url(url).get_backend_name()


def import_event(server: Server, path: Path = EXAMPLE) -> ImportedEvent:
    """Import an event file through the command line, as a facilitator would."""
    return server.import_event(path)


@dataclass
class Monitor:
    """Samples CPU time and RSS of server processes (psutil) in a background thread."""

    pids: list[int]
    interval: float = 0.25
    peak_rss: int = 0
    _stop: threading.Event = field(default_factory=threading.Event)

    def __post_init__(self) -> None:
        self._processes = [psutil.Process(pid) for pid in self.pids]
        self._thread = threading.Thread(target=self._loop, daemon=True)
        self._thread.start()

    def cpu_seconds(self) -> float:
        """Return the processes' total user+system CPU time so far."""
        return sum(p.cpu_times().user + p.cpu_times().system for p in self._processes)

    def rss(self) -> int:
        """Return the processes' current resident memory in bytes (summed)."""
        return sum(p.memory_info().rss for p in self._processes)

    def _loop(self) -> None:
        while not self._stop.wait(self.interval):
            try:
                self.peak_rss = max(self.peak_rss, self.rss())
            except psutil.Error:
                return

    def stop(self) -> None:
        """Stop sampling."""
        self._stop.set()
        self._thread.join(timeout=2)


def count_texts(url: str, code: str, markers: list[str]) -> Counter[str]:
    """Return how often each marker is stored in the event's contributions (from the database)."""
    engine = make_engine(url, pool_size=1)
    try:
        with engine.connect() as conn:
            rows = conn.execute(
                text(
                    "SELECT c.text FROM contribution c JOIN event e ON e.id = c.event_id "
                    "WHERE e.code = :code"
                ),
                {"code": code},
            ).all()
    finally:
        engine.dispose()
    wanted = set(markers)
    found: Counter[str] = Counter()
    for (stored,) in rows:
        marker = stored.split(" ", 1)[0]
        if marker in wanted:
            found[marker] += 1
    return found


class Seeder:
    """Writes contributions straight into the database (history for the wall-tick figure)."""

    def __init__(self, url: str, code: str) -> None:
        self.engine = make_engine(url, pool_size=1)
        with self.engine.connect() as conn:
            self.event_id = int(
                conn.execute(text("SELECT id FROM event WHERE code = :c"), {"c": code}).scalar_one()
            )
            self.themes = [
                int(row[0])
                for row in conn.execute(
                    text("SELECT id FROM theme WHERE event_id = :e ORDER BY number"),
                    {"e": self.event_id},
                )
            ]
        self.added = 0

    def stored(self) -> int:
        """Return how many contributions the event has."""
        with self.engine.connect() as conn:
            return int(
                conn.execute(
                    text("SELECT count(*) FROM contribution WHERE event_id = :e"),
                    {"e": self.event_id},
                ).scalar_one()
            )

    def fill_to(self, total: int) -> int:
        """Add contributions until the event has *total*; return how many were added."""
        missing = max(0, total - self.stored())
        self.add(missing)
        return missing

    def add(self, count: int = 1) -> None:
        """Add *count* contributions in one transaction (one revision)."""
        if count <= 0:
            return
        with write_session(self.engine) as session:
            revision = bump_revision(session=session, event_id=self.event_id)
            person = Participant(event_id=self.event_id, token=uuid.uuid4().hex)
            session.add(person)
            session.flush()
            session.add_all(self._row(person.id, revision) for _ in range(count))

    def _row(self, participant_id: int | None, revision: int) -> Contribution:
        self.added += 1
        return Contribution(
            event_id=self.event_id,
            participant_id=participant_id,
            client_id=f"seed{uuid.uuid4().hex}",
            theme_id=self.themes[self.added % len(self.themes)],
            text=f"Eerder ingebracht idee {self.added} over de groeistof van knooppunten",
            revision=revision,
            position=float(revision),
            source="import",
        )

    def close(self) -> None:
        """Release the connection."""
        self.engine.dispose()


def load_average() -> str:
    """Return the 1/5/15-minute load average as text."""
    return " ".join(f"{value:.2f}" for value in os.getloadavg())
