"""Running the meeting in real Chromium: a round that closes by itself when its timer ends (the
phones learn it within 5 s with no facilitator page open, the Live page shows it closed), a
synthesis that survives going to another page and back, the live path by keyboard alone, and
the phone's Send button at 200 % zoom."""

from __future__ import annotations

import time
import uuid

import pytest
from playwright.sync_api import expect
from sqlmodel import select

from facilitation.core.db import get_engine, read_session, write_session
from facilitation.meeting import events
from facilitation.meeting.events import find_event
from facilitation.models import Contribution, Round, Theme, as_utc, utcnow
from tests.e2e.conftest import PHONE, wait_ready
from tests.e2e.server import ROOT
from tests.utils import Meeting

pytestmark = [pytest.mark.browser, pytest.mark.server]

DESKTOP = {"viewport": {"width": 1440, "height": 900}}
LEARNS_WITHIN = 5.0
ROUND_SECONDS = 12
# The focused element's test id, looking into shadow roots (the composer is a component).
DEEP_FOCUS = """() => { let e = document.activeElement;
  while (e && e.shadowRoot && e.shadowRoot.activeElement) e = e.shadowRoot.activeElement;
  return e && e.dataset ? e.dataset.testid || e.tagName : null; }"""


def _import(server):
    event = server.import_event(ROOT / "examples" / "tafelrondes-12-februari-2015.yaml")
    engine = get_engine(f"sqlite:///{server.data_dir / 'oogst.db'}")
    with read_session(engine) as session:
        meeting = Meeting(event=find_event(session=session, code=event.code), engine=engine)
    return event, meeting


@pytest.fixture(scope="module")
def room(server):
    """A meeting whose rounds never start: phones may send all along."""
    return _import(server)


@pytest.fixture
def timed_room(server):
    """A meeting of its own for a round that ends (after it, phones wait for the next round)."""
    return _import(server)


def _log_in(browser, server):
    page = browser.new_context(**DESKTOP).new_page()
    page.goto(f"{server.url}/facilitator")
    wait_ready(page)
    page.get_by_label("Wachtwoord").fill("e2e-wachtwoord")
    page.get_by_role("button", name="Inloggen").click()
    page.wait_for_url("**/events**", timeout=20_000)
    wait_ready(page)
    return page


def _open(page, server, name: str, code: str) -> None:
    page.goto(f"{server.url}/{name}?event={code}")
    wait_ready(page)


def test_a_round_closes_when_its_timer_ends_with_no_facilitator_page_open(
    browser, server, timed_room
):
    event, meeting = timed_room
    with write_session(meeting.engine) as session:
        short = events.save_round(
            session=session, event_id=meeting.id, number=9, minutes=ROUND_SECONDS / 60
        )
    phone = browser.new_context(**PHONE).new_page()
    phone.goto(event.targets["5"])
    wait_ready(phone)
    draft = f"Half getypt als de tijd om is {uuid.uuid4().hex[:6]}"
    phone.fill("[data-testid=composer-text]", draft)

    live = _log_in(browser, server)
    _open(live, server, "live", event.code)
    live.get_by_text("Sluit de ronde als de tijd om is").click()
    wait_ready(live)
    live.locator(f".st-key-round-{short.id} button").click()
    expect(live.locator(f".st-key-round-{short.id} button")).to_contain_text(
        "Stop ronde 9", timeout=20_000
    )
    live.context.close()  # nobody watches: the server closes the round by itself
    expect(phone.locator("[data-testid=composer-send]")).to_be_enabled()

    with read_session(meeting.engine) as session:
        stored = session.get(Round, short.id)
        assert stored is not None and stored.ends_at is not None
        ends_in = (as_utc(stored.ends_at) - utcnow()).total_seconds()
    ends_at = time.monotonic() + ends_in
    closed = phone.locator("[data-testid=composer-closed]")
    expect(closed).to_be_visible(timeout=(ends_in + LEARNS_WITHIN) * 1000 + 500)
    assert time.monotonic() - ends_at < LEARNS_WITHIN
    expect(closed).to_contain_text("ronde is afgelopen")
    expect(phone.locator("[data-testid=composer-send]")).to_be_disabled()
    assert phone.input_value("[data-testid=composer-text]") == draft, "the draft is kept"

    again = _log_in(browser, server)
    _open(again, server, "live", event.code)
    again.get_by_text("gesloten: de tijd is om").wait_for(timeout=20_000)
    again.context.close()


def test_a_typed_synthesis_survives_another_page_and_back(browser, server, room):
    event, meeting = room
    page = _log_in(browser, server)
    _open(page, server, "harvest", event.code)
    page.get_by_role("radio", name="Per tafel of casus").click()
    wait_ready(page)
    text = f"Wat tafel 1 opleverde {uuid.uuid4().hex[:6]}"
    synthesis = page.get_by_role("textbox", name="Samenvatting (komt boven de suggesties)")
    synthesis.fill(text)
    # Straight to another page, without leaving the field first: the click takes the focus
    # from the field, which hands its value over (stored), and asks for the other page.
    _go(page, "Live", "live")
    _go(page, "Oogst", "harvest")
    expect(page.get_by_role("radio", name="Per tafel of casus")).to_be_checked()
    expect(synthesis).to_have_value(text, timeout=20_000)
    with read_session(meeting.engine) as session:
        theme = session.exec(
            select(Theme).where(Theme.event_id == meeting.id, Theme.number == 1)
        ).one()
    assert theme.synthesis == text
    page.context.close()


