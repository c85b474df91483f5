"""The climate scan in a real browser, from an empty database through the UI only: the facilitator
logs in, brings in a table-rounds meeting with tables "Wijk A" and "Wijk B", creates the climate
scan from its template and opens it; a phone at "Wijk A" answers it; the facilitator reveals the
results and puts them on the projector; the wall draws the Wijk A polygon. axe-core judges the
three new pages.

The tables come in as an event file through the Meetings page's import (the browser uploads it):
the Prepare page edits tables in a data grid that a test cannot drive reliably.
"""

from __future__ import annotations

import base64
from collections.abc import Iterator

import pytest

from tests.conftest import need
from tests.e2e.a11y import AXE_JS, run_axe, summarize
from tests.e2e.conftest import PHONE, PROJECTOR, REQUIRE_BROWSER, wait_ready
from tests.e2e.server import Server

pytestmark = [pytest.mark.browser, pytest.mark.server]

DESKTOP = {"viewport": {"width": 1440, "height": 900}}
MEETING = """\
oogst: 1
format: table_rounds
language: nl
title: Initiatievenklimaat in de wijken
themes:
  - number: 1
    title: Wijk A
  - number: 2
    title: Wijk B
"""


@pytest.fixture(scope="module")
def server(tmp_path_factory) -> Iterator[Server]:
    # One phone answers here: a group shows from one answer (the default of three is for rooms).
    running = Server(
        data_dir=tmp_path_factory.mktemp("oogst-scans"),
        extra_env={"OOGST_SCAN_MIN_ANSWERS": "1"},
    ).start()
    yield running
    running.stop()


@pytest.fixture(scope="module")
def facilitator(browser, server, tmp_path_factory):
    page = browser.new_context(**DESKTOP).new_page()
    page.goto(f"{server.url}/facilitator")
    wait_ready(page)
    page.get_by_label("Wachtwoord").fill("e2e-wachtwoord")
    page.get_by_role("button", name="Inloggen").click()
    page.wait_for_url("**/events**", timeout=60_000)
    wait_ready(page)
    yield page
    page.context.close()


def _button(page, name: str):
    return page.get_by_role("button", name=name, exact=True)


def _import_meeting(page, tmp_path) -> str:
    """Bring the meeting in through the Meetings page's import; return its code."""
    path = tmp_path / "wijken.yaml"
    path.write_text(MEETING, encoding="utf-8")
    page.get_by_text("Bijeenkomstbestand importeren (YAML)").click()
    page.locator("input[type=file][accept*=yaml]").set_input_files(str(path))
    _button(page, "Importeren").wait_for(timeout=60_000)
    _button(page, "Importeren").click()
    page.get_by_text("geïmporteerd").first.wait_for(timeout=60_000)
    wait_ready(page)
    return page.url.split("event=", 1)[1].split("&", 1)[0]


def _create_the_climate_scan(page, server, code: str) -> None:
    page.goto(f"{server.url}/scans?event={code}")
    wait_ready(page)
    page.get_by_text("Nieuwe scan").click()
    page.get_by_text("Scan initiatievenklimaat (zeven functies, per tafel, radar)").click()
    _button(page, "Scan maken").click()
    _button(page, "Scan openen").wait_for(timeout=60_000)
    wait_ready(page)


def _open_it(page) -> None:
    _button(page, "Scan openen").click()
    _button(page, "Scan sluiten").wait_for(timeout=60_000)
    wait_ready(page)


def _phone_at_wijk_a(browser, server, code: str):
    phone = browser.new_context(**PHONE).new_page()
    phone.goto(f"{server.url}/join?event={code}&table=1")
    wait_ready(phone)
    return phone


def _answer(phone) -> None:
    """The phone sees the scan open by itself (its poll), follows the link and answers."""
    link = phone.get_by_role("link", name="Vul de scan in: Initiatievenklimaat")
    link.wait_for(timeout=60_000)
    wait_ready(phone)
    link.click()
    phone.wait_for_url("**/scan?**", timeout=60_000)
    wait_ready(phone)
    assert "Je antwoordt voor: Wijk A" in phone.inner_text("[data-testid=scan-segment]")
    for item in range(7):
        row = phone.locator(f"div[class*='-scale-{item}']")
        row.get_by_role("radio", name=str(3 + item % 5), exact=True).click()
        wait_ready(phone)
    phone.get_by_text("Alle 7 vragen beantwoord").wait_for(timeout=60_000)
    assert "p=" in phone.url, "the phone keeps its identity in its address"


def _open_expanders(page, limit: int = 10) -> None:
    """Open the visible expanders (a question's form, new scan, add question)."""
    closed = page.locator("[data-testid=stExpander] details:not([open]) > summary:visible")
    for _ in range(limit):
        if not closed.count():
            break
        closed.first.click()
    wait_ready(page)


def _wall_url(page, server, code: str) -> str:
    page.goto(f"{server.url}/live?event={code}")
    wait_ready(page)
    href = page.get_by_role("link", name="Wall openen").get_attribute("href")
    assert href and "key=" in href
    return href if href.startswith("http") else f"{server.url}/{href.lstrip('/')}"


