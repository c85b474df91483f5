"""Server CPU per operation: ``python -m bench.costs [--stored 5000] [--idle-phones 0]``.

One client at a time, so each figure is the cost of that operation alone: a phone's feed poll, a
wall tick (unchanged, and with one new item), a phone page run, a phone's first send, a connect.
``--idle-phones`` keeps that many phones connected (not ticking) to show what the number of
sessions adds to every run.
"""

from __future__ import annotations

import argparse
import asyncio
import tempfile
import time
import uuid
from collections.abc import Awaitable, Callable
from pathlib import Path

from bench import stack
from bench.phone import Phone, Projector, Send
from bench.walltick import idle_rate

Operation = Callable[[], Awaitable[object]]


async def per_call(monitor: stack.Monitor, operation: Operation, count: int) -> float:
    """Return the server CPU milliseconds per call of *operation*."""
    before = monitor.cpu_seconds()
    for _ in range(count):
        await operation()
    return (monitor.cpu_seconds() - before) / count * 1000


async def _phones(url: str, count: int) -> list[Phone]:
    phones = []
    for _ in range(count):
        phone = Phone(url)
        await phone.open()
        await phone.ticker.stop()
        await phone.feed.stop()  # idle: polled by hand below
        phones.append(phone)
    return phones


async def measure(event: stack.ImportedEvent, url: str, monitor: stack.Monitor, n: int) -> None:
    """Print the CPU per operation."""
    seeder = stack.Seeder(url, event.code)
    phone = (await _phones(event.targets["2"], 1))[0]
    wall = Projector(event.wall_url)
    await wall.open()
    await wall.ticker.stop()
    tick = wall.tick_fragment

    async def wall_with_new() -> None:
        await asyncio.to_thread(seeder.add)
        await wall.client.rerun(fragment_id=tick, auto=True)

    fresh = iter(await _phones(event.targets["4"], n // 4))

    async def first_send() -> None:
        await next(fresh).send(Send(uuid.uuid4().hex, f"idee {uuid.uuid4().hex}", "m"))

    async def connect() -> None:
        await (await _phones(event.targets["3"], 1))[0].close()

    print(f"idle CPU {await idle_rate(monitor, 2) * 100:.1f} %")
    operations: list[tuple[str, Operation, int]] = [
        ("phone feed poll (HTTP)", phone.feed.poll, n),
        ("wall tick, nothing new", lambda: wall.client.rerun(fragment_id=tick, auto=True), n),
        ("wall tick, one new item", wall_with_new, n // 4),
        ("phone page run", lambda: phone.client.rerun(), n // 4),
        ("phone's first send", first_send, n // 4),
        ("phone connect", connect, n // 4),
    ]
    for name, operation, count in operations:
        print(f"{name:28} {await per_call(monitor, operation, count):6.1f} ms CPU")
    seeder.close()


async def run(args: argparse.Namespace) -> None:
    """Start a server with *stored* contributions, keep idle phones, measure."""
    with tempfile.TemporaryDirectory(prefix="oogst-costs-") as scratch:
        data_dir = Path(scratch)
        with stack.database(args.database_url, data_dir) as url:
            server = stack.Server(data_dir=data_dir, extra_env={"OOGST_DATABASE_URL": url})
            event = stack.import_event(server)
            server.start()
            monitor = stack.Monitor([server.process.pid])  # type: ignore[union-attr]
            try:
                stack.Seeder(url, event.code).fill_to(args.stored)
                idle = await _phones(event.targets["1"], args.idle_phones)
                print(f"{stack.load_average()} load; {len(idle)} idle phones; {args.stored} stored")
                await measure(event, url, monitor, args.count)
            finally:
                monitor.stop()
                server.stop()


def main() -> None:
    """Parse options and print the table."""
    parser = argparse.ArgumentParser(prog="python -m bench.costs", description=__doc__)
    parser.add_argument("--stored", type=int, default=5000)
    parser.add_argument("--idle-phones", type=int, default=0)
    parser.add_argument("--count", type=int, default=200, help="calls of the cheap operations")
    parser.add_argument("--database-url", default="")
    started = time.monotonic()
    asyncio.run(run(parser.parse_args()))
    print(f"({time.monotonic() - started:.0f} s)")


if __name__ == "__main__":
    main()
