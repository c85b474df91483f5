"""The core loop in a real browser: a phone sends at table 2, the projector wall shows it."""

from __future__ import annotations

import sqlite3
import time
import uuid

import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import (
    OFFLINE_SWITCH,
    PHONE,
    PROJECTOR,
    send_and_wait_for_the_receipt,
    wait_ready,
)
from tests.e2e.server import ROOT


def _count(server, text: str) -> int:
    with sqlite3.connect(server.data_dir / "oogst.db") as db:
        return db.execute("SELECT count(*) FROM contribution WHERE text = ?", (text,)).fetchone()[0]


def _open_wall(browser, event):
    wall = browser.new_context(**PROJECTOR).new_page()
    wall.goto(event.wall_url)
    wall.wait_for_selector(".oogst-card")
    return wall


def test_phone_at_table_two_appears_on_the_wall_within_two_seconds(browser, server, table_event):
    wall = _open_wall(browser, table_event)
    phone = browser.new_context(**PHONE).new_page()
    phone.goto(table_event.targets["2"])
    wait_ready(phone)
    assert "Zichtbaar worden als groeistof" in phone.inner_text("body")
    text = f"Deel verhalen op de website {uuid.uuid4().hex[:6]}"
    phone.fill("[data-testid=composer-text]", text)
    phone.click("[data-testid=composer-send]")
    sent = time.monotonic()
    wall.wait_for_selector(f'.oogst-card[data-key="t2"] li:has-text("{text}")', timeout=2_000)
    assert time.monotonic() - sent < 2.0
    phone.wait_for_selector('[data-testid=composer-status][data-kind="ok"]', timeout=5_000)
    assert "Ontvangen" in phone.inner_text("[data-testid=composer-status]")
    assert phone.input_value("[data-testid=composer-text]") == ""
    assert _count(server, text) == 1
    assert "p=" in phone.url, "the phone's identity is kept in its URL"


def test_wall_count_chart_has_bars_readable_from_the_back(browser, server, table_event):
    phone = browser.new_context(**PHONE).new_page()
    phone.goto(table_event.targets["4"])
    wait_ready(phone)
    phone.fill("[data-testid=composer-text]", f"Een telling op het scherm {uuid.uuid4().hex[:6]}")
    phone.click("[data-testid=composer-send]")
    phone.wait_for_selector('[data-testid=composer-status][data-kind="ok"]', timeout=5_000)
    wall = _open_wall(browser, table_event)
    bars = ".oogst-bar-fill"
    wall.wait_for_selector(bars)
    tallest = wall.eval_on_selector_all(
        bars, "els => Math.max(...els.map(e => e.getBoundingClientRect().height))"
    )
    # Title, numbers and labels share the chart's height; the tallest bar must keep real room.
    assert tallest >= 60, f"the tallest bar is {tallest:.0f} px"
    label = wall.eval_on_selector(".oogst-bar-label", "e => e.getBoundingClientRect().height")
    assert label > 10, "table numbers under the bars are visible"


def test_wall_fades_older_suggestions_out_instead_of_cutting_them(browser, server, table_event):
    wall = _open_wall(browser, table_event)
    mask = wall.eval_on_selector(
        ".oogst-card ul",
        "e => getComputedStyle(e).maskImage || getComputedStyle(e).webkitMaskImage",
    )
    assert "linear-gradient" in mask


def test_phone_feed_shows_another_phones_send_live_as_plain_text(browser, server, table_event):
    reader = browser.new_context(**PHONE).new_page()
    reader.goto(table_event.targets["6"])
    wait_ready(reader)
    reader.wait_for_selector("[data-testid=phone-feed] li")
    writer = browser.new_context(**PHONE).new_page()
    writer.goto(table_event.targets["6"])
    wait_ready(writer)
    text = f"<b>vet</b> <img src=x onerror=alert(1)> {uuid.uuid4().hex[:6]}"
    writer.fill("[data-testid=composer-text]", text)
    writer.click("[data-testid=composer-send]")
    sent = time.monotonic()
    # No reload: the reader's feed polls /api/feed every OOGST_PHONE_FEED_SECONDS (5 s).
    # The component lives in a shadow root: Playwright's locators reach into it.
    expect(reader.locator("[data-testid=phone-feed] li").first).to_have_text(text, timeout=8_000)
    assert time.monotonic() - sent < 8
    assert (
        reader.locator("[data-testid=phone-feed] li b, [data-testid=phone-feed] li img").count()
        == 0
    )
    assert "bijdragen aan deze tafel" in reader.inner_text("[data-testid=phone-feed] .note")


