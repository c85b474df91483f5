"""Take the README screenshots: the phone (390×844) open and closed, the projector's join screen
and live wall (1920×1080), the facilitator's Live page and its moderation (1440×900), the agenda's: a phone signing
up (390×844) and the agenda wall with a vote (1920×1080), and the harvest page with its preview
(1440×900), and preparing a meeting in the browser (1440×900, scripts/setup_screenshots.py).

Usage: python scripts/screenshots.py [OUTDIR] [scans]   (starts its own server on a temporary database)
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from playwright.sync_api import sync_playwright

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from scripts.scan_shots import scan_shots
from scripts.setup_screenshots import setup_shots
from tests.e2e.conftest import ARGS, CHROMIUM, PHONE, PROJECTOR, wait_ready
from tests.e2e.server import ROOT, ImportedEvent, Server

SUGGESTIONS = {
    "1": ["Koppel starters aan een ondernemer uit de buurt", "Maak een gezamenlijke nieuwsbrief"],
    "2": [
        "Vertel verhalen van initiatiefnemers op de website",
        "Organiseer een open dag per wijk",
        "Gebruik een herkenbaar logo voor alle knooppunten",
    ],
    "4": ["Een vouchersysteem voor advies", "Laat gemeenten de stagevergoeding sponsoren"],
    "5": ["Start een initiatievencafé met de gemeente"],
}


# What the wall and the QR codes show: a laptop's address on venue Wi-Fi (the browser here is
# sent to the real server instead).
SHOWN_URL = "http://192.168.1.20:8501"


def main(outdir: Path, only: str = "") -> None:
    outdir.mkdir(parents=True, exist_ok=True)
    server = Server(data_dir=Path(tempfile.mkdtemp()), extra_env={"OOGST_PUBLIC_URL": SHOWN_URL})
    server.start()
    try:
        event = server.import_event(ROOT / "examples" / "tafelrondes-12-februari-2015.yaml")
        event = ImportedEvent(
            code=event.code,
            wall_url=event.wall_url.replace(SHOWN_URL, server.url),
            join_url=event.join_url.replace(SHOWN_URL, server.url),
            targets={k: v.replace(SHOWN_URL, server.url) for k, v in event.targets.items()},
        )
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
            scan_shots(browser, server, outdir, SHOWN_URL)
            if only == "scans":
                return
            for table, texts in SUGGESTIONS.items():
                page = browser.new_context(**PHONE).new_page()
                page.goto(event.targets[table])
                wait_ready(page)
                for text in texts:
                    page.fill("[data-testid=composer-text]", text)
                    page.click("[data-testid=composer-send]")
                    page.wait_for_selector('[data-testid=composer-status][data-kind="ok"]')
            phone = browser.new_context(**PHONE, device_scale_factor=2).new_page()
            phone.goto(event.targets["2"])
            wait_ready(phone)
            phone.fill("[data-testid=composer-text]", "Deel successen in een korte video")
            phone.screenshot(path=str(outdir / "phone.png"))
            wall = browser.new_context(**PROJECTOR).new_page()
            wall.goto(event.wall_url)
            wall.wait_for_selector(".oogst-card")
            time.sleep(2)
            wall.screenshot(path=str(outdir / "wall.png"))
            wall.keyboard.press("j")  # the join screen, as before and between rounds
            wall.wait_for_selector("[data-testid=join-screen]")
            time.sleep(1)
            wall.screenshot(path=str(outdir / "wall-join.png"))
            closed_phone(browser, server, event, outdir)
            live_page(browser, server, event, outdir)
            agenda_shots(browser, server, event, outdir)
            harvest_shots(browser, server, outdir)
            setup_shots(browser, server, outdir)
            browser.close()
    finally:
        server.stop()


def closed_phone(browser, server: Server, event, outdir: Path) -> None:
    """A phone whose table the facilitator closed: Send disabled with the reason, draft kept."""
    import sqlite3

    phone = browser.new_context(**PHONE, device_scale_factor=2).new_page()
    phone.goto(event.targets["4"])
    wait_ready(phone)
    phone.fill("[data-testid=composer-text]", "Een buurtfonds waar iedereen aan bijdraagt")
    with sqlite3.connect(server.data_dir / "oogst.db") as db:  # as the Live page's table switch
        event_id = db.execute("SELECT id FROM event WHERE code = ?", (event.code,)).fetchone()[0]
        db.execute("UPDATE theme SET is_open = 0 WHERE event_id = ? AND number = 4", (event_id,))
        db.execute("UPDATE event SET revision = revision + 1 WHERE id = ?", (event_id,))
    phone.wait_for_selector("[data-testid=composer-closed]", timeout=10_000)
    time.sleep(0.5)
    phone.screenshot(path=str(outdir / "phone-closed.png"))
    with sqlite3.connect(server.data_dir / "oogst.db") as db:
        db.execute("UPDATE theme SET is_open = 1 WHERE event_id = ? AND number = 4", (event_id,))
        db.execute("UPDATE event SET revision = revision + 1 WHERE id = ?", (event_id,))


def live_page(browser, server: Server, event, outdir: Path) -> None:
    """The facilitator's Live page with the projector switch."""
    page = browser.new_context(viewport={"width": 1440, "height": 900}).new_page()
    page.goto(f"{server.url}/facilitator")
    wait_ready(page)
    page.get_by_label("Wachtwoord").fill("e2e-wachtwoord")
    page.get_by_role("button", name="Inloggen").click()
    page.wait_for_url("**/events**", timeout=30_000)
    page.goto(f"{server.url}/live?event={event.code}")
    wait_ready(page)
    page.get_by_text("Nu op de beamer").wait_for()
    time.sleep(2)
    page.screenshot(path=str(outdir / "live.png"))
    page.get_by_role("radio", name="Modereren").click()
    wait_ready(page)
    page.locator("[class*=st-key-hide-] button").first.click()  # one hidden: its badge, undo
    page.get_by_text("Ongedaan maken").wait_for()
    time.sleep(2)
    page.screenshot(path=str(outdir / "live-moderation.png"))


