"""Durability with a real server process: kill -9 during a burst of sends, restart, nothing lost or doubled."""

from __future__ import annotations

import sqlite3
import uuid

import pytest

from tests.e2e.conftest import PHONE, send_and_wait_for_the_receipt, wait_ready
from tests.e2e.server import ROOT, Server

APP = "[data-testid=stApp]"
OK = '[data-testid=composer-status][data-kind="ok"]'
PENDING = '.oogst-composer[data-pending="1"]'


@pytest.fixture
def own_server(tmp_path):
    server = Server(data_dir=tmp_path).start()
    yield server
    server.stop()


def _counts(server, texts):
    with sqlite3.connect(server.data_dir / "oogst.db") as db:
        return {
            t: db.execute("SELECT count(*) FROM contribution WHERE text = ?", (t,)).fetchone()[0]
            for t in texts
        }


def _restart(server):
    server.stop(kill=True)  # SIGKILL: no shutdown hooks, no flush
    server.start()


def _acked(page, text) -> bool:
    status = page.locator("[data-testid=composer-status]")
    return (
        status.get_attribute("data-kind") == "ok"
        and page.input_value("[data-testid=composer-text]") != text
    )


def test_kill_during_a_burst_loses_and_doubles_nothing(browser, own_server):
    event = own_server.import_event(ROOT / "examples" / "tafelrondes-12-februari-2015.yaml")
    phones = []
    for table in ("1", "2", "3", "5"):
        page = browser.new_context(**PHONE).new_page()
        page.goto(event.targets[table])
        wait_ready(page)
        phones.append(page)
    run = uuid.uuid4().hex[:6]
    sent, acked_before_crash = [], []
    for burst in range(4):
        for index, page in enumerate(phones):
            if burst == 2 and index == 2:
                acked_before_crash = [t for p, t in sent if _acked(p, t)]
                own_server.stop(kill=True)  # SIGKILL mid-burst: two sends on their way, two to come
            text = f"{run} telefoon {index} bericht {burst}"
            page.fill("[data-testid=composer-text]", text)
            page.click("[data-testid=composer-send]")
            sent.append((page, text))
        if burst == 2:
            for page in phones[2:]:  # they sent into the outage: they know, and keep the send
                page.wait_for_selector(f"{APP}:not([data-test-connection-state=CONNECTED])")
                page.wait_for_selector(PENDING, state="attached")
            assert _counts(own_server, [t for _, t in sent[-2:]]) == {t: 0 for _, t in sent[-2:]}
            own_server.start()
        for page, _text in sent[-len(phones) :]:
            page.wait_for_selector(OK, timeout=60_000)
    for index, page in enumerate(phones):  # handled after any stray re-send of that phone
        send_and_wait_for_the_receipt(page, f"{run} telefoon {index} tot slot", timeout=60_000)
    counts = _counts(own_server, [t for _, t in sent])
    assert {t: n for t, n in counts.items() if n != 1} == {}, "every send stored exactly once"
    assert all(counts[t] == 1 for t in acked_before_crash)


def test_phone_comes_back_as_itself_with_its_draft_after_the_session_is_gone(browser, own_server):
    event = own_server.import_event(ROOT / "examples" / "tafelrondes-12-februari-2015.yaml")
    page = browser.new_context(**PHONE).new_page()
    page.goto(event.targets["6"])
    wait_ready(page)
    page.fill("[data-testid=composer-text]", "Verstuurd voor de herstart")
    page.click("[data-testid=composer-send]")
    page.wait_for_selector(OK)
    page.fill("[data-testid=composer-text]", "Half getypt tijdens de herstart")
    token = page.url.split("p=")[1].split("&")[0]
    _restart(own_server)  # the server forgets every session, like a phone locked past the TTL
    page.wait_for_selector(f"{APP}[data-test-connection-state=CONNECTED]", timeout=60_000)
    wait_ready(page)
    page.wait_for_selector("text=Mijn bijdragen (1)", timeout=30_000)
    assert page.input_value("[data-testid=composer-text]") == "Half getypt tijdens de herstart"
    assert f"p={token}" in page.url
    assert _counts(own_server, ["Verstuurd voor de herstart"]) == {"Verstuurd voor de herstart": 1}
