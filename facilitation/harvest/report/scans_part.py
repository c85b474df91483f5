"""Scans in the report: a section per scan the organiser chose (``ReportOptions.parts``: the
part ``scans`` for all, ``scan.<id>`` for one), each question with its chart and a table.

The poles-direction rule: every figure of a scale is printed next to its scale with both poles,
"1 = Ja … 10 = Nee", in the line above the table, in the table's heading and in the chart's
caption, so a scale whose low end means "yes" is never read the other way round.
"""

from __future__ import annotations

from facilitation.harvest.report.builder import ReportPart, add_part
from facilitation.harvest.report.context import Context
from facilitation.harvest.report.figures import figure
from facilitation.harvest.report.scan_figures import choice_rows, cloud_figure, radar_figure
from facilitation.harvest.report.writer import Writer
from facilitation.i18n import t
from facilitation.models import QuestionKind
from facilitation.scans.intake import InitiativeRow
from facilitation.scans.printing import scale_legend
from facilitation.scans.results import QuestionResult, ScanResults, SegmentResult, report_key
from facilitation.scans.stats import Stats

SCALES = (QuestionKind.SCALE, QuestionKind.SCALE_SET)


def scans(w: Writer, ctx: Context) -> None:
    """Add one section per chosen scan that has answers."""
    for result in ctx.harvest.scans:
        if result.respondents and ctx.options.shows(report_key(result.scan.id or 0)):
            scan_section(w, ctx, result)


def scan_section(w: Writer, ctx: Context, result: ScanResults) -> None:
    """Add a scan: its title, intro, how many answered, and every question."""
    w.heading(result.scan.title or t("report.scan", ctx.lang), 1)
    if result.scan.intro:
        w.prose(result.scan.intro)
    w.paragraph(
        t("report.scan.respondents", ctx.lang, count=result.respondents),
        italic=True,
        keep_with_next=True,
    )
    initiatives = ctx.harvest.initiatives.get(result.scan.id or 0)
    if initiatives:
        initiatives_table(w, ctx, initiatives)
    for question in result.questions:
        _question(w, ctx, question)


def initiatives_table(w: Writer, ctx: Context, rows: tuple[InitiativeRow, ...]) -> None:
    """Add the initiatives overview: name, initiator, phase and support needs per initiative."""
    lang = ctx.lang
    w.heading(t("report.scan.initiatives", lang), 2)
    columns = ("name", "initiator", "phase", "support")
    table = w.table([t(f"report.scan.col.{c}", lang) for c in columns], (0.3, 0.2, 0.2, 0.3))
    for row in rows:
        texts = [row.name, row.initiator, row.phase, "; ".join(row.support)]
        for cell, text in zip(w.row(table), texts, strict=True):
            w.text(cell.paragraphs[0], text)
    w.paragraph()


def _question(w: Writer, ctx: Context, result: QuestionResult) -> None:
    question, lang = result.question, ctx.lang
    w.heading(question.prompt, 2)
    kind = QuestionKind(question.kind)
    if kind in SCALES:
        legend = t("report.scan.scale", lang, legend=scale_legend(question))
        w.paragraph(legend, bold=True, keep_with_next=True)
    if result.room.suppressed:
        w.paragraph(t("report.scan.too_few", lang, count=result.room.respondents), italic=True)
        return
    if kind == QuestionKind.SCALE_SET:
        radar_figure(w, ctx, result)
    elif kind == QuestionKind.SCALE:
        _distribution(w, ctx, result)
    elif kind == QuestionKind.OPEN:
        cloud_figure(w, ctx, result)
        return
    else:
        rows = choice_rows(result.question, result.room.items[0], result.room.others, lang)
        title = question.prompt
        figure(w, ctx, rows, title=title, caption=_choice_caption(ctx, kind, title))
    _table(w, ctx, result)


def _choice_caption(ctx: Context, kind: QuestionKind, title: str) -> str:
    key = "report.scan.points" if kind == QuestionKind.RANKING else "report.scan.counts"
    return t(key, ctx.lang, title=title)


