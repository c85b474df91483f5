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
    for _ in range(2):
        limiter.check("10.0.0.9", now=100.0)
        limiter.failed("10.0.0.9", now=100.0)
    with pytest.raises(TooManyAttempts):  # the third failure owes a wait
        limiter.failed("10.0.0.9", now=100.0)
    with pytest.raises(TooManyAttempts):
        limiter.check("10.0.0.9", now=105.0)
    limiter.check("10.0.0.9", now=111.0)
    limiter.check("10.0.0.10", now=105.0)


def _wait_for(path, needle: str, timeout: float = 30.0) -> str:
    import time

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        text = path.read_text(encoding="utf-8", errors="replace")
        if needle in text:
            return text
        time.sleep(0.2)
    raise AssertionError(f"{needle!r} never printed:\n{text[-3000:]}")


def test_make_run_ends_with_what_to_open_in_the_users_language(tmp_path):
    """`make run` starts `streamlit run serve.py`: its console ends with the banner, printed
    once /healthz answers, with the passphrase only at the first start."""
    from tests.e2e.server import Server

    public = "http://192.168.178.20:8501"
    env = {"OOGST_LANGUAGE": "en", "OOGST_FACILITATOR_PASSPHRASE": "", "OOGST_PUBLIC_URL": public}
    server = Server(data_dir=tmp_path, extra_env=env)
    try:
        server.start()
        log = _wait_for(tmp_path / "server.log", "Stop: Ctrl+C")
    finally:
        server.stop()
    tail = log.strip().splitlines()[-9:]
    assert tail[0] == "=" * 72 and tail[-1] == "=" * 72, "the banner is the last thing printed"
    assert "Oogst is running" in tail[1]
    assert f"  Facilitator: {public}/facilitator" in tail
    passphrase = next(line for line in tail if line.startswith("  Passphrase:"))
    assert "shown only now" in passphrase and len(passphrase.split()[1]) >= 12
    assert any(line.startswith(f"  Phones:      {public}  (on the same Wi-Fi") for line in tail)
    assert "You can now view" not in log and "localhost" not in log
    assert "Wachtwoord" not in log, "in the user's language only"

    (tmp_path / "server.log").unlink()
    again = Server(data_dir=tmp_path, port=server.port, extra_env=env)
    try:
        again.start()
        log = _wait_for(tmp_path / "server.log", "Stop: Ctrl+C")
    finally:
        again.stop()
    assert "shown only now" not in log and "the one from the first start" in log


def test_the_banner_waits_until_the_app_answers(capsys):
    """Nothing is printed while /healthz says 503; the banner comes with the first 200."""
    import threading
    from http.server import BaseHTTPRequestHandler, HTTPServer

    from facilitation.core.settings import get_settings
    from facilitation.ops import startup

    answers = [503, 503, 200]

    class Health(BaseHTTPRequestHandler):
        def do_GET(self):
            self.send_response(answers.pop(0) if len(answers) > 1 else answers[0])
            self.end_headers()

        def log_message(self, *args):
            pass

    httpd = HTTPServer(("127.0.0.1", 0), Health)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        services = startup.Services(new_passphrase="bries-oogst-veld")
        url = f"http://127.0.0.1:{httpd.server_port}/healthz"
        startup.announce_when_ready(services, health_url=url, interval=0.05).join(timeout=10)
    finally:
        httpd.shutdown()
    printed = capsys.readouterr().out
    assert answers == [200] and printed.count("bries-oogst-veld") == 1
    assert f"{get_settings().base_url()}/facilitator" in printed