def agenda_shots(browser, server: Server, event, outdir: Path) -> None:
    """A phone filling in the sign-up form, then the agenda wall with sign-ups and a vote."""
    from scripts.agenda_seed import seed

    seed(server.data_dir / "oogst.db", event.code)
    phone = browser.new_context(**PHONE, device_scale_factor=2).new_page()
    phone.goto(event.join_url.replace("/join?", "/agenda?"))
    wait_ready(phone)
    card = phone.locator("[class*='st-key-action-']", has_text="Meer licht op de interculturele")
    card.get_by_role("button", name="Ik wil trekken").click()
    wait_ready(phone)
    card.get_by_label("Naam", exact=True).fill("Sanne de Wit")
    card.get_by_label("Organisatie", exact=True).fill("Hanzelab")
    card.get_by_text("Mijn naam en organisatie mogen").click()
    card.get_by_text("Onder voorbehoud").click()
    card.evaluate("element => element.scrollIntoView({block: 'start'})")
    time.sleep(1)
    phone.screenshot(path=str(outdir / "agenda-phone.png"))
    card.get_by_role("button", name="Aanmelden").click()
    phone.wait_for_selector("text=De facilitator bevestigt het zo")
    wall = browser.new_context(**PROJECTOR).new_page()
    wall.goto(event.wall_url + "&view=agenda")
    wall.wait_for_selector(".oogst-ag-kind")
    time.sleep(3)
    wall.screenshot(path=str(outdir / "agenda-wall.png"))


def harvest_shots(browser, server: Server, outdir: Path) -> None:
    """The harvest page of the practice-case afternoon: the shape tab beside the preview."""
    event = server.import_event(ROOT / "examples" / "praktijkcasussen.yaml")
    page = browser.new_context(viewport={"width": 1440, "height": 900}).new_page()
    page.goto(f"{server.url}/facilitator")
    wait_ready(page)
    page.fill("input[type=password]", server.env["OOGST_FACILITATOR_PASSPHRASE"])
    page.get_by_role("button", name="Inloggen").click()
    page.wait_for_url("**/events**", timeout=20_000)
    wait_ready(page)
    page.goto(f"{server.url}/harvest?event={event.code}")
    wait_ready(page)
    page.get_by_role("radio", name="Vorm van het verslag").click()
    wait_ready(page)
    page.get_by_role(
        "button", name="Verhalend verslag (alleen samenvattingen, geen grafieken)"
    ).click()
    wait_ready(page)
    page.get_by_test_id("harvest-preview").get_by_role("heading", name="Inleiding").wait_for()
    time.sleep(1)
    page.screenshot(path=str(outdir / "harvest.png"))
    page.get_by_role("radio", name="Per tafel of casus").click()
    wait_ready(page)
    time.sleep(1)
    page.screenshot(path=str(outdir / "harvest-editor.png"))


if __name__ == "__main__":
    main(
        Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "img",
        sys.argv[2] if len(sys.argv) > 2 else "",
    )
