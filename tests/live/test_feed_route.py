"""The phone feed's JSON route (/api/feed) on a real server: what a phone polls between reruns."""

from __future__ import annotations

import json
import time
import urllib.error
import urllib.request

import pytest

from facilitation.core.db import get_engine, read_session, write_session
from facilitation.core.validation import validated
from facilitation.live.wall import RECENT_PER_SECTION
from facilitation.meeting import contributions, events
from facilitation.meeting.events import find_event
from facilitation.models import EventUpdate
from tests.e2e.server import ROOT, Server
from tests.utils import Meeting

pytestmark = pytest.mark.server


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    server = Server(data_dir=tmp_path_factory.mktemp("oogst")).start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="module")
def event(server):
    return server.import_event(ROOT / "examples" / "tafelrondes-12-februari-2015.yaml")


def _get(server, query: str, forwarded: str = "") -> tuple[int, dict, dict]:
    request = urllib.request.Request(f"{server.url}/api/feed?{query}")
    if forwarded:
        request.add_header("X-Forwarded-For", forwarded)
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, json.loads(response.read()), dict(response.headers)
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read()), dict(error.headers)


@pytest.fixture(scope="module")
def meeting(server, event):
    engine = get_engine(f"sqlite:///{server.data_dir / 'oogst.db'}")
    with read_session(engine) as session:
        return Meeting(event=find_event(session=session, code=event.code), engine=engine)


def _insert(meeting: Meeting, table: int, text: str, hidden: bool = False) -> None:
    """Store a contribution the way a phone does (the server runs in another process)."""
    receipt = meeting.send(meeting.participant(), text, table=table)
    if hidden:
        with write_session(meeting.engine) as session:
            contributions.set_hidden(
                session=session,
                event_id=meeting.id,
                contribution_id=receipt.contribution_id,
                hidden=True,
            )


def _show_others(meeting: Meeting, show: bool) -> None:
    with write_session(meeting.engine) as session:
        events.update_event(
            session=session,
            event_id=meeting.id,
            update=validated(EventUpdate, {"show_others": show}),
        )


def _poll_until(server, query: str, done) -> dict:
    """Poll like a phone until *done(feed)*; the wall cache trusts a revision for 0.25 s."""
    for _ in range(30):
        _, feed, _ = _get(server, query)
        if done(feed):
            return feed
        time.sleep(0.1)
    return feed


def test_feed_lists_the_tables_newest_visible_texts_as_plain_json(server, event, meeting):
    markup = "<b>vet</b> <script>alert(1)</script> =SUM(A1)"
    _insert(meeting, 2, "Een verborgen bijdrage", hidden=True)
    _insert(meeting, 2, markup)
    _insert(meeting, 3, "Aan tafel drie")
    _poll_until(server, f"event={event.code}&target=t2", lambda f: markup in f["items"])
    status, feed, headers = _get(server, f"event={event.code}&target=t2")
    assert status == 200
    assert headers["cache-control"] == "no-store"
    assert feed["enabled"] is True
    assert feed["items"][0] == markup, "newest first, the text exactly as typed"
    assert "Een verborgen bijdrage" not in feed["items"]
    assert "Aan tafel drie" not in feed["items"]
    assert len(feed["items"]) == min(feed["count"], RECENT_PER_SECTION)


def test_feed_moves_with_the_revision(server, event, meeting):
    _, before, _ = _get(server, f"event={event.code}&target=t5")
    _insert(meeting, 5, "Net binnen")
    after = _poll_until(
        server, f"event={event.code}&target=t5", lambda f: f["revision"] > before["revision"]
    )
    assert after["items"][0] == "Net binnen"
    assert after["count"] == before["count"] + 1


def test_code_written_with_a_dash_and_lower_case_works(server, event):
    code = event.code.lower()
    status, feed, _ = _get(server, f"event={code[:4]}-{code[4:]}&target=t1")
    assert status == 200 and feed["enabled"] is True