def test_a_phone_at_wijk_a_answers_and_the_wall_draws_its_polygon(
    browser, server, facilitator, tmp_path
):
    code = _import_meeting(facilitator, tmp_path)
    _create_the_climate_scan(facilitator, server, code)
    phone = _phone_at_wijk_a(browser, server, code)
    assert phone.get_by_role("link", name="Vul de scan in: Initiatievenklimaat").count() == 0
    _open_it(facilitator)
    _answer(phone)
    phone.reload()
    wait_ready(phone)
    pressed = phone.locator("div[class*='-scale-0'] [role=radio][aria-checked=true]")
    assert pressed.inner_text() == "3", "a reload shows what the phone answered"

    _button(facilitator, "Op de beamer").click()
    wait_ready(facilitator)
    wall = browser.new_context(**PROJECTOR).new_page()
    wall.goto(_wall_url(facilitator, server, code))
    wall.wait_for_selector("[data-testid=scan-hidden]", timeout=60_000)
    assert wall.locator("polygon.segment").count() == 0, "hidden until revealed"

    facilitator.goto(f"{server.url}/scans?event={code}")
    wait_ready(facilitator)
    _button(facilitator, "Uitslag tonen").first.click()
    wall.wait_for_selector("[data-testid=radar]", timeout=10_000)
    radar = wall.locator("[data-testid=radar]")
    assert radar.get_attribute("data-segments") == "Wijk A|Hele zaal", "Wijk A and the room"
    drawn = base64.b64decode(radar.get_attribute("src").split(",", 1)[1]).decode()
    assert 'class="segment" data-segment="Wijk A"' in drawn and 'class="room"' in drawn
    assert radar.evaluate("img => img.complete && img.naturalWidth > 0"), "the image draws"
    assert "te weinig antwoorden" in wall.inner_text("body"), "Wijk B has no answers"

    _button(facilitator, "Scan sluiten").click()
    phone.get_by_text("Deze scan is gesloten").first.wait_for(timeout=60_000)
    assert phone.locator("div[class*='-scale-0'] [role=radio]").first.is_disabled()
    facilitator.goto(f"{server.url}/scans?event={code}")
    wait_ready(facilitator)
    _open_it(facilitator)  # the next tests answer too


def test_the_new_pages_have_no_accessibility_violations(browser, server, facilitator):
    need(AXE_JS.exists(), f"{AXE_JS} missing: run `make test` (npm ci)", REQUIRE_BROWSER)
    code = facilitator.url.split("event=", 1)[1].split("&", 1)[0]
    problems = []
    for tab in ("Vragen", "Uitslag", "Instellingen", "Initiatievenoverzicht", "Downloads"):
        facilitator.get_by_role("tab", name=tab).first.click()
        wait_ready(facilitator)
        _open_expanders(facilitator)
        if violations := run_axe(facilitator):
            problems.append(f"scans page, {tab}: {summarize(violations)}")
    phone = browser.new_context(**PHONE).new_page()
    phone.goto(f"{server.url}/join?event={code}&table=2")
    wait_ready(phone)
    phone.get_by_role("link", name="Vul de scan in: Initiatievenklimaat").click()
    wait_ready(phone)
    phone.locator("div[class*='-scale-0']").get_by_role("radio", name="6", exact=True).click()
    phone.get_by_text("Ontvangen: 1 van 7 vragen beantwoord").wait_for(timeout=60_000)
    if violations := run_axe(phone):
        problems.append(f"phone scan page: {summarize(violations)}")
    wall = browser.new_context(**PROJECTOR).new_page()
    wall.goto(_wall_url(facilitator, server, code))
    wall.wait_for_selector(".oogst-scan-wall", timeout=60_000)
    if violations := run_axe(wall):
        problems.append(f"wall scan screen: {summarize(violations)}")
    assert not problems, "\n".join(problems)


def test_an_unfinished_scan_survives_a_phone_the_server_forgot(browser, server, facilitator):
    """Like a phone locked past the session's time to live: the server restarts (SIGKILL) and
    forgets every session; the phone reconnects as a stranger and shows what was stored."""
    code = facilitator.url.split("event=", 1)[1].split("&", 1)[0]
    phone = browser.new_context(**PHONE).new_page()
    phone.goto(f"{server.url}/join?event={code}&table=2")
    wait_ready(phone)
    phone.get_by_role("link", name="Vul de scan in: Initiatievenklimaat").click()
    wait_ready(phone)
    for item, value in ((0, "2"), (1, "9")):
        phone.locator(f"div[class*='-scale-{item}']").get_by_role(
            "radio", name=value, exact=True
        ).click()
        wait_ready(phone)
    phone.get_by_text("Ontvangen: 2 van 7 vragen beantwoord").wait_for(timeout=60_000)
    server.stop(kill=True)
    server.start()
    phone.wait_for_selector(
        "[data-testid=stApp][data-test-connection-state=CONNECTED]", timeout=60_000
    )
    wait_ready(phone)
    # A tap in the first moments after such a reconnect can be dropped by Streamlit (its fragment
    # is unknown to the new session; the receipt then does not count it), so the phone reloads,
    # as a browser does with a tab it discarded while the phone was locked.
    phone.reload()
    wait_ready(phone)
    chosen = phone.locator("div[class*='-scale-1'] [role=radio][aria-checked=true]")
    chosen.wait_for(timeout=30_000)
    assert chosen.inner_text() == "9"
    wait_ready(phone)
    phone.locator("div[class*='-scale-2']").get_by_role("radio", name="4", exact=True).click()
    # Counted from what the server stored: the two answers from before the restart, and this one.
    phone.get_by_text("Ontvangen: 3 van 7 vragen beantwoord").wait_for(timeout=60_000)
