"""Run one attack in a child process with a memory ceiling and a time limit, and measure it.

A bomb that worked would take the test runner down with it; in a child it only fails the test,
with figures: seconds, and how far the child's peak memory rose during the attack.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from dataclasses import dataclass

from tests.utils import ROOT

_WRAPPER = """
import json, resource, sys, time
resource.setrlimit(resource.RLIMIT_AS, ({limit}, {limit}))
{setup}
peak_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
started = time.perf_counter()
try:
{attack}
    outcome = "returned"
except MemoryError:
    outcome = "MemoryError"
except RecursionError:
    outcome = "RecursionError"
except Exception as exc:
    outcome = type(exc).__name__ + ": " + str(exc)[:300]
seconds = time.perf_counter() - started
grown = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - peak_before
print(json.dumps({{"outcome": outcome, "seconds": seconds, "peak_mb": grown / 1024}}))
"""


@dataclass
class Figures:
    """What one attack cost: how it ended, wall-clock seconds, growth of peak memory in MB."""

    outcome: str
    seconds: float
    peak_mb: float

    def __str__(self) -> str:
        return f"{self.outcome} in {self.seconds:.2f} s, peak +{self.peak_mb:.0f} MB"


def run_limited(setup: str, attack: str, *, memory_mb: int = 1024, timeout: float = 30) -> Figures:
    """Run *setup* then time *attack* (Python source) in a child limited to *memory_mb*."""
    code = _WRAPPER.format(
        limit=memory_mb * 1024 * 1024,
        setup=textwrap.dedent(setup),
        attack=textwrap.indent(textwrap.dedent(attack), "    "),
    )
    try:
        done = subprocess.run(
            [sys.executable, "-c", code],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
    except subprocess.TimeoutExpired:
        return Figures(outcome="timeout", seconds=timeout, peak_mb=float("nan"))
    lines = done.stdout.strip().splitlines()
    if done.returncode != 0 or not lines:
        return Figures(
            f"crashed ({done.returncode}): {done.stderr[-300:]}", float("nan"), float("nan")
        )
    return Figures(**json.loads(lines[-1]))
