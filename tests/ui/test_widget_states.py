"""The guard against forged widget states keeps what a real browser sends."""

from __future__ import annotations

from streamlit.proto.WidgetStates_pb2 import WidgetState, WidgetStates
from streamlit.runtime.state.common import WidgetMetadata

from ui.common.widget_states import fitting


def _number_input(widget_id: str) -> WidgetMetadata:
    # As streamlit/elements/widgets/number_input.py registers every number_input, ints included.
    return WidgetMetadata(
        id=widget_id, deserializer=lambda v: v, serializer=lambda v: v, value_type="double_value"
    )


def _states(**values: object) -> WidgetStates:
    states = WidgetStates()
    for widget_id, value in values.items():
        state = WidgetState(id=widget_id)
        if isinstance(value, bool):
            state.bool_value = value
        elif isinstance(value, int):
            state.int_value = value
        else:
            state.double_value = value  # type: ignore[assignment]
        states.widgets.append(state)
    return states


def test_an_integer_number_input_keeps_the_int_the_browser_sends():
    """Chromium sends int_value for a number_input with an integer value (minutes, table no.)."""
    kept = fitting({"minutes": _number_input("minutes")}, _states(minutes=15))
    assert [s.int_value for s in kept.widgets] == [15]


def test_a_float_and_an_int_pass_but_a_bool_for_a_number_is_dropped():
    metadata = {k: _number_input(k) for k in ("a", "b", "c")}
    kept = fitting(metadata, _states(a=1.5, b=2, c=True))
    assert [s.id for s in kept.widgets] == ["a", "b"]