def _go(page, link: str, path: str) -> None:
    """Open *link* from the menu. Streamlit (1.67) sometimes drops a menu click that comes
    while the run the click itself set off (the field's value handed over) is going on; the
    person then clicks again, as the test does. What was typed is stored either way."""
    menu = page.locator("[data-testid=stSidebarNav]").get_by_role("link", name=link)
    menu.click()
    wait_ready(page)
    if not page.evaluate("(p) => location.pathname.endsWith('/' + p)", path):
        menu.click()
    page.wait_for_function("(p) => location.pathname.endsWith('/' + p)", arg=path)
    wait_ready(page)


def test_the_live_path_by_keyboard_alone(browser, server, timed_room):
    event, meeting = timed_room
    receipt = meeting.send(meeting.participant(), f"Met het toetsenbord {uuid.uuid4().hex[:6]}")
    page = _log_in(browser, server)
    _open(page, server, "live", event.code)

    def tab_to(selector: str, limit: int = 150, back: bool = False) -> None:
        seen = []
        for _ in range(limit):
            page.keyboard.press("Shift+Tab" if back else "Tab")
            if page.evaluate("(s) => document.activeElement.matches(s)", selector):
                return
            seen.append(
                page.evaluate(
                    "() => [document.activeElement.getAttribute('aria-checked'),"
                    " document.activeElement.closest('[class*=st-key-]')?.className,"
                    " document.activeElement.outerHTML.slice(0, 60)]"
                )
            )
        raise AssertionError(f"{selector} not reached with Tab: {seen[:12]}")

    with read_session(meeting.engine) as session:
        first = events.rounds_of(session=session, event_id=meeting.id)[0]
    button = page.locator(f".st-key-round-{first.id} button")
    tab_to(f".st-key-round-{first.id} button")
    page.keyboard.press("Enter")
    expect(button).to_contain_text(f"Stop ronde {first.number}", timeout=20_000)
    assert page.evaluate(
        "(s) => document.activeElement.matches(s)", f".st-key-round-{first.id} button"
    ), "the focus stays on the button"
    page.keyboard.press("Enter")
    expect(button).to_contain_text(f"Start ronde {first.number}", timeout=20_000)

    tab_to(".st-key-live-section [role=radio][aria-checked=true]", back=True)
    page.keyboard.press("ArrowRight")  # a radio group: the arrows move, Enter chooses
    page.keyboard.press("Enter")
    expect(page.get_by_role("radio", name="Modereren")).to_be_checked(timeout=20_000)
    wait_ready(page)
    tab_to(f".st-key-hide-{receipt.contribution_id} button")
    page.keyboard.press("Enter")
    page.get_by_text("Ongedaan maken").wait_for(timeout=20_000)
    assert _hidden(meeting, receipt.contribution_id) is True
    tab_to("[class*=st-key-mod-undo-button] button", limit=300)
    page.keyboard.press("Enter")
    expect(page.get_by_text("Ongedaan maken")).to_be_hidden(timeout=20_000)
    assert _hidden(meeting, receipt.contribution_id) is False
    page.context.close()


def _hidden(meeting: Meeting, contribution_id: int) -> bool:
    with read_session(meeting.engine) as session:
        row = session.get(Contribution, contribution_id)
        assert row is not None
        return row.hidden


def test_send_is_reachable_and_whole_at_200_percent_zoom(browser, server, room):
    event, _ = room
    # 200 % browser zoom on a 390 px wide phone: CSS pixels twice the size, half as many.
    zoomed = {**PHONE, "viewport": {"width": 195, "height": 422}, "device_scale_factor": 4}
    page = browser.new_context(**zoomed).new_page()
    page.goto(event.targets["6"])
    wait_ready(page)
    page.fill("[data-testid=composer-text]", "Ingezoomd verstuurd")
    for _ in range(10):
        page.keyboard.press("Tab")
        if page.evaluate(DEEP_FOCUS) == "composer-send":
            break
    else:
        raise AssertionError(f"Send not reached with Tab (focus on {page.evaluate(DEEP_FOCUS)})")
    send = page.locator("[data-testid=composer-send]")
    send.scroll_into_view_if_needed()
    box = send.bounding_box()
    assert box is not None
    assert box["x"] >= 0 and box["x"] + box["width"] <= 195, box
    hit = send.evaluate(
        "e => { const r = e.getBoundingClientRect();"
        " const hit = e.getRootNode().elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);"
        " return e === hit || e.contains(hit) ? 'send' : hit && hit.outerHTML.slice(0, 200); }"
    )
    assert hit == "send", f"Send is covered by {hit}"
    assert send.evaluate("e => e.scrollWidth <= e.clientWidth"), "its label is not cut off"
    page.keyboard.press("Enter")
    page.wait_for_selector('[data-testid=composer-status][data-kind="ok"]', timeout=15_000)
    page.context.close()
