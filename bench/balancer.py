"""A sticky nginx load balancer in front of several Oogst processes (Debian's nginx)."""

from __future__ import annotations

import os
import shutil
import subprocess
import urllib.request
from dataclasses import dataclass, field
from http.cookies import SimpleCookie
from pathlib import Path

from tests.e2e.server import free_port, wait_until_answers

COOKIE = "oogst_node"

# A browser without the route cookie is given one at its first request (the page itself), and
# that cookie picks the process for the websocket that follows: `hash ... consistent` sends
# the same value to the same process. Works behind NAT, unlike ip_hash.
CONFIG = """
{user}
worker_processes 1;
worker_rlimit_nofile 16384;
pid {run}/nginx.pid;
error_log {run}/error.log warn;
events {{ worker_connections 8192; }}
http {{
    access_log off;
    client_body_temp_path {run}/body;
    proxy_temp_path {run}/proxy;
    fastcgi_temp_path {run}/fastcgi;
    uwsgi_temp_path {run}/uwsgi;
    scgi_temp_path {run}/scgi;
    map $http_upgrade $connection_upgrade {{ default upgrade; '' close; }}
    map $cookie_{cookie} $oogst_route {{ "" $request_id; default $cookie_{cookie}; }}
    upstream oogst {{
        hash $oogst_route consistent;
{servers}
    }}
    server {{
        listen 127.0.0.1:{port};
        location / {{
            proxy_pass http://oogst;
            proxy_http_version 1.1;
            proxy_set_header Upgrade $http_upgrade;
            proxy_set_header Connection $connection_upgrade;
            proxy_set_header Host $host;
            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
            proxy_read_timeout 1h;
            proxy_buffering off;
            add_header Set-Cookie "{cookie}=$oogst_route; Path=/; HttpOnly; SameSite=Lax" always;
            add_header X-Oogst-Upstream $upstream_addr always;
        }}
    }}
}}
"""


def nginx_binary() -> str | None:
    """Return the nginx executable, or None when it is not installed."""
    return shutil.which("nginx") or next(
        (p for p in ("/usr/sbin/nginx",) if Path(p).exists()), None
    )


@dataclass
class Balancer:
    """nginx on a free port, proxying (websockets included) to *backends* with sticky routes."""

    run_dir: Path
    backends: list[int]
    port: int = field(default_factory=free_port)
    process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self, timeout: float = 15) -> Balancer:
        """Write the configuration and start nginx in the foreground."""
        binary = nginx_binary()
        if binary is None:
            raise RuntimeError("nginx is not installed (apt-get install nginx)")
        self.run_dir.mkdir(parents=True, exist_ok=True)
        servers = "\n".join(f"        server 127.0.0.1:{port};" for port in self.backends)
        user = "user root;" if os.geteuid() == 0 else ""
        config = CONFIG.format(
            user=user, run=self.run_dir, cookie=COOKIE, servers=servers, port=self.port
        )
        (self.run_dir / "nginx.conf").write_text(config, encoding="utf-8")
        self.process = subprocess.Popen(
            [binary, "-c", str(self.run_dir / "nginx.conf"), "-g", "daemon off;"],
            stderr=subprocess.STDOUT,
            stdout=(self.run_dir / "nginx.out").open("wb"),
        )
        self._wait(timeout)
        return self

    def _wait(self, timeout: float) -> None:
        if not wait_until_answers(f"{self.url}/healthz", timeout):
            raise RuntimeError(f"nginx did not answer: {(self.run_dir / 'error.log').read_text()}")

    def route(self, url: str) -> tuple[str, str, str]:
        """Open *url* like a browser's first request: return (url, route cookie, upstream)."""
        with urllib.request.urlopen(url, timeout=30) as response:
            cookie = SimpleCookie(response.headers.get("Set-Cookie", ""))
            upstream = response.headers.get("X-Oogst-Upstream", "")
        value = cookie[COOKIE].value if COOKIE in cookie else ""
        return url, f"{COOKIE}={value}", upstream

    def stop(self) -> None:
        """Stop nginx."""
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=15)
