"""Simulated phones and projector: what a browser on the join page and on the wall does."""

from __future__ import annotations

import asyncio
import contextlib
import random
import re
import time
from dataclasses import dataclass, field
from urllib.parse import parse_qs, urlencode, urlsplit

from bench.protocol import HttpClient, Run, StreamlitClient, receipts_of, trigger
from facilitation.core.settings import Settings

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
    receipt: str = ""  # what the phone showed on acknowledgement


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


@dataclass
class FeedPoller:
    """Polls the table's feed route the way the phone's feed component does (ui/assets/feed.js)."""

    http: HttpClient
    path: str
    interval: float
    polls: int = 0
    errors: int = 0
    seconds: list[float] = field(default_factory=list)
    _task: asyncio.Task[None] | None = None
    _stopped: bool = False

    async def poll(self) -> None:
        """One poll; counts an answer other than 200 as an error."""
        started = time.monotonic()
        try:
            status, _ = await self.http.get_json(self.path)
        except (TimeoutError, OSError, ValueError):
            self.errors += 1
            return
        self.seconds.append(time.monotonic() - started)
        if status == 200:
            self.polls += 1
        else:
            self.errors += 1

    def start(self) -> None:
        """Start polling in the background, the first poll after a random part of the interval."""
        self._task = asyncio.create_task(self._loop())

    async def _loop(self) -> None:
        await asyncio.sleep(random.uniform(0, self.interval))
        while not self._stopped:
            await self.poll()
            await asyncio.sleep(self.interval)

    async def stop(self) -> None:
        """Stop polling and close the connection (a poll under way is abandoned)."""
        self._stopped = True
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError, TimeoutError):
                async with asyncio.timeout(5):
                    await self._task
        await self.http.close()


def feed_path(url: str) -> str:
    """Return the feed route a join URL's phone polls (tables: ``t<N>``, cases: ``c<KEY>``)."""
    query = parse_qs(urlsplit(url).query)
    event = query.get("event", [""])[0]
    target = f"t{query['table'][0]}" if "table" in query else f"c{query.get('case', [''])[0]}"
    return "/api/feed?" + urlencode({"event": event, "target": target})


class Phone:
    """A phone at one table: opens its join URL, polls its table's feed, sends suggestions."""

    def __init__(self, url: str, cookie: str = "", feed_every: float | None = None) -> None:
        self.client = StreamlitClient(url)
        self.client.cookie = cookie
        self.ticker = Ticker(self.client)
        every = Settings().phone_feed_seconds if feed_every is None else feed_every
        self.feed = FeedPoller(HttpClient(self.client.origin, cookie), feed_path(url), every)
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
        if "oogst_feed" in run.components:  # shown when the facilitator shows the table's feed
            self.feed.start()

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
            send.receipt = acks[send.client_id]
        elif send.client_id in rejects:
            send.rejected = rejects[send.client_id]

    async def close(self) -> None:
        """Stop ticking and polling and close the connections."""
        await self.ticker.stop()
        await self.feed.stop()
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
        self.renders: list[float] = []  # when each rendering of the cards arrived

    def _scan(self, html: str) -> None:
        now = time.monotonic()
        if 'class="oogst-wall-grid"' in html:  # the cards, not the stylesheet
            self.renders.append(now)
            self.total = sum(int(n) for n in COUNT.findall(html))
            if self.first_total < 0:
                self.first_total = self.total
        for marker in MARKER.findall(html):
            self.first_seen.setdefault(marker, now)

    @property
    def tick_fragment(self) -> str:
        """Return the id of the wall's fastest timer: its one-second tick."""
        fragments = self.ticker.fragments
        return min(fragments, key=fragments.__getitem__)

    async def open(self) -> None:
        """Connect, render the wall and start answering its ticks."""
        run = await self.client.connect()
        self.ticker.follow(run)
        self.ticker.start()

    async def close(self) -> None:
        """Stop ticking and close the connection."""
        await self.ticker.stop()
        await self.client.close()
