"""Slowing down guessing: join codes, passphrases and co-host keys.

Only failures count, so people who scan a QR code are never slowed down. Limits are kept in memory
per process; several processes each keep their own (a guesser still gains nothing: codes have 40
bits, secrets 192).
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field

from facilitation.core.errors import TooManyAttempts


@dataclass
class _Attempts:
    failures: int = 0
    blocked_until: float = 0.0


@dataclass
class AttemptLimiter:
    """Slows guessing down: after 3 failures from one client, each attempt must wait longer."""

    free_failures: int = 3
    base_delay: float = 2.0
    max_delay: float = 300.0
    _clients: dict[str, _Attempts] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def check(self, client: str, now: float | None = None) -> None:
        """Raise TooManyAttempts when *client* must wait before trying again."""
        now = time.monotonic() if now is None else now
        with self._lock:
            record = self._clients.get(client)
            if record and record.blocked_until > now:
                raise TooManyAttempts(seconds=int(record.blocked_until - now) + 1)

    def failed(self, client: str, now: float | None = None) -> None:
        """Record a failed attempt and lengthen the wait."""
        now = time.monotonic() if now is None else now
        with self._lock:
            record = self._clients.setdefault(client, _Attempts())
            record.failures += 1
            if record.failures > self.free_failures:
                extra = record.failures - self.free_failures
                record.blocked_until = now + min(self.max_delay, self.base_delay * 2 ** (extra - 1))

    def clear(self) -> None:
        """Forget every client's failures."""
        with self._lock:
            self._clients.clear()

    def succeeded(self, client: str) -> None:
        """Forget *client*'s failures."""
        with self._lock:
            self._clients.pop(client, None)
