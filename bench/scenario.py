"""The load scenario: phones join and send while the projector ticks; figures come out."""

from __future__ import annotations

import asyncio
import bisect
import random
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from bench.phone import Phone, Projector, Send
from bench.report import percentile
from facilitation.live.wall import RECENT_PER_SECTION
from ui.common.context import REVISION_MAX_AGE

# Resolves a page URL to (URL to open, cookie to send, serving process): the URL itself for one
# server; behind a load balancer, the sticky route cookie and the process it leads to.
Route = Callable[[str], tuple[str, str, str]]


def direct(url: str) -> tuple[str, str, str]:
    """Open *url* as it is, without cookies."""
    return url, "", ""


@dataclass
class Plan:
    """How many phones, how many sends each, over how many seconds."""

    phones: int = 100
    submits: int = 2
    duration: float = 20.0
    connect_concurrency: int = 50
    grace: float = 15.0
    seed: int = 6
    resend_every: int = 0  # every n-th send is sent again with the same id, like a reconnect


@dataclass
class Outcome:
    """Everything the scenario observed, before the database check."""

    phones: list[Phone] = field(default_factory=list)
    projector: Projector | None = None
    connect_all_s: float = 0.0
    sends: list[Send] = field(default_factory=list)
    send_phase: tuple[float, float] = (0.0, 0.0)
    resends: int = 0


async def open_phones(targets: dict[str, str], plan: Plan, route: Route, outcome: Outcome) -> None:
    """Open the phones' join URLs, spread over the tables, a few at a time."""
    keys = sorted(targets)
    gate = asyncio.Semaphore(plan.connect_concurrency)

    async def one(index: int) -> None:
        url, cookie, upstream = route(targets[keys[index % len(keys)]])
        phone = Phone(url, cookie)
        phone.upstream = upstream
        outcome.phones.append(phone)
        async with gate:
            try:
                await phone.open()
            except Exception as error:  # a failed connect is a figure, not a crash
                phone.error = f"{type(error).__name__}: {error}"

    started = time.monotonic()
    await asyncio.gather(*(one(i) for i in range(len(outcome.phones), plan.phones)))
    outcome.connect_all_s = time.monotonic() - started


async def send_all(plan: Plan, outcome: Outcome) -> None:
    """Each connected phone sends *submits* suggestions at random moments within *duration*."""
    rng = random.Random(plan.seed)
    run = uuid.uuid4().hex[:6]
    started = time.monotonic()

    async def one(number: int, phone: Phone) -> None:
        moments = sorted(rng.uniform(0, plan.duration) for _ in range(plan.submits))
        for index, moment in enumerate(moments):
            marker = f"bench-{run}-p{number}-s{index}"
            send = Send(uuid.uuid4().hex, f"{marker} idee van telefoon {number}", marker)
            outcome.sends.append(send)
            phone.sends.append(send)
            await asyncio.sleep(max(0.0, started + moment - time.monotonic()))
            await phone.send(send)
            if plan.resend_every and (number + index) % plan.resend_every == 0:
                outcome.resends += 1
                await phone.send(Send(send.client_id, send.text, send.marker))

    live = [(n, p) for n, p in enumerate(outcome.phones) if not p.error]
    await asyncio.gather(*(one(n, p) for n, p in live))
    outcome.send_phase = (started, time.monotonic())


async def wait_for_wall(outcome: Outcome, grace: float) -> None:
    """Give the wall up to *grace* seconds to show every acknowledged send and count it."""
    wall = outcome.projector
    assert wall is not None
    deadline = time.monotonic() + grace
    wanted = {s.marker for s in outcome.sends if s.acked_at}
    while time.monotonic() < deadline and (
        not wanted <= wall.first_seen.keys() or wall.total - wall.first_total < len(wanted)
    ):
        await asyncio.sleep(0.2)


def cross_process(outcome: Outcome) -> dict[str, Any]:
    """Return wall latency for sends from phones served by another process than the wall."""
    assert outcome.projector is not None
    wall = outcome.projector.upstream
    seen = outcome.projector.first_seen
    owner = {s.marker: p.upstream for p in outcome.phones for s in p.sends}
    other = [s for s in outcome.sends if s.acked_at and owner.get(s.marker) != wall]
    latencies = [seen[s.marker] - s.sent_at for s in other if s.marker in seen]
    scrolled = scrolled_by(outcome, [s for s in other if s.marker not in seen])
    return {
        "wall_process": wall,
        "cross_process_sends": len(other),
        "cross_process_missed": len(other) - len(latencies) - len(scrolled),
        "cross_wall_p50_s": percentile(latencies, 50),
        "cross_wall_p95_s": percentile(latencies, 95),
    }


