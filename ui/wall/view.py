"""Rendering the projector wall from a WallView: one HTML block, the count bars included.

The block holds both screens, the *join screen* (a QR code at over half the screen's height,
the short address and the code in letters readable from the back of the room) and the *live
wall* (a card per table); ``data-screen`` on it says which one shows. The facilitator picks
one on the Live page (stored per meeting, so every open wall follows within a tick) or leaves
it to the room (``screen_of``); the key J on the wall swaps them there and then (ui/wall/keys).
"""

from __future__ import annotations

import re
from datetime import datetime
from functools import lru_cache

from facilitation.core.codes import display_join_code
from facilitation.i18n import t
from facilitation.join.qr import qr_png
from facilitation.live.wall import WallRound, WallSection, WallView
from facilitation.models import EventFormat, WallScreen, utcnow
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


# With the screen left to the room, the join screen shows until this many contributions are in.
FEW_CONTRIBUTIONS = 3


def screen_of(view: WallView) -> str:
    """Return the screen the wall shows now: 'join' or 'live'.

    The facilitator's choice holds; left to the room, it is the join screen before and between
    rounds and while fewer than FEW_CONTRIBUTIONS are in, the live wall otherwise and once the
    meeting is closed (it then shows what was harvested, without an invitation to join).
    """
    if view.screen in (WallScreen.JOIN, WallScreen.LIVE, WallScreen.SCAN):
        return str(view.screen)
    if not view.is_open:
        return WallScreen.LIVE.value
    between_rounds = view.rounds_started and view.round is None
    if between_rounds or view.total < FEW_CONTRIBUTIONS:
        return WallScreen.JOIN.value
    return WallScreen.LIVE.value


def short_address(base_url: str) -> str:
    """Return the address to type on a phone: the base URL without scheme or trailing slash."""
    return re.sub(r"^https?://", "", base_url.strip()).rstrip("/")


def titles_html(view: WallView, lang: str, now: datetime | None = None, where: str = "wall") -> str:
    """Return the title block with the round timer (changes every second) for the live wall or,
    with *where* 'join', for the join screen."""
    timer = timer_text(view.round, lang, now)
    closed = (
        "" if view.is_open else f'<div class="oogst-closed">{esc(t("wall.closed", lang))}</div>'
    )
    return (
        f'<div class="oogst-{where}-titles"><div class="oogst-wall-title">{esc(view.title)}</div>'
        f'<div class="oogst-wall-sub">{esc(view.subtitle)}</div>{closed}'
        f'<div class="oogst-wall-timer" data-testid="{where}-timer">{esc(timer)}</div></div>'
    )


def join_html(view: WallView, join_link: str, lang: str, address: str = "") -> str:
    """Return the join QR with the address in words and the code; nothing once the meeting closed."""
    if not view.is_open:
        return ""
    return (
        '<div class="oogst-wall-join">'
        f'<img class="oogst-wall-qr" src="{_qr_uri(join_link)}" '
        f'alt="{esc(t("wall.join.qr_alt", lang, address=address or join_link))}">'
        f'<div class="oogst-wall-url"><div>{esc(t("wall.join_at", lang))}</div>'
        f'<div class="oogst-url">{esc(address or join_link)}</div>'
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


@lru_cache(maxsize=32)
def join_screen_html(view: WallView, join_link: str, address: str, lang: str) -> str:
    """Return the join screen, built once per revision: the QR code, the address, the code.

    A closed meeting gets no invitation: it says it is closed and thanks the room.
    """
    if not view.is_open:
        return (
            '<div class="oogst-join-body oogst-join-closed">'
            f'<div class="oogst-join-closed-title">{esc(t("wall.closed.title", lang))}</div>'
            f'<div class="oogst-join-closed-thanks">{esc(t("wall.closed.thanks", lang))}</div>'
            "</div>"
        )
    count = (
        t("wall.join.count", lang, count=view.total) if view.total else t("wall.join.none", lang)
    )
    # One line at any length: 72 px for a LAN address, smaller for a long host name.
    size = max(28, min(72, int(1150 / (0.6 * max(len(address), 1)))))
    return (
        '<div class="oogst-join-body">'
        f'<img class="oogst-join-qr" src="{_qr_uri(join_link)}" '
        f'alt="{esc(t("wall.join.qr_alt", lang, address=address))}">'
        '<div class="oogst-join-steps">'
        f'<div class="oogst-join-title">{esc(t("wall.join.title", lang))}</div>'
        f'<div class="oogst-join-step">{esc(t("wall.join.scan", lang))}</div>'
        f'<div class="oogst-join-step">{esc(t("wall.join.or_go", lang))}</div>'
        f'<div class="oogst-join-address" data-testid="join-address" style="font-size:{size}px">'
        f"{esc(address)}</div>"
        f'<div class="oogst-join-step">{esc(t("wall.join.type_code", lang))}</div>'
        f'<div class="oogst-join-code" data-testid="join-code">'
        f"{esc(display_join_code(view.code))}</div>"
        f'<div class="oogst-join-count" data-testid="join-count">{esc(count)}</div>'
        "</div></div>"
    )


def wall_html(
    view: WallView,
    join_link: str,
    lang: str,
    now: datetime | None = None,
    *,
    address: str = "",
) -> str:
    """Return the whole wall for one tick: the join screen and the live wall (titles with
    timer, count bars, join QR, the cards), the one not shown hidden by CSS.

    Everything but the timer is cached per revision, so a tick only joins ready strings.
    """
    address = address or short_address(join_link.split("/join", 1)[0])
    return (
        f'<div class="oogst-wall" data-screen="{screen_of(view)}" data-mode="{esc(view.screen)}" '
        f'data-open="{int(view.is_open)}">'
        f'<section class="oogst-join-screen" data-testid="join-screen">'
        f"{titles_html(view, lang, now, 'join')}"
        f"{join_screen_html(view, join_link, address, lang)}</section>"
        f'<div class="oogst-live"><div class="oogst-wall-head">{titles_html(view, lang, now)}'
        f"{counts_html(view, lang)}"
        f"{join_html(view, join_link, lang, address)}</div>{sections_html(view, lang)}</div></div>"
    )
