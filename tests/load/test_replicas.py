"""Two app processes behind a sticky nginx on one PostgreSQL: a wall on one process shows what
phones on the other send. Counts only; the latency is the benchmark's (``make bench-replicas``).
"""

from __future__ import annotations

import asyncio
import os
from concurrent.futures import ThreadPoolExecutor

import pytest

from bench import load, stack
from bench.balancer import nginx_binary
from tests.conftest import PG_URL, REQUIRE_PG, need

REQUIRE_NGINX = os.environ.get("OOGST_REQUIRE_NGINX") == "1"

pytestmark = [pytest.mark.server, pytest.mark.postgres]


def test_a_wall_on_one_process_shows_sends_from_phones_on_another(tmp_path):
    need(bool(PG_URL), "set OOGST_TEST_DATABASE_URL to run the replica test", REQUIRE_PG)
    need(nginx_binary() is not None, "nginx not installed (make nginx)", REQUIRE_NGINX)
    # A few sends a second: each one stays among its table's newest on the wall for ticks.
    args = load.parse_args(["--phones", "24", "--submits", "1", "--duration", "6"])
    args.processes, args.skip_wall_tick = 2, True
    with stack.database(PG_URL, tmp_path) as url, ThreadPoolExecutor(1) as pool:
        # Its own thread: the browser tests' Playwright keeps an event loop in this one.
        result = pool.submit(asyncio.run, load.run(args, tmp_path, url)).result()
    assert result["connected"] == 24
    assert result["cross_process_sends"] > 0, "some phones were served by the other process"
    assert result["cross_process_missed"] == 0, "the wall saw every one of them"
    assert result["submits"] == result["acked"] == result["stored"] == 24
    assert result["wall_count_gap"] == 0
    assert (result["lost"], result["duplicated"]) == (0, 0)
