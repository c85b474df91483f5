"""A real Oogst server for the attacks, behind a simulated proxy (``OOGST_TRUST_PROXY=1``).

The test process is the proxy: it connects from 127.0.0.1 and writes ``X-Forwarded-For`` as
nginx's ``proxy_add_x_forwarded_for`` does (what the client sent, then the address nginx saw).
"""

from __future__ import annotations

import http.client
import json
from collections.abc import Iterator

import pytest

from tests.e2e.server import ROOT, ImportedEvent, Server

pytestmark = pytest.mark.server


@pytest.fixture(scope="module")
def proxied(tmp_path_factory) -> Iterator[Server]:
    running = Server(
        data_dir=tmp_path_factory.mktemp("oogst"), extra_env={"OOGST_TRUST_PROXY": "1"}
    ).start()
    yield running
    running.stop()


@pytest.fixture(scope="module")
def meeting(proxied) -> ImportedEvent:
    return proxied.import_event(ROOT / "examples" / "tafelrondes-12-februari-2015.yaml")


def get(server: Server, path: str, forwarded: str = "", method: str = "GET") -> tuple[int, object]:
    """One request on its own connection; return (status, JSON body or text)."""
    connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=30)
    headers = {"X-Forwarded-For": forwarded} if forwarded else {}
    connection.request(method, path, headers=headers)
    response = connection.getresponse()
    body = response.read()
    connection.close()
    try:
        return response.status, json.loads(body)
    except ValueError:
        return response.status, body.decode("utf-8", "replace")
