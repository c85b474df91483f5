"""Phones in the room, in real Chromium: they learn within 5 s that their table, round or
meeting closed or opened (Send disabled with the reason, the draft kept); every button opens
its page in the same tab with the phone's identity; receipts number the phone's own sends."""

from __future__ import annotations

import time
import uuid

import pytest
from playwright.sync_api import expect

from facilitation.core.db import get_engine, read_session, write_session
from facilitation.meeting import events
from facilitation.meeting.events import find_event
from tests.e2e.conftest import PHONE, wait_ready
from tests.e2e.server import ROOT
from tests.utils import Meeting

LEARNS_WITHIN = 5.0  # seconds from the facilitator's change to the phone showing it


@pytest.fixture(scope="module")
def room(server):
    event = server.import_event(ROOT / "examples" / "tafelrondes-12-februari-2015.yaml")
    engine = get_engine(f"sqlite:///{server.data_dir / 'oogst.db'}")
    with read_session(engine) as session:
        meeting = Meeting(event=find_event(session=session, code=event.code), engine=engine)
    return event, meeting


def _phone_at(browser, url: str):
    phone = browser.new_context(**PHONE).new_page()
    phone.goto(url)
    wait_ready(phone)
    phone.wait_for_selector("[data-testid=composer-text]")
    return phone


def _change(meeting: Meeting, action) -> float:
    """Do what the facilitator's Live page does (the server is another process); return when."""
    with write_session(meeting.engine) as session:
        action(session)
    return time.monotonic()


def _sees_closed(phone, since: float, words: str) -> None:
    closed = phone.locator("[data-testid=composer-closed]")
    expect(closed).to_be_visible(timeout=LEARNS_WITHIN * 1000 + 500)
    assert time.monotonic() - since < LEARNS_WITHIN
    expect(closed).to_contain_text(words)
    expect(phone.locator("[data-testid=composer-send]")).to_be_disabled()


def _sees_open(phone, since: float) -> None:
    expect(phone.locator("[data-testid=composer-send]")).to_be_enabled(
        timeout=LEARNS_WITHIN * 1000 + 500
    )
    assert time.monotonic() - since < LEARNS_WITHIN
    expect(phone.locator("[data-testid=composer-closed]")).to_be_hidden()


def test_a_phone_learns_within_five_seconds_that_its_table_round_or_meeting_closed(browser, room):
    event, meeting = room
    phone = _phone_at(browser, event.targets["3"])
    draft = f"Half getypt, nog niet verstuurd {uuid.uuid4().hex[:6]}"
    phone.fill("[data-testid=composer-text]", draft)
    theme_id = meeting.target(table=3).theme_id

    def table(is_open: bool):
        return lambda s: events.set_target_open(
            session=s, event_id=meeting.id, theme_id=theme_id, case_id=None, is_open=is_open
        )

    _sees_closed(phone, _change(meeting, table(False)), "tafel is gesloten")
    _sees_open(phone, _change(meeting, table(True)))

    with write_session(meeting.engine) as session:
        first = events.save_round(session=session, event_id=meeting.id, number=1, minutes=10)
        round_id = first.id or 0
    _change(
        meeting, lambda s: events.start_round(session=s, event_id=meeting.id, round_id=round_id)
    )
    _sees_closed(
        phone,
        _change(
            meeting, lambda s: events.close_round(session=s, event_id=meeting.id, round_id=round_id)
        ),
        "ronde is afgelopen",
    )
    _sees_open(
        phone,
        _change(
            meeting, lambda s: events.start_round(session=s, event_id=meeting.id, round_id=round_id)
        ),
    )

    def meeting_open(is_open: bool):
        return lambda s: events.set_event_open(session=s, event_id=meeting.id, is_open=is_open)

    _sees_closed(phone, _change(meeting, meeting_open(False)), "bijeenkomst is gesloten")
    _sees_open(phone, _change(meeting, meeting_open(True)))
    assert phone.input_value("[data-testid=composer-text]") == draft, "the draft is kept"
    phone.click("[data-testid=composer-send]")
    phone.wait_for_selector('[data-testid=composer-status][data-kind="ok"]', timeout=10_000)


def test_phone_buttons_stay_in_the_tab_keep_the_identity_and_number_own_sends(browser, room):
    event, _ = room
    context = browser.new_context(**PHONE)
    phone = context.new_page()
    phone.goto(event.join_url)
    wait_ready(phone)
    phone.locator("a.oogst-link", has_text="Tafel 5").click()
    phone.wait_for_url("**table=5**")
    wait_ready(phone)
    receipts = []
    for n in range(2):
        phone.fill("[data-testid=composer-text]", f"Eigen idee {n} {uuid.uuid4().hex[:6]}")
        phone.click("[data-testid=composer-send]")
        status = phone.locator('[data-testid=composer-status][data-kind="ok"]')
        expect(status).to_contain_text(f"nr. {n + 1}", timeout=10_000)
        receipts.append(status.inner_text())
    assert "nr. 1" in receipts[0] and "nr. 2" in receipts[1]
    token = phone.url.split("p=", 1)[1].split("&", 1)[0]
    feed = phone.locator("[data-testid=phone-feed]")
    assert "Eigen idee" not in feed.inner_text(), "the feed shows what others wrote"

    for name, path in (("Andere tafel kiezen", "/join"), ("Actieagenda", "/agenda")):
        phone.locator("a.oogst-link", has_text=name).first.click()
        phone.wait_for_url(lambda url, p=path: p in url and "table=" not in url)
        wait_ready(phone)
        assert f"p={token}" in phone.url, f"{name} keeps the phone's identity"
        assert len(context.pages) == 1, f"{name} opens in the same tab"
        phone.go_back()
        phone.wait_for_url("**table=5**")
        wait_ready(phone)
    phone.locator("a.oogst-text-link", has_text="Privacy").click()
    phone.wait_for_url("**/privacy**")
    wait_ready(phone)
    phone.locator("a.oogst-link", has_text="Terug naar de bijeenkomst").click()
    phone.wait_for_url(f"**p={token}**")
    assert len(context.pages) == 1
