"""The server process is tuned for a thousand sessions as soon as serve.py is loaded."""

from __future__ import annotations

import gc
import importlib

from streamlit.runtime import runtime

from ui import tuning


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
