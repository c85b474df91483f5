"""One client floods a meeting: phones without a token, fresh connections, one address.

Attack figures (docs/security.md): ``pytest tests/security/test_flood.py -q -s``.
The server runs with a small per-address allowance (30 a minute) so the attack is short; the
default (``OOGST_SENDS_PER_ADDRESS_PER_MINUTE``, 600) is measured with 200 phones in docs/security.md.
"""

from __future__ import annotations

import asyncio
import sqlite3
import time
import uuid
import zipfile
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor

import pytest
from sqlmodel import col, select

from bench.phone import Phone, Send
from facilitation.core.db import get_engine, write_session
from facilitation.harvest import shape
from facilitation.meeting import review
from facilitation.meeting.events import find_event
from facilitation.models import Contribution, ReportOptions
from tests.e2e.server import ROOT, ImportedEvent, Server

pytestmark = pytest.mark.server
PER_ADDRESS = 30


@pytest.fixture(scope="module")
def flooded(tmp_path_factory) -> Iterator[Server]:
    running = Server(
        data_dir=tmp_path_factory.mktemp("oogst"),
        extra_env={"OOGST_SENDS_PER_ADDRESS_PER_MINUTE": str(PER_ADDRESS)},
    ).start()
    yield running
    running.stop()


@pytest.fixture(scope="module")
def meeting(flooded) -> ImportedEvent:
    return flooded.import_event(ROOT / "examples" / "tafelrondes-12-februari-2015.yaml")


def _in_thread(coroutine) -> object:
    with ThreadPoolExecutor(1) as pool:
        return pool.submit(asyncio.run, coroutine).result()


async def _one_send(url: str, text: str) -> Send:
    """A connection without a participant token: open, send once, close."""
    phone = Phone(url, feed_every=3600)
    send = Send(uuid.uuid4().hex, text, text)
    try:
        await phone.open()
        await phone.send(send, give_up_after=20)
    finally:
        await phone.close()
    return send


async def _flood(url: str, count: int, marker: str) -> list[Send]:
    gate = asyncio.Semaphore(5)

    async def one(i: int) -> Send:
        async with gate:
            return await _one_send(url, f"{marker} spam {i}")

    return list(await asyncio.gather(*(one(i) for i in range(count))))


def _stored(server: Server, marker: str) -> tuple[int, int]:
    with sqlite3.connect(server.data_dir / "oogst.db") as db:
        return db.execute(
            "SELECT COUNT(*), COUNT(DISTINCT participant_id) FROM contribution WHERE text LIKE ?",
            (f"{marker}%",),
        ).fetchone()


def test_sixty_tokenless_sends_from_one_address_are_held_to_its_allowance(flooded, meeting):
    url = next(iter(meeting.targets.values()))
    started = time.monotonic()
    sends = _in_thread(_flood(url, 60, "flood-a"))
    seconds = time.monotonic() - started
    stored, people = _stored(flooded, "flood-a")
    refused = sum(1 for s in sends if s.rejected)
    print(
        f"\nflood: 60 sends in {seconds:.1f} s, {stored} stored by {people} participants, "
        f"{refused} refused"
    )
    assert stored <= PER_ADDRESS, "one address sends at most its allowance a minute"
    assert refused == 60 - stored
    assert all("minuut" in s.rejected for s in sends if s.rejected), "a friendly message"


def _wall_text(url: str) -> str:
    from bench.protocol import StreamlitClient

    async def run() -> str:
        client = StreamlitClient(url)
        try:
            page = await client.connect()
        finally:
            await client.close()
        return "\n".join(t for t in page.texts if not t.startswith("<style>"))

    return str(_in_thread(run()))


def _report_xml(server: Server, code: str, path) -> str:
    server.cli("harvest", code, "--out", str(path))
    with zipfile.ZipFile(path) as docx:
        return docx.read("word/document.xml").decode("utf-8")


