"""The radar of a scale set (the climate scan's seven functions): an axis per item, a polygon
per group and the room's average dashed, as an SVG image, with its legend."""

from __future__ import annotations

import base64

from facilitation.charts.radar import point, polygon_points, wrapped
from facilitation.i18n import t
from facilitation.scans.results import QuestionResult, SegmentResult
from ui.common.html import Markup, esc, html, join
from ui.wall.scan_charts import PALETTE, ROOM_COLOUR, scale_legend, too_few


def _point(cx: float, cy: float, radius: float, index: int, count: int) -> tuple[float, float]:
    """Return axis *index*'s point at *radius* pixels, on the report chart's axes (SVG y down)."""
    x, y = point(index, count, 1.0)
    return cx + radius * x, cy - radius * y


def _lines(label: str, width: int = 18) -> list[str]:
    """Return *label* wrapped into lines of about *width* characters (at most three)."""
    return wrapped(label, width).split("\n")[:3]


def _label(x: float, y: float, anchor: str, label: str) -> str:
    lines = _lines(label)
    top = y - (len(lines) - 1) * 15 + 9
    spans = "".join(
        f'<tspan x="{x:.1f}" y="{top + n * 31:.1f}">{esc(line)}</tspan>'
        for n, line in enumerate(lines)
    )
    return f'<text text-anchor="{anchor}" font-size="27" font-weight="700" fill="#1d2a1f">{spans}</text>'


def radar_svg(result: QuestionResult, width: int = 1200, height: int = 760) -> str:
    """Return the radar of a scale set as an SVG document: an axis per item, a polygon per
    segment and a dashed one for the room (presentation attributes only: it is shown as an
    image, where the page's styles do not reach)."""
    question = result.question
    items = list(question.items)
    count = max(len(items), 3)
    cx, cy = width / 2, height / 2
    radius = height / 2 - 90
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
        'font-family="Source Sans Pro, Segoe UI, Arial, sans-serif">'
    ]
    for ring in (0.25, 0.5, 0.75, 1.0):
        points = " ".join(
            f"{x:.1f},{y:.1f}"
            for x, y in (_point(cx, cy, radius * ring, i, count) for i in range(count))
        )
        parts.append(
            f'<polygon points="{points}" fill="none" stroke="#d5dccf" stroke-width="1.5"/>'
        )
    for i, label in enumerate(items):
        x, y = _point(cx, cy, radius, i, count)
        lx, ly = _point(cx, cy, radius + 24, i, count)
        anchor = "middle" if abs(lx - cx) < 20 else ("start" if lx > cx else "end")
        parts.append(
            f'<line x1="{cx}" y1="{cy}" x2="{x:.1f}" y2="{y:.1f}" stroke="#b9c4b4" stroke-width="1.5"/>'
        )
        parts.append(
            _label(lx, ly + (14 if ly > cy + 20 else -14 if ly < cy - 20 else 0), anchor, label)
        )
    for label, means, colour, is_room in radar_series(result):
        polygon = polygon_points(means, count, question.scale_min, question.scale_max)
        points = " ".join(f"{cx + radius * x:.1f},{cy - radius * y:.1f}" for x, y in polygon)
        style = (
            'stroke-width="4" stroke-dasharray="12 8" fill-opacity="0.04"'
            if is_room
            else 'stroke-width="5" fill-opacity="0.12"'
        )
        parts.append(
            f'<polygon points="{points}" class="{"room" if is_room else "segment"}" '
            f'data-segment="{esc(label)}" stroke="{colour}" fill="{colour}" {style}/>'
        )
    parts.append("</svg>")
    return "".join(parts)


def radar_series(result: QuestionResult) -> list[tuple[str, list[float | None], str, bool]]:
    """Return (label, mean per item, colour, is the room) per segment shown, then the room."""
    series = [
        (s.label, [i.mean for i in s.items], PALETTE[n % len(PALETTE)], False)
        for n, s in enumerate(result.segments)
        if not s.suppressed
    ]
    if not result.room.suppressed:
        series.append((result.room.label, [i.mean for i in result.room.items], ROOM_COLOUR, True))
    return series


def radar_img(result: QuestionResult, lang: str, style: str = "") -> Markup:
    """Return the radar as an image (``st.html`` keeps no inline SVG), its groups named on it."""
    data = base64.b64encode(radar_svg(result).encode("utf-8")).decode("ascii")
    shown = "|".join(label for label, _m, _c, _r in radar_series(result))
    alt = t("scan_wall.radar_alt", lang, title=result.question.prompt)
    return html(
        '<img class="oogst-radar" style="{}" src="data:image/svg+xml;base64,{}" alt="{}" '
        'data-segments="{}" data-testid="radar">',
        style,
        data,
        alt,
        shown,
    )


def radar_legend(result: QuestionResult, lang: str) -> Markup:
    """Return the legend: a swatch and mean per segment and the room; too few answers said so."""
    rows: list[Markup] = []
    for n, segment in enumerate(result.segments):
        if segment.suppressed:
            rows.append(too_few(segment, lang))
            continue
        rows.append(_legend_row(segment, PALETTE[n % len(PALETTE)], False, lang))
    if result.room.suppressed:
        rows.append(too_few(result.room, lang))
    else:
        rows.append(_legend_row(result.room, ROOM_COLOUR, True, lang))
    return html(
        '<div class="oogst-sr-legend">{}<div class="oogst-sr-poles">{}</div></div>',
        join(rows),
        scale_legend(result.question),
    )


def _legend_row(segment: SegmentResult, colour: str, is_room: bool, lang: str) -> Markup:
    who = t("scan_wall.respondents", lang, count=segment.respondents)
    style = "dashed" if is_room else "solid"
    return html(
        '<div class="oogst-sr-key" data-testid="legend-{}">'
        '<span class="swatch {}" style="border-color:{}"></span>'
        '<span>{}</span><span class="n">{}</span></div>',
        segment.key or "room",
        style,
        colour,
        segment.label,
        who,
    )
