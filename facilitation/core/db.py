"""The one module that knows the database: engine, sessions, schema, the per-event revision.

SQLite runs in WAL mode with ``BEGIN IMMEDIATE`` for every write transaction: the pysqlite
default (deferred transactions) silently loses read-then-write updates under threads.
PostgreSQL serialises writers of one event on the event row (``UPDATE ... revision + 1``).
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError, SQLAlchemyError
from sqlmodel import Session, SQLModel, create_engine

from facilitation import models
from facilitation.core.errors import (
    DatabaseFolderMissing,
    DatabaseReadOnly,
    DatabaseUnavailable,
    EventNotFound,
)
from facilitation.core.settings import get_settings

log = logging.getLogger(__name__)

_BEGIN_MODE = "oogst_sqlite_begin"
# Built once: every wall and feed tick runs it.
_READ_REVISION = text("SELECT revision FROM event WHERE id = :id")


def make_engine(
    url: str, *, pool_size: int = 10, pool_timeout: float = 30, data_dir: Path | None = None
) -> Engine:
    """Return a new engine for *url* with the settings a many-threaded server needs.

    *pool_timeout* is how long a thread waits for a PostgreSQL connection before giving up.
    A SQLite file's folder must exist, unless it is *data_dir*, which is created; raises
    DatabaseFolderMissing.
    """
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        _ensure_folder(parsed.database or "", data_dir)
        return _make_sqlite_engine(url, pool_size=pool_size)
    return create_engine(
        url, pool_size=pool_size, max_overflow=20, pool_pre_ping=True, pool_timeout=pool_timeout
    )


def _ensure_folder(database: str, data_dir: Path | None) -> None:
    """Create the SQLite file's folder only when it is the data directory (OOGST_DATA_DIR): a
    typing error elsewhere in OOGST_DATABASE_URL must not create folders where nobody looks."""
    if not database or database == ":memory:" or database.startswith("file:"):
        return
    folder = Path(database).parent
    if folder.is_dir():
        return
    if data_dir is not None and folder.resolve() == data_dir.resolve():
        folder.mkdir(parents=True, exist_ok=True)
        return
    raise DatabaseFolderMissing(folder=str(folder))


def _make_sqlite_engine(url: str, *, pool_size: int) -> Engine:
    engine = create_engine(
        url,
        connect_args={"check_same_thread": False, "timeout": 30},
        pool_size=pool_size,
        max_overflow=20,
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Driver-level autocommit: SQLAlchemy's "begin" hook below emits BEGIN itself.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA busy_timeout=30000")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        mode = conn.get_execution_options().get(_BEGIN_MODE, "DEFERRED")
        conn.exec_driver_sql(f"BEGIN {mode}")

    return engine


@lru_cache(maxsize=4)
def get_engine(url: str) -> Engine:
    """Return the process-wide engine for *url*, creating its schema on first use (and the
    folder OOGST_DATA_DIR when the database lives there)."""
    engine = make_engine(url, data_dir=get_settings().data_dir)
    init_schema(engine)
    return engine


def init_schema(engine: Engine) -> None:
    """Create missing tables and apply pending migrations; raises DatabaseUnavailable."""
    from facilitation.core.migrations import apply_migrations

    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
        SQLModel.metadata.create_all(engine)
        apply_migrations(engine)
    except OperationalError as exc:
        raise _unavailable(engine, exc) from exc


def _safe_url(engine: Engine) -> str:
    return engine.url.render_as_string(hide_password=True)


def _unavailable(engine: Engine, exc: OperationalError) -> DatabaseUnavailable:
    """Return the domain error for a database error: read-only (SQLite), else unreachable."""
    if "readonly" in str(exc.orig):  # SQLite: "attempt to write a readonly database"
        return DatabaseReadOnly(url=_safe_url(engine))
    return DatabaseUnavailable(url=_safe_url(engine))


@contextmanager
def read_session(engine: Engine) -> Iterator[Session]:
    """Yield a short-lived session for reads (one consistent snapshot on SQLite/WAL)."""
    with Session(engine, expire_on_commit=False) as session:
        try:
            yield session
        except OperationalError as exc:
            raise _unavailable(engine, exc) from exc


@contextmanager
def write_session(engine: Engine) -> Iterator[Session]:
    """Yield a session in a write transaction (BEGIN IMMEDIATE on SQLite); commits on success."""
    with Session(engine, expire_on_commit=False) as session:
        if engine.dialect.name == "sqlite":
            session.connection(execution_options={_BEGIN_MODE: "IMMEDIATE"})
        try:
            yield session
            session.commit()
        except OperationalError as exc:
            session.rollback()
            raise _unavailable(engine, exc) from exc
        except BaseException:
            session.rollback()
            raise


def bump_revision(*, session: Session, event_id: int) -> int:
    """Increment the event's revision in the current transaction and return the new value.

    This is the first write of every transaction that changes an event, so it also takes the
    event's write lock on PostgreSQL; raises EventNotFound.
    """
    row = session.execute(
        text(
            "UPDATE event SET revision = revision + 1, updated_at = CURRENT_TIMESTAMP "
            "WHERE id = :id RETURNING revision"
        ),
        {"id": event_id},
    ).first()
    if row is None:
        raise EventNotFound(code=str(event_id))
    return int(row[0])


def read_revision(*, session: Session, event_id: int) -> int:
    """Return the event's current revision (one-row SELECT)."""
    value = session.execute(_READ_REVISION, {"id": event_id}).scalar()
    if value is None:
        raise EventNotFound(code=str(event_id))
    return int(value)


def check_connection(engine: Engine) -> bool:
    """Return True when the database answers a trivial query."""
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
        return True
    except SQLAlchemyError:
        return False


__all__ = [
    "bump_revision",
    "check_connection",
    "get_engine",
    "init_schema",
    "make_engine",
    "models",
    "read_revision",
    "read_session",
    "write_session",
]
