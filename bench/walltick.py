"""Server CPU of one wall tick, with a given number of contributions already stored."""

from __future__ import annotations

import asyncio
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench.phone import Projector
from bench.stack import Monitor
from tests.e2e.server import ROOT, free_port, wait_until_answers

BATCHES = 5
TICKS = 60  # per batch (CPU time is counted in 10 ms steps); the figure is the median batch
QUIET = 0.05  # CPU share below which the server counts as settled


async def settle(monitor: Monitor, timeout: float = 60.0) -> float:
    """Wait until the server is quiet for a second: sessions of phones that just left are shut
    down and their garbage collected first (not a tick's cost). Return the seconds waited."""
    started = time.monotonic()
    while time.monotonic() - started < timeout and await idle_rate(monitor, 1.0) > QUIET:
        pass
    return time.monotonic() - started


async def idle_rate(monitor: Monitor, seconds: float = 3.0) -> float:
    """Return the server's CPU seconds per second with nothing asked of it."""
    before, started = monitor.cpu_seconds(), time.monotonic()
    await asyncio.sleep(seconds)
    return (monitor.cpu_seconds() - before) / (time.monotonic() - started)


async def _ticks(
    projector: Projector,
    monitor: Monitor,
    idle: float,
    between: Callable[[], object] | None = None,
) -> list[float]:
    """Return the server CPU milliseconds per tick of each batch of TICKS ticks, idle subtracted."""
    fragment_id = projector.tick_fragment
    batches = []
    for _ in range(BATCHES):
        before, started = monitor.cpu_seconds(), time.monotonic()
        for _ in range(TICKS):
            if between is not None:
                await asyncio.to_thread(between)
            await projector.client.rerun(fragment_id=fragment_id, auto=True)
        spent, elapsed = monitor.cpu_seconds() - before, time.monotonic() - started
        batches.append(max(0.0, spent - idle * elapsed) / TICKS * 1000)
    return batches


async def floor(data_dir: Path) -> float:
    """Return the server CPU ms of a trivial fragment tick under Oogst's Streamlit settings."""
    port = free_port()
    command = [sys.executable, "-m", "streamlit", "run", "bench/floor_app.py"]
    process = subprocess.Popen(
        [*command, "--server.port", str(port), "--server.address", "127.0.0.1"],
        cwd=ROOT,
        stdout=(data_dir / "floor.log").open("wb"),
        stderr=subprocess.STDOUT,
    )
    try:
        health = f"http://127.0.0.1:{port}/_stcore/health"
        if not await asyncio.to_thread(wait_until_answers, health, 60, process):
            raise RuntimeError("the floor app did not start")
        projector = Projector(f"http://127.0.0.1:{port}/")
        await projector.open()
        monitor = Monitor([process.pid])
        await projector.ticker.stop()
        await settle(monitor)
        idle = await idle_rate(monitor)
        cost = statistics.median(await _ticks(projector, monitor, idle))
        monitor.stop()
        await projector.close()
        return cost
    finally:
        process.terminate()
        process.wait(timeout=30)


async def measure(
    projector: Projector, monitor: Monitor, add_one: Callable[[], object]
) -> dict[str, Any]:
    """Return the CPU per wall tick when nothing changed and when one item was added (medians
    of BATCHES batches; every batch is in ``*_batches_ms``)."""
    await projector.ticker.stop()
    waited = await settle(monitor)
    idle = await idle_rate(monitor)
    unchanged = await _ticks(projector, monitor, idle)
    with_new = await _ticks(projector, monitor, idle, between=add_one)
    return {
        "wall_tick_ms": statistics.median(unchanged),
        "wall_tick_new_ms": statistics.median(with_new),
        "wall_tick_batches_ms": [round(x, 2) for x in unchanged],
        "wall_tick_new_batches_ms": [round(x, 2) for x in with_new],
        "settle_s": waited,
        "idle_cpu_pct": idle * 100,
    }
