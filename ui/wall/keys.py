"""The wall's keyboard: J swaps the join screen and the live wall on this projector.

The facilitator's choice on the Live page reaches every wall within a tick; the key is for the
one at the beamer who wants the other screen now, without walking to a laptop. It holds until
the facilitator changes the choice. ``&keys=off`` in the wall URL turns it off (WCAG 2.1.4: a
one-letter shortcut can be turned off).
"""

from __future__ import annotations

import streamlit as st

_JS = """
export default function ({ data }) {
  const html = document.documentElement;
  const wall = () => document.querySelector(".oogst-wall");
  if (window.__oogstWallKeys) window.__oogstWallKeys.enabled = data.enabled;
  if (window.__oogstWallKeys) return;
  const state = (window.__oogstWallKeys = { enabled: data.enabled });
  document.addEventListener("keydown", (event) => {
    if (!state.enabled || event.key.toLowerCase() !== "j") return;
    if (event.ctrlKey || event.metaKey || event.altKey || event.isComposing) return;
    if (event.target.closest && event.target.closest("input, textarea, select, [contenteditable]")) return;
    const shown = wall();
    if (!shown) return;
    const now = html.dataset.oogstScreen || shown.dataset.screen;
    html.dataset.oogstScreen = now === "join" ? "live" : "join";
    html.dataset.oogstMode = shown.dataset.mode;
  });
  // The facilitator switched on the Live page: every wall follows, the key's choice ends.
  setInterval(() => {
    const shown = wall();
    if (shown && html.dataset.oogstScreen && shown.dataset.mode !== html.dataset.oogstMode) {
      delete html.dataset.oogstScreen;
      delete html.dataset.oogstMode;
    }
  }, 500);
}
"""

_COMPONENT = st.components.v2.component("oogst_wall_keys", js=_JS)


def listen(*, enabled: bool = True) -> None:
    """Let the key J swap the wall's two screens on this projector."""
    _COMPONENT(data={"enabled": enabled}, key="wall-keys")
