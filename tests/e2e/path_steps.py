"""What a facilitator does in the browser, step by step, for the end-to-end path tests.

Only the UI: buttons, fields and links found by their role and visible name, as a person finds
them. Playwright waits for what should appear; nothing sleeps a fixed time.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from playwright.sync_api import TimeoutError as PlaywrightTimeout
from playwright.sync_api import expect

from tests.e2e.a11y import clipped_labels, run_axe, summarize
from tests.e2e.conftest import wait_ready

DESKTOP = {"viewport": {"width": 1440, "height": 900}, "accept_downloads": True}
PASSPHRASE = "e2e-wachtwoord"


@dataclass(frozen=True)
class Format:
    """A format as the facilitator sees it: its name in the list and where its places live."""

    value: str
    name: str  # the option in "Werkvorm"
    tab: str  # the setup tab where its places are added
    places: tuple[dict[str, str], ...]  # the add form's fields, by label, per place


def login(page, url: str) -> None:
    """Log in with the passphrase; wait on Bijeenkomsten."""
    page.goto(f"{url}/facilitator")
    wait_ready(page)
    page.get_by_label("Wachtwoord").fill(PASSPHRASE)
    page.get_by_role("button", name="Inloggen").click()
    page.wait_for_url("**/events**", timeout=20_000)
    page.get_by_role("heading", name="Bijeenkomsten").wait_for(timeout=20_000)
    wait_ready(page)


def nav(page, name: str) -> None:
    """Follow the facilitator menu's link *name*."""
    page.locator("[data-testid=stSidebarNav]").get_by_role("link", name=name, exact=True).click()
    wait_ready(page)


def create_meeting(page, title: str, fmt: Format) -> None:
    """Bijeenkomsten → Nieuwe bijeenkomst without the starter layout; lands on Voorbereiden."""
    wait_ready(page)
    new = page.locator("[data-testid=stExpander] details", has_text="Nieuwe bijeenkomst").first
    if new.get_attribute("open") is None:
        new.locator("summary").click()
    page.get_by_role("textbox", name="Titel", exact=True).fill(title)
    choose(page, "Werkvorm", fmt.name)
    page.get_by_role("checkbox", name="Begin met een startindeling").uncheck(force=True)
    page.get_by_role("button", name="Aanmaken").click()
    page.get_by_role("heading", name="Voorbereiden").wait_for(timeout=20_000)
    wait_ready(page)


# What tells that a setup section has been drawn (the old one may linger while the page runs).
SECTION_SIGNS = {
    "Gegevens en teksten": ("textbox", "Ondertitel"),
    "Tafels / thema's": ("heading", "Nieuwe tafel of nieuw thema"),
    "Casussen / pitches": ("heading", "Nieuwe casus of pitch"),
    "Rondes": ("heading", "Nieuwe ronde"),
    "Begrippen, secties, contact": ("heading", "Nieuw begrip"),
}
SETUP_SECTIONS = tuple(SECTION_SIGNS)


def section(page, name: str) -> None:
    """Open the page's section *name*: a tab, or a button of the section row (Live, Oogst)."""
    tab = page.get_by_role("tab", name=name, exact=True)
    (tab if tab.count() else page.get_by_role("radio", name=name, exact=True)).click()
    if name in SECTION_SIGNS:
        role, sign = SECTION_SIGNS[name]
        page.get_by_role(role, name=sign).wait_for(timeout=20_000)
    wait_ready(page)


def choose(page, label: str, option: str) -> None:
    """Pick *option* in the select box *label*: type to filter, then take the match.

    A page that is still rerunning may redraw the open list under the pointer; then the pick
    is made again, until the box shows the option.
    """
    box = page.get_by_role("combobox", name=label)
    for _ in range(3):
        wait_ready(page)
        box.click()
        box.fill(option)
        try:
            page.get_by_role("option", name=option).first.click(timeout=5_000)
            expect(box).to_have_value(re.compile(re.escape(option)), timeout=5_000)
            break
        except (AssertionError, PlaywrightTimeout):
            page.keyboard.press("Escape")
    expect(box).to_have_value(re.compile(re.escape(option)))
    wait_ready(page)


def add_row(page, tab: str, fields: dict[str, str], summary: str) -> None:
    """In the setup tab *tab*, fill the add form and press Toevoegen; wait for the new row."""
    section(page, tab)
    panel = page.get_by_role("main")
    for label, value in fields.items():
        panel.get_by_label(label, exact=True).last.fill(value)
    panel.get_by_role("button", name="Toevoegen", exact=True).click()
    expect(panel.get_by_text(summary, exact=True)).to_be_visible(timeout=20_000)
    wait_ready(page)


def add_kind_and_action(page, kind: str, action: str) -> None:
    """Actieagenda: a new kind through its form, then one action of that kind."""
    nav(page, "Actieagenda")
    page.get_by_role("button", name="Standaardsoorten toevoegen").wait_for(timeout=20_000)
    wait_ready(page)
    page.get_by_label("Naam van de soort").last.fill(kind)
    page.get_by_role("button", name="Toevoegen", exact=True).click()
    opener = page.locator("[data-testid=stExpander] summary", has_text="Actie toevoegen")
    opener.wait_for(timeout=20_000)
    wait_ready(page)
    opener.click()
    form = page.locator("[data-testid=stForm]").filter(
        has=page.get_by_role("button", name="Actie toevoegen")
    )
    form.get_by_label("Titel", exact=True).fill(action)
    form.get_by_role("button", name="Actie toevoegen").click()
    _done_or_said_why(page, page.get_by_text(action).first)


def _done_or_said_why(page, sign) -> None:
    """Wait for *sign*; when the page shows an error instead, fail with its words."""
    error = page.locator("[data-testid=stAlertContentError]")
    expect(sign.or_(error.first)).to_be_visible(timeout=20_000)
    assert not error.count(), error.all_inner_texts()
    wait_ready(page)


def printed_urls(page, places: int) -> tuple[str, list[str]]:
    """QR-codes page: return the wall URL and the join URLs of the *places* tables/cases."""
    nav(page, "QR-codes en tafelkaarten")
    joins = page.locator(
        "[data-testid=stCode] code", has_text=re.compile(r"/join\?.*(table|case)=")
    )
    expect(joins).to_have_count(places, timeout=20_000)
    codes = [c.strip() for c in page.locator("[data-testid=stCode] code").all_inner_texts()]
    wall = next(c for c in codes if "/wall?" in c)
    joins = [c for c in codes if re.search(r"/join\?.*(table|case)=", c)]
    return wall, joins


def judge(page, where: str) -> list[str]:
    """Return axe's WCAG 2.1 AA violations and cut-off labels on the page as it shows now."""
    found = run_axe(page)
    problems = [f"{where}: {summarize(found)}"] if found else []
    return problems + [f"{where}: label cut off: {text!r}" for text in clipped_labels(page)]


def judge_sections(page, where: str, names: tuple[str, ...] = SETUP_SECTIONS) -> list[str]:
    """Judge each section *names* of the page with its expanders open."""
    problems: list[str] = []
    for name in names:
        section(page, name)
        closed = page.locator("[data-testid=stExpander] details:not([open]) > summary:visible")
        while closed.count():
            closed.first.click()
        wait_ready(page)
        problems += judge(page, f"{where} {name}")
    return problems