def test_phone_offline_while_sending_sends_exactly_once(browser, server, table_event):
    context = browser.new_context(**PHONE)
    context.add_init_script(OFFLINE_SWITCH)
    phone = context.new_page()
    phone.goto(table_event.targets["3"])
    wait_ready(phone)
    text = f"Getypt in de kelder zonder bereik {uuid.uuid4().hex[:6]}"
    phone.fill("[data-testid=composer-text]", text)
    context.set_offline(True)
    phone.evaluate("window.__goOffline()")
    phone.click("[data-testid=composer-send]")
    # The composer's next retry finds no network, keeps the send and says so.
    phone.wait_for_selector(
        '[data-testid=composer-status][data-kind="waiting"]:has-text("Geen verbinding")'
    )
    assert _count(server, text) == 0
    assert phone.input_value("[data-testid=composer-text]") == text, "typed text is kept"
    context.set_offline(False)
    phone.evaluate("window.__goOnline()")
    phone.wait_for_selector('[data-testid=composer-status][data-kind="ok"]', timeout=20_000)
    # Any re-send still on its way is handled before a later send is acknowledged.
    send_and_wait_for_the_receipt(phone, f"Weer boven de grond {uuid.uuid4().hex[:6]}")
    assert _count(server, text) == 1
    wall = _open_wall(browser, table_event)
    assert wall.locator(f'.oogst-card[data-key="t3"] li:has-text("{text}")').count() == 1


def test_draft_survives_a_reload(browser, table_event):
    phone = browser.new_context(**PHONE).new_page()
    phone.goto(table_event.targets["4"])
    wait_ready(phone)
    phone.fill("[data-testid=composer-text]", "Half getypt idee")
    phone.reload()
    wait_ready(phone)
    phone.wait_for_selector("[data-testid=composer-text]")
    assert phone.input_value("[data-testid=composer-text]") == "Half getypt idee"


def test_four_phones_two_suggestions_each_none_lost_or_duplicated(browser, server, table_event):
    # Volume (60 phones, re-sends of the same id) is tests/load/test_load.py, at protocol level;
    # here real browsers, two of them at the same table.
    wall = _open_wall(browser, table_event)
    run = uuid.uuid4().hex[:6]
    phones = []
    for table in ("1", "1", "5", "7"):
        page = browser.new_context(**PHONE).new_page()  # a phone each: own storage, own session
        page.goto(table_event.targets[table])
        phones.append(page)
    for page in phones:
        wait_ready(page)
    texts = []
    for round_number in range(2):
        for index, page in enumerate(phones):
            text = f"{run} telefoon {index} idee {round_number}"
            texts.append(text)
            page.fill("[data-testid=composer-text]", text)
            page.click("[data-testid=composer-send]")
        for page in phones:
            page.wait_for_selector('[data-testid=composer-status][data-kind="ok"]', timeout=15_000)
            assert page.input_value("[data-testid=composer-text]") == ""
    assert [t for t in texts if _count(server, t) != 1] == []
    wall.wait_for_function(
        "(needle) => document.body.innerText.split(needle).length - 1 >= 8",
        arg=f"{run} telefoon",
        timeout=3_000,
    )


@pytest.mark.parametrize(
    ("example", "target"),
    [("pitchsessie-26-januari-2015.yaml", "4B"), ("praktijkcasussen.yaml", "B")],
)
def test_every_format_can_be_joined_through_its_qr_urls(browser, server, example, target):
    event = server.import_event(ROOT / "examples" / example)
    wall = _open_wall(browser, event)
    phone = browser.new_context(**PHONE).new_page()
    phone.goto(event.targets[target])
    wait_ready(phone)
    text = f"Advies voor casus {target} {uuid.uuid4().hex[:6]}"
    phone.fill("[data-testid=composer-text]", text)
    phone.click("[data-testid=composer-send]")
    wall.wait_for_selector(
        f'.oogst-card[data-key="c{target}"] li:has-text("{text}")', timeout=2_000
    )
    assert _count(server, text) == 1
