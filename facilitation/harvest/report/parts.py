"""The report's framing parts: title block, definitions, texts, participant list, closing call."""

from __future__ import annotations

import re
from datetime import date

from facilitation.core.text import single_line
from facilitation.harvest.report.content import Harvest
from facilitation.harvest.report.styles import SUBTITLE, TITLE
from facilitation.harvest.report.writer import Writer
from facilitation.i18n import t
from facilitation.models import Event, Section


def long_date(day: date | None, lang: str) -> str:
    """Return '12 februari 2015' (or '12 February 2015'); '' without a date."""
    if day is None:
        return ""
    month = t("report.months", lang).split(",")[day.month - 1]
    return f"{day.day} {month} {day.year}"


def title_block(w: Writer, event: Event, lang: str) -> None:
    """Add the title, subtitle and tagline as written, and a line with date, venue and who.

    Nothing is invented for an empty subtitle; the date is always in the block (in that line,
    unless the title, subtitle or tagline already says it). A venue or organiser the title,
    subtitle or tagline already names ("S2M, Utrecht, 26 januari 2015") is not repeated.
    """
    w.paragraph(event.title, TITLE)
    for line in (event.subtitle, event.tagline):
        if line:
            w.paragraph(line, SUBTITLE)
    said = " ".join((event.title, event.subtitle, event.tagline))
    pieces = (long_date(event.event_date, lang), event.venue, event.organiser)
    who = [piece for piece in pieces if piece and not _names(said, piece)]
    if event.commissioner:
        who.append(t("report.commissioned", lang, who=event.commissioner))
    if who:
        w.paragraph(" · ".join(who), italic=True)


def _names(text: str, part: str) -> bool:
    """Return True when *text* says *part* as words of its own (any case)."""
    return re.search(rf"(?<!\w){re.escape(part)}(?!\w)", text, re.IGNORECASE) is not None


def definitions(w: Writer, harvest: Harvest) -> None:
    """Add each definition as 'Term: ‘definition’'."""
    for definition in harvest.definitions:
        paragraph = w.paragraph()
        if definition.term:
            w.text(paragraph, f"{definition.term}: ", bold=True)
        if definition.text:
            w.text(paragraph, f"‘{single_line(definition.text)}’", italic=True)


def text_block(w: Writer, title: str, text: str, *, heading: bool = True) -> None:
    """Add a heading with the facilitator's text under it (nothing when the text is empty).

    Without *heading* the title leads the first paragraph in bold ("Inleiding: Burgers …").
    """
    if not text.strip():
        return
    if heading:
        w.heading(title, 1)
        w.prose(text)
    else:
        w.prose(text, lead=title)


def sections(w: Writer, rows: list[Section]) -> None:
    """Add free narrative sections: their title as a heading, their body as prose."""
    for section in rows:
        if section.title:
            w.heading(section.title, 1)
        if section.body:
            w.prose(section.body)


def participants(w: Writer, harvest: Harvest, lang: str) -> None:
    """Add the participant list: only people who agreed to be listed."""
    if not harvest.participants:
        return
    w.heading(t("report.participants", lang), 1)
    with_organisation = any(p.organisation for p in harvest.participants)
    header = [t("report.name", lang)]
    if with_organisation:
        header.append(t("report.organisation", lang))
    table = w.table(header)
    for person in harvest.participants:
        cells = w.row(table)
        w.text(cells[0].paragraphs[0], person.name)
        if with_organisation:
            w.text(cells[1].paragraphs[0], person.organisation)
    w.paragraph()


def closing(w: Writer, harvest: Harvest) -> None:
    """Add the closing call and one line per contact (e-mail clickable)."""
    if harvest.event.closing_call:
        last = w.prose(harvest.event.closing_call)
        if last is not None and harvest.contacts:
            last.paragraph_format.keep_with_next = True  # the call stays with whom to call
    for contact in harvest.contacts:
        paragraph = w.paragraph()
        w.text(paragraph, ", ".join(p for p in (contact.name, contact.organisation) if p))
        if contact.email and "@" in contact.email and " " not in contact.email:
            w.text(paragraph, " — " if contact.name or contact.organisation else "")
            w.link(paragraph, f"mailto:{contact.email}", contact.email)
        if contact.phone:
            w.text(paragraph, f" — {contact.phone}" if paragraph.text else contact.phone)
