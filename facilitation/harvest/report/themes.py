"""The heart of the report: one numbered section per theme or table, its lettered cases, the
facilitator's synthesis and the room's suggestions as bullets (replies nested under what they
answer), each part printed as the organiser chose (``ReportOptions``)."""

from __future__ import annotations

from facilitation.core.links import web_url
from facilitation.harvest.report.content import CaseBlock, Item, ThemeBlock, count_items
from facilitation.harvest.report.context import Context
from facilitation.harvest.report.figures import counts_figure
from facilitation.harvest.report.owners import count_people
from facilitation.harvest.report.writer import Writer
from facilitation.i18n import t
from facilitation.models import (
    Case,
    CasePlace,
    CaseStatus,
    ChartChoice,
    ContributionKind,
    EventFormat,
    KindDisplay,
    ReportContent,
    ReportOptions,
    Theme,
)

OPEN_MARKER = "…"
_OPEN_MARKERS = 2  # the reference harvests end an open list with two '…' bullets
MAX_DEPTH = 3
MIN_CHART_BARS = 4  # fewer bars say nothing a sentence cannot
# Kinds that are simply "what the room said": printed without a label, first.
_MAIN_KINDS = (ContributionKind.SUGGESTION.value, ContributionKind.ADVICE.value)
_GROUPS = tuple(k.value for k in ContributionKind if k.value not in _MAIN_KINDS)


def theme_heading(theme: Theme, event_format: str, lang: str, *, numbered: bool = True) -> str:
    """Return 'Thema 1: Title' when the theme has a label, else '1. Title' (or just the title)."""
    if theme.title and not numbered:
        return theme.title
    if theme.label:
        return f"{theme.label}: {theme.title}" if theme.title else theme.label
    if theme.title:
        return f"{theme.number}. {theme.title}"
    return short_label(theme, event_format, lang)


def short_label(theme: Theme, event_format: str, lang: str) -> str:
    """Return how the room calls a theme: its label, else 'Tafel 2' or 'Thema 2'."""
    if theme.label:
        return theme.label
    key = "target.table" if event_format == EventFormat.TABLE_ROUNDS.value else "target.theme"
    return t(key, lang, number=theme.number)


def case_heading(case: Case, options: ReportOptions | None = None) -> str:
    """Return 'A. Casus Name' as chosen: letter, kind and the place in or out of the heading."""
    options = options or ReportOptions()
    name = case.name
    if case.place and options.case_place == CasePlace.BEFORE_NAME:
        name = f"{case.place} — {name}" if name else case.place
    elif case.place and options.case_place == CasePlace.AFTER_NAME:
        name = f"{name}, {case.place}" if name else case.place
    rest = " ".join(part for part in (case.kind if options.case_kind else "", name) if part)
    if not options.numbering and rest:
        return rest
    return f"{case.letter}. {rest}" if rest else f"{case.letter}."


def themes(w: Writer, ctx: Context) -> None:
    """Add the themes part: its heading and intro, the count chart, each theme, loose cases."""
    event = ctx.harvest.event
    level = 1
    if event.themes_title:
        w.heading(event.themes_title, 1)
        level = 2
    if event.themes_intro:
        w.prose(event.themes_intro)
    counts_chart(w, ctx, heading=not event.themes_title)
    for block in ctx.harvest.themes:
        _theme(w, block, ctx, level)
    for case_block in ctx.harvest.cases:
        case_section(w, case_block, ctx, level)


def counts_chart(w: Writer, ctx: Context, *, heading: bool = False) -> None:
    """Add the chart of contributions per table, theme or case where it carries information.

    With *heading* its title is a heading of its own (no heading above the themes to sit under).
    """
    choice = ctx.options.count_chart
    rows = contribution_counts(ctx)
    if choice == ChartChoice.NEVER or not any(count for _, count in rows):
        return
    if choice == ChartChoice.AUTO and len(rows) < MIN_CHART_BARS:
        return
    title = t(f"report.chart.{ctx.harvest.event.format}", ctx.lang)
    if heading:
        w.heading(title, 1)
    counts_figure(w, ctx, rows, title=title, in_picture=not heading)


def _theme(w: Writer, block: ThemeBlock, ctx: Context, level: int) -> None:
    theme, event = block.theme, ctx.harvest.event
    content = ctx.options.content_of(f"t{theme.number}")
    w.heading(theme_heading(theme, event.format, ctx.lang, numbered=ctx.options.numbering), level)
    if theme.description:
        w.prose(theme.description)
    if theme.question and not block.cases and content != ReportContent.SYNTHESIS:
        _labelled(w, t("report.question", ctx.lang), theme.question)
    if theme.synthesis and content != ReportContent.CONTRIBUTIONS:
        w.prose(theme.synthesis)
    if content != ReportContent.SYNTHESIS:
        suggestions(w, block.items, theme.open_for_additions, ctx)
    for case_block in block.cases:
        case_section(w, case_block, ctx, level + 1)


