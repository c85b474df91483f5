"""Take the README screenshots: the phone view (390×844) and the projector wall (1920×1080).

Usage: python scripts/screenshots.py [OUTDIR]   (starts its own server on a temporary database)
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from playwright.sync_api import sync_playwright

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.e2e.conftest import ARGS, CHROMIUM, PHONE, PROJECTOR, wait_ready
from tests.e2e.server import ROOT, Server

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


def main(outdir: Path) -> None:
    outdir.mkdir(parents=True, exist_ok=True)
    server = Server(data_dir=Path(tempfile.mkdtemp())).start()
    try:
        event = server.import_event(ROOT / "examples" / "tafelrondes-12-februari-2015.yaml")
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
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
            browser.close()
    finally:
        server.stop()


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "img")
