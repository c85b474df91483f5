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
from ui.common.html import Markup, data_uri_png, html, join, multiline


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


def titles_html(
    view: WallView, lang: str, now: datetime | None = None, where: str = "wall"
) -> Markup:
    """Return the title block with the round timer (changes every second) for the live wall or,
    with *where* 'join', for the join screen."""
    timer = timer_text(view.round, lang, now)
    closed = (
        "" if view.is_open else html('<div class="oogst-closed">{}</div>', t("wall.closed", lang))
    )
    return html(
        '<div class="oogst-{where}-titles"><div class="oogst-wall-title">{title}</div>'
        '<div class="oogst-wall-sub">{sub}</div>{closed}'
        '<div class="oogst-wall-timer" data-testid="{where}-timer">{timer}</div></div>',
        where=where,
        title=view.title,
        sub=view.subtitle,
        closed=closed,
        timer=timer,
    )


@lru_cache(maxsize=32)
def join_html(view: WallView, join_link: str, lang: str, address: str = "") -> Markup:
    """Return the join QR with the address in words and the code; nothing once the meeting closed."""
    if not view.is_open:
        return Markup("")
    return html(
        '<div class="oogst-wall-join"><img class="oogst-wall-qr" src="{qr}" alt="{alt}">'
        '<div class="oogst-wall-url"><div>{join_at}</div><div class="oogst-url">{address}</div>'
        '<div class="oogst-code">{code_word} <b>{code}</b></div></div></div>',
        qr=_qr_uri(join_link),
        alt=t("wall.join.qr_alt", lang, address=address or join_link),
        join_at=t("wall.join_at", lang),
        address=address or join_link,
        code_word=t("wall.code", lang),
        code=display_join_code(view.code),
    )


