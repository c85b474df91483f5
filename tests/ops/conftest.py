"""The command line, run in this process: each command starts afresh, as a new process would."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import Connection, Engine, event

from facilitation.cli import main
from facilitation.core.db import get_engine
from facilitation.core.settings import get_settings

PUBLIC_URL = "http://oogst.test:8501"


@dataclass(frozen=True)
class Result:
    returncode: int
    stdout: str
    stderr: str


Run = Callable[..., Result]


@pytest.fixture
def cli(monkeypatch, capsys) -> Iterator[Run]:
    """Return ``run(data_dir, *args, lang=None)``: one ``python -m facilitation`` command.

    Settings are read again from the environment and every engine the command opened is disposed
    afterwards, so a command sees only what earlier ones left on disk.
    """
    monkeypatch.setenv("OOGST_PUBLIC_URL", PUBLIC_URL)
    monkeypatch.setenv("OOGST_DATABASE_URL", "")
    monkeypatch.delenv("OOGST_LANGUAGE", raising=False)
    opened: set[Engine] = set()

    def connected(conn: Connection) -> None:
        opened.add(conn.engine)

    def run(data_dir: Path, *args: str, lang: str | None = None) -> Result:
        monkeypatch.setenv("OOGST_DATA_DIR", str(data_dir))
        get_settings.cache_clear()
        capsys.readouterr()
        try:
            returncode = main([*(["--lang", lang] if lang else []), *args])
        except SystemExit as exit_:  # argparse
            returncode = int(exit_.code or 0)
        finally:
            for engine in opened:
                engine.dispose()
            opened.clear()
            get_engine.cache_clear()
        out, err = capsys.readouterr()
        return Result(returncode, out, err)

    event.listen(Engine, "engine_connect", connected)
    try:
        yield run
    finally:
        event.remove(Engine, "engine_connect", connected)
        get_settings.cache_clear()
