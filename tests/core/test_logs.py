"""Structured logs: errors come out as one JSON object per line with the traceback."""

from __future__ import annotations

import json
import logging

from facilitation.core.logs import JsonFormatter


def test_error_with_extra_fields_and_traceback():
    record = logging.LogRecord("oogst.ui", logging.ERROR, __file__, 1, "page failed", (), None)
    try:
        raise ValueError("kapot")
    except ValueError:
        import sys

        record.exc_info = sys.exc_info()
    record.page = "/join"
    entry = json.loads(JsonFormatter().format(record))
    assert entry["level"] == "ERROR" and entry["logger"] == "oogst.ui"
    assert entry["message"] == "page failed" and entry["page"] == "/join"
    assert "ValueError: kapot" in entry["exception"]
    assert entry["time"].endswith("+00:00")
