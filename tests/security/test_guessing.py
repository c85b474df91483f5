"""Guessing join codes and secrets: the limiter counts the real client, forgets, and never locks
a room out of its own meeting.

Attack figures (docs/security.md): ``pytest tests/security/test_guessing.py -q``.
"""

from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import urlsplit

import pytest

from bench.protocol import StreamlitClient
from facilitation.access import limiter as limits
from facilitation.access.limiter import AttemptLimiter
from facilitation.core.errors import TooManyAttempts
from tests.security.conftest import get

pytestmark = pytest.mark.server
NGINX_SAW = "203.0.113.7"  # what the proxy appends: the address it really saw


def _feed(code: str) -> str:
    return f"/api/feed?event={code}&target=t1"


def test_a_forged_forwarded_for_does_not_escape_the_limit(proxied):
    """60 wrong codes, each with a made-up leftmost X-Forwarded-For entry, from one address."""
    statuses = [
        get(proxied, _feed(f"ZZZZ{i:04d}"), forwarded=f"10.9.{i}.1, {NGINX_SAW}")[0]
        for i in range(60)
    ]
    refused = statuses.count(429)
    print(f"\nforged X-Forwarded-For: {statuses.count(404)} answered, {refused} refused of 60")
    assert refused >= 39, "beyond 20 wrong codes a minute the address is slowed down"


def test_a_blocked_address_still_reaches_its_meeting(proxied, meeting):
    """A room behind one address: 25 typos block it, yet the right code, feed and wall work."""
    room = "198.51.100.9"
    for i in range(25):
        get(proxied, _feed(f"TYPO{i:04d}"), forwarded=room)
    assert get(proxied, _feed("TYPO9999"), forwarded=room)[0] == 429, "the address is blocked"
    status, _ = get(proxied, _feed(meeting.code), forwarded=room)
    texts = _wall_texts(meeting.wall_url, room)
    print(f"\nblocked address, right code: feed {status}, wall shown {bool(texts)}")
    assert status == 200
    assert texts, "the wall reload shows the wall"


def _wall_texts(url: str, forwarded: str) -> list[str]:
    async def run() -> list[str]:
        client = StreamlitClient(url)
        client.headers = {"X-Forwarded-For": forwarded}
        try:
            page = await client.connect()
        finally:
            await client.close()
        return [t for t in page.texts if 'class="oogst-' in t and not t.startswith("<style>")]

    assert urlsplit(url).path == "/wall"
    with ThreadPoolExecutor(1) as pool:
        return pool.submit(asyncio.run, run()).result()


def test_failures_expire_in_a_sliding_window():
    """21 failures block; a minute later the address starts afresh (the docs say per minute)."""
    guard = AttemptLimiter(free_failures=20, base_delay=2.0, max_delay=120.0)
    blocked = False
    for _ in range(21):
        try:
            guard.failed("a", now=1000.0)
        except TooManyAttempts:
            blocked = True
    assert blocked
    for second in range(1200, 1220):  # long after the wait: 20 more typos are free again
        guard.failed("a", now=float(second))
    guard.check("a", now=1220.0)


def test_the_table_of_clients_is_bounded():
    guard = AttemptLimiter(free_failures=3, max_clients=1000)
    for i in range(50_000):
        guard.failed(f"10.{i // 65536}.{i // 256 % 256}.{i % 256}", now=1.0)
    assert len(guard) <= 1000


@pytest.mark.parametrize(
    ("forwarded", "peer", "hops", "client"),
    [
        ("6.6.6.6, 203.0.113.7", "127.0.0.1", 1, "203.0.113.7"),  # nginx appended its peer
        ("6.6.6.6, 203.0.113.7, 10.0.0.2", "127.0.0.1", 2, "203.0.113.7"),  # two proxies
        ("6.6.6.6", "192.0.2.50", 1, "192.0.2.50"),  # not from a trusted proxy: its own address
        ("", "127.0.0.1", 1, "127.0.0.1"),  # the proxy set no header: the proxy's address
        ("6.6.6.6, 203.0.113.7", "127.0.0.1", 0, "127.0.0.1"),  # no proxy configured
        ("6.6.6.6, 203.0.113.7", "127.0.0.1", 5, "6.6.6.6"),  # more hops than entries
    ],
)
def test_only_the_configured_hops_are_trusted(forwarded, peer, hops, client):
    trusted = frozenset({"127.0.0.1", "::1"})
    assert limits.client_address(forwarded, peer, hops=hops, trusted=trusted) == client


def test_the_passphrase_limiter_counts_the_proxys_client_and_forgets(monkeypatch):
    from facilitation.access import passphrase
    from facilitation.core.errors import WrongPassphrase

    guard = AttemptLimiter(free_failures=3, base_delay=2.0, max_delay=300.0, window=60.0)
    client = limits.client_address(
        "1.1.1.1, 203.0.113.7", "127.0.0.1", hops=1, trusted=frozenset({"127.0.0.1"})
    )
    outcomes = []
    for _ in range(6):
        try:
            passphrase.login(
                session=None, given="fout", configured="goed", client=client, limiter=guard
            )  # type: ignore[arg-type]
        except (WrongPassphrase, TooManyAttempts) as error:
            outcomes.append(type(error).__name__)
    assert "TooManyAttempts" in outcomes
    assert guard.blocked_for(client, now=10**9) == 0, "a day later the failures are forgotten"
