"""Charts for the report as PNG: contributions per theme, votes per action (via vl-convert)."""

from __future__ import annotations

import json
from functools import lru_cache

from facilitation.charts.specs import chart_png, counts_chart_spec
from facilitation.core.text import shorten

WIDTH_PX = 640
WIDTH_CM = 16.0


def counts_png(rows: list[tuple[str, int]], *, title: str = "") -> bytes:
    """Return a bar chart of (label, count) rows as PNG bytes, readable on an A4 page.

    The report puts the title in a caption under the picture, where Word users expect it.
    """
    labelled = [(shorten(label, 28), count) for label, count in rows]
    height = 220 if len(rows) <= 14 else 320
    spec = counts_chart_spec(labelled, title=title, height=height, width=WIDTH_PX)
    return _png(json.dumps(spec, sort_keys=True))


@lru_cache(maxsize=16)
def _png(spec_json: str) -> bytes:
    # The same data gives the same chart: a second download during the meeting reuses it.
    return chart_png(json.loads(spec_json))
