"""Schema drift: the oldest supported database, once migrated, is what the models describe.

A change to an existing table needs a step in facilitation/core/migrations.py: ``create_all``
only adds missing tables, so without a step a database from an earlier version never gets the
change while fresh databases do. Here a database exactly as schema version 0 made it
(fixtures/schema_v0.*.sql, from the git history; each file says how) goes through the start-up
(``init_schema``: new tables, then the pending steps) and is compared with the SQLModel metadata
by alembic's autogenerate comparison, plus a check of every unique column group (alembic does not
compare SQLite's unnamed unique constraints).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import nullcontext
from pathlib import Path
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import Column, Engine, MetaData, String, UniqueConstraint, inspect, text
from sqlmodel import SQLModel

from facilitation.core.db import init_schema, make_engine
from facilitation.core.migrations import SCHEMA_VERSION
from tests.conftest import empty_pg_database

FIXTURES = Path(__file__).parent / "fixtures"

# Differences kept on purpose: (dialect, table, unique column group) and why.
ACCEPTED = {
    # Dropped by migration step 3 on PostgreSQL; on SQLite it is part of the table's definition
    # (only a rebuild removes it) and implied by the unique (event_id, client_id) index.
    ("sqlite", "contribution", ("client_id", "participant_id")),
}

UniqueGroup = tuple[str, tuple[str, ...]]


@pytest.fixture(params=["sqlite", "postgresql"])
def old_database(request, tmp_path) -> Iterator[Engine]:
    """Yield an engine on a database exactly as schema version 0 left it (nothing migrated)."""
    if request.param == "sqlite":
        database: Any = nullcontext(make_engine(f"sqlite:///{tmp_path / 'v0.db'}"))
    else:
        database = empty_pg_database()
    with database as engine:
        script = (FIXTURES / f"schema_v0.{request.param}.sql").read_text(encoding="utf-8")
        with engine.begin() as conn:
            for statement in _statements(script):
                conn.exec_driver_sql(statement)
        assert _schema_version(engine) == 0
        yield engine
        engine.dispose()


def _statements(script: str) -> list[str]:
    """Return the statements of a schema dump: one per ';' at a line's end, comments left out."""
    lines = [line for line in script.splitlines() if not line.startswith("--")]
    return [s.strip() for s in "\n".join(lines).split(";\n") if s.strip(" \n;")]


def _schema_version(engine: Engine) -> int:
    with engine.connect() as conn:
        return int(
            conn.execute(
                text("SELECT value FROM installationsetting WHERE key = 'schema_version'")
            ).scalar_one()
        )


def schema_drift(engine: Engine, metadata: MetaData = SQLModel.metadata) -> list[Any]:
    """Return every difference between the database and *metadata* (empty when they agree)."""
    with engine.connect() as conn:
        # Server defaults are not compared: the models set none (defaults are Python-side), and
        # a step adding a NOT NULL column needs one to fill the rows already there.
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        differences: list[Any] = list(compare_metadata(context, metadata))
    dialect = engine.dialect.name
    in_database = _unique_groups_in_database(engine)
    in_models = _unique_groups_in_models(metadata)
    for table, columns in sorted(in_database - in_models):
        if (dialect, table, columns) not in ACCEPTED:
            differences.append(("unique in the database only", table, columns))
    for table, columns in sorted(in_models - in_database):
        differences.append(("unique in the models only", table, columns))
    return differences


def _unique_groups_in_database(engine: Engine) -> set[UniqueGroup]:
    inspector = inspect(engine)
    groups: set[UniqueGroup] = set()
    for table in inspector.get_table_names():
        for found in [*inspector.get_unique_constraints(table), *inspector.get_indexes(table)]:
            if found.get("unique", True):
                groups.add((table, tuple(sorted(str(c) for c in found["column_names"]))))
    return groups


def _unique_groups_in_models(metadata: MetaData) -> set[UniqueGroup]:
    groups: set[UniqueGroup] = set()
    for table in metadata.tables.values():
        uniques = [c for c in table.constraints if isinstance(c, UniqueConstraint)]
        for found in [*uniques, *(i for i in table.indexes if i.unique)]:
            groups.add((table.name, tuple(sorted(c.name for c in found.columns))))
    return groups


def test_the_oldest_schema_migrates_to_what_the_models_describe(old_database):
    init_schema(old_database)
    assert _schema_version(old_database) == SCHEMA_VERSION
    assert schema_drift(old_database) == []


def test_a_fresh_database_is_what_the_models_describe(engine):
    assert schema_drift(engine) == []


def test_a_model_column_without_a_migration_step_is_drift(old_database):
    init_schema(old_database)
    models = MetaData()
    for table in SQLModel.metadata.sorted_tables:
        table.to_metadata(models)
    models.tables["contribution"].append_column(Column("mood", String(20)))
    differences = schema_drift(old_database, models)
    assert [(d[0], d[2], d[3].name) for d in differences] == [
        ("add_column", "contribution", "mood")
    ]
