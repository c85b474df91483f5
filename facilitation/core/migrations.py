"""Schema versions. New tables come from ``create_all``; changes to existing tables are numbered
steps here, applied once, in order, and recorded in ``installationsetting['schema_version']``.

To change the schema: edit the model, then append a step (e.g. ``ALTER TABLE ... ADD COLUMN``)
to ``STEPS``. A fresh database is created at the latest version and skips every step.
tests/core/test_schema_drift.py migrates a database as version 0 made it and fails on any
difference from the models.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Connection, Engine, inspect, text
from sqlmodel import SQLModel

Step = Callable[[Connection], None]


def _driver_signup_index(conn: Connection) -> None:
    """One sign-up per participant per action (databases created before the agenda issue)."""
    conn.execute(
        text(
            "CREATE UNIQUE INDEX IF NOT EXISTS uq_driver_action_participant "
            "ON driver (action_id, participant_id)"
        )
    )


def _contribution_client_index(conn: Connection) -> None:
    """A send's client id is unique within its event (it was unique per participant before)."""
    conn.execute(
        text(
            "CREATE UNIQUE INDEX IF NOT EXISTS ix_contribution_event_client "
            "ON contribution (event_id, client_id)"
        )
    )


def _drop_contribution_participant_client_unique(conn: Connection) -> None:
    """Drop the per-participant client-id constraint that step 2's index replaced.

    PostgreSQL named it itself when the table was created. SQLite keeps it: there it is part of
    the table's definition and goes only with a rebuild of the table, and it is harmless: a
    participant belongs to one event, so step 2's index on (event_id, client_id) already refuses
    every row it would refuse.
    """
    if conn.dialect.name == "postgresql":
        conn.execute(
            text(
                "ALTER TABLE contribution "
                "DROP CONSTRAINT IF EXISTS contribution_participant_id_client_id_key"
            )
        )


def _event_wall_screen(conn: Connection) -> None:
    """What the projector shows (join screen, wall or chosen automatically), per meeting."""
    if any(column["name"] == "wall_screen" for column in inspect(conn).get_columns("event")):
        return
    conn.execute(
        text("ALTER TABLE event ADD COLUMN wall_screen VARCHAR(16) NOT NULL DEFAULT 'auto'")
    )


def _review_first(conn: Connection) -> None:
    """Pre-moderation: a per-meeting switch, and contributions awaiting the facilitator's review."""
    if not any(c["name"] == "review_first" for c in inspect(conn).get_columns("event")):
        conn.execute(
            text("ALTER TABLE event ADD COLUMN review_first BOOLEAN NOT NULL DEFAULT FALSE")
        )
    if not any(c["name"] == "pending" for c in inspect(conn).get_columns("contribution")):
        conn.execute(
            text("ALTER TABLE contribution ADD COLUMN pending BOOLEAN NOT NULL DEFAULT FALSE")
        )


def _event_close_rounds_at_end(conn: Connection) -> None:
    """Whether a round closes by itself when its timer ends, per meeting."""
    if any(c["name"] == "close_rounds_at_end" for c in inspect(conn).get_columns("event")):
        return
    conn.execute(
        text("ALTER TABLE event ADD COLUMN close_rounds_at_end BOOLEAN NOT NULL DEFAULT FALSE")
    )


def _scan_tables(conn: Connection) -> None:
    """Scans and polls (issue 15): four new tables with their indexes, created when missing.

    ``init_schema`` creates missing tables before the steps run; this step makes the schema
    version say so, and creates them itself when a step runs on a connection of its own.
    """
    import facilitation.models  # noqa: F401  (registers the tables in the metadata)

    names = ("scan", "scan_question", "scan_response", "scan_answer")
    tables = [SQLModel.metadata.tables[name] for name in names]
    SQLModel.metadata.create_all(conn, tables=tables, checkfirst=True)


# Append-only. Index + 1 is the schema version the step brings the database to.
STEPS: list[Step] = [
    _driver_signup_index,
    _contribution_client_index,
    _drop_contribution_participant_client_unique,
    _event_wall_screen,
    _review_first,
    _event_close_rounds_at_end,
    _scan_tables,
]

SCHEMA_VERSION = len(STEPS)
_KEY = "schema_version"


def apply_migrations(engine: Engine) -> int:
    """Apply pending steps in one transaction and return the resulting schema version."""
    with engine.begin() as conn:
        row = conn.execute(
            text("SELECT value FROM installationsetting WHERE key = :k"), {"k": _KEY}
        ).first()
        if row is None:
            # A database created just now by create_all is already at the latest version.
            conn.execute(
                text(
                    "INSERT INTO installationsetting (key, value, updated_at) "
                    "VALUES (:k, :v, CURRENT_TIMESTAMP) ON CONFLICT (key) DO NOTHING"
                ),
                {"k": _KEY, "v": str(SCHEMA_VERSION)},
            )
            return SCHEMA_VERSION
        current = int(row[0])
        for step in STEPS[current:]:
            step(conn)
        conn.execute(
            text("UPDATE installationsetting SET value = :v WHERE key = :k"),
            {"k": _KEY, "v": str(SCHEMA_VERSION)},
        )
    return SCHEMA_VERSION
