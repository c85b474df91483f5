"""Charts in the report: contributions per table or case, votes per action, as PNG pictures
(via vl-convert) with a title in the picture and a numbered caption under it.

Labels never overlap: a few short labels stand level under upright bars, anything else gets
horizontal bars with one label per row. A label cut short is listed in full in a small table
under the caption.
"""

from __future__ import annotations

import json
from functools import lru_cache

from facilitation.charts.specs import chart_png, report_bars_spec
from facilitation.core.text import shorten
from facilitation.harvest.report.context import Context
from facilitation.harvest.report.writer import Writer
from facilitation.i18n import t

WIDTH_PX = 560
WIDTH_CM = 16.0
LABEL_CHARS = 36
_UPRIGHT_BARS, _UPRIGHT_LABEL = 8, 12  # at most this many bars with labels this short stand up


def bars_png(rows: list[tuple[str, int]], *, title: str) -> bytes:
    """Return a bar chart of (label, count) rows as PNG bytes, readable on an A4 page."""
    horizontal = len(rows) > _UPRIGHT_BARS or any(len(label) > _UPRIGHT_LABEL for label, _ in rows)
    width = WIDTH_PX - 200 if horizontal else WIDTH_PX  # room for the labels on the left
    spec = report_bars_spec(rows, title=title, width=width, horizontal=horizontal)
    return _png(json.dumps(spec, sort_keys=True))


def counts_figure(
    w: Writer, ctx: Context, rows: list[tuple[str, int]], *, title: str, in_picture: bool = True
) -> None:
    """Add a chart of (label, count) rows: title, picture, caption with the total, full labels."""
    total = sum(count for _, count in rows)
    caption = t("report.chart.total", ctx.lang, title=title, count=total)
    figure(w, ctx, rows, title=title, caption=caption, in_picture=in_picture)


def figure(
    w: Writer,
    ctx: Context,
    rows: list[tuple[str, int]],
    *,
    title: str,
    caption: str,
    in_picture: bool = True,
) -> None:
    """Add a chart: labels shortened to fit, the caption, and a table of labels cut short.

    The title is drawn in the picture unless a heading right above already says it.
    """
    short = [(_short(label), count) for label, count in rows]
    png = bars_png(short, title=title if in_picture else "")
    w.picture(png, width_cm=WIDTH_CM, caption=ctx.caption(caption), title=title)
    cut = [(s, full) for (s, _), (full, _) in zip(short, rows, strict=True) if s != full]
    if cut:
        table = w.table(
            [t("report.chart.label", ctx.lang), t("report.chart.full", ctx.lang)], (0.35, 0.65)
        )
        for label, full in cut:
            cells = w.row(table)
            w.text(cells[0].paragraphs[0], label)
            w.text(cells[1].paragraphs[0], full)
        w.paragraph()


def _short(label: str) -> str:
    """Return *label* cut at a word boundary to fit beside a bar ('Interne makelaars en…')."""
    if len(label) <= LABEL_CHARS:
        return label
    cut = shorten(label, LABEL_CHARS)[:-1]
    words = cut.rsplit(" ", 1)[0] if " " in cut[LABEL_CHARS // 2 :] else cut
    return words.rstrip(" ,.;:-") + "…"


@lru_cache(maxsize=16)
def _png(spec_json: str) -> bytes:
    # The same data gives the same chart: a second download during the meeting reuses it.
    return chart_png(json.loads(spec_json))
