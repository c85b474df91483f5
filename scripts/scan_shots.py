"""Screenshots of the scans: a phone answering the climate scan (390×844), the wall's radar
(1920×1080) and the facilitator's Scans page (1440×900), on the example of three neighbourhoods.
Called by scripts/screenshots.py (``python scripts/screenshots.py OUTDIR scans`` takes only these).
"""

from __future__ import annotations

import time
from pathlib import Path

from sqlmodel import select

from facilitation.core.db import make_engine, write_session
from facilitation.meeting import events
from facilitation.models import Event, EventUpdate, Scan, WallScreen
from facilitation.scans import editor
from tests.e2e.conftest import PHONE, PROJECTOR, wait_ready
from tests.e2e.server import ROOT, Server


def _show_on_the_wall(database: Path, code: str) -> Scan:
    """Open the example's scan, reveal it and put it on the projector (as the Scans page does)."""
    engine = make_engine(f"sqlite:///{database}")
    with write_session(engine) as session:
        event = session.exec(select(Event).where(Event.code == code)).one()
        scan = editor.scans_of(session=session, event_id=event.id or 0)[0]
        editor.set_scan_open(
            session=session, event_id=event.id or 0, scan_id=scan.id or 0, is_open=True
        )
        editor.reveal(session=session, event_id=event.id or 0, scan_id=scan.id or 0)
        events.update_event(
            session=session,
            event_id=event.id or 0,
            update=EventUpdate(wall_screen=WallScreen.SCAN),
        )
        return scan


def scan_shots(browser, server: Server, outdir: Path, shown_url: str) -> None:
    """Take scan-phone.png, scan-wall.png and scans.png."""
    event = server.import_event(ROOT / "examples" / "wijkscan-initiatievenklimaat.yaml")
    scan = _show_on_the_wall(server.data_dir / "oogst.db", event.code)
    phone = browser.new_context(**PHONE, device_scale_factor=2).new_page()
    phone.goto(f"{server.url}/scan?event={event.code}&table=1&scan={scan.id}")
    wait_ready(phone)
    for item, value in ((0, "7"), (1, "4")):
        row = phone.locator(f"div[class*='-scale-{item}']")
        row.get_by_role("radio", name=value, exact=True).click()
        wait_ready(phone)
    phone.locator("div[class*='-scale-1']").scroll_into_view_if_needed()
    time.sleep(1)
    phone.screenshot(path=str(outdir / "scan-phone.png"))
    wall = browser.new_context(**PROJECTOR).new_page()
    wall.goto(event.wall_url.replace(shown_url, server.url))
    wall.wait_for_selector("[data-testid=radar]")
    time.sleep(2)
    wall.screenshot(path=str(outdir / "scan-wall.png"))
    page = browser.new_context(viewport={"width": 1440, "height": 900}).new_page()
    page.goto(f"{server.url}/facilitator")
    wait_ready(page)
    page.fill("input[type=password]", server.env["OOGST_FACILITATOR_PASSPHRASE"])
    page.get_by_role("button", name="Inloggen").click()
    page.wait_for_url("**/events**", timeout=20_000)
    page.goto(f"{server.url}/scans?event={event.code}&scan={scan.id}")
    wait_ready(page)
    page.get_by_role("tab", name="Uitslag").click()
    wait_ready(page)
    page.get_by_role("heading", name="Initiatievenklimaat").evaluate(
        "element => element.scrollIntoView({block: 'start'})"
    )
    time.sleep(1)
    page.screenshot(path=str(outdir / "scans.png"))