def test_reviewing_first_keeps_a_flood_off_the_wall_and_out_of_the_report(proxied, tmp_path):
    """Pre-moderation: sends wait, the phone is told so; only approved ones show and report."""
    meeting = proxied.import_event(ROOT / "examples" / "tafelrondes-12-februari-2015.yaml")
    engine = get_engine(f"sqlite:///{proxied.data_dir / 'oogst.db'}")
    with write_session(engine) as session:
        event_id = find_event(session=session, code=meeting.code).id or 0
        review.set_review_first(session=session, event_id=event_id, on=True)
        # The example prints the synthesis only; the standard report lists the contributions.
        shape.save_report_options(session=session, event_id=event_id, options=ReportOptions())
    url = next(iter(meeting.targets.values()))
    sends = _in_thread(_flood(url, 6, "review-b"))
    on_wall = _wall_text(meeting.wall_url).count("review-b")
    receipts = {s.receipt for s in sends}
    print(
        f"\nreview first: {len(sends)} sends acknowledged {sum(bool(s.acked_at) for s in sends)}"
        f", on the wall before approval: {on_wall}"
    )
    assert all(s.acked_at for s in sends) and all("beoordeling" in r for r in receipts)
    assert on_wall == 0
    with write_session(engine) as session:
        ids = [row.id or 0 for row in review.waiting(session=session, event_id=event_id)]
        first = [
            c.id or 0
            for c in session.exec(
                select(Contribution).where(
                    Contribution.event_id == event_id, col(Contribution.text).contains("spam 0")
                )
            )
        ]
        review.decide(session=session, event_id=event_id, contribution_ids=first, approve=True)
    assert len(ids) == 6
    deadline = time.monotonic() + 30  # a process trusts a revision it read 0.25 s ago
    while "review-b spam 0" not in (wall := _wall_text(meeting.wall_url)):
        assert time.monotonic() < deadline, "the approved contribution reaches the wall"
    report = _report_xml(proxied, meeting.code, tmp_path / "oogst.docx")
    assert "review-b spam 0" in wall and wall.count("review-b") == 1
    assert "review-b spam 0" in report and report.count("review-b") == 1


def test_phones_without_a_token_cannot_pile_up_proposals(tmp_path, monkeypatch):
    """The 5-pending-proposals cap is per phone; a tokenless client is a new phone each time.

    The real agenda page (AppTest, one client address like a room behind NAT) with an
    allowance of 3 proposals a minute per address.
    """
    from facilitation.core.settings import get_settings
    from facilitation.models import ActionItem
    from tests.ui.test_pages import app
    from ui.common import guard

    monkeypatch.setenv("OOGST_PROPOSALS_PER_ADDRESS_PER_MINUTE", "3")
    monkeypatch.setenv("OOGST_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("OOGST_DATABASE_URL", "")
    monkeypatch.setenv("OOGST_PUBLIC_URL", "http://oogst.test")
    monkeypatch.chdir(ROOT)
    get_settings.cache_clear()
    guard.proposals().clear()
    engine = get_engine(get_settings().resolved_database_url)
    with write_session(engine) as session:
        from facilitation import eventfile

        code = eventfile.import_event(
            session=session,
            model=eventfile.parse_event_file(
                (ROOT / "examples" / "tafelrondes-12-februari-2015.yaml").read_bytes()
            ),
            keep_code=False,
        ).code
    for n in range(8):  # a fresh page, no participant token: a new phone every time
        at = app("pages/public/agenda.py", event=code)
        next(t for t in at.text_input if t.label == "Wat is de actie?").input(f"Spam {n}")
        next(b for b in at.button if b.label == "Voorstellen").click().run()
    with write_session(engine) as session:
        stored = len(
            session.exec(select(ActionItem).where(col(ActionItem.title).startswith("Spam"))).all()
        )
    print(f"\nproposals: 8 from fresh pages on one address, {stored} stored")
    guard.proposals().clear()
    get_settings.cache_clear()
    assert stored <= 3
