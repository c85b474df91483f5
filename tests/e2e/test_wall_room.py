"""The projector in real Chromium at 1920×1080: the join screen is readable from the back of the
room, the facilitator's switch on the Live page reaches the wall within a tick, the key J swaps
the screens on the wall itself, and a closed meeting's wall says so without inviting anyone."""

from __future__ import annotations

import time

import pytest
from playwright.sync_api import expect

from facilitation.core.db import get_engine, write_session
from facilitation.core.validation import validated
from facilitation.join.qr import wall_url
from facilitation.meeting import events
from facilitation.models import EventUpdate
from tests.e2e.conftest import PROJECTOR, wait_ready
from tests.utils import make_meeting

DESKTOP = {"viewport": {"width": 1440, "height": 900}}
TICK = 1.0  # OOGST_WALL_TICK_SECONDS


@pytest.fixture(scope="module")
def fresh(server):
    """A new meeting with three tables and nothing sent yet."""
    engine = get_engine(f"sqlite:///{server.data_dir / 'oogst.db'}")
    return make_meeting(engine, tables=3, title="Een lege zaal")


def _wall(browser, server, meeting):
    page = browser.new_context(**PROJECTOR).new_page()
    page.goto(wall_url(server.url, meeting.event))
    page.wait_for_selector(".oogst-wall")
    return page


def _set(meeting, **values) -> float:
    with write_session(meeting.engine) as session:
        events.update_event(
            session=session, event_id=meeting.id, update=validated(EventUpdate, values)
        )
    return time.monotonic()


def _box(page, selector: str) -> dict:
    return page.eval_on_selector(
        selector,
        """e => { const r = e.getBoundingClientRect(); const s = getComputedStyle(e);
          return {top: r.top, bottom: r.bottom, left: r.left, right: r.right, height: r.height,
                  width: r.width, font: parseFloat(s.fontSize), line: parseFloat(s.lineHeight),
                  scroll: e.scrollWidth, client: e.clientWidth}; }""",
    )


def test_join_screen_is_readable_from_the_back_of_the_room(browser, server, fresh):
    page = _wall(browser, server, fresh)
    expect(page.locator("[data-testid=join-screen]")).to_be_visible()
    expect(page.locator(".oogst-live")).to_be_hidden()
    qr = _box(page, ".oogst-join-qr")
    assert qr["height"] >= 0.4 * 1080, f"QR code {qr['height']:.0f} px high"
    code = _box(page, "[data-testid=join-code]")
    assert code["font"] >= 96, f"join code letters {code['font']:.0f} px"
    assert code["right"] <= 1920 and code["scroll"] <= code["client"] + 1
    address = _box(page, "[data-testid=join-address]")
    assert address["height"] < 1.5 * address["line"], "the address is on one line"
    assert address["right"] <= 1920 and address["scroll"] <= address["client"] + 1
    assert page.inner_text("[data-testid=join-address]") == server.url.split("://", 1)[1]
    for part in (".oogst-join-qr", "[data-testid=join-code]", "[data-testid=join-count]"):
        assert _box(page, part)["bottom"] <= 1080, f"{part} is above the fold"
    assert "Nog geen bijdragen" in page.inner_text("[data-testid=join-count]")


def _login(page, server) -> None:
    page.goto(f"{server.url}/facilitator")
    wait_ready(page)
    page.get_by_label("Wachtwoord").fill("e2e-wachtwoord")
    page.get_by_role("button", name="Inloggen").click()
    page.wait_for_url("**/events**", timeout=20_000)
    wait_ready(page)


def test_the_live_page_switch_reaches_every_open_wall_within_a_tick(browser, server, fresh):
    walls = [_wall(browser, server, fresh) for _ in range(2)]
    facilitator = browser.new_context(**DESKTOP).new_page()
    _login(facilitator, server)
    facilitator.goto(f"{server.url}/live?event={fresh.event.code}")
    wait_ready(facilitator)
    for wall in walls:
        expect(wall.locator("[data-testid=join-screen]")).to_be_visible()
    facilitator.get_by_role("radio", name="Wall", exact=True).click()
    clicked = time.monotonic()
    for wall in walls:
        expect(wall.locator(".oogst-live")).to_be_visible(timeout=5_000)
    assert time.monotonic() - clicked < 2 * TICK + 2, "a tick, plus the click's own rerun"
    expect(facilitator.get_by_text("Nu op de beamer: Wall")).to_be_visible()
    facilitator.get_by_role("radio", name="Automatisch", exact=True).click()
    for wall in walls:
        expect(wall.locator("[data-testid=join-screen]")).to_be_visible(timeout=5_000)


def test_the_key_j_swaps_the_screens_on_the_wall_until_the_facilitator_switches(
    browser, server, fresh
):
    wall = _wall(browser, server, fresh)
    join, live = wall.locator("[data-testid=join-screen]"), wall.locator(".oogst-live")
    expect(join).to_be_visible()
    wall.keyboard.press("j")
    expect(live).to_be_visible()
    wall.keyboard.press("j")
    expect(join).to_be_visible()
    wall.keyboard.press("j")
    expect(live).to_be_visible()
    since = _set(fresh, wall_screen="join")
    expect(join).to_be_visible(timeout=5_000)
    assert time.monotonic() - since < 2 * TICK + 1.5
    _set(fresh, wall_screen="auto")
    quiet = browser.new_context(**PROJECTOR).new_page()
    quiet.goto(wall_url(server.url, fresh.event) + "&keys=off")
    quiet.wait_for_selector(".oogst-wall")
    wait_ready(quiet)
    quiet.keyboard.press("j")
    time.sleep(0.5)
    expect(quiet.locator("[data-testid=join-screen]")).to_be_visible()


def test_a_closed_meetings_wall_says_so_and_drops_the_invitation(browser, server, fresh):
    wall = _wall(browser, server, fresh)
    _set(fresh, is_open=False)
    try:
        expect(wall.locator(".oogst-wall[data-open='0']")).to_be_attached(timeout=5_000)
        wait_ready(wall)
        text = wall.inner_text("body")
        assert "Gesloten" in text, "left to the room, the wall shows the harvest, marked closed"
        assert "Doe mee" not in text and "typ de code" not in text
        wall.keyboard.press("j")
        expect(wall.locator("[data-testid=join-screen]")).to_be_visible()
        text = wall.inner_text("body")
        assert "Deze bijeenkomst is gesloten" in text and "Doe mee" not in text
        assert wall.locator(".oogst-wall-qr, .oogst-join-qr").count() == 0
    finally:
        _set(fresh, is_open=True)
