"""The projector's scan screen: the results of the scan on the wall, one card per question.

Which scan: the first open one (in the facilitator's order), else the one closed last. A question
whose results wait for a reveal says so; a segment under the minimum number of answers shows as
"te weinig antwoorden". One HTML block per results build, cached on it.
"""

from __future__ import annotations

from functools import lru_cache

from facilitation.i18n import t
from facilitation.models import QuestionKind
from facilitation.scans import editor
from facilitation.scans.results import QuestionResult, ScanResults
from ui.common.context import reading
from ui.common.html import Markup, html, join
from ui.wall import radar
from ui.wall import scan_charts as charts
from ui.wall.view import grid_shape

MAX_CARDS = 6
NO_JOIN = Markup("")


@lru_cache(maxsize=64)
def shown_scan_id(database: str, event_id: int, revision: int) -> int | None:
    """Return the scan the wall shows at *revision* of the meeting in *database*: the first open
    one, else the one closed last."""
    with reading() as session:
        scans = editor.scans_of(session=session, event_id=event_id)
    opened = [s for s in scans if s.is_open]
    if opened:
        return opened[0].id
    closed = [s for s in scans if s.closed_at is not None]
    if closed:
        return max(closed, key=lambda s: s.closed_at or s.created_at).id
    return scans[-1].id if scans else None


def no_scan_html(title: str, lang: str) -> Markup:
    """Return the scan screen without a scan to show."""
    return html(
        '<div class="oogst-scan-wall"><div class="oogst-sr-head"><div class="oogst-wall-title">'
        '{}</div></div><div class="oogst-sr-wait">{}</div></div>',
        title,
        t("scan_wall.no_scan", lang),
    )


@lru_cache(maxsize=16)
def scan_html(results: ScanResults, lang: str, join_block: Markup = NO_JOIN) -> Markup:
    """Return the whole scan screen for one results build (cached on it); *join_block* is the
    small QR code with the address and code, top right."""
    scan = results.scan
    shown = [q for q in results.questions if q.visible][:MAX_CARDS]
    waiting = sum(1 for q in results.questions if not q.visible)
    count = t("scan_wall.respondents", lang, count=results.respondents)
    state = t("scan_wall.open" if scan.is_open else "scan_wall.closed", lang)
    head = html(
        '<div class="oogst-sr-head"><div class="oogst-wall-title">{}</div>'
        '<div class="oogst-sr-count" data-testid="scan-respondents">{} · {}</div>{}</div>',
        scan.title,
        count,
        state,
        join_block,
    )
    if not shown:
        body = html(
            '<div class="oogst-sr-wait" data-testid="scan-hidden">{}</div>',
            t("scan_wall.hidden", lang),
        )
    else:
        columns, rows = grid_shape(len(shown))
        cards = join(_card(q, lang, single=len(shown) == 1) for q in shown)
        body = html(
            '<div class="oogst-sr-grid" style="--cols:{};--rows:{}">{}</div>', columns, rows, cards
        )
    note = (
        html('<div class="oogst-sr-note">{}</div>', t("scan_wall.waiting", lang, count=waiting))
        if waiting and shown
        else NO_JOIN
    )
    return html(
        '<div class="oogst-scan-wall" data-scan="{}">{}{}{}</div>', scan.id, head, body, note
    )


def _card(result: QuestionResult, lang: str, *, single: bool) -> Markup:
    question = result.question
    return html(
        '<section class="oogst-sr-card{}" data-question="{}" data-kind="{}">'
        '<h2 class="oogst-sr-title">{}</h2>{}</section>',
        " single" if single else "",
        question.id,
        question.kind,
        question.prompt,
        _body(result, lang),
    )


def _body(result: QuestionResult, lang: str) -> Markup:
    question, room = result.question, result.room
    kind = QuestionKind(question.kind)
    if kind == QuestionKind.SCALE_SET:
        if room.suppressed and all(s.suppressed for s in result.segments):
            return charts.too_few(room, lang)
        return html(
            '<div class="oogst-sr-radar">{}{}</div>',
            radar.radar_img(result, lang),
            radar.radar_legend(result, lang),
        )
    if room.suppressed:
        return charts.too_few(room, lang)
    segments = join(charts.too_few(s, lang) for s in result.segments if s.suppressed)
    if kind == QuestionKind.SCALE:
        per_segment = join(
            html(
                '<div class="oogst-sr-seg">{}: {}</div>',
                s.label,
                charts.number(s.items[0].mean, lang),
            )
            for s in result.segments
            if not s.suppressed
        )
        return charts.scale_html(question, room.items[0], lang) + per_segment + segments
    if kind == QuestionKind.OPEN:
        return charts.cloud_html(room.cloud, lang)
    if kind == QuestionKind.RANKING:
        return charts.ranking_html(question, room, lang) + segments
    return charts.choice_html(question, room, lang) + segments
