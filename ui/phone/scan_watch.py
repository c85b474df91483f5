"""The phone follows scans by itself: it asks ``/api/feed`` every few seconds (the same cheap
poll the composer makes, no Streamlit rerun) and reloads the page when a scan opened or closed,
or when the shown scan or one of its questions opened, closed or moved. Everything the phone
answered is stored, and its identity is in the address, so a reload loses nothing."""

from __future__ import annotations

from urllib.parse import urlencode

import streamlit as st

from ui.common.context import lang, settings

_JS = """
export default function ({ data }) {
  if (window.__oogstScanWatch) { window.__oogstScanWatch.data = data; return; }
  const state = (window.__oogstScanWatch = { data });
  const tick = async () => {
    if (document.visibilityState === "hidden" || state.busy) return;
    state.busy = true;
    try {
      const response = await fetch(state.data.url, { cache: "no-store", credentials: "same-origin" });
      if (!response.ok) return;
      const payload = await response.json();
      const shown = state.data;
      const scans = typeof payload.scans === "string" && payload.scans !== shown.scans;
      const scan = shown.scanState && typeof payload.scan_state === "string"
        && payload.scan_state !== shown.scanState;
      if (scans || scan) window.location.reload();
    } catch (e) {
      // Offline or the server restarting: ask again at the next tick.
    } finally {
      state.busy = false;
    }
  };
  setInterval(tick, data.intervalMs);
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "visible") tick();
  });
}
"""

_COMPONENT = st.components.v2.component("oogst_scan_watch", js=_JS)


def watch(event_code: str, scans: str, scan_id: int | None = None, scan_state: str = "") -> None:
    """Reload the page when the open scans differ from *scans* ('3,5'), or the shown scan's
    state from *scan_state*."""
    query = {"event": event_code, "lang": lang()}
    if scan_id is not None:
        query["scan"] = str(scan_id)
    _COMPONENT(
        data={
            "url": f"api/feed?{urlencode(query)}",
            "scans": scans,
            "scanState": scan_state,
            "intervalMs": int(settings().phone_feed_seconds * 1000),
        },
        key="scan-watch",
    )