def case_section(
    w: Writer, block: CaseBlock, ctx: Context, level: int, *, content: ReportContent | None = None
) -> None:
    """Add a lettered case: heading, owner/place/link, key question, texts, suggestions, status.

    *content* overrides the organiser's choice (a feedback pack always has the suggestions).
    """
    case, options = block.case, ctx.options
    content = content or options.content_of(f"c{block.key}")
    w.heading(case_heading(case, options), level)
    _case_details(w, case, ctx)
    if case.key_question:  # the case's head stays on one page with what follows it
        _labelled(w, t("report.key_question", ctx.lang), case.key_question, keep_with_next=True)
    if case.description:
        w.prose(case.description)
    if case.synthesis and content != ReportContent.CONTRIBUTIONS:
        w.prose(case.synthesis)
    if content != ReportContent.SYNTHESIS:
        suggestions(w, block.items, case.open_for_additions, ctx)
    if case.status != CaseStatus.DISCUSSED.value and options.status_notes:
        note = case.status_note or t(f"report.status.{case.status}", ctx.lang)
        w.paragraph(note, italic=True)


def _case_details(w: Writer, case: Case, ctx: Context) -> None:
    lang = ctx.lang
    owner = "report.owner" if count_people(case.owners) <= 1 else "report.owners"
    rows = [
        (t(owner, lang), case.owners, None),
        (
            t("report.place", lang),
            case.place if ctx.options.case_place == CasePlace.LINE else "",
            None,
        ),
        (t("report.link", lang), case.link, web_url(case.link)),
    ]
    rows = [row for row in rows if row[1]]
    if not rows:
        return
    paragraph = w.paragraph(keep_with_next=True)
    for index, (label, value, url) in enumerate(rows):
        w.text(paragraph, ("\n" if index else "") + f"{label}: ")
        if url:
            w.link(paragraph, url, value)
        else:
            w.text(paragraph, value)


def _labelled(w: Writer, label: str, text: str, *, keep_with_next: bool = False) -> None:
    paragraph = w.paragraph(keep_with_next=keep_with_next)
    w.text(paragraph, f"{label}: ", bold=True)
    w.text(paragraph, text)


def suggestions(w: Writer, items: tuple[Item, ...], open_: bool, ctx: Context) -> None:
    """Add the room's contributions under their label, grouped or labelled by kind as chosen."""
    if not items and not open_:
        return
    display = ctx.options.kinds
    groups: dict[str, list[Item]] = {}
    if display == KindDisplay.GROUP:
        for item in items:
            kind = item.row.kind if item.row.kind in _GROUPS else _MAIN_KINDS[0]
            groups.setdefault(kind, []).append(item)
        main = tuple(groups.pop(_MAIN_KINDS[0], []))
    else:
        main = items
    if main or open_:
        w.paragraph(
            _main_label(ctx, count_items(main) + (2 if open_ else 0)),
            bold=True,
            keep_with_next=True,
        )
        bullets(w, main, ctx.lang, labelled=display == KindDisplay.LABEL)
        for _ in range(_OPEN_MARKERS if open_ else 0):
            w.text(w.bullet(0), OPEN_MARKER)
    for kind in _GROUPS:
        if kind in groups:
            label = t(f"report.kinds.{kind}", ctx.lang, count=count_items(tuple(groups[kind])))
            w.paragraph(label, bold=True, keep_with_next=True)
            bullets(w, tuple(groups[kind]), ctx.lang)


def _main_label(ctx: Context, count: int) -> str:
    practice = ctx.harvest.event.format == EventFormat.PRACTICE_CASES.value
    key = "report.advice" if practice else "report.suggestions"
    return t(f"{key}_one" if count == 1 else key, ctx.lang)


def bullets(w: Writer, items: tuple[Item, ...], lang: str, *, labelled: bool = False) -> None:
    """Add *items* as bullets, replies one level deeper (walked without recursion)."""
    stack = [(item, 0) for item in reversed(items)]
    while stack:
        item, depth = stack.pop()
        _bullet(w, item, min(depth, MAX_DEPTH - 1), lang, labelled)
        stack.extend((reply, depth + 1) for reply in reversed(item.replies))


def _bullet(w: Writer, item: Item, level: int, lang: str, labelled: bool) -> None:
    row = item.row
    paragraph = w.bullet(level)
    if labelled and row.kind in _GROUPS:
        label = t(f"report.kind.{row.kind}", lang)
        if not row.text.lower().startswith(label.lower()):
            w.text(paragraph, f"{label}: ", bold=True)
    w.text(paragraph, row.text, bold=row.highlight)
    if row.remark:
        w.text(paragraph, f" ({t('report.remark', lang)} {row.remark})", italic=True)
    url = web_url(row.link)
    if url and _bare(row.link) not in row.text:
        w.text(paragraph, " ")
        w.link(paragraph, url, row.link)
    if item.duplicates:
        count = 1 + len(item.duplicates)
        w.text(paragraph, f" ({t('report.mentioned', lang, count=count)})", italic=True)


def _bare(address: str) -> str:
    """Return an address without scheme and trailing slash, as people type it in a sentence."""
    for scheme in ("https://", "http://", "mailto:"):
        if address.lower().startswith(scheme):
            address = address[len(scheme) :]
    return address.rstrip("/")


def contribution_counts(ctx: Context) -> list[tuple[str, int]]:
    """Return (label, number of contributions) per theme, then per case without a theme."""
    harvest, rows = ctx.harvest, []
    for block in harvest.themes:
        total = count_items(block.items) + sum(count_items(c.items) for c in block.cases)
        rows.append((short_label(block.theme, harvest.event.format, ctx.lang), total))
    for case_block in harvest.cases:
        label = " ".join(p for p in (case_block.case.kind, case_block.key) if p)
        rows.append((label, count_items(case_block.items)))
    return rows