def grid_shape(count: int) -> tuple[int, int]:
    """Return (columns, rows) that fit *count* sections on a 16:9 screen."""
    columns = 1 if count <= 1 else 2 if count <= 4 else 3 if count <= 6 else 4 if count <= 12 else 5
    return columns, max(1, -(-count // columns))


@lru_cache(maxsize=32)
def sections_html(view: WallView, lang: str) -> Markup:
    """Return the grid of sections; cached per view, i.e. per event revision."""
    columns, rows = grid_shape(len(view.sections))
    return html(
        '<div class="oogst-wall-grid" style="--cols:{};--rows:{}">{}</div>',
        columns,
        rows,
        join(_card(section, lang) for section in view.sections),
    )


def _card(section: WallSection, lang: str) -> Markup:
    items = join(
        html(
            '<li class="{}" dir="auto">{}</li>',
            "hl" if entry.highlight else "",
            multiline(entry.text),
        )
        for entry in reversed(section.recent)
    )
    empty = "" if items else html('<li class="empty">{}</li>', t("wall.empty", lang))
    group = html('<span class="oogst-card-group">{}</span>', section.group) if section.group else ""
    closed = (
        ""
        if section.is_open
        else html(' <span class="oogst-lock">{}</span>', t("wall.table_closed", lang))
    )
    return html(
        '<section class="oogst-card" data-key="{key}">'
        '<div class="oogst-card-head"><span class="oogst-card-num">{number}</span>'
        '<span class="oogst-card-title">{group}{title}{closed}</span>'
        '<span class="oogst-count" data-testid="wall-count">{count}</span></div>'
        "<ul>{items}{empty}</ul></section>",
        key=section.key,
        number=section.number,
        group=group,
        title=section.title,
        closed=closed,
        count=section.count,
        items=items,
        empty=empty,
    )


@lru_cache(maxsize=32)
def counts_html(view: WallView, lang: str) -> Markup:
    """Return the contributions-per-table bar chart as plain HTML, built once per revision.

    Bars in HTML rather than a Vega-Lite chart: the wall's whole tick is then one element, so a
    second of projecting costs the server a single message (docs/benchmarks.md, wall tick).
    """
    most = max((section.count for section in view.sections), default=0)
    bars = join(_bar(section, most) for section in view.sections)
    per_table = view.format == EventFormat.TABLE_ROUNDS.value
    title = t("wall.chart_title" if per_table else "wall.chart_title_cases", lang)
    return html(
        '<figure class="oogst-wall-counts" aria-label="{title}">'
        '<figcaption>{title}</figcaption><div class="oogst-bars">{bars}</div></figure>',
        title=title,
        bars=bars,
    )


def _bar(section: WallSection, most: int) -> Markup:
    share = section.count / most if most else 0.0
    return html(
        '<div class="oogst-bar" title="{number} · {title}: {count}">'
        '<div class="oogst-bar-track"><span class="oogst-bar-n">{count}</span>'
        '<span class="oogst-bar-fill" style="height:calc((100% - 1.6rem) * {share:.3f})"></span>'
        '</div><span class="oogst-bar-label">{number}</span></div>',
        number=section.number,
        title=section.title,
        count=section.count,
        share=share,
    )


@lru_cache(maxsize=32)
def join_screen_html(view: WallView, join_link: str, address: str, lang: str) -> Markup:
    """Return the join screen, built once per revision: the QR code, the address, the code.

    A closed meeting gets no invitation: it says it is closed and thanks the room.
    """
    if not view.is_open:
        return html(
            '<div class="oogst-join-body oogst-join-closed">'
            '<div class="oogst-join-closed-title">{}</div>'
            '<div class="oogst-join-closed-thanks">{}</div></div>',
            t("wall.closed.title", lang),
            t("wall.closed.thanks", lang),
        )
    count = (
        t("wall.join.count", lang, count=view.total) if view.total else t("wall.join.none", lang)
    )
    # One line at any length: 72 px for a LAN address, smaller for a long host name.
    size = max(28, min(72, int(1150 / (0.6 * max(len(address), 1)))))
    return html(
        '<div class="oogst-join-body"><img class="oogst-join-qr" src="{qr}" alt="{alt}">'
        '<div class="oogst-join-steps"><div class="oogst-join-title">{title}</div>'
        '<div class="oogst-join-step">{scan}</div><div class="oogst-join-step">{or_go}</div>'
        '<div class="oogst-join-address" data-testid="join-address" style="font-size:{size}px">'
        '{address}</div><div class="oogst-join-step">{type_code}</div>'
        '<div class="oogst-join-code" data-testid="join-code">{code}</div>'
        '<div class="oogst-join-count" data-testid="join-count">{count}</div></div></div>',
        qr=_qr_uri(join_link),
        alt=t("wall.join.qr_alt", lang, address=address),
        title=t("wall.join.title", lang),
        scan=t("wall.join.scan", lang),
        or_go=t("wall.join.or_go", lang),
        size=size,
        address=address,
        type_code=t("wall.join.type_code", lang),
        code=display_join_code(view.code),
        count=count,
    )


def wall_html(
    view: WallView,
    join_link: str,
    lang: str,
    now: datetime | None = None,
    *,
    address: str = "",
) -> Markup:
    """Return the whole wall for one tick: the join screen and the live wall (titles with
    timer, count bars, join QR, the cards), the one not shown hidden by CSS.

    Everything but the timer is cached per revision, so a tick only joins ready strings.
    """
    address = address or short_address(join_link.split("/join", 1)[0])
    # One tick joins parts that are Markup already; join() only concatenates them (~6x faster
    # than html()'s formatter on these 9 KB).
    return join(
        [
            html(
                '<div class="oogst-wall" data-screen="{}" data-mode="{}" data-open="{}">'
                '<section class="oogst-join-screen" data-testid="join-screen">',
                screen_of(view),
                view.screen,
                int(view.is_open),
            ),
            titles_html(view, lang, now, "join"),
            join_screen_html(view, join_link, address, lang),
            Markup('</section><div class="oogst-live"><div class="oogst-wall-head">'),
            titles_html(view, lang, now),
            counts_html(view, lang),
            join_html(view, join_link, lang, address),
            Markup("</div>"),
            sections_html(view, lang),
            Markup("</div></div>"),
        ]
    )