class _Burst:
    """Which table each send went to, and how many later sends there were acknowledged when."""

    def __init__(self, outcome: Outcome) -> None:
        self.sends = outcome.sends
        self.table = {s.marker: p.feed.path for p in outcome.phones for s in p.sends}

    def later_acked(self, send: Send, by: float) -> int:
        """Count sends at *send*'s table sent after it and acknowledged by time *by*."""
        return sum(
            1
            for other in self.sends
            if self.table.get(other.marker) == self.table.get(send.marker)
            and other.sent_at > send.sent_at
            and 0 < other.acked_at <= by
        )


def scrolled_by(outcome: Outcome, unseen: list[Send]) -> set[str]:
    """Return the markers of the unseen sends that the wall could not show.

    The wall lists each table's newest RECENT_PER_SECTION. The first rendering sure to include a
    send is the first one more than REVISION_MAX_AGE after its ack (a tick trusts a revision read
    that long ago); if by then that many later sends at the same table were acknowledged, the send
    scrolled past between two ticks. Later means sent after it; a send sent just before but stored
    after is not counted, so the figure errs towards calling a send missed.
    """
    if outcome.projector is None:
        return set()
    renders = outcome.projector.renders
    burst = _Burst(outcome)
    scrolled = set()
    for send in unseen:
        at = bisect.bisect_right(renders, send.acked_at + REVISION_MAX_AGE)
        if at < len(renders) and burst.later_acked(send, renders[at]) >= RECENT_PER_SECTION:
            scrolled.add(send.marker)
    return scrolled


def missed_detail(outcome: Outcome, missed: list[Send], limit: int = 5) -> list[dict[str, Any]]:
    """Describe up to *limit* sends the wall never showed, for whoever reads the result: their
    table, times (seconds after the first send) and, for the wall's next renderings, how many
    later sends at that table had been acknowledged by then."""
    if outcome.projector is None or not missed:
        return []
    renders = outcome.projector.renders
    burst = _Burst(outcome)
    origin = min(s.sent_at for s in outcome.sends if s.sent_at)
    details = []
    for send in missed[:limit]:
        at = bisect.bisect_right(renders, send.acked_at)
        following = renders[at : at + 3]
        details.append(
            {
                "table": burst.table.get(send.marker, "").rsplit("target=", 1)[-1],
                "sent": round(send.sent_at - origin, 3),
                "acked": round(send.acked_at - origin, 3),
                "renders": [round(r - origin, 3) for r in following],
                "later_acked_by_then": [burst.later_acked(send, r) for r in following],
            }
        )
    return details


def figures(outcome: Outcome) -> dict[str, Any]:
    """Return connect, ack and wall figures (seconds) from what the phones and wall saw."""
    connected = [p for p in outcome.phones if not p.error]
    acked = [s for s in outcome.sends if s.acked_at]
    seen = outcome.projector.first_seen if outcome.projector else {}
    acks = [s.acked_at - s.sent_at for s in acked]
    walls = [seen[s.marker] - s.sent_at for s in acked if s.marker in seen]
    connects = [p.connect_seconds for p in connected]
    first = min((s.sent_at for s in outcome.sends if s.sent_at), default=0.0)
    last = max((s.acked_at for s in acked), default=first)
    ticks = sum(p.ticker.ticks for p in connected)
    unseen = [s for s in acked if s.marker not in seen]
    scrolled = scrolled_by(outcome, unseen)
    missed = [s for s in unseen if s.marker not in scrolled]
    return {
        "phones": len(outcome.phones),
        "connected": len(connected),
        "connect_errors": sorted({p.error for p in outcome.phones if p.error})[:5],
        "connect_p50_s": percentile(connects, 50),
        "connect_p95_s": percentile(connects, 95),
        "connect_all_s": outcome.connect_all_s,
        "submits": len(outcome.sends),
        "acked": len(acked),
        "rejected": sum(1 for s in outcome.sends if s.rejected),
        "resent": sum(s.tries - 1 for s in outcome.sends if s.tries > 1) + outcome.resends,
        "ack_p50_s": percentile(acks, 50),
        "ack_p95_s": percentile(acks, 95),
        "ack_max_s": max(acks, default=float("nan")),
        "wall_p50_s": percentile(walls, 50),
        "wall_p95_s": percentile(walls, 95),
        "wall_max_s": max(walls, default=float("nan")),
        "wall_missed": len(missed),
        "wall_scrolled_by": len(scrolled),
        "wall_missed_detail": missed_detail(outcome, missed),
        # The wall lists each table's newest few; its counts must still add up to every send.
        "wall_count_gap": len(acked) - (outcome.projector.total - outcome.projector.first_total)
        if outcome.projector
        else 0,
        "submit_window_s": last - first,
        "phone_ticks": ticks,
        "phone_tick_errors": sum(p.ticker.errors for p in connected),
        "feed_polls": sum(p.feed.polls for p in connected),
        "feed_poll_errors": sum(p.feed.errors for p in connected),
        "feed_poll_p95_s": percentile([t for p in connected for t in p.feed.seconds], 95),
        "wall_ticks": outcome.projector.ticker.ticks if outcome.projector else 0,
    }
