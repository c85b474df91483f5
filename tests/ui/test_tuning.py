"""The server process is tuned for a thousand sessions as soon as serve.py is loaded."""

from __future__ import annotations

import gc
import importlib

from streamlit.runtime import runtime

from ui.common import tuning


def test_serving_sets_the_flush_interval_and_collector_thresholds():
    before_interval, before_thresholds = runtime.MESSAGE_FLUSH_INTERVAL_SECS, gc.get_threshold()
    try:
        importlib.import_module("serve")
        assert runtime.MESSAGE_FLUSH_INTERVAL_SECS == tuning.FLUSH_INTERVAL_SECONDS == 0.02
        assert gc.get_threshold() == tuning.GC_THRESHOLDS
    finally:
        runtime.MESSAGE_FLUSH_INTERVAL_SECS = before_interval
        gc.set_threshold(*before_thresholds)


def test_freezing_leaves_start_up_objects_out_of_collections():
    try:
        tuning.freeze_startup_objects()
        assert gc.get_freeze_count() > 10_000
    finally:
        gc.unfreeze()


def test_theme_options_are_read_once_until_the_config_is_parsed_again(monkeypatch):
    from streamlit import config

    tuning.apply()
    walks = []
    read_options = config.get_config_options
    monkeypatch.setattr(
        config, "get_config_options", lambda *a, **k: walks.append(1) or read_options(*a, **k)
    )
    config._on_config_parsed.send()  # as after a config file change: forget what was read
    walks.clear()
    first = config.get_options_for_section("theme")
    assert config.get_options_for_section("theme") == first
    assert config.get_options_for_section("theme.sidebar") is not None
    assert len(walks) == 2, "one walk over the options per theme section"
    config.get_options_for_section("server")
    config.get_options_for_section("server")
    assert len(walks) == 4, "other sections are read as before"
    config._on_config_parsed.send()
    walks.clear()
    config.get_options_for_section("theme")
    assert len(walks) == 1, "a new parse reads the theme again"
    assert first["primaryColor"] == config.get_option("theme.primaryColor")
