"""Benchmark figures: percentiles, targets, the printed table and the JSON line."""

from __future__ import annotations

import json
import math
import time
from pathlib import Path
from typing import Any

RESULTS = Path(__file__).parent / "results"

# (key, label, limit, unit); a figure meets its target when it is at most the limit.
TARGETS: list[tuple[str, str, float | None, str]] = [
    ("connected", "phones connected", None, ""),
    ("connect_p95_s", "connect p95", None, "s"),
    ("connect_all_s", "all phones connected after", None, "s"),
    ("acked", "submits acknowledged", None, ""),
    # Sends are spread over 60 s; the last ack lands just after: 1,000 submits within 60 s.
    ("submit_window_s", "first send → last ack", 61.0, "s"),
    ("lost", "lost (database)", 0, ""),
    ("duplicated", "duplicated (database)", 0, ""),
    ("rejected", "rejected by the server", 0, ""),
    ("ack_p50_s", "ack p50", None, "s"),
    ("ack_p95_s", "ack p95", 0.25, "s"),
    ("wall_p50_s", "submit → wall p50", None, "s"),
    ("wall_p95_s", "submit → wall p95", 1.5, "s"),
    ("wall_missed", "never seen on the wall", 0, ""),
    ("wall_scrolled_by", "  scrolled past between two ticks", None, ""),
    ("wall_count_gap", "sends missing from the wall's counts", 0, ""),
    ("feed_polls", "phone feed polls (HTTP)", None, ""),
    ("feed_poll_errors", "  feed polls failed", 0, ""),
    ("feed_poll_p95_s", "  feed poll p95", None, "s"),
    ("server_cpu_pct", "server CPU during sends", None, "%"),
    ("cross_process_sends", "sends from the wall's other process", None, ""),
    ("cross_process_missed", "  of which never on the wall", 0, ""),
    ("cross_wall_p95_s", "  submit → wall p95, across processes", 1.5, "s"),
    ("peak_rss_mb", "server peak RSS", 600.0, "MB"),
    ("wall_tick_ms", "wall tick CPU, unchanged", 5.0, "ms"),
    ("wall_tick_new_ms", "wall tick CPU, 1 new item", 5.0, "ms"),
    ("framework_tick_ms", "same tick, trivial Streamlit page", None, "ms"),
    ("wall_tick_stored", "contributions stored at tick", None, ""),
    ("cold_start_s", "cold start → first page", 5.0, "s"),
]


def percentile(values: list[float], q: float) -> float:
    """Return the *q*-th percentile (nearest rank) of *values*, NaN when empty."""
    if not values:
        return math.nan
    ordered = sorted(values)
    rank = max(1, math.ceil(q / 100 * len(ordered)))
    return ordered[rank - 1]


def verdicts(result: dict[str, Any]) -> dict[str, bool]:
    """Return, for every figure with a target, whether it is met."""
    met = {}
    for key, _label, limit, _unit in TARGETS:
        value = result.get(key)
        if limit is not None and isinstance(value, int | float) and not math.isnan(value):
            met[key] = value <= limit
    if "connected" in result and "phones" in result:
        met["connected"] = result["connected"] == result["phones"]
    if "acked" in result and "submits" in result:
        met["acked"] = result["acked"] == result["submits"]
    return met


def table(result: dict[str, Any]) -> str:
    """Return the figures as an aligned text table with target and verdict."""
    met = verdicts(result)
    lines = [f"{'figure':34} {'value':>12}  {'target':>10}  ok"]
    for key, label, limit, unit in TARGETS:
        if key not in result:
            continue
        value = result[key]
        shown = f"{value:.3f}" if isinstance(value, float) else str(value)
        target = "" if limit is None else f"≤ {limit:g}{unit}"
        verdict = "" if key not in met else "yes" if met[key] else "NO"
        lines.append(f"{label:34} {shown + unit:>12}  {target:>10}  {verdict}")
    return "\n".join(lines)


def save(result: dict[str, Any], directory: Path = RESULTS) -> Path:
    """Write the result as JSON under bench/results/ and return the path."""
    directory.mkdir(parents=True, exist_ok=True)
    stamp = time.strftime("%Y%m%d-%H%M%S")
    path = directory / f"{stamp}-{result.get('database', 'db')}-{result.get('processes', 1)}p.json"
    path.write_text(json.dumps(result, indent=2, sort_keys=True), encoding="utf-8")
    return path


def json_line(result: dict[str, Any]) -> str:
    """Return the result as one JSON line."""
    return json.dumps(result, sort_keys=True, default=str)
