"""Pre-moderation in real browsers: the facilitator switches review on, a phone's send waits
(and its receipt says so), the wall shows it only once the facilitator approves it."""

from __future__ import annotations

import uuid

from playwright.sync_api import expect

from facilitation.core.db import get_engine
from facilitation.join.qr import join_url, wall_url
from tests.e2e.conftest import PHONE, PROJECTOR, wait_ready
from tests.utils import make_meeting

DESKTOP = {"viewport": {"width": 1440, "height": 900}}


def _login(page, server) -> None:
    page.goto(f"{server.url}/facilitator")
    wait_ready(page)
    page.get_by_label("Wachtwoord").fill("e2e-wachtwoord")
    page.get_by_role("button", name="Inloggen").click()
    page.wait_for_url("**/events**", timeout=20_000)
    wait_ready(page)


def test_a_send_waits_for_approval_before_the_wall_shows_it(browser, server):
    meeting = make_meeting(get_engine(f"sqlite:///{server.data_dir / 'oogst.db'}"), tables=2)
    facilitator = browser.new_context(**DESKTOP).new_page()
    _login(facilitator, server)
    facilitator.goto(f"{server.url}/live?event={meeting.event.code}")
    wait_ready(facilitator)
    facilitator.get_by_text("Eerst beoordelen voordat het op de muur komt").click()
    wait_ready(facilitator)

    wall = browser.new_context(**PROJECTOR).new_page()
    wall.goto(wall_url(server.url, meeting.event) + "&keys=off")
    wall.wait_for_selector(".oogst-wall")
    phone = browser.new_context(**PHONE).new_page()
    phone.goto(join_url(server.url, meeting.event.code, meeting.target(table=1)))
    wait_ready(phone)
    text = f"Eerst even kijken {uuid.uuid4().hex[:6]}"
    phone.fill("[data-testid=composer-text]", text)
    phone.click("[data-testid=composer-send]")
    phone.wait_for_selector('[data-testid=composer-status][data-kind="ok"]', timeout=10_000)
    assert "wacht op beoordeling" in phone.inner_text("[data-testid=composer-status]")

    approve = facilitator.get_by_role("button", name="Goedkeuren", exact=True)
    expect(approve).to_be_visible(timeout=10_000)  # the queue refreshes by itself
    on_wall = wall.locator(".oogst-wall li", has_text=text)  # live wall or join screen
    expect(on_wall).to_have_count(0)
    approve.click()
    expect(on_wall).not_to_have_count(0, timeout=10_000)
