"""The agenda in a real browser: a phone signs up as tentative driver, the facilitator confirms it,
and the projector's agenda wall shows it with "?" while it stays open."""

from __future__ import annotations

import sqlite3
import uuid

import pytest

from tests.e2e.conftest import PHONE, PROJECTOR, wait_ready

pytestmark = [pytest.mark.browser, pytest.mark.server]

ACTION = "Multiplier-pot"


def _driver(server, name: str) -> tuple[int, int] | None:
    with sqlite3.connect(server.data_dir / "oogst.db") as db:
        return db.execute(
            "SELECT confirmed, tentative FROM driver WHERE person_name = ?", (name,)
        ).fetchone()


def _card(page, title: str):
    return page.locator("[class*='st-key-action-']", has_text=title)


def _sign_up_from_phone(browser, event, name: str):
    phone = browser.new_context(**PHONE).new_page()
    phone.goto(event.join_url.replace("/join?", "/agenda?"))
    wait_ready(phone)
    _card(phone, ACTION).get_by_role("button", name="Ik wil trekken").click()
    wait_ready(phone)
    card = _card(phone, ACTION)
    card.get_by_label("Naam", exact=True).fill(name)
    card.get_by_label("Organisatie", exact=True).fill("Hanzelab")
    card.get_by_text("Mijn naam en organisatie mogen").click()
    card.get_by_text("Onder voorbehoud").click()
    card.get_by_role("button", name="Aanmelden").click()
    phone.wait_for_selector("text=De facilitator bevestigt het zo", timeout=10_000)
    return phone


def _confirm_as_facilitator(browser, server) -> None:
    page = browser.new_context(viewport={"width": 1280, "height": 900}).new_page()
    page.goto(f"{server.url}/facilitator")
    wait_ready(page)
    page.get_by_label("Wachtwoord").fill("e2e-wachtwoord")
    page.get_by_role("button", name="Inloggen").click()
    page.wait_for_url("**/events**", timeout=20_000)
    wait_ready(page)
    page.locator("[data-testid=stSidebarNav]").get_by_role("link", name="Actieagenda").click()
    wait_ready(page)
    page.get_by_role("radio", name="Aanmeldingen (1)").click()
    wait_ready(page)
    page.get_by_role("button", name="Bevestigen met ?").click()
    wait_ready(page)


def test_phone_signs_up_tentatively_and_the_agenda_wall_shows_a_question_mark(
    browser, server, table_event
):
    wall = browser.new_context(**PROJECTOR).new_page()
    wall.goto(table_event.wall_url + "&view=agenda")
    wall.wait_for_selector(".oogst-ag-kind")
    row = wall.locator(".oogst-ag-row", has_text=ACTION)
    assert "Open — wie doet mee?" in row.inner_text()

    name = f"Sanne {uuid.uuid4().hex[:4]}"
    phone = _sign_up_from_phone(browser, table_event, name)
    assert _driver(server, name) == (0, 1), "waits for the facilitator, asked for '?'"
    wall.wait_for_selector(f'.oogst-ag-row:has-text("{ACTION}") .oogst-ag-pending', timeout=3_000)

    _confirm_as_facilitator(browser, server)
    assert _driver(server, name) == (1, 1)
    chip = f'.oogst-ag-row:has-text("{ACTION}") .oogst-ag-driver.tentative'
    wall.wait_for_selector(f'{chip}:has-text("{name} (Hanzelab)?")', timeout=3_000)
    assert "Open — wie doet mee?" not in row.inner_text()

    phone.reload()
    wait_ready(phone)
    card = _card(phone, ACTION)
    assert "onder voorbehoud" in card.inner_text()
    # st.code mounts its block a moment after the text around it: wait for it, then read it.
    link = card.locator("code", has_text="/action?token=")
    link.wait_for(timeout=5_000)
    assert "/action?token=" in card.inner_text(), "the driver sees their private link"