def test_unknown_target_and_hidden_feed_show_nothing(server, event, meeting):
    status, feed, _ = _get(server, f"event={event.code}&target=t99")
    assert status == 200 and (feed["enabled"], feed["items"], feed["count"]) == (False, [], 0)
    _show_others(meeting, False)
    try:
        query = f"event={event.code}&target=t2"
        feed = _poll_until(server, query, lambda f: not f["enabled"])
        assert feed["enabled"] is False and feed["items"] == []
    finally:
        _show_others(meeting, True)


def test_feed_tells_every_phone_whether_it_can_send_and_why_not(server, event, meeting):
    query = f"event={event.code}&target=t7&lang=en"
    _, feed, _ = _get(server, query)
    assert (feed["closed"], feed["reason"]) == ("", "")
    theme_id = meeting.target(table=7).theme_id
    with write_session(meeting.engine) as session:
        events.set_target_open(
            session=session, event_id=meeting.id, theme_id=theme_id, case_id=None, is_open=False
        )
    try:
        closed = _poll_until(server, query, lambda f: f["closed"])
        assert closed["closed"] == "error.target_closed"
        assert closed["reason"].startswith("This table is closed")
        _show_others(meeting, False)
        hidden = _poll_until(server, query, lambda f: not f["enabled"])
        assert hidden["closed"] == "error.target_closed", "the state comes with or without feed"
    finally:
        _show_others(meeting, True)
        with write_session(meeting.engine) as session:
            events.set_target_open(
                session=session, event_id=meeting.id, theme_id=theme_id, case_id=None, is_open=True
            )
    assert _poll_until(server, query, lambda f: not f["closed"])["reason"] == ""


def test_feed_leaves_out_the_asking_phones_own_texts(server, event, meeting):
    me = meeting.participant()
    meeting.send(me, "Mijn eigen tekst", table=6)
    _insert(meeting, 6, "Tekst van een ander")
    query = f"event={event.code}&target=t6"
    everything = _poll_until(server, query, lambda f: "Tekst van een ander" in f["items"])
    assert "Mijn eigen tekst" in everything["items"]
    _, mine_out, _ = _get(server, f"{query}&p={me.token}")
    assert "Mijn eigen tekst" not in mine_out["items"]
    assert "Tekst van een ander" in mine_out["items"]


def test_the_feed_tells_phones_when_a_scan_opens_closes_or_changes(server, event, meeting):
    from facilitation.scans import editor, templates

    def poll(scan_id: int) -> dict:
        deadline = time.monotonic() + 5  # the server trusts a revision read up to 0.25 s old
        status, body, _ = _get(server, f"event={event.code}&scan={scan_id}")
        while time.monotonic() < deadline and body.get("scans") == before.get("scans"):
            time.sleep(0.3)
            status, body, _ = _get(server, f"event={event.code}&scan={scan_id}")
        assert status == 200
        return body

    with write_session(meeting.engine) as session:
        scan = templates.create_from_template(
            session=session, event_id=meeting.id, key=templates.CLIMATE
        )
    before = _get(server, f"event={event.code}&scan={scan.id}")[1]
    assert before["scans"] == "" and before["scan_state"].startswith("closed:")
    with write_session(meeting.engine) as session:
        editor.set_scan_open(session=session, event_id=meeting.id, scan_id=scan.id, is_open=True)
    opened = poll(scan.id or 0)
    assert opened["scans"] == str(scan.id) and opened["scan_state"].startswith("open:")
    assert _get(server, f"event={event.code}&scan=999")[1]["scan_state"] == "gone"


def test_wrong_codes_are_refused_then_slowed_down(server, event):
    status, body, _ = _get(server, "event=ZZZZZZZZ&target=t1")
    assert status == 404 and body == {"error": "unknown_event"}
    # The server trusts no proxy header by default: every guess comes from 127.0.0.1.
    statuses = [_get(server, f"event=ZZZZZZ{i:02d}&target=t1")[0] for i in range(25)]
    assert statuses[-1] == 429, statuses
    status, _, headers = _get(server, "event=ZZZZZZ99&target=t1")
    assert status == 429 and int(headers["retry-after"]) >= 1, "a blocked guesser waits"
    status, _, _ = _get(server, f"event={event.code}&target=t1")
    assert status == 200, "the right code is answered even for a blocked address (a shared NAT)"
