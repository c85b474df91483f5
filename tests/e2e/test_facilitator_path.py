"""The facilitator's whole path in real Chromium, once per format, from an empty database and only
through the UI: log in, create and prepare the meeting, open the wall, let two phones join through
the printed join URLs and send, close the round (the phones see it within 5 s), hide one
contribution, write a synthesis that survives switching table, and read the Word harvest back.

One server is shared by the three tests (the module's ``server`` fixture); it starts empty — no
event file is imported and nothing calls into ``facilitation``.
"""

from __future__ import annotations

import re
import time
import uuid

import pytest
from playwright.sync_api import expect

from tests.docx_reading import read_docx
from tests.e2e import path_steps as steps
from tests.e2e.conftest import PHONE, PROJECTOR, send_and_wait_for_the_receipt, wait_ready
from tests.e2e.path_steps import DESKTOP, Format

pytestmark = [pytest.mark.browser, pytest.mark.server]

LEARNS_WITHIN = 5.0  # seconds from pressing Stop to the phone showing the round is over
SYNTHESIS = "Kern: samen de buurt sterker maken"

FORMATS = [
    Format(
        "table_rounds",
        "Tafelrondes",
        "Tafels / thema's",
        tuple(
            {"Titel": title, "Vraag": f"Wat is nodig voor {title.lower()}?"}
            for title in ("Wonen", "Werken", "Leren")
        ),
    ),
    Format(
        "pitch",
        "Pitchsessie",
        "Casussen / pitches",
        tuple({"Soort (Casus, Pitch)": "Pitch", "Naam": n} for n in ("Deelauto", "Repair", "Moes")),
    ),
    Format(
        "practice_cases",
        "Praktijkcasussen",
        "Casussen / pitches",
        tuple({"Soort (Casus, Pitch)": "Casus", "Naam": n} for n in ("Schuld", "Zorg", "Taal")),
    ),
]


def _summary(fmt: Format, index: int, place: dict[str, str]) -> str:
    if fmt.value == "table_rounds":
        return f"{index + 1}. {place['Titel']}"
    return f"{'ABC'[index]}. {place['Soort (Casus, Pitch)']} {place['Naam']}"


def _prepare(page, server, fmt: Format, title: str) -> list[str]:
    """Create and fill the meeting through the forms; return the setup pages' a11y problems."""
    steps.login(page, server.url)
    steps.create_meeting(page, title, fmt)
    for index, place in enumerate(fmt.places):
        steps.add_row(page, fmt.tab, place, _summary(fmt, index, place))
    steps.add_row(page, "Rondes", {"Titel": "Verkennen", "Minuten": "15"}, "1. Verkennen — 15 min")
    problems = steps.judge_sections(page, f"{fmt.value} setup")
    steps.add_kind_and_action(page, "Experiment", "Proeftuin in de wijk")
    return problems


def _phone(browser, url: str):
    phone = browser.new_context(**PHONE).new_page()
    phone.goto(url)
    wait_ready(phone)
    phone.wait_for_selector("[data-testid=composer-text]")
    return phone


def _round_button(page, word: str):
    """Return the first round's Start or Stop button ("Start ronde 1")."""
    return page.get_by_role("button", name=re.compile(rf"\b{word}\b")).first


def _write_synthesis(page, first: str, second: str) -> None:
    """Oogst → Per tafel of casus: write the first place's synthesis, switch away and back."""
    steps.nav(page, "Oogst")
    steps.section(page, "Per tafel of casus")
    box = page.get_by_role("textbox", name="Samenvatting (komt boven de suggesties)")
    box.fill(SYNTHESIS)
    box.blur()  # the synthesis is stored as the field is left
    page.get_by_text("Opgeslagen").first.wait_for(timeout=20_000)
    wait_ready(page)
    for label in (second, first):
        steps.choose(page, "Tafel, thema of casus", label)
    expect(
        page.get_by_role("textbox", name="Samenvatting (komt boven de suggesties)")
    ).to_have_value(SYNTHESIS)


@pytest.mark.parametrize("fmt", FORMATS, ids=[f.value for f in FORMATS])
def test_a_facilitator_prepares_runs_and_harvests_in_the_browser(browser, server, fmt):
    tag = uuid.uuid4().hex[:6]
    title = f"{fmt.name} {tag}"
    page = browser.new_context(**DESKTOP).new_page()
    problems = _prepare(page, server, fmt, title)

    wall_url, joins = steps.printed_urls(page, len(fmt.places))
    assert len(joins) == 3, joins
    wall = browser.new_context(**PROJECTOR).new_page()
    wall.goto(wall_url)
    wait_ready(wall)

    steps.nav(page, "Live")
    _round_button(page, "Start").click()
    _round_button(page, "Stop").wait_for(timeout=20_000)
    phones = [_phone(browser, joins[0]) for _ in range(2)]
    kept, hidden = f"Meer ontmoetingsplekken {tag}", f"Ongepast {tag}"
    send_and_wait_for_the_receipt(phones[0], kept)
    send_and_wait_for_the_receipt(phones[1], hidden)
    expect(wall.locator("[data-testid=join-screen]")).to_be_visible()  # while little is in
    wall.keyboard.press("j")  # the projector's key: from the join screen to the wall
    expect(wall.get_by_text(kept)).to_be_visible(timeout=20_000)

    phones[0].fill("[data-testid=composer-text]", "Nog een gedachte")
    _round_button(page, "Stop").click()
    stopped = time.monotonic()
    for phone in phones:
        expect(phone.locator("[data-testid=composer-closed]")).to_be_visible(
            timeout=LEARNS_WITHIN * 1000 + 500
        )
    assert time.monotonic() - stopped < LEARNS_WITHIN
    expect(phones[0].locator("[data-testid=composer-text]")).to_have_value("Nog een gedachte")

    steps.section(page, "Modereren")
    hide = page.get_by_role("button", name="Verbergen", exact=True)
    row = page.locator("div").filter(has_text=hidden).filter(has=hide).last
    row.get_by_role("button", name="Verbergen", exact=True).click()
    shown = page.locator("div").filter(has_text=hidden).get_by_role("button", name="Tonen")
    expect(shown.last).to_be_visible(timeout=20_000)

    first, second = (place.get("Titel") or place["Naam"] for place in fmt.places[:2])
    _write_synthesis(page, first, second)

    # The harvest downloads from wherever the facilitator is (here: Per tafel of casus).
    with page.expect_download(timeout=60_000) as download:
        page.get_by_role("button", name="Oogst downloaden (Word)").click()
    report = read_docx(open(download.value.path(), "rb").read())  # noqa: SIM115
    text = "\n".join(report.texts())
    headings = " | ".join(h for _, h in report.headings())
    for place in fmt.places:
        assert (place.get("Titel") or place["Naam"]) in headings, headings
    assert SYNTHESIS in text and kept in text and hidden not in text
    assert not problems, "\n".join(problems)
