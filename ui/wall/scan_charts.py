"""Scan results as plain SVG and HTML for the projector: a radar with a polygon per segment, a
scale's distribution with mean and median, bars for choices, a word cloud, a ranking.

Built on the server as one block per results revision (no chart library in the browser), every
label escaped through ui/common/html.py; sizes are for 1920×1080 read from the back of the room.
"""

from __future__ import annotations

from facilitation.i18n import t
from facilitation.models import ScanQuestion
from facilitation.scans.printing import scale_legend
from facilitation.scans.results import SegmentResult
from facilitation.scans.stats import Stats
from facilitation.scans.words import Cloud
from ui.common.html import Markup, html, join

# Distinct on white and for the common colour-vision deficiencies (Okabe–Ito, darkened for text).
PALETTE = ("#0072b2", "#d55e00", "#009e73", "#cc79a7", "#8a6d00", "#56b4e9", "#6a3d9a")
ROOM_COLOUR = "#1d2a1f"


def number(value: float | None, lang: str) -> str:
    """Return *value* with one decimal, a decimal comma in Dutch; '–' for none."""
    if value is None:
        return "–"
    text = f"{value:.1f}"
    return text.replace(".", ",") if lang == "nl" else text


def too_few(segment: SegmentResult, lang: str) -> Markup:
    """Return the 'te weinig antwoorden' line of a suppressed segment."""
    return html(
        '<div class="oogst-sr-few" data-testid="too-few">{}: {}</div>',
        segment.label,
        t("scan_wall.too_few", lang),
    )


def scale_html(question: ScanQuestion, stats: Stats, lang: str) -> Markup:
    """Return a scale's distribution as bars per value with mean and median, poles in words."""
    most = max(stats.distribution, default=0) or 1
    bars = join(
        html(
            '<div class="oogst-sr-col"><span class="n">{}</span>'
            '<span class="fill" style="height:{:.1f}%"></span>'
            '<span class="v">{}</span></div>',
            n or "",
            70 * n / most,
            question.scale_min + i,
        )
        for i, n in enumerate(stats.distribution)
    )
    facts = t(
        "scan_wall.mean_median",
        lang,
        mean=number(stats.mean, lang),
        median=number(stats.median, lang),
        count=stats.count,
    )
    if stats.dont_know:
        facts += " · " + t("scan_wall.dont_know", lang, count=stats.dont_know)
    return html(
        '<div class="oogst-sr-dist">{}</div><div class="oogst-sr-poles">{}</div>'
        '<div class="oogst-sr-facts">{}</div>',
        bars,
        scale_legend(question),
        facts,
    )


def bars_html(labels: list[str], values: list[float], shown: list[str]) -> Markup:
    """Return horizontal bars: a label, a bar as long as its value, the value written out."""
    most = max(values, default=0) or 1
    return join(
        html(
            '<div class="oogst-sr-bar"><span class="label">{}</span>'
            '<span class="track"><span class="fill" style="width:{:.1f}%"></span>'
            '<span class="n">{}</span></span></div>',
            label,
            85 * value / most,
            text,
        )
        for label, value, text in zip(labels, values, shown, strict=True)
    )


def _answers(count: int, lang: str) -> Markup:
    return html('<div class="oogst-sr-facts">{}</div>', t("scan_wall.answers", lang, count=count))


def choice_html(question: ScanQuestion, segment: SegmentResult, lang: str) -> Markup:
    """Return a choice or bins question's bars (with 'Anders' when given)."""
    stats = segment.items[0]
    labels, values = list(question.options), [float(v) for v in stats.distribution]
    if stats.other:
        labels.append(t("scan_wall.other", lang))
        values.append(float(stats.other))
    return bars_html(labels, values, [str(int(v)) for v in values]) + _answers(stats.count, lang)


def ranking_html(question: ScanQuestion, segment: SegmentResult, lang: str) -> Markup:
    """Return the ranking: options by points, each with its average place."""
    stats = segment.items[0]
    order = sorted(range(len(question.options)), key=lambda i: -stats.distribution[i])
    labels = [f"{n + 1}. {question.options[i]}" for n, i in enumerate(order)]
    shown = [t("scan_wall.mean_rank", lang, rank=number(stats.mean_ranks[i], lang)) for i in order]
    bars = bars_html(labels, [float(stats.distribution[i]) for i in order], shown)
    return bars + _answers(stats.count, lang)


def cloud_html(cloud: Cloud | None, lang: str) -> Markup:
    """Return the word cloud: bigger words were given more often."""
    if cloud is None or not cloud.words:
        return html('<div class="oogst-sr-empty">{}</div>', t("scan_wall.no_words", lang))
    most = cloud.words[0][1] or 1
    words = join(
        html(
            '<span class="w" style="font-size:{:.2f}em" title="{}">{}</span>',
            1 + 2.2 * count / most,
            count,
            word,
        )
        for word, count in cloud.words
    )
    return html('<div class="oogst-sr-cloud" data-testid="word-cloud">{}</div>', words)
