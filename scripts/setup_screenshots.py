"""Screenshots of preparing a meeting in the browser (1440×900): the new-meeting form with the
starter layout, and Voorbereiden's tables, a table being edited, cases, rounds and a refused save.

Called by scripts/screenshots.py; alone: python scripts/setup_screenshots.py [OUTDIR]
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from playwright.sync_api import sync_playwright

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.e2e import path_steps as steps
from tests.e2e.conftest import ARGS, CHROMIUM, wait_ready
from tests.e2e.server import ROOT, Server

TABLES = [
    ("Wonen", "Wat maakt een buurt een thuis?"),
    ("Werken", "Hoe vinden starters hun eerste klus?"),
    ("Leren", "Waar leer je van elkaar?"),
]
PITCHES = [("Deelauto", "Wijkvereniging Noord"), ("Repair Café", "Bibliotheek"), ("Moestuin", "")]


def setup_shots(browser, server: Server, outdir: Path) -> None:
    """Prepare a table-rounds and a pitch meeting through the forms, shooting each step."""
    page = browser.new_context(viewport={"width": 1440, "height": 900}).new_page()
    steps.login(page, server.url)
    new = page.locator("[data-testid=stExpander] details", has_text="Nieuwe bijeenkomst").first
    if new.get_attribute("open") is None:
        new.locator("summary").click()
    page.get_by_role("textbox", name="Titel", exact=True).fill("Buurttafels voorjaar")
    _shot(page, outdir / "setup-new.png")
    fmt = steps.Format("table_rounds", "Tafelrondes", "Tafels / thema's", ())
    steps.create_meeting(page, "Buurttafels voorjaar", fmt)
    for number, (title, question) in enumerate(TABLES, start=1):
        fields = {"Titel": title, "Vraag": question}
        steps.add_row(page, "Tafels / thema's", fields, f"{number}. {title}")
    _shot(page, outdir / "setup-tables.png")
    page.get_by_text("2. Werken", exact=True).click()
    wait_ready(page)
    _shot(page, outdir / "setup-table-edit.png")
    steps.add_row(page, "Rondes", {"Titel": "Verkennen", "Minuten": "15"}, "1. Verkennen — 15 min")
    steps.add_row(page, "Rondes", {"Titel": "Kiezen", "Minuten": "10"}, "2. Kiezen — 10 min")
    _shot(page, outdir / "setup-rounds.png")
    page.get_by_label("Minuten").last.fill("-5")
    page.get_by_role("button", name="Toevoegen", exact=True).click()
    page.get_by_text("'Minuten' moet een heel aantal minuten").wait_for()
    _shot(page, outdir / "setup-error.png")
    steps.nav(page, "Bijeenkomsten")
    pitch = steps.Format("pitch", "Pitchsessie", "Casussen / pitches", ())
    steps.create_meeting(page, "Pitchavond", pitch)
    for index, (name, owners) in enumerate(PITCHES):
        fields = {"Soort (Casus, Pitch)": "Pitch", "Naam": name, "Eigenaar": owners}
        steps.add_row(page, "Casussen / pitches", fields, f"{'ABC'[index]}. Pitch {name}")
    _shot(page, outdir / "setup-cases.png")


def _shot(page, path: Path) -> None:
    wait_ready(page)
    time.sleep(1)  # let toasts and expanders finish their animation before the picture
    page.screenshot(path=str(path))


def main(outdir: Path) -> None:
    outdir.mkdir(parents=True, exist_ok=True)
    server = Server(data_dir=Path(tempfile.mkdtemp())).start()
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
            setup_shots(browser, server, outdir)
            browser.close()
    finally:
        server.stop()


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "img")
