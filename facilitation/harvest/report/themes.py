"""The heart of the report: one numbered section per theme or table, its lettered cases, and the
room's suggestions as bullets (replies nested under what they answer)."""

from __future__ import annotations

from facilitation.core.links import web_url
from facilitation.harvest.report.content import CaseBlock, Harvest, Item, ThemeBlock, count_items
from facilitation.harvest.report.writer import Writer
from facilitation.i18n import t
from facilitation.models import Case, CaseStatus, Event, EventFormat, Theme

OPEN_MARKER = "…"
_OPEN_MARKERS = 2  # the reference harvests end an open list with two '…' bullets
MAX_DEPTH = 3


def theme_heading(theme: Theme, event_format: str, lang: str) -> str:
    """Return 'Thema 1: Title' when the theme has a label, else '1. Title'."""
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


def case_heading(case: Case) -> str:
    """Return 'A. Casus Name' (kind and name as far as they are known)."""
    rest = " ".join(part for part in (case.kind, case.name) if part)
    return f"{case.letter}. {rest}" if rest else f"{case.letter}."


def themes(w: Writer, harvest: Harvest, lang: str) -> None:
    """Add the themes part: its heading and intro, each theme with its cases, loose cases."""
    event = harvest.event
    level = 1
    if event.themes_title:
        w.heading(event.themes_title, 1)
        level = 2
    if event.themes_intro:
        w.prose(event.themes_intro)
    for block in harvest.themes:
        _theme(w, block, event, lang, level)
    for case_block in harvest.cases:
        case_section(w, case_block, event, lang, level)


def _theme(w: Writer, block: ThemeBlock, event: Event, lang: str, level: int) -> None:
    theme = block.theme
    w.heading(theme_heading(theme, event.format, lang), level)
    if theme.description:
        w.prose(theme.description)
    if theme.question and not block.cases:
        _labelled(w, t("report.question", lang), theme.question)
    if theme.synthesis:
        w.prose(theme.synthesis)
    _suggestions(w, block.items, theme.open_for_additions, event, lang)
    for case_block in block.cases:
        case_section(w, case_block, event, lang, level + 1)


def case_section(w: Writer, block: CaseBlock, event: Event, lang: str, level: int) -> None:
    """Add a lettered case: heading, owner/place/link, key question, texts, suggestions, status."""
    case = block.case
    w.heading(case_heading(case), level)
    _case_details(w, case, lang)
    if case.key_question:
        _labelled(w, t("report.key_question", lang), case.key_question)
    for text in (case.description, case.synthesis):
        if text:
            w.prose(text)
    _suggestions(w, block.items, case.open_for_additions, event, lang)
    if case.status != CaseStatus.DISCUSSED.value:
        w.paragraph(case.status_note or t(f"report.status.{case.status}", lang), italic=True)


def _case_details(w: Writer, case: Case, lang: str) -> None:
    rows = [
        (t("report.owner", lang), case.owners, None),
        (t("report.place", lang), case.place, None),
        (t("report.link", lang), case.link, web_url(case.link)),
    ]
    rows = [row for row in rows if row[1]]
    if not rows:
        return
    paragraph = w.paragraph()
    for index, (label, value, url) in enumerate(rows):
        w.text(paragraph, ("\n" if index else "") + f"{label}: ")
        if url:
            w.link(paragraph, url, value)
        else:
            w.text(paragraph, value)


def _labelled(w: Writer, label: str, text: str) -> None:
    paragraph = w.paragraph()
    w.text(paragraph, f"{label}: ", bold=True)
    w.text(paragraph, text)


def _suggestions(w: Writer, items: tuple[Item, ...], open_: bool, event: Event, lang: str) -> None:
    if not items and not open_:
        return
    key = (
        "report.advice"
        if event.format == EventFormat.PRACTICE_CASES.value
        else "report.suggestions"
    )
    w.paragraph(t(key, lang), bold=True)
    bullets(w, items, lang)
    for _ in range(_OPEN_MARKERS if open_ else 0):
        w.text(w.bullet(0), OPEN_MARKER)


def bullets(w: Writer, items: tuple[Item, ...], lang: str) -> None:
    """Add *items* as bullets, replies one level deeper (walked without recursion)."""
    stack = [(item, 0) for item in reversed(items)]
    while stack:
        item, depth = stack.pop()
        _bullet(w, item, min(depth, MAX_DEPTH - 1), lang)
        stack.extend((reply, depth + 1) for reply in reversed(item.replies))


def _bullet(w: Writer, item: Item, level: int, lang: str) -> None:
    row = item.row
    paragraph = w.bullet(level)
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


def contribution_counts(harvest: Harvest, lang: str) -> list[tuple[str, int]]:
    """Return (label, number of contributions) per theme, then per case without a theme."""
    rows = []
    for block in harvest.themes:
        total = count_items(block.items) + sum(count_items(c.items) for c in block.cases)
        rows.append((short_label(block.theme, harvest.event.format, lang), total))
    for case_block in harvest.cases:
        label = " ".join(p for p in (case_block.case.kind, case_block.key) if p)
        rows.append((label, count_items(case_block.items)))
    return rows
