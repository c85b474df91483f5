"""Rendering the projector wall from a WallView: one HTML block, the count bars included."""

from __future__ import annotations

from datetime import datetime
from functools import lru_cache

from facilitation.core.codes import display_join_code
from facilitation.i18n import t
from facilitation.join.qr import qr_png
from facilitation.live.wall import WallRound, WallSection, WallView
from facilitation.models import EventFormat, utcnow
from ui.common.html import data_uri_png, esc, multiline


def timer_text(current: WallRound | None, lang: str, now: datetime | None = None) -> str:
    """Return the round timer line: 'Ronde 1 · 12:34', 'Tijd is om' or ''."""
    if current is None or current.ends_at is None:
        return ""
    left = int((current.ends_at - (now or utcnow())).total_seconds())
    name = current.title or t("wall.round", lang, number=current.number)
    if left <= 0:
        return f"{name} · {t('wall.time_up', lang)}"
    return f"{name} · {left // 60:02d}:{left % 60:02d}"


@lru_cache(maxsize=64)
def _qr_uri(url: str) -> str:
    return data_uri_png(qr_png(url))


def titles_html(view: WallView, lang: str, now: datetime | None = None) -> str:
    """Return the wall's title block with the round timer (changes every second)."""
    timer = timer_text(view.round, lang, now)
    closed = (
        "" if view.is_open else f'<div class="oogst-closed">{esc(t("wall.closed", lang))}</div>'
    )
    return (
        f'<div class="oogst-wall-titles"><div class="oogst-wall-title">{esc(view.title)}</div>'
        f'<div class="oogst-wall-sub">{esc(view.subtitle)}</div>{closed}'
        f'<div class="oogst-wall-timer" data-testid="wall-timer">{esc(timer)}</div></div>'
    )


def join_html(view: WallView, join_link: str, lang: str) -> str:
    """Return the join QR with the URL in words and the code."""
    return (
        '<div class="oogst-wall-join">'
        f'<img class="oogst-wall-qr" src="{_qr_uri(join_link)}" alt="QR">'
        f'<div class="oogst-wall-url"><div>{esc(t("wall.join_at", lang))}</div>'
        f'<div class="oogst-url">{esc(join_link)}</div>'
        f'<div class="oogst-code">{esc(t("wall.code", lang))} <b>{esc(display_join_code(view.code))}</b></div>'
        "</div></div>"
    )


def grid_shape(count: int) -> tuple[int, int]:
    """Return (columns, rows) that fit *count* sections on a 16:9 screen."""
    columns = 1 if count <= 1 else 2 if count <= 4 else 3 if count <= 6 else 4 if count <= 12 else 5
    return columns, max(1, -(-count // columns))


@lru_cache(maxsize=32)
def sections_html(view: WallView, lang: str) -> str:
    """Return the grid of sections; cached per view, i.e. per event revision."""
    columns, rows = grid_shape(len(view.sections))
    cards = "".join(_card(section, lang) for section in view.sections)
    return f'<div class="oogst-wall-grid" style="--cols:{columns};--rows:{rows}">{cards}</div>'


def _card(section: WallSection, lang: str) -> str:
    items = "".join(
        f'<li class="{"hl" if entry.highlight else ""}" dir="auto">{multiline(entry.text)}</li>'
        for entry in reversed(section.recent)
    )
    empty = "" if items else f'<li class="empty">{esc(t("wall.empty", lang))}</li>'
    group = f'<span class="oogst-card-group">{esc(section.group)}</span>' if section.group else ""
    closed = (
        ""
        if section.is_open
        else f' <span class="oogst-lock">{esc(t("wall.table_closed", lang))}</span>'
    )
    return (
        f'<section class="oogst-card" data-key="{esc(section.key)}">'
        f'<div class="oogst-card-head"><span class="oogst-card-num">{esc(section.number)}</span>'
        f'<span class="oogst-card-title">{group}{esc(section.title)}{closed}</span>'
        f'<span class="oogst-count" data-testid="wall-count">{section.count}</span></div>'
        f"<ul>{items}{empty}</ul></section>"
    )


@lru_cache(maxsize=32)
def counts_html(view: WallView, lang: str) -> str:
    """Return the contributions-per-table bar chart as plain HTML, built once per revision.

    Bars in HTML rather than a Vega-Lite chart: the wall's whole tick is then one element, so a
    second of projecting costs the server a single message (docs/benchmarks.md, wall tick).
    """
    most = max((section.count for section in view.sections), default=0)
    bars = "".join(_bar(section, most) for section in view.sections)
    per_table = view.format == EventFormat.TABLE_ROUNDS.value
    title = esc(t("wall.chart_title" if per_table else "wall.chart_title_cases", lang))
    return (
        f'<figure class="oogst-wall-counts" aria-label="{title}">'
        f'<figcaption>{title}</figcaption><div class="oogst-bars">{bars}</div></figure>'
    )


def _bar(section: WallSection, most: int) -> str:
    share = section.count / most if most else 0.0
    return (
        f'<div class="oogst-bar" title="{esc(section.number)} · {esc(section.title)}: {section.count}">'
        f'<div class="oogst-bar-track"><span class="oogst-bar-n">{section.count}</span>'
        f'<span class="oogst-bar-fill" style="height:calc((100% - 1.6rem) * {share:.3f})"></span>'
        f'</div><span class="oogst-bar-label">{esc(section.number)}</span></div>'
    )


def wall_html(view: WallView, join_link: str, lang: str, now: datetime | None = None) -> str:
    """Return the whole wall for one tick: titles with timer, count bars, join QR, the cards.

    Everything but the timer is cached per revision, so a tick only joins ready strings.
    """
    return (
        f'<div class="oogst-wall-head">{titles_html(view, lang, now)}{counts_html(view, lang)}'
        f"{join_html(view, join_link, lang)}</div>{sections_html(view, lang)}"
    )
