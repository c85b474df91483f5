"""Start-up against a database Oogst cannot use: the operator reads one clear message in Dutch
and English, no traceback, and the exit code docs/operations.md gives (2) — from the real
server (`streamlit run serve.py`, what `make run` starts) as from the start-up code."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from tests.e2e.server import free_port
from tests.utils import ROOT


def _run_server(env: dict[str, str], timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """Start the real server and wait for it to stop by itself."""
    port = str(free_port())
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "streamlit",
            "run",
            "serve.py",
            "--server.port",
            port,
            "--server.address",
            "127.0.0.1",
            "--server.headless",
            "true",
        ],
        cwd=ROOT,
        env={**os.environ, "OOGST_FACILITATOR_PASSPHRASE": "x", **env},
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def _start(env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """Run only the start-up checks (startup.start), as the server's lifespan does."""
    return subprocess.run(
        [sys.executable, "-c", "from facilitation.ops import startup; startup.start()"],
        cwd=ROOT,
        env={**os.environ, "OOGST_FACILITATOR_PASSPHRASE": "x", **env},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_an_unreachable_database_stops_the_server_with_exit_code_2_without_traceback(tmp_path):
    result = _run_server(
        {
            "OOGST_DATABASE_URL": "postgresql+psycopg://nobody@127.0.0.1:9/none",
            "OOGST_DATA_DIR": str(tmp_path),
        }
    )
    output = result.stdout + result.stderr
    assert "De database is niet bereikbaar" in output
    assert "The database cannot be reached" in output
    assert "Traceback" not in output
    assert result.returncode == 2


def _read_only_database(folder: Path) -> str:
    """Return the URL of an Oogst database that this process may read but not write.

    As an ordinary user the file is made read-only; root writes any file regardless, so there
    SQLite opens the same file read-only (what a file owned by another user amounts to).
    """
    database = folder / "oogst.db"
    done = _start({"OOGST_DATA_DIR": str(folder)})
    assert done.returncode == 0, done.stderr
    with sqlite3.connect(database) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    if os.geteuid() != 0:
        database.chmod(0o444)
        return f"sqlite:///{database}"
    return f"sqlite:///file:{database}?mode=ro&uri=true"


def test_a_read_only_database_file_gives_the_friendly_message_and_exit_code_2(tmp_path):
    url = _read_only_database(tmp_path)
    result = _run_server({"OOGST_DATABASE_URL": url, "OOGST_DATA_DIR": str(tmp_path)})
    output = result.stdout + result.stderr
    assert "alleen-lezen" in output and "read-only" in output
    assert "Traceback" not in output
    assert result.returncode == 2


def test_a_missing_data_dir_is_created(tmp_path):
    data_dir = tmp_path / "nieuw" / "data"
    result = _start({"OOGST_DATA_DIR": str(data_dir), "OOGST_DATABASE_URL": ""})
    assert result.returncode == 0, result.stderr
    assert (data_dir / "oogst.db").is_file()


def test_any_other_missing_folder_of_the_database_is_refused_and_not_created(tmp_path):
    elsewhere = tmp_path / "typo" / "oogst"
    result = _start(
        {
            "OOGST_DATA_DIR": str(tmp_path / "data"),
            "OOGST_DATABASE_URL": f"sqlite:///{elsewhere}/x.db",
        }
    )
    assert result.returncode == 2
    assert f"{elsewhere}" in result.stderr
    assert "OOGST_DATA_DIR" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "typo").exists()