def _distribution(w: Writer, ctx: Context, result: QuestionResult) -> None:
    question, stats = result.question, result.room.items[0]
    rows = []
    for value, count in zip(
        range(question.scale_min, question.scale_max + 1), stats.distribution, strict=True
    ):
        pole = (
            question.pole_low
            if value == question.scale_min
            else (question.pole_high if value == question.scale_max else "")
        )
        rows.append((f"{value} {pole}".strip(), count))
    legend = scale_legend(question)
    caption = t("report.scan.distribution", ctx.lang, title=question.prompt, legend=legend)
    figure(w, ctx, rows, title=question.prompt, caption=caption)


def number(value: float | None, lang: str) -> str:
    """Return a mean or median with one decimal, a decimal comma in Dutch ('5,5')."""
    if value is None:
        return ""
    text = f"{value:.1f}"
    return text.replace(".", ",") if lang == "nl" else text


def _table(w: Writer, ctx: Context, result: QuestionResult) -> None:
    kind = QuestionKind(result.question.kind)
    segments = [*result.segments, result.room]
    if kind in SCALES:
        _scale_table(w, ctx, result, segments)
    elif kind == QuestionKind.RANKING:
        _ranking_table(w, ctx, result)
    elif result.segments:
        _choice_table(w, ctx, result, segments)


def _scale_table(
    w: Writer, ctx: Context, result: QuestionResult, segments: list[SegmentResult]
) -> None:
    question, lang = result.question, ctx.lang
    legend = scale_legend(question)
    items = question.items if question.kind == QuestionKind.SCALE_SET else [""]
    header = [
        t("report.scan.group", lang),
        t("report.scan.n", lang),
        t("report.scan.mean", lang, legend=legend),
        t("report.scan.median", lang),
    ]
    widths = [0.22, 0.16, 0.34, 0.28]
    if question.kind == QuestionKind.SCALE_SET:
        header.insert(0, t("report.scan.item", lang))
        widths = [0.28, 0.16, 0.14, 0.26, 0.16]
    table = w.table(header, widths)
    for index, item in enumerate(items):
        for segment in segments:
            label = segment.label if segment.key else t("scan.room", lang)
            cells = [label, *_scale_cells(segment, index, lang)]
            if item:
                cells.insert(0, item)
            for cell, text in zip(w.row(table), cells, strict=True):
                w.text(cell.paragraphs[0], text, bold=not segment.key)
    w.paragraph()


def _scale_cells(segment: SegmentResult, index: int, lang: str) -> list[str]:
    if segment.suppressed or index >= len(segment.items):
        return [t("scan.too_few", lang), "", ""]
    stats: Stats = segment.items[index]
    count = str(stats.count)
    if stats.dont_know:
        count += " " + t("report.scan.plus_dont_know", lang, count=stats.dont_know)
    return [count, number(stats.mean, lang), number(stats.median, lang)]


def _choice_table(
    w: Writer, ctx: Context, result: QuestionResult, segments: list[SegmentResult]
) -> None:
    question, lang = result.question, ctx.lang
    options = [*question.options, *([t("scan.other", lang)] if question.allow_other else [])]
    table = w.table(
        [t("report.scan.option", lang), *(s.label or t("scan.room", lang) for s in segments)]
    )
    for index, option in enumerate(options):
        cells = [option]
        for segment in segments:
            if segment.suppressed:
                cells.append(t("scan.too_few", lang))
                continue
            stats = segment.items[0]
            cells.append(
                str(stats.distribution[index] if index < len(stats.distribution) else stats.other)
            )
        for cell, text in zip(w.row(table), cells, strict=True):
            w.text(cell.paragraphs[0], text)
    w.paragraph()


def _ranking_table(w: Writer, ctx: Context, result: QuestionResult) -> None:
    lang, stats = ctx.lang, result.room.items[0]
    table = w.table(
        [
            t("report.scan.option", lang),
            t("report.scan.points_col", lang),
            t("report.scan.mean_place", lang),
        ]
    )
    for option, points, place in zip(
        result.question.options, stats.distribution, stats.mean_ranks, strict=True
    ):
        for cell, text in zip(
            w.row(table), [option, str(points), number(place, lang)], strict=True
        ):
            w.text(cell.paragraphs[0], text)
    w.paragraph()


add_part(ReportPart("scans", scans, "report.part.scans"), after="agenda")
