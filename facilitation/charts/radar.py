"""A radar (spider) chart as Vega-Lite: one polygon per group on shared axes, x/y computed here.

Vega-Lite has no polar line chart, so every point is placed on the plane in Python: axis *i* of
*n* points up-and-clockwise at angle 2πi/n, a value at distance (value − low) / (high − low)
from the centre. Rings mark the scale, spokes the axes; the last series can be drawn dashed
(the room average). The same spec serves the wall (``width``) and the report (as PNG).
"""

from __future__ import annotations

import math
from typing import Any

PALETTE = ("#2f6f3e", "#c0392b", "#2c5aa0", "#b9770e", "#7d3c98", "#117a65", "#6e2c00")
AVERAGE_COLOUR = "#1d2a1f"
LABEL_RADIUS = 1.18


def point(index: int, count: int, radius: float) -> tuple[float, float]:
    """Return the (x, y) of *radius* (0–1) on axis *index* of *count*, axis 0 pointing up."""
    angle = 2 * math.pi * index / count
    return radius * math.sin(angle), radius * math.cos(angle)


def _radius(value: float | None, low: float, high: float) -> float:
    if value is None:
        return 0.0
    return max(0.0, min(1.0, (value - low) / (high - low)))


def radar_spec(
    axes: list[str],
    series: list[tuple[str, list[float | None]]],
    *,
    low: float,
    high: float,
    title: str = "",
    size: int = 420,
    dashed_last: bool = False,
) -> dict[str, Any]:
    """Return a radar chart of *series* (label, one value per axis) on a scale *low*..*high*."""
    count = max(3, len(axes))
    return {
        "$schema": "https://vega.github.io/schema/vega-lite/v5.json",
        **({"title": {"text": title, "fontSize": 15, "anchor": "start"}} if title else {}),
        "width": size,
        "height": size,
        "layer": [
            _grid(count, low, high),
            _spokes(count),
            _polygons(series, count, low, high, dashed_last),
            _labels(axes, count),
        ],
        "config": {"view": {"stroke": None}},
    }


def _xy(extent: float = 1.4) -> dict[str, Any]:
    scale = {"domain": [-extent, extent], "nice": False}
    return {
        "x": {"field": "x", "type": "quantitative", "scale": scale, "axis": None},
        "y": {"field": "y", "type": "quantitative", "scale": scale, "axis": None},
    }


def _grid(count: int, low: float, high: float) -> dict[str, Any]:
    values = []
    for step in range(1, 5):
        radius = step / 4
        for i in range(count + 1):
            x, y = point(i % count, count, radius)
            values.append({"ring": step, "order": i, "x": x, "y": y})
    return {
        "data": {"values": values},
        "mark": {"type": "line", "color": "#c8cfc9", "strokeWidth": 1},
        "encoding": {
            **_xy(),
            "detail": {"field": "ring", "type": "nominal"},
            "order": {"field": "order", "type": "quantitative"},
        },
    }


def _spokes(count: int) -> dict[str, Any]:
    values = []
    for i in range(count):
        x, y = point(i, count, 1.0)
        values += [{"axis": i, "order": 0, "x": 0, "y": 0}, {"axis": i, "order": 1, "x": x, "y": y}]
    return {
        "data": {"values": values},
        "mark": {"type": "line", "color": "#c8cfc9", "strokeWidth": 1},
        "encoding": {
            **_xy(),
            "detail": {"field": "axis", "type": "nominal"},
            "order": {"field": "order", "type": "quantitative"},
        },
    }


def polygon_points(
    values: list[float | None], count: int, low: float, high: float
) -> list[tuple[float, float]]:
    """Return the closed polygon (first point repeated at the end) of one series."""
    points = [point(i, count, _radius(v, low, high)) for i, v in enumerate(values[:count])]
    return [*points, points[0]] if points else []


def _polygons(
    series: list[tuple[str, list[float | None]]],
    count: int,
    low: float,
    high: float,
    dashed_last: bool,
) -> dict[str, Any]:
    values = []
    labels = [label for label, _v in series]
    for number, (label, means) in enumerate(series):
        dashed = dashed_last and number == len(series) - 1
        for order, (x, y) in enumerate(polygon_points(means, count, low, high)):
            values.append({"group": label, "order": order, "x": x, "y": y, "dashed": dashed})
    colours = [
        AVERAGE_COLOUR if dashed_last and i == len(labels) - 1 else PALETTE[i % len(PALETTE)]
        for i in range(len(labels))
    ]
    return {
        "data": {"values": values},
        "mark": {"type": "line", "strokeWidth": 3, "point": {"size": 50}},
        "encoding": {
            **_xy(),
            "color": {
                "field": "group",
                "type": "nominal",
                "scale": {"domain": labels, "range": colours},
                "legend": {"title": None, "orient": "bottom", "labelFontSize": 14},
            },
            "strokeDash": {
                "field": "dashed",
                "type": "nominal",
                "scale": {"domain": [False, True], "range": [[1, 0], [6, 4]]},
                "legend": None,
            },
            "order": {"field": "order", "type": "quantitative"},
        },
    }


def wrapped(label: str, width: int = 16) -> str:
    """Return *label* broken at spaces into lines of about *width* characters ('\n' between)."""
    lines: list[str] = []
    for word in label.split():
        if lines and len(lines[-1]) + 1 + len(word) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return "\n".join(lines)


def _labels(axes: list[str], count: int) -> dict[str, Any]:
    values = []
    for i, label in enumerate(axes):
        x, y = point(i, count, LABEL_RADIUS)
        align = "center" if abs(x) < 0.05 else ("left" if x > 0 else "right")
        values.append({"label": wrapped(label), "x": x, "y": y, "align": align})
    return {
        "data": {"values": values},
        "mark": {
            "type": "text",
            "fontSize": 12,
            "color": "#1d2a1f",
            "limit": 150,
            "lineBreak": "\n",
            "baseline": "middle",
        },
        "encoding": {
            **_xy(),
            "text": {"field": "label", "type": "nominal"},
            "align": {"field": "align", "type": "nominal", "scale": None},
        },
    }
