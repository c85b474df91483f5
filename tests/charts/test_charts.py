"""The count chart: same Vega-Lite as altair builds, altair asked once per title and size."""

from __future__ import annotations

import altair as alt

from facilitation.charts import specs as charts


def _altair_reference(rows: list[tuple[str, int]], title: str, height: int) -> dict:
    values = [{"label": label, "count": count, "order": i} for i, (label, count) in enumerate(rows)]
    chart = (
        alt.Chart(alt.Data(values=values), title=title)
        .mark_bar(color=charts.GREEN, cornerRadiusEnd=3)
        .encode(
            x=alt.X(
                "label:N",
                sort=alt.EncodingSortField("order"),
                title=None,
                axis=alt.Axis(labelAngle=0, labelLimit=220, labelFontSize=14),
            ),
            y=alt.Y("count:Q", title=None, axis=None, scale=alt.Scale(domainMin=0, nice=False)),
            tooltip=["label:N", "count:Q"],
        )
        .properties(height=height, width="container")
    )
    text = chart.mark_text(dy=-9, fontSize=17, fontWeight="bold", color="#1d2a1f").encode(
        text="count:Q"
    )
    layered = (chart + text).configure_view(stroke=None)
    return layered.configure_title(fontSize=15, anchor="start").to_dict()


def test_spec_is_what_altair_builds():
    rows = [("1", 3), ("2", 0), ("4A", 12)]
    assert charts.counts_chart_spec(rows, title="Aantal", height=120) == _altair_reference(
        rows, "Aantal", 120
    )


def test_altair_builds_once_per_title_and_size():
    charts._counts_template.cache_clear()
    first = charts.counts_chart_spec([("1", 1)], title="Aantal", height=120)
    second = charts.counts_chart_spec([("1", 2), ("2", 5)], title="Aantal", height=120)
    assert charts._counts_template.cache_info().misses == 1
    assert [v["count"] for v in first["data"]["values"]] == [1]
    assert [v["count"] for v in second["data"]["values"]] == [2, 5]


def test_changing_a_returned_spec_leaves_the_next_alone():
    spec = charts.counts_chart_spec([("1", 1)], title="Tel", height=100)
    spec["layer"][0]["mark"]["color"] = "red"
    again = charts.counts_chart_spec([("1", 1)], title="Tel", height=100)
    assert again["layer"][0]["mark"]["color"] == charts.GREEN
