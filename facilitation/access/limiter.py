"""Slowing down guessing (join codes, passphrases, co-host keys) and floods (sends, proposals).

Guessing: only failures count, so people who scan a QR code are never slowed down. Failures
expire in a sliding window (a minute); beyond the free ones the client waits longer each time.
Floods: a sliding-window allowance per client address. Both are kept in memory per process and
remember a bounded number of clients (least recently seen are forgotten first); several
processes each keep their own (a guesser still gains nothing: codes have 40 bits, secrets 192).
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict, deque
from dataclasses import dataclass, field

from facilitation.core.errors import AddressBusy, TooManyAttempts

MAX_CLIENTS = 10_000  # addresses remembered per limiter (~1 MB at most)


def client_address(forwarded: str, peer: str | None, *, hops: int, trusted: frozenset[str]) -> str:
    """Return the client's address as the configured proxies saw it.

    With *hops* proxies in front (``OOGST_TRUST_PROXY``) and a request that came from one of the
    *trusted* proxy addresses, the client is the entry *hops* places from the right of
    ``X-Forwarded-For`` plus the peer: each proxy appends the address it saw, so entries further
    left were written by the client and are ignored, like uvicorn's ``forwarded-allow-ips``.
    Anything else: the peer itself.
    """
    address = peer if isinstance(peer, str) and peer else "unknown"
    if hops <= 0 or ("*" not in trusted and address not in trusted):
        return address
    chain = [entry.strip() for entry in forwarded.split(",") if entry.strip()] + [address]
    return chain[-(hops + 1)] if len(chain) > hops else chain[0]


@dataclass
class _Attempts:
    failures: deque[float] = field(default_factory=deque)
    blocked_until: float = 0.0


@dataclass
class AttemptLimiter:
    """Slows guessing down: beyond *free_failures* in *window* seconds from one client, each
    attempt must wait longer (base_delay, doubling, up to max_delay)."""

    free_failures: int = 3
    base_delay: float = 2.0
    max_delay: float = 300.0
    window: float = 60.0
    max_clients: int = MAX_CLIENTS
    _clients: OrderedDict[str, _Attempts] = field(default_factory=OrderedDict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def __len__(self) -> int:
        return len(self._clients)

    def blocked_for(self, client: str, now: float | None = None) -> int:
        """Return the seconds *client* must still wait (0 = may try now)."""
        now = time.monotonic() if now is None else now
        with self._lock:
            record = self._clients.get(client)
            if record is None or record.blocked_until <= now:
                return 0
            return int(record.blocked_until - now) + 1

    def check(self, client: str, now: float | None = None) -> None:
        """Raise TooManyAttempts when *client* must wait before trying again."""
        seconds = self.blocked_for(client, now)
        if seconds:
            raise TooManyAttempts(seconds=seconds)

    def failed(self, client: str, now: float | None = None) -> None:
        """Record a failed attempt; raise TooManyAttempts when *client* must now wait."""
        now = time.monotonic() if now is None else now
        with self._lock:
            record = self._record(client)
            while record.failures and record.failures[0] <= now - self.window:
                record.failures.popleft()
            record.failures.append(now)
            extra = len(record.failures) - self.free_failures
            if extra > 0:
                wait = min(self.max_delay, self.base_delay * 2 ** min(extra - 1, 30))
                record.blocked_until = max(record.blocked_until, now + wait)
        self.check(client, now)

    def _record(self, client: str) -> _Attempts:
        record = self._clients.pop(client, None) or _Attempts()
        self._clients[client] = record  # most recently seen last
        while len(self._clients) > self.max_clients:
            self._clients.popitem(last=False)
        return record

    def clear(self) -> None:
        """Forget every client's failures."""
        with self._lock:
            self._clients.clear()

    def succeeded(self, client: str) -> None:
        """Forget *client*'s failures."""
        with self._lock:
            self._clients.pop(client, None)


@dataclass
class Allowance:
    """At most *per_minute* actions per client in any 60 seconds (a sliding window)."""

    per_minute: int
    max_clients: int = MAX_CLIENTS
    _clients: OrderedDict[str, deque[float]] = field(default_factory=OrderedDict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def take(self, client: str, now: float | None = None) -> float:
        """Use one of *client*'s actions and return its moment; raises AddressBusy when none is
        left. Give it back with ``give_back`` when the action did not happen after all."""
        now = time.monotonic() if now is None else now
        with self._lock:
            used = self._clients.pop(client, None) or deque()
            self._clients[client] = used
            while len(self._clients) > self.max_clients:
                self._clients.popitem(last=False)
            while used and used[0] <= now - 60.0:
                used.popleft()
            if len(used) >= self.per_minute:
                raise AddressBusy(limit=self.per_minute)
            used.append(now)
        return now

    def give_back(self, client: str, moment: float) -> None:
        """Return an action taken at *moment* (a re-send that stored nothing, or a refused one)."""
        with self._lock:
            used = self._clients.get(client)
            if used is not None and moment in used:
                used.remove(moment)

    def clear(self) -> None:
        """Forget every client."""
        with self._lock:
            self._clients.clear()
