"""Charts (altair): contributions per theme, votes; as Vega-Lite specs and as PNG for Word."""

from __future__ import annotations

from typing import Any

import altair as alt

GREEN = "#2f6f3e"


def chart_png(spec: dict[str, Any], *, scale: float = 2.0) -> bytes:
    """Return a PNG rendering of a Vega-Lite spec (no browser needed)."""
    import vl_convert

    return vl_convert.vegalite_to_png(spec, scale=scale)


def ranking_chart_spec(
    rows: list[tuple[str, int]], *, title: str, width: int | str = "container"
) -> dict[str, Any]:
    """Return horizontal bars of (label, count) rows, in the given order (votes, best first)."""
    data = alt.Data(
        values=[
            {"label": label, "count": count, "order": i} for i, (label, count) in enumerate(rows)
        ]
    )
    bars = (
        alt.Chart(data, title=title)
        .mark_bar(color=GREEN, cornerRadiusEnd=3)
        .encode(
            y=alt.Y(
                "label:N",
                sort=alt.EncodingSortField("order"),
                title=None,
                axis=alt.Axis(labelLimit=360, labelFontSize=15, labelColor="#1d2a1f"),
            ),
            # Room to the right of the longest bar for its number.
            x=alt.X(
                "count:Q",
                title=None,
                axis=None,
                scale=alt.Scale(domain=[0, max([1, *(c for _, c in rows)]) * 1.15], nice=False),
            ),
            tooltip=["label:N", "count:Q"],
        )
        .properties(height=alt.Step(34), width=width)
    )
    text = bars.mark_text(align="left", dx=6, fontSize=17, fontWeight="bold", color="#1d2a1f")
    layered = (
        (bars + text.encode(text="count:Q"))
        .configure_view(stroke=None)
        .configure_title(fontSize=18, anchor="start")
    )
    return layered.to_dict()  # type: ignore[no-any-return]


def report_bars_spec(
    rows: list[tuple[str, int]], *, title: str, width: int, horizontal: bool
) -> dict[str, Any]:
    """Return a bar chart for a printed page: a title, a count on every bar, no axis clutter.

    *horizontal* puts the labels on the left, one per row, so long or many labels never overlap;
    upright bars suit a few short labels, which are then written level, never slanted.
    """
    values = [{"label": label, "count": count, "order": i} for i, (label, count) in enumerate(rows)]
    top = max([1, *(count for _, count in rows)]) * 1.15
    label_axis = {
        "field": "label",
        "type": "nominal",
        "sort": {"field": "order"},
        "title": None,
        "axis": {
            "labelLimit": 300 if horizontal else 160,
            "labelFontSize": 13,
            "labelAngle": 0,
            "labelColor": "#1d2a1f",
            "ticks": False,
            "domainColor": "#8a958c",
        },
    }
    count_axis = {
        "field": "count",
        "type": "quantitative",
        "title": None,
        "axis": None,
        "scale": {"domain": [0, top], "nice": False},
    }
    text_offset = {"dx": 5, "align": "left", "baseline": "middle"} if horizontal else {"dy": -8}
    return {
        "$schema": "https://vega.github.io/schema/vega-lite/v5.json",
        **(
            {"title": {"text": title, "fontSize": 15, "anchor": "start", "color": "#1d2a1f"}}
            if title
            else {}
        ),
        "width": width,
        "height": {"step": 26} if horizontal else 200,
        "data": {"values": values},
        "encoding": {
            ("y" if horizontal else "x"): label_axis,
            ("x" if horizontal else "y"): count_axis,
        },
        "layer": [
            {"mark": {"type": "bar", "color": GREEN, "cornerRadiusEnd": 3}},
            {
                "mark": {
                    "type": "text",
                    "fontSize": 13,
                    "fontWeight": "bold",
                    "color": "#1d2a1f",
                    **text_offset,
                },
                "encoding": {"text": {"field": "count", "type": "quantitative"}},
            },
        ],
        "config": {"view": {"stroke": None}},
    }
