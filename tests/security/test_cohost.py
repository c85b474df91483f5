"""A co-host link is one meeting's, and only while it is current; a wall key can be rotated.

Attack figures (docs/security.md): ``pytest tests/security/test_cohost.py -q -s``.
"""

from __future__ import annotations

import asyncio
import http.client
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import urlencode

import pytest

from bench.protocol import StreamlitClient
from facilitation.access import sessions as access
from facilitation.core.db import get_engine, read_session, write_session
from facilitation.meeting.events import find_event
from tests.e2e.server import ROOT, ImportedEvent

pytestmark = pytest.mark.server
EXAMPLE = ROOT / "examples" / "tafelrondes-12-februari-2015.yaml"


@pytest.fixture(scope="module")
def other(proxied) -> ImportedEvent:
    return proxied.import_event(EXAMPLE)


def _engine(server):
    return get_engine(f"sqlite:///{server.data_dir / 'oogst.db'}")


def _event_id(server, code: str) -> int:
    with read_session(_engine(server)) as session:
        return find_event(session=session, code=code).id or 0


def _cohost_cookie(server, event_id: int) -> str:
    with write_session(_engine(server)) as session:
        code = access.start_handoff(session=session, event_id=event_id)
    connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=30)
    connection.request("GET", f"/auth/session?{urlencode({'code': code})}")
    response = connection.getresponse()
    response.read()
    connection.close()
    return str(response.getheader("set-cookie")).split(";", 1)[0]


def _in_thread(coroutine):
    with ThreadPoolExecutor(1) as pool:
        return pool.submit(asyncio.run, coroutine).result()


async def _page(url: str, cookie: str) -> tuple[list[str], list[str]]:
    client = StreamlitClient(url)
    client.cookie = cookie
    try:
        run = await client.connect()
    finally:
        await client.close()
    return run.texts, run.words


def _wall_shown(texts: list[str]) -> bool:
    """True when a wall (live, join screen or agenda) was rendered, not just its stylesheet."""
    return any('class="oogst-' in t and not t.startswith("<style>") for t in texts)


def test_a_cohost_of_one_meeting_cannot_open_another_meetings_walls(proxied, meeting, other):
    cookie = _cohost_cookie(proxied, _event_id(proxied, meeting.code))
    own, _ = _in_thread(_page(f"{proxied.url}/wall?event={meeting.code}", cookie))
    wall, _ = _in_thread(_page(f"{proxied.url}/wall?event={other.code}", cookie))
    agenda, _ = _in_thread(_page(f"{proxied.url}/wall?event={other.code}&view=agenda", cookie))
    print(
        f"\nco-host of A: own wall {_wall_shown(own)}, B's wall {_wall_shown(wall)}, "
        f"B's agenda wall {_wall_shown(agenda)}"
    )
    assert _wall_shown(own)
    assert not _wall_shown(wall) and not _wall_shown(agenda)


def test_rotating_the_cohost_key_ends_an_open_cohost_tab(proxied, meeting):
    event_id = _event_id(proxied, meeting.code)
    cookie = _cohost_cookie(proxied, event_id)

    async def scenario() -> tuple[bool, bool]:
        client = StreamlitClient(f"{proxied.url}/live?event={meeting.code}")
        client.cookie = cookie
        try:
            before = await client.connect()
            with write_session(_engine(proxied)) as session:
                access.rotate_cohost_key(session=session, event_id=event_id)
            after = await client.rerun()  # the co-host's next click in the same tab
        finally:
            await client.close()
        return "Live" in before.words, "Live" in after.words

    before, after = _in_thread(scenario())
    print(f"\nopen co-host tab: Live before rotation {before}, after {after}")
    assert before and not after


def test_a_rotated_wall_key_is_refused(proxied, meeting):
    event_id = _event_id(proxied, meeting.code)
    with read_session(_engine(proxied)) as session:
        old = find_event(session=session, code=meeting.code).wall_key
    with write_session(_engine(proxied)) as session:
        new = access.rotate_wall_key(session=session, event_id=event_id)
    stale, _ = _in_thread(_page(f"{proxied.url}/wall?event={meeting.code}&key={old}", ""))
    fresh, _ = _in_thread(_page(f"{proxied.url}/wall?event={meeting.code}&key={new}", ""))
    print(
        f"\nwall key rotated: old key shows the wall {_wall_shown(stale)}, "
        f"new key {_wall_shown(fresh)}"
    )
    assert not _wall_shown(stale) and _wall_shown(fresh)


def test_an_open_wall_stops_at_its_next_tick_after_the_key_is_rotated(proxied, meeting):
    event_id = _event_id(proxied, meeting.code)
    with read_session(_engine(proxied)) as session:
        key = find_event(session=session, code=meeting.code).wall_key

    async def scenario() -> tuple[bool, bool, list[str]]:
        client = StreamlitClient(f"{proxied.url}/wall?event={meeting.code}&key={key}")
        try:
            opened = await client.connect()
            tick = min(opened.fragments, key=opened.fragments.__getitem__)
            with write_session(_engine(proxied)) as session:
                access.rotate_wall_key(session=session, event_id=event_id)
            await client.rerun(fragment_id=tick, auto=True)  # the tick asks for a page run
            page = await asyncio.wait_for(client._read_run(), 30)
        finally:
            await client.close()
        return _wall_shown(opened.texts), _wall_shown(page.texts), page.words

    before, after, words = _in_thread(scenario())
    print(f"\nopen wall, key rotated: shown before {before}, after the next tick {after}")
    assert before and not after
    assert words, "the wall says why it stopped"
