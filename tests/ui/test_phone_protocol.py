"""The phone page over Streamlit's own protocol: what a send makes the server run and send back."""

from __future__ import annotations

import asyncio
import uuid
from concurrent.futures import ThreadPoolExecutor

import pytest

from bench.phone import FRAGMENT_FINISHED, Phone
from bench.protocol import Run, receipts_of, trigger
from tests.e2e.server import ROOT, Server

pytestmark = pytest.mark.server


@pytest.fixture(scope="module")
def table_two(tmp_path_factory):
    server = Server(data_dir=tmp_path_factory.mktemp("oogst")).start()
    try:
        yield server.import_event(ROOT / "examples" / "tafelrondes-12-februari-2015.yaml").targets[
            "2"
        ]
    finally:
        server.stop()


def _in_thread(coroutine):
    # Its own thread: the browser tests' Playwright keeps an event loop in this one.
    with ThreadPoolExecutor(1) as pool:
        return pool.submit(asyncio.run, coroutine).result()


async def _open_and_send(url: str) -> tuple[Run, Run, Phone]:
    phone = Phone(url)
    first = await phone.client.connect()
    await phone.ticker.stop()
    component_id, _, fragment_id = first.components["oogst_composer"]
    value = {"id": uuid.uuid4().hex, "text": "Deel verhalen op de website"}
    sent = await phone.client.rerun([trigger(component_id, "send", value)], fragment_id=fragment_id)
    await phone.client.close()
    return first, sent, phone


def test_a_send_reruns_only_the_composer_part_and_carries_the_receipt(table_two):
    first, sent, phone = _in_thread(_open_and_send(table_two))
    assert first.components["oogst_composer"][2], "the composer lives in a fragment"
    assert sent.status == FRAGMENT_FINISHED
    acks, rejects = receipts_of(sent.components["oogst_composer"][1])
    assert len(acks) == 1 and not rejects
    assert any("oogst-phone-head" in html for html in first.texts)
    assert not any("oogst-phone-head" in html for html in sent.texts), "header not rerun"
    # The table's feed rides along (it reads the shared view, up to 0.25 s old; the phone then
    # keeps it fresh through /api/feed, tests/live/test_feed_route.py).
    assert "oogst_feed" in sent.components, "the feed is part of the composer's fragment"
    assert "p=" in phone.client.query_string, "the new participant's token is in the URL"
