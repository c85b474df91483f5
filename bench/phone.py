"""Simulated phones and projector: what a browser on the join page and on the wall does."""

from __future__ import annotations

import asyncio
import contextlib
import re
import time
from dataclasses import dataclass, field

from bench.protocol import Run, StreamlitClient, receipts_of, trigger

COMPOSER = "oogst_composer"
RETRY_SECONDS = 3.0  # the composer's own retry interval (ui/assets/composer.js)
FRAGMENT_FINISHED = 3  # ForwardMsg.FINISHED_FRAGMENT_RUN_SUCCESSFULLY
MARKER = re.compile(r"bench-[0-9a-z]+-p\d+-s\d+")
COUNT = re.compile(r'data-testid="wall-count">(\d+)<')


@dataclass
class Send:
    """One suggestion: when it was sent, acknowledged and first seen on the wall."""

    client_id: str
    text: str
    marker: str
    sent_at: float = 0.0
    acked_at: float = 0.0
    tries: int = 0
    rejected: str = ""


@dataclass
class Ticker:
    """Answers a page's fragment auto-reruns the way the browser's timers do."""

    client: StreamlitClient
    fragments: dict[str, float] = field(default_factory=dict)
    ticks: int = 0
    errors: int = 0
    _task: asyncio.Task[None] | None = None

    def follow(self, run: Run) -> None:
        """Adopt the timers a run announced; ids change with the page layout.

        A full run announces every timer. A fragment run announces those nested in it (the
        phone's feed inside its composer part), which on these pages are all of them; a tick
        announces none and keeps the timers as they are.
        """
        if run.status == 0 or (run.status == FRAGMENT_FINISHED and run.fragments):
            self.fragments = dict(run.fragments)

    def start(self) -> None:
        """Start ticking in the background."""
        self._task = asyncio.create_task(self._loop())

    async def stop(self) -> None:
        """Stop ticking."""
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task

    async def _loop(self) -> None:
        due: dict[str, float] = {}
        while True:
            now = time.monotonic()
            for fragment_id, interval in list(self.fragments.items()):
                if now >= due.setdefault(fragment_id, now + interval):
                    due[fragment_id] = now + interval
                    await self._tick(fragment_id)
            await asyncio.sleep(0.05)

    async def _tick(self, fragment_id: str) -> None:
        try:
            await self.client.rerun(fragment_id=fragment_id, auto=True, timeout=30)
            self.ticks += 1
        except (TimeoutError, OSError):
            self.errors += 1


class Phone:
    """A phone at one table: opens its join URL, answers feed ticks, sends suggestions."""

    def __init__(self, url: str, cookie: str = "") -> None:
        self.client = StreamlitClient(url)
        self.client.cookie = cookie
        self.ticker = Ticker(self.client)
        self.connect_seconds = 0.0
        self.component_id = ""
        self.fragment_id = ""  # a widget inside a fragment reruns only that fragment
        self.sends: list[Send] = []
        self.error = ""
        self.upstream = ""

    async def open(self) -> None:
        """Connect and render the join page; records the connect time."""
        started = time.monotonic()
        run = await self.client.connect()
        self.connect_seconds = time.monotonic() - started
        self.component_id, _, self.fragment_id = run.components[COMPOSER]
        self.ticker.follow(run)
        self.ticker.start()

    async def send(self, send: Send, give_up_after: float = 60) -> None:
        """Send like the composer: same client id again every 3 s until acknowledged."""
        send.sent_at = time.monotonic()
        deadline = send.sent_at + give_up_after
        while not send.acked_at and time.monotonic() < deadline:
            send.tries += 1
            value = {"id": send.client_id, "text": send.text}
            run = await self.client.rerun(
                [trigger(self.component_id, "send", value)],
                fragment_id=self.fragment_id,
                timeout=60,
            )
            self._settle(send, run)
            if send.rejected:
                return
            if not send.acked_at:
                await asyncio.sleep(RETRY_SECONDS)

    def _settle(self, send: Send, run: Run) -> None:
        self.ticker.follow(run)
        if COMPOSER not in run.components:
            return
        self.component_id, data, self.fragment_id = run.components[COMPOSER]
        acks, rejects = receipts_of(data)
        if send.client_id in acks:
            send.acked_at = run.finished_at
        elif send.client_id in rejects:
            send.rejected = rejects[send.client_id]

    async def close(self) -> None:
        """Stop ticking and close the connection."""
        await self.ticker.stop()
        await self.client.close()


class Projector:
    """The wall: answers its fragment ticks and notes when each marker first appears."""

    def __init__(self, url: str, cookie: str = "") -> None:
        self.client = StreamlitClient(url)
        self.client.cookie = cookie
        self.client.on_text = self._scan
        self.ticker = Ticker(self.client)
        self.first_seen: dict[str, float] = {}
        self.upstream = ""
        self.first_total = -1  # the wall's count of contributions when it opened
        self.total = -1  # ... and at its latest tick

    def _scan(self, html: str) -> None:
        now = time.monotonic()
        if 'class="oogst-wall-grid"' in html:  # the cards, not the stylesheet
            self.total = sum(int(n) for n in COUNT.findall(html))
            if self.first_total < 0:
                self.first_total = self.total
        for marker in MARKER.findall(html):
            self.first_seen.setdefault(marker, now)

    async def open(self) -> None:
        """Connect, render the wall and start answering its ticks."""
        run = await self.client.connect()
        self.ticker.follow(run)
        self.ticker.start()

    async def close(self) -> None:
        """Stop ticking and close the connection."""
        await self.ticker.stop()
        await self.client.close()
