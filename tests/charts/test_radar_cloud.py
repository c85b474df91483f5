"""The radar and the word cloud: computed geometry, and real PNGs from vl-convert."""

from __future__ import annotations

import itertools
import math

import pytest

from facilitation.charts.cloud import cloud_spec, layout
from facilitation.charts.radar import point, polygon_points, radar_spec
from facilitation.charts.specs import chart_png

PNG = b"\x89PNG"


def test_axis_zero_points_up_and_values_scale_between_the_ends():
    assert point(0, 7, 1.0) == pytest.approx((0.0, 1.0))
    x, y = point(1, 4, 0.5)
    assert (x, y) == pytest.approx((0.5, 0.0))
    polygon = polygon_points([10, 1, 5.5, None], 4, 1, 10)
    assert polygon[0] == polygon[-1] == pytest.approx((0.0, 1.0))
    assert polygon[1] == pytest.approx((0.0, 0.0))  # the low end is the centre
    assert math.hypot(*polygon[2]) == pytest.approx(0.5)
    assert polygon[3] == pytest.approx((0.0, 0.0))  # no value: drawn at the centre


def test_radar_has_a_polygon_per_series_and_the_last_dashed():
    spec = radar_spec(
        ["a", "b", "c"],
        [("Wijk A", [1, 5, 9]), ("Hele zaal", [3, 3, 3])],
        low=1,
        high=10,
        dashed_last=True,
    )
    polygons = spec["layer"][2]["data"]["values"]
    assert {p["group"] for p in polygons} == {"Wijk A", "Hele zaal"}
    assert [p["dashed"] for p in polygons if p["group"] == "Hele zaal"] == [True] * 4
    assert chart_png(spec).startswith(PNG)


def test_cloud_puts_the_largest_first_and_never_overlaps_in_a_line():
    words = [(f"woord{n}", 60 - n) for n in range(60)]
    placed, height = layout(words, 560)
    assert placed[0]["text"] == "woord0" and placed[0]["size"] > placed[-1]["size"]
    lines: dict[float, list[dict]] = {}
    for item in placed:
        lines.setdefault(item["row"], []).append(item)
    for line in lines.values():
        for left, right in itertools.pairwise(line):
            assert left["x"] + 0.58 * left["size"] * len(left["text"]) <= right["x"]
    assert height > 40
    assert chart_png(cloud_spec(words[:10])).startswith(PNG)
