"""The private Streamlit objects Oogst patches still exist and behave as the patches assume.

Streamlit is pinned to the minor version these were checked on (pyproject.toml). Raising the
pin, these tests name the assumption that broke: adapt or drop the patch (ui/__init__.py,
ui/common/tuning.py) and measure again (docs/benchmarks.md) before raising it.
"""

from __future__ import annotations

import dataclasses
import importlib
import inspect
from types import CodeType

import pytest
from streamlit import config
from streamlit.proto.NewSession_pb2 import CustomThemeConfig
from streamlit.proto.WidgetStates_pb2 import WidgetState
from streamlit.runtime import app_session, runtime, runtime_util
from streamlit.runtime.pages_manager import PagesManager
from streamlit.runtime.scriptrunner.script_runner import ScriptRunner

import ui
from tests.utils import ROOT
from ui.common import tuning


def _names(code: CodeType) -> set[str]:
    """Return every global and attribute name *code* and the functions inside it look up."""
    names = set(code.co_names)
    for constant in code.co_consts:
        if isinstance(constant, CodeType):
            names |= _names(constant)
    return names


# The flush interval (ui/common/tuning.py)


def test_the_runtime_loop_reads_the_flush_interval_from_its_module_at_every_cycle():
    loop = runtime.Runtime._loop_coroutine
    assert loop.__globals__ is vars(runtime), "the module tuning.apply() sets it on"
    assert "MESSAGE_FLUSH_INTERVAL_SECS" in _names(loop.__code__)
    assert isinstance(runtime.MESSAGE_FLUSH_INTERVAL_SECS, float)


def test_streamlit_still_flushes_every_5_ms_by_default_as_benchmarked():
    assert runtime_util.MESSAGE_FLUSH_INTERVAL_SECS == 0.005


# The theme memo (ui/common/tuning.py)


def test_every_new_session_message_builds_its_theme_through_get_options_for_section(
    monkeypatch,
):
    create = app_session.AppSession._create_new_session_message
    assert "_populate_theme_msg" in _names(create.__code__)
    read = config.get_options_for_section
    asked: list[str] = []
    monkeypatch.setattr(
        config, "get_options_for_section", lambda section: asked.append(section) or read(section)
    )
    app_session._populate_theme_msg(CustomThemeConfig(), "theme.sidebar")
    assert asked == ["theme.sidebar"]


def test_the_memo_takes_the_place_of_get_options_for_section_and_is_told_of_a_new_parse():
    assert list(inspect.signature(config.get_options_for_section).parameters) == ["section"]
    assert "force_connect" in inspect.signature(config.on_config_parsed).parameters
    # A new parse of the config files (get_config_options) is what clears the memo.
    assert "_on_config_parsed" in _names(config.get_config_options.__code__)


def test_with_the_memo_a_theme_is_read_once_until_the_next_parse(monkeypatch):
    tuning.apply()
    reads: list[int] = []
    read_options = config.get_config_options
    monkeypatch.setattr(
        config, "get_config_options", lambda *a, **k: reads.append(1) or read_options(*a, **k)
    )
    config._on_config_parsed.send()  # as after a config file change: forget what was read
    app_session._populate_theme_msg(CustomThemeConfig(), "theme")
    first = len(reads)
    for _ in range(2):
        app_session._populate_theme_msg(CustomThemeConfig(), "theme")
    assert first > 0 and len(reads) == first, "later messages reuse the theme read first"


# The pages folder guard (ui/__init__.py)


@pytest.fixture
def pages_flag():
    before = PagesManager.uses_pages_directory
    yield
    PagesManager.uses_pages_directory = before


def test_without_the_guard_streamlit_would_take_pages_for_a_version_1_app(pages_flag):
    PagesManager.uses_pages_directory = None
    PagesManager(str(ROOT / "app.py"), setup_watcher=False)
    assert PagesManager.uses_pages_directory is True
    assert {"uses_pages_directory", "_mpa_v1"} <= _names(ScriptRunner._run_script.__code__)


def test_the_guard_is_set_when_ui_is_imported_and_streamlit_keeps_it(pages_flag):
    PagesManager.uses_pages_directory = None
    importlib.reload(ui)
    assert PagesManager.uses_pages_directory is False
    PagesManager(str(ROOT / "app.py"), setup_watcher=False)
    assert PagesManager.uses_pages_directory is False


# Dropping widget states that fit no widget (ui/common/widget_states.py)


def test_a_rerun_sets_the_browsers_widget_states_through_on_script_will_rerun():
    from streamlit.runtime.state.common import WidgetMetadata, unpack_widget_state_value
    from streamlit.runtime.state.session_state import SessionState, WStates

    from ui.common import widget_states

    widget_states.apply()
    wrapped = SessionState.on_script_will_rerun
    assert wrapped.drops_unfit_states
    original = wrapped.__closure__[0].cell_contents  # the method the guard wraps
    assert list(inspect.signature(original).parameters)[:2] == ["self", "fresh_widget_states"]
    assert "set_widgets_from_proto" in _names(original.__code__)
    assert "widget_metadata" in {f.name for f in dataclasses.fields(WStates)}
    assert {"value_type", "deserializer"} <= {f.name for f in dataclasses.fields(WidgetMetadata)}
    assert callable(unpack_widget_state_value)
    state = WidgetState()
    state.bool_value = True
    assert state.WhichOneof("value") == "bool_value"


def test_a_state_of_the_wrong_kind_for_a_known_widget_is_dropped_and_the_rest_kept():
    from streamlit.proto.WidgetStates_pb2 import WidgetStates
    from streamlit.runtime.state.common import WidgetMetadata

    from ui.common import widget_states

    checkbox = WidgetMetadata(id="box", deserializer=bool, serializer=bool, value_type="bool_value")
    states = WidgetStates()
    for widget_id, field, value in [
        ("box", "string_value", "x"),
        ("box", "bool_value", True),
        ("unknown", "int_value", 3),
    ]:
        state = states.widgets.add()
        state.id = widget_id
        setattr(state, field, value)
    kept = widget_states.fitting({"box": checkbox}, states)
    assert [(s.id, s.WhichOneof("value")) for s in kept.widgets] == [
        ("box", "bool_value"),
        ("unknown", "int_value"),
    ]
