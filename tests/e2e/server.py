"""A real Oogst server process for end-to-end tests and benchmarks."""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_until_answers(
    url: str, timeout: float, process: subprocess.Popen[bytes] | None = None
) -> bool:
    """Return True once GET *url* answers 200; False after *timeout* s or when *process* exits."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            return False
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return True
        except OSError:
            pass
        time.sleep(0.2)
    return False


@dataclass
class Server:
    """``streamlit run serve.py`` on a free port with its own data directory."""

    data_dir: Path
    port: int = field(default_factory=free_port)
    extra_env: dict[str, str] = field(default_factory=dict)
    process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def env(self) -> dict[str, str]:
        return {
            **os.environ,
            "OOGST_DATA_DIR": str(self.data_dir),
            "OOGST_DATABASE_URL": "",
            "OOGST_PUBLIC_URL": self.url,
            "OOGST_FACILITATOR_PASSPHRASE": "e2e-wachtwoord",
            "STREAMLIT_SERVER_PORT": str(self.port),
            **self.extra_env,
        }

    def start(self, timeout: float = 60) -> Server:
        log = open(self.data_dir / "server.log", "ab")  # noqa: SIM115 - closed with the process
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "streamlit",
                "run",
                "serve.py",
                "--server.port",
                str(self.port),
                "--server.address",
                "127.0.0.1",
            ],
            cwd=ROOT,
            env=self.env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        if wait_until_answers(f"{self.url}/healthz", timeout, self.process):
            return self
        if self.process.poll() is not None:
            raise RuntimeError(
                f"server exited: {(self.data_dir / 'server.log').read_text()[-2000:]}"
            )
        raise RuntimeError("server did not become healthy")

    def stop(self, kill: bool = False) -> None:
        if self.process and self.process.poll() is None:
            self.process.kill() if kill else self.process.terminate()
            self.process.wait(timeout=30)

    def cli(self, *args: str) -> str:
        result = subprocess.run(
            [sys.executable, "-m", "facilitation", *args],
            cwd=ROOT,
            env=self.env,
            capture_output=True,
            text=True,
            timeout=120,
            check=True,
        )
        return result.stdout

    def import_event(self, path: Path) -> ImportedEvent:
        return ImportedEvent.parse(self.cli("import-event", str(path), "--new-code"))


@dataclass
class ImportedEvent:
    code: str
    wall_url: str
    join_url: str
    targets: dict[str, str]

    @classmethod
    def parse(cls, output: str) -> ImportedEvent:
        lines = output.strip().splitlines()
        code = re.sub(r"[^A-Z0-9]", "", lines[0].split(":", 1)[1])
        wall = lines[1].split(": ", 1)[1]
        join = lines[2].split(": ", 1)[1]
        targets = {}
        for line in lines[3:]:
            url = line.rsplit(": ", 1)[1]
            key = re.search(r"[?&](table|case)=([^&]+)", url)
            assert key is not None
            targets[key.group(2)] = url
        return cls(code=code, wall_url=wall, join_url=join, targets=targets)
