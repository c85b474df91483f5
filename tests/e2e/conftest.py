"""Browser fixtures: Debian's Chromium driven by Playwright against a real server process."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from typing import Any

import pytest

from tests.e2e.server import ROOT, ImportedEvent, Server

CHROMIUM = os.environ.get("OOGST_CHROMIUM", shutil.which("chromium") or "/usr/bin/chromium")
REQUIRE_BROWSER = os.environ.get("OOGST_REQUIRE_BROWSER") == "1"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
PHONE: dict[str, Any] = {
    "viewport": {"width": 390, "height": 844},
    "is_mobile": True,
    "has_touch": True,
}
PROJECTOR: dict[str, Any] = {"viewport": {"width": 1920, "height": 1080}}

# Simulates a phone losing its network: closes Streamlit's websocket and refuses new ones.
OFFLINE_SWITCH = """
(() => {
  const Native = window.WebSocket;
  const open = [];
  window.__offline = false;
  window.WebSocket = function (url, protocols) {
    if (window.__offline) { throw new DOMException('offline', 'NetworkError'); }
    const socket = new Native(url, protocols);
    open.push(socket);
    return socket;
  };
  window.WebSocket.prototype = Native.prototype;
  Object.assign(window.WebSocket, { CONNECTING: 0, OPEN: 1, CLOSING: 2, CLOSED: 3 });
  window.__goOffline = () => { window.__offline = true; open.forEach((s) => s.close()); };
  window.__goOnline = () => { window.__offline = false; window.dispatchEvent(new Event('online')); };
})();
"""


@pytest.fixture(scope="module")
def server(tmp_path_factory) -> Iterator[Server]:
    running = Server(data_dir=tmp_path_factory.mktemp("oogst")).start()
    yield running
    running.stop()


@pytest.fixture(scope="module")
def table_event(server) -> ImportedEvent:
    return server.import_event(ROOT / "examples" / "tafelrondes-12-februari-2015.yaml")


def wait_ready(page, timeout: float = 20_000) -> None:
    """Wait until Streamlit is connected and has finished running the page."""
    page.wait_for_selector(
        "[data-testid=stApp][data-test-connection-state=CONNECTED]", timeout=timeout
    )
    page.wait_for_selector(
        "[data-testid=stApp][data-test-script-state=notRunning]", timeout=timeout
    )


def send_and_wait_for_the_receipt(page, text: str, timeout: float = 15_000) -> None:
    """Send *text* from the phone and wait for its receipt.

    A session's messages are handled in order, so once this receipt is shown everything the
    phone sent before it has been handled too: a stray re-send of an earlier text included.
    """
    page.fill("[data-testid=composer-text]", text)
    page.click("[data-testid=composer-send]")  # the status turns "waiting" at once
    page.wait_for_selector('[data-testid=composer-status][data-kind="ok"]', timeout=timeout)
