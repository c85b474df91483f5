"""Shared fixtures: a real SQLite file per test, PostgreSQL when configured, factories."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, text

from facilitation.core.db import init_schema, make_engine

PG_URL = os.environ.get("OOGST_TEST_DATABASE_URL", "")
REQUIRE_PG = os.environ.get("OOGST_REQUIRE_POSTGRES") == "1"


def need(condition: bool, reason: str, required: bool) -> None:
    """Skip loudly on a laptop without the dependency; fail where CI requires it."""
    if condition:
        return
    if required:
        pytest.fail(f"REQUIRED in CI but missing: {reason}")
    pytest.skip(f"SKIPPED — {reason}")


@pytest.fixture
def sqlite_engine(tmp_path) -> Iterator[Engine]:
    engine = make_engine(f"sqlite:///{tmp_path / 'oogst.db'}")
    init_schema(engine)
    yield engine
    engine.dispose()


@contextmanager
def empty_pg_database() -> Iterator[Engine]:
    """Yield an engine on a new, empty PostgreSQL schema of its own; dropped afterwards."""
    need(bool(PG_URL), "set OOGST_TEST_DATABASE_URL to run the PostgreSQL tests", REQUIRE_PG)
    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(PG_URL)
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    separator = "&" if "?" in PG_URL else "?"
    # Tests check what is stored, not how fast: 200 threads queueing for 30 connections on a
    # machine busy with other work may wait longer than the server's 30 s before their turn.
    engine = make_engine(f"{PG_URL}{separator}options=-csearch_path%3D{schema}", pool_timeout=180)
    try:
        yield engine
    finally:
        engine.dispose()
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture
def pg_engine() -> Iterator[Engine]:
    with empty_pg_database() as engine:
        init_schema(engine)
        yield engine


@pytest.fixture(params=["sqlite", "postgresql"])
def engine(request) -> Engine:
    """The database under test: every DB-backed test runs on SQLite and on PostgreSQL."""
    return request.getfixturevalue("sqlite_engine" if request.param == "sqlite" else "pg_engine")


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    """Debian's Chromium through Playwright: one for the whole run (e2e and security tests).

    Defined once here: a second session fixture would start Playwright's sync API a second time
    inside the first one's event loop, which Playwright refuses.
    """
    from tests.e2e.conftest import ARGS, CHROMIUM, REQUIRE_BROWSER

    need(
        Path(CHROMIUM).exists(),
        f"Chromium not found at {CHROMIUM} (apt-get install chromium)",
        REQUIRE_BROWSER,
    )
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield instance
        instance.close()
