"""Accessible to everyone in the room: WCAG 2.1 AA as axe-core measures it, no violation on any
page (phones, wall, every facilitator page, tab and opened expander), from an empty installation,
an empty meeting and a meeting in full swing; no label cut off at 390×844 or 1440×900.

Plus what axe cannot see: the page's language, the facilitator's path by keyboard alone (log in,
create a meeting, reach Live, switch the projector), and the phone page at 200 % text size.
"""

from __future__ import annotations

import pytest
from sqlmodel import select

from facilitation.agenda import drivers, signups
from facilitation.agenda.signups import SignupDetails
from facilitation.core.db import get_engine, read_session, write_session
from facilitation.join.qr import wall_url
from facilitation.meeting import events
from facilitation.meeting.events import find_event
from facilitation.models import ActionItem
from tests.conftest import need
from tests.e2e.a11y import AXE_JS, clipped_labels, run_axe, summarize
from tests.e2e.conftest import PHONE, PROJECTOR, REQUIRE_BROWSER, wait_ready
from tests.e2e.server import ROOT
from tests.utils import Meeting, make_meeting

pytestmark = [pytest.mark.browser, pytest.mark.server]

DESKTOP = {"viewport": {"width": 1440, "height": 900}}
FACILITATOR_PAGES = ["events", "setup", "participants", "qr", "live", "actions", "harvest"]


@pytest.fixture(scope="module", autouse=True)
def _axe_installed() -> None:
    need(AXE_JS.exists(), f"{AXE_JS} missing: run `make test` (npm ci)", REQUIRE_BROWSER)


@pytest.fixture(scope="module")
def facilitator(browser, server):
    page = browser.new_context(**DESKTOP).new_page()
    page.goto(f"{server.url}/facilitator")
    wait_ready(page)
    page.get_by_label("Wachtwoord").fill("e2e-wachtwoord")
    page.get_by_role("button", name="Inloggen").click()
    page.wait_for_url("**/events**", timeout=20_000)
    wait_ready(page)
    yield page
    page.context.close()


@pytest.fixture(scope="module")
def meetings(server, facilitator) -> dict[str, Meeting]:
    """An empty meeting, and the table-rounds example in full swing: a phone's own sends, a
    closed table, a confirmed driver with a private link. (The facilitator logged in first, on
    the empty installation.)"""
    engine = get_engine(f"sqlite:///{server.data_dir / 'oogst.db'}")
    empty = make_meeting(engine, tables=3, title="Een lege zaal")
    imported = server.import_event(ROOT / "examples" / "tafelrondes-12-februari-2015.yaml")
    with read_session(engine) as session:
        full = Meeting(event=find_event(session=session, code=imported.code), engine=engine)
    return {"empty": empty, "full": full}


@pytest.fixture(scope="module")
def swing(meetings) -> dict[str, str]:
    """Bring the full meeting into the states worth judging; return the tokens involved."""
    full = meetings["full"]
    phone = full.participant()
    for n in range(2):
        full.send(phone, f"Eigen bijdrage {n}", table=2)
    with write_session(full.engine) as session:
        theme_id = full.target(table=7).theme_id
        events.set_target_open(
            session=session, event_id=full.id, theme_id=theme_id, case_id=None, is_open=False
        )
        action = session.exec(select(ActionItem).where(ActionItem.event_id == full.id)).first()
        assert action is not None
        driver = signups.sign_up(
            session=session,
            participant=phone,
            action_id=action.id or 0,
            lead=True,
            details=SignupDetails("Sanne", "Hanzelab", "", True, False, "n", "c", False),
        )
        confirmed = drivers.confirm(
            session=session, event_id=full.id, driver_id=driver.id or 0, tentative=True
        )
    return {"phone": phone.token, "driver": confirmed.update_token or ""}


def _open_expanders(page, limit: int = 60) -> None:
    """Open every visible expander (one at a time: the list shrinks as they open)."""
    closed = page.locator("[data-testid=stExpander] details:not([open]) > summary:visible")
    for _ in range(limit):
        if not closed.count():
            break
        closed.first.click()
    wait_ready(page)


