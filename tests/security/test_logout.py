"""``/auth/logout`` acts only on a same-site POST: a link or an image tag cannot log anyone out.

Attack figures (docs/security.md): ``pytest tests/security/test_logout.py -q -s``.
"""

from __future__ import annotations

import http.client
from urllib.parse import urlencode

import pytest

from facilitation.access import sessions as access
from facilitation.core.db import get_engine, read_session, write_session

pytestmark = pytest.mark.server


def _login(server) -> str:
    """A facilitator session as the login page makes it: hand-off code, then the cookie."""
    engine = get_engine(f"sqlite:///{server.data_dir / 'oogst.db'}")
    with write_session(engine) as session:
        code = access.start_handoff(session=session)
    status, headers = _request(server, "GET", f"/auth/session?{urlencode({'code': code})}")
    assert status == 303
    cookie = headers["set-cookie"].split(";", 1)[0]
    return cookie


def _alive(server, cookie: str) -> bool:
    engine = get_engine(f"sqlite:///{server.data_dir / 'oogst.db'}")
    with read_session(engine) as session:
        return access.resolve(session=session, token=cookie.split("=", 1)[1]) is not None


def _request(server, method: str, path: str, headers: dict[str, str] | None = None):
    connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=30)
    connection.request(method, path, headers=headers or {})
    response = connection.getresponse()
    response.read()
    connection.close()
    return response.status, {k.lower(): v for k, v in response.getheaders()}


def test_a_plain_get_does_not_log_out(proxied):
    cookie = _login(proxied)
    status, _ = _request(proxied, "GET", "/auth/logout", {"Cookie": cookie})
    alive = _alive(proxied, cookie)
    print(f"\nGET /auth/logout: {status}, session still valid: {alive}")
    assert alive, "a GET (a link, an <img src>) must not end the session"


def test_a_cross_site_post_does_not_log_out_a_same_site_post_does(proxied):
    cookie = _login(proxied)
    evil = {"Cookie": cookie, "Origin": "https://evil.example"}
    _request(proxied, "POST", "/auth/logout", evil)
    assert _alive(proxied, cookie), "another site's form cannot end the session"
    own = {"Cookie": cookie, "Origin": proxied.url}
    status, headers = _request(proxied, "POST", "/auth/logout", own)
    assert status == 303 and not _alive(proxied, cookie)
    assert "oogst_facilitator=" in headers.get("set-cookie", "")
