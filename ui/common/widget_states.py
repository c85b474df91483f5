"""Widget states a browser sends that fit no widget are dropped before Streamlit reads them.

Any client may send a rerun with any widget id and any value over the websocket. For a widget
of the previous run, a value of another kind (a bool for a segmented control) or one its widget
cannot read (an option that does not exist, JSON that does not parse) failed the whole run in
Streamlit's own code before the page ran (tests/security/test_widgets.py: 40 of 41 forged runs).
This drops exactly those states and keeps the rest, so the page runs as if they were never sent.
Ids of no known widget are kept: a reconnecting browser sends its widgets' values before the new
session has met them, and Streamlit sets them aside until a widget with that id registers.

Private: it wraps ``SessionState.on_script_will_rerun`` and reads ``WStates.widget_metadata``;
tests/ui/test_streamlit_internals.py fails when Streamlit changes either.
"""

from __future__ import annotations

import logging
from typing import Any

log = logging.getLogger("oogst.ui")


def apply() -> None:
    """Make every session drop widget states that its widgets cannot read (idempotent)."""
    from streamlit.runtime.state.session_state import SessionState

    original = SessionState.on_script_will_rerun
    if getattr(original, "drops_unfit_states", False):
        return

    def on_script_will_rerun(self: Any, fresh_widget_states: Any, **kwargs: Any) -> None:
        if fresh_widget_states is not None:
            fresh_widget_states = fitting(
                self._new_widget_state.widget_metadata, fresh_widget_states
            )
        original(self, fresh_widget_states, **kwargs)

    on_script_will_rerun.drops_unfit_states = True  # type: ignore[attr-defined]
    SessionState.on_script_will_rerun = on_script_will_rerun  # type: ignore[method-assign]


def fitting(metadata: dict[str, Any], states: Any) -> Any:
    """Return *states* (a WidgetStates message) without those their known widget cannot read."""
    kept = [state for state in states.widgets if _fits(metadata.get(state.id), state)]
    if len(kept) == len(states.widgets):
        return states
    log.warning(
        "widget states that fit no widget dropped",
        extra={"dropped": len(states.widgets) - len(kept)},
    )
    clean = type(states)()
    clean.widgets.extend(kept)
    return clean


# Kinds a browser legitimately sends for one another: an integer number_input is registered as
# "double_value" but Chromium's frontend sends "int_value" for it (and Streamlit reads either).
_NUMBERS = frozenset({"int_value", "double_value"})


def _same_kind(sent: str | None, expected: str) -> bool:
    return sent == expected or (sent in _NUMBERS and expected in _NUMBERS)


def _fits(widget: Any, state: Any) -> bool:
    if widget is None:
        return True
    if not _same_kind(state.WhichOneof("value"), widget.value_type):
        return False
    from streamlit.runtime.state.common import unpack_widget_state_value

    try:
        widget.deserializer(unpack_widget_state_value(state))
    except Exception:  # whatever the widget's reader raises, the run must not
        return False
    return True