def _judge(page, where: str) -> list[str]:
    """Return what is wrong on the page as it shows now: axe's violations and cut-off labels."""
    problems = [f"{where}: {summarize(run_axe(page))}"] if run_axe(page) else []
    problems += [f"{where}: label cut off: {text!r}" for text in clipped_labels(page)]
    return problems


def _phone_urls(server, meeting: Meeting, token: str = "") -> dict[str, str]:
    code, me = meeting.event.code, f"&p={token}" if token else ""
    return {
        "picker": f"{server.url}/join?event={code}{me}",
        "table": f"{server.url}/join?event={code}&table=2{me}",
        "closed table": f"{server.url}/join?event={code}&table=3{me}",
        "agenda": f"{server.url}/agenda?event={code}{me}",
        "privacy": f"{server.url}/privacy?event={code}{me}",
    }


def test_an_empty_installation_has_no_violations(browser, server, facilitator):
    phone = browser.new_context(**PHONE).new_page()
    problems = []
    for path in ("/", "/join", "/agenda", "/privacy", "/facilitator"):
        phone.goto(server.url + path)
        wait_ready(phone)
        problems += _judge(phone, path)
    for name in FACILITATOR_PAGES:  # no meeting yet: each page says where to start
        facilitator.goto(f"{server.url}/{name}")
        wait_ready(facilitator)
        problems += _judge(facilitator, name)
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("which", ["empty", "full"])
def test_phone_pages_have_no_violations(browser, server, meetings, swing, which):
    meeting = meetings[which]
    urls = _phone_urls(server, meeting, swing["phone"] if which == "full" else "")
    if which == "full":
        urls["closed table"] = urls["closed table"].replace("table=3", "table=7")
        urls["driver's page"] = f"{server.url}/action?token={swing['driver']}"
    page = browser.new_context(**PHONE).new_page()
    problems = []
    for name, url in urls.items():
        page.goto(url)
        wait_ready(page)
        _open_expanders(page)
        problems += _judge(page, f"{which} {name}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("which", ["empty", "full"])
def test_walls_have_no_violations(browser, server, meetings, swing, which):
    meeting = meetings[which]
    page = browser.new_context(**PROJECTOR).new_page()
    url = wall_url(server.url, meeting.event)
    problems = []
    for view in ("", "&view=agenda"):
        page.goto(url + view)
        page.wait_for_selector(".oogst-wall, .oogst-ag-head")
        wait_ready(page)
        problems += _judge(page, f"{which} wall{view}")
    page.goto(url)
    page.wait_for_selector(".oogst-wall")
    page.keyboard.press("j")  # the other screen: join screen or live wall
    problems += _judge(page, f"{which} wall, other screen")
    assert not problems, "\n".join(problems)


def test_a_closed_meetings_wall_has_no_violations(browser, server, meetings):
    meeting = meetings["empty"]
    with write_session(meeting.engine) as session:
        events.set_event_open(session=session, event_id=meeting.id, is_open=False)
    try:
        page = browser.new_context(**PROJECTOR).new_page()
        page.goto(wall_url(server.url, meeting.event))
        page.wait_for_selector(".oogst-wall[data-open='0']")
        problems = _judge(page, "closed wall")
        page.keyboard.press("j")
        problems += _judge(page, "closed wall, other screen")
    finally:
        with write_session(meeting.engine) as session:
            events.set_event_open(session=session, event_id=meeting.id, is_open=True)
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("which", ["empty", "full"])
@pytest.mark.parametrize("name", FACILITATOR_PAGES)
def test_facilitator_pages_have_no_violations(facilitator, server, meetings, swing, which, name):
    page = facilitator
    page.goto(f"{server.url}/{name}?event={meetings[which].event.code}")
    wait_ready(page)
    problems = []
    # The page's sections (a row of radio buttons, ui/facilitator/sections.py) or its tabs.
    tabs = page.locator("[class*=-section] [role=radio]").all() or page.get_by_role("tab").all()
    for index, tab in enumerate(tabs or [None]):  # every section, every expander open
        if tab is not None:
            tab.click()
            wait_ready(page)
        _open_expanders(page)
        problems += _judge(page, f"{which} {name} tab {index}")
    assert not problems, "\n".join(problems)


def test_page_language_is_the_viewers(browser, server, meetings):
    page = browser.new_context(**PHONE).new_page()
    page.goto(_phone_urls(server, meetings["empty"])["table"])
    wait_ready(page)
    assert page.evaluate("() => document.documentElement.lang") == "nl"
    page.get_by_role("radio", name="English").click()
    page.wait_for_function("() => document.documentElement.lang === 'en'", timeout=10_000)
    english = browser.new_context(**PHONE).new_page()
    english.goto(_phone_urls(server, meetings["empty"])["table"] + "&lang=en")
    assert english.evaluate("() => document.documentElement.lang") == "en"


def test_the_facilitators_path_by_keyboard_alone(browser, server, meetings):
    page = browser.new_context(**DESKTOP).new_page()
    page.goto(f"{server.url}/facilitator")
    wait_ready(page)

    def tab_to(selector: str, limit: int = 80) -> None:
        for _ in range(limit):
            page.keyboard.press("Tab")
            if page.evaluate("(s) => document.activeElement.matches(s)", selector):
                return
        raise AssertionError(f"{selector} not reached with Tab")

    tab_to("input[type=password]")
    page.keyboard.type("e2e-wachtwoord")
    page.keyboard.press("Enter")
    page.wait_for_url("**/events**", timeout=20_000)
    wait_ready(page)
    tab_to("[data-testid=stExpander] summary")  # "Nieuwe bijeenkomst" comes first
    page.keyboard.press("Enter")
    tab_to("[data-testid=stTextInputField]")
    page.keyboard.type("Toetsenbordbijeenkomst")
    tab_to("[data-testid=stBaseButton-primaryFormSubmit]")
    page.keyboard.press("Enter")
    page.wait_for_url("**/setup**", timeout=20_000)
    wait_ready(page)
    tab_to("[data-testid=stSidebarNavLink][href$='live']")
    page.keyboard.press("Enter")
    page.wait_for_url("**/live**", timeout=20_000)
    wait_ready(page)
    tab_to("[data-testid=stMain] [role=radio][aria-checked=true]")  # projector: Automatisch
    page.keyboard.press("ArrowRight")
    page.keyboard.press("ArrowRight")
    page.keyboard.press("Enter")
    page.get_by_text("Nu op de beamer: Wall").wait_for(timeout=20_000)
    code = page.evaluate("() => new URL(location.href).searchParams.get('event')")
    with read_session(meetings["empty"].engine) as session:
        assert find_event(session=session, code=code).wall_screen == "live"


def test_phone_page_reflows_at_200_percent_text(browser, server, meetings):
    context = browser.new_context(**PHONE)
    page = context.new_page()
    cdp = context.new_cdp_session(page)
    cdp.send("Page.setFontSizes", {"fontSizes": {"standard": 32, "fixed": 26}})
    page.goto(_phone_urls(server, meetings["empty"])["table"])
    wait_ready(page)
    page.wait_for_selector("[data-testid=composer-send]")
    page.wait_for_function("() => getComputedStyle(document.documentElement).fontSize === '32px'")
    main = page.locator("[data-testid=stMain]")
    assert main.evaluate("e => e.scrollWidth <= e.clientWidth"), "no sideways scrolling"
    send = page.locator("[data-testid=composer-send]")
    box = send.bounding_box()
    assert box is not None and box["x"] + box["width"] <= 390
    assert not clipped_labels(page), clipped_labels(page)
    page.fill("[data-testid=composer-text]", "Groot lettertype")
    send.click()
    page.wait_for_selector('[data-testid=composer-status][data-kind="ok"]', timeout=10_000)
