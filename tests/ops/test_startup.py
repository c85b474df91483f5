"""Start-up: an unreachable database gives a clear message; a passphrase is generated once."""

from __future__ import annotations

import os
import subprocess
import sys

from facilitation.access import passphrase as auth
from facilitation.access.limiter import AttemptLimiter
from facilitation.core.db import read_session, write_session
from tests.utils import ROOT

ROOT = ROOT


def test_unreachable_database_gives_a_clear_message_and_exit_code(tmp_path):
    env = {
        **os.environ,
        "OOGST_DATABASE_URL": "postgresql+psycopg://nobody@127.0.0.1:9/none",
        "OOGST_DATA_DIR": str(tmp_path),
    }
    result = subprocess.run(
        [sys.executable, "-c", "from facilitation.ops import startup; startup.start()"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=60,
    )
    assert result.returncode == 2
    assert "De database is niet bereikbaar" in result.stderr
    assert "The database cannot be reached" in result.stderr
    assert "Traceback" not in result.stderr


def test_passphrase_generated_once_and_only_its_hash_stored(sqlite_engine):
    with write_session(sqlite_engine) as session:
        first = auth.ensure_passphrase(session=session, configured=None)
    with write_session(sqlite_engine) as session:
        second = auth.ensure_passphrase(session=session, configured=None)
    assert first and second is None
    with read_session(sqlite_engine) as session:
        stored = auth.stored_hash(session=session)
        assert stored and first not in stored and stored.startswith("$argon2")
        assert auth.check_passphrase(session=session, given=first, configured=None)
        assert not auth.check_passphrase(session=session, given=first + "x", configured=None)


def test_configured_passphrase_is_not_stored(sqlite_engine):
    with write_session(sqlite_engine) as session:
        assert auth.ensure_passphrase(session=session, configured="geheim") is None
    with read_session(sqlite_engine) as session:
        assert auth.stored_hash(session=session) is None
        assert auth.check_passphrase(session=session, given="geheim", configured="geheim")
        assert not auth.check_passphrase(session=session, given="Geheim", configured="geheim")


def test_attempt_limiter_slows_down_after_failures():
    import pytest

    from facilitation.core.errors import TooManyAttempts

    limiter = AttemptLimiter(free_failures=2, base_delay=10)
    for _ in range(3):
        limiter.check("10.0.0.9", now=100.0)
        limiter.failed("10.0.0.9", now=100.0)
    with pytest.raises(TooManyAttempts):
        limiter.check("10.0.0.9", now=105.0)
    limiter.check("10.0.0.9", now=111.0)
    limiter.check("10.0.0.10", now=105.0)
