"""A word cloud as Vega-Lite text marks, laid out here: largest words first, in lines.

Font size grows with the square root of the count between ``SMALL`` and ``LARGE`` points;
words flow left to right into lines of the chart's width (a word's width is estimated from its
length), so nothing overlaps and the result is the same every time for the same counts.
"""

from __future__ import annotations

import math
from typing import Any

SMALL, LARGE = 13, 44
COLOURS = ("#2f6f3e", "#1d2a1f", "#2c5aa0", "#7d3c98", "#b9770e")


def _size(count: int, most: int) -> float:
    return SMALL + (LARGE - SMALL) * math.sqrt(count / most) if most else SMALL


def layout(words: list[tuple[str, int]], width: int) -> tuple[list[dict[str, Any]], int]:
    """Return the placed words (text, size, x, y of the baseline) and the height they need."""
    most = max((count for _w, count in words), default=1)
    placed: list[dict[str, Any]] = []
    x, y, line = 0.0, 0.0, 0.0
    for number, (word, count) in enumerate(words):
        size = _size(count, most)
        wide = 0.58 * size * len(word) + size * 0.5
        if x and x + wide > width:
            y, x, line = y + line * 1.25, 0.0, 0.0
        line = max(line, size)
        placed.append(
            {
                "text": word,
                "count": count,
                "size": size,
                "x": x,
                "y": y,
                "row": y,
                "colour": COLOURS[number % len(COLOURS)],
            }
        )
        x += wide
    for item in placed:  # the baseline of a line sits under its largest word
        tallest = max(p["size"] for p in placed if p["row"] == item["row"])
        item["y"] = item["row"] + tallest
    height = int(max((p["y"] for p in placed), default=0) + LARGE * 0.4)
    return placed, max(height, 40)


def cloud_spec(
    words: list[tuple[str, int]], *, width: int = 560, title: str = ""
) -> dict[str, Any]:
    """Return a word cloud of (word, count) pairs, largest first, as a Vega-Lite spec."""
    placed, height = layout(words, width)
    return {
        "$schema": "https://vega.github.io/schema/vega-lite/v5.json",
        **({"title": {"text": title, "fontSize": 15, "anchor": "start"}} if title else {}),
        "width": width,
        "height": height,
        "data": {"values": placed},
        "mark": {"type": "text", "align": "left", "baseline": "alphabetic", "fontWeight": "bold"},
        "encoding": {
            "x": {
                "field": "x",
                "type": "quantitative",
                "axis": None,
                "scale": {"domain": [0, width], "nice": False},
            },
            "y": {
                "field": "y",
                "type": "quantitative",
                "axis": None,
                "scale": {"domain": [0, height], "nice": False, "reverse": True},
            },
            "text": {"field": "text", "type": "nominal"},
            "size": {"field": "size", "type": "quantitative", "scale": None},
            "color": {"field": "colour", "type": "nominal", "scale": None},
        },
        "config": {"view": {"stroke": None}},
    }
