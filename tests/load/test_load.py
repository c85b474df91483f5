"""Correctness under load: protocol-level phones send at once; nothing lost, nothing doubled.

Timings are the benchmark's business (``make bench``); this test only counts, in the database.
"""

from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor

import pytest

from bench import load, stack

pytestmark = pytest.mark.server


def test_sixty_phones_sending_at_once_lose_and_duplicate_nothing(tmp_path, monkeypatch):
    monkeypatch.setenv(
        "OOGST_PHONE_FEED_SECONDS", "1"
    )  # server and phones: feed polled each second
    args = load.parse_args(
        ["--phones", "60", "--submits", "2", "--duration", "3", "--resend-every", "5"]
    )
    args.skip_wall_tick = True
    # Its own thread: the browser tests' Playwright keeps an event loop in this one.
    with stack.database("", tmp_path) as url, ThreadPoolExecutor(1) as pool:
        result = pool.submit(asyncio.run, load.run(args, tmp_path, url)).result()
    assert result["connected"] == 60
    assert result["submits"] == result["acked"] == result["stored"] == 120
    assert result["resent"] >= 20, "re-sends with the same id were part of the load"
    assert (result["lost"], result["duplicated"], result["rejected"]) == (0, 0, 0)
    # The wall lists each table's newest eight: at this rate some scroll by between two ticks.
    assert result["wall_count_gap"] == 0, "the wall's counts include every send"
    assert result["feed_polls"] >= 60 and result["feed_poll_errors"] == 0, (
        "every feed poll answered"
    )
