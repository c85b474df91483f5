"""The pictures of a scan in the report: the radar per segment, the word cloud, choice bars."""

from __future__ import annotations

import json
from functools import lru_cache

from facilitation.charts.cloud import cloud_spec
from facilitation.charts.radar import radar_spec
from facilitation.charts.specs import chart_png
from facilitation.harvest.report.context import Context
from facilitation.harvest.report.writer import Writer
from facilitation.i18n import t
from facilitation.models import QuestionKind, ScanQuestion
from facilitation.scans.printing import scale_legend
from facilitation.scans.results import QuestionResult
from facilitation.scans.stats import Stats

WIDTH_CM = 16.0
RADAR_CM = 14.0


def radar_figure(w: Writer, ctx: Context, result: QuestionResult) -> None:
    """Add the radar: a polygon per segment with enough answers, the room dashed."""
    question = result.question
    series = [
        (label if label != result.room.label else t("scan.room", ctx.lang), means)
        for label, means in result.radar()
    ]
    if len(question.items) < 3 or not series:
        return
    spec = radar_spec(
        list(question.items),
        series,
        low=question.scale_min,
        high=question.scale_max,
        dashed_last=not result.room.suppressed,
    )
    legend = scale_legend(question)
    caption = t("report.scan.radar", ctx.lang, title=question.prompt, legend=legend)
    w.picture(
        _png(json.dumps(spec, sort_keys=True)),
        width_cm=RADAR_CM,
        caption=ctx.caption(caption),
        title=question.prompt,
    )


def cloud_figure(w: Writer, ctx: Context, result: QuestionResult) -> None:
    """Add the word cloud of the room (hidden words left out, their number said)."""
    cloud = result.room.cloud
    if cloud is None or not cloud.words:
        return
    spec = cloud_spec(list(cloud.words))
    caption = t("report.scan.cloud", ctx.lang, title=result.question.prompt, count=cloud.total)
    w.picture(
        _png(json.dumps(spec, sort_keys=True)),
        width_cm=WIDTH_CM,
        caption=ctx.caption(caption),
        title=result.question.prompt,
    )
    if cloud.hidden:
        w.paragraph(t("scan.hidden_words", ctx.lang, count=cloud.hidden), italic=True)


def choice_rows(
    question: ScanQuestion, stats: Stats, others: tuple[tuple[str, int], ...], lang: str
) -> list[tuple[str, int]]:
    """Return (option, count) bars, "Anders" last; for a ranking (option, points), best first."""
    rows = list(zip(question.options, stats.distribution, strict=False))
    if question.kind == QuestionKind.RANKING:
        return sorted(rows, key=lambda row: -row[1])
    if question.allow_other:
        rows.append((t("scan.other", lang), stats.other))
    del others
    return rows


@lru_cache(maxsize=16)
def _png(spec_json: str) -> bytes:
    return chart_png(json.loads(spec_json))
