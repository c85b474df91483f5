"""The harvest report: a .docx on the organiser's template, in the order of the reference harvests.

Title block · definitions · introduction and background · narrative sections · one numbered
section per theme (synthesis, suggestions as bullets, lettered cases, status notes) · chart ·
action agenda tables · participant list · closing call with contacts.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from facilitation.core.text import xml_safe
from facilitation.harvest.report import parts
from facilitation.harvest.report.agenda_part import agenda, has_agenda
from facilitation.harvest.report.content import Harvest
from facilitation.harvest.report.figures import WIDTH_CM, counts_png
from facilitation.harvest.report.styles import MissingStyle, StyleBook
from facilitation.harvest.report.template import open_template
from facilitation.harvest.report.themes import contribution_counts, themes
from facilitation.harvest.report.writer import Writer
from facilitation.i18n import normalise_language, t
from facilitation.models import SectionPlacement


@dataclass(frozen=True)
class BuiltDocument:
    """A finished .docx and the styles its template lacked (each replaced by a stand-in)."""

    data: bytes
    warnings: tuple[MissingStyle, ...] = ()


def start_document(template: bytes | None, template_name: str = "") -> Writer:
    """Return a writer on an emptied copy of *template* (None: the default template).

    Raises InvalidTemplate or TemplateTooLarge.
    """
    document = open_template(template, filename=template_name)
    return Writer(document, StyleBook(document))


def finish(w: Writer, *, title: str, subject: str, author: str = "") -> BuiltDocument:
    """Return the document's bytes with its title, subject and author set."""
    properties = w.document.core_properties
    properties.title, properties.subject = xml_safe(title)[:255], xml_safe(subject)[:255]
    if author:
        properties.author = xml_safe(author)[:255]
    buffer = io.BytesIO()
    w.document.save(buffer)
    return BuiltDocument(buffer.getvalue(), tuple(w.styles.missing))


def build_report(
    harvest: Harvest,
    *,
    lang: str = "nl",
    template: bytes | None = None,
    template_name: str = "",
    charts: bool = True,
) -> BuiltDocument:
    """Return the harvest report of *harvest* as a .docx in *lang* on *template*.

    Raises InvalidTemplate or TemplateTooLarge for an unusable template.
    """
    lang = normalise_language(lang)
    w = start_document(template, template_name)
    _front(w, harvest, lang)
    themes(w, harvest, lang)
    if charts:
        _counts_chart(w, harvest, lang)
    parts.sections(w, harvest.sections_at(SectionPlacement.AFTER_THEMES.value))
    if has_agenda(harvest):
        agenda(w, harvest, lang, charts=charts)
    elif harvest.event.invitation:
        w.paragraph(harvest.event.invitation, bold=True)
    parts.sections(w, harvest.sections_at(SectionPlacement.AFTER_AGENDA.value))
    parts.participants(w, harvest, lang)
    parts.closing(w, harvest)
    event = harvest.event
    return finish(w, title=event.title, subject=event.subtitle, author=event.organiser)


def _front(w: Writer, harvest: Harvest, lang: str) -> None:
    event = harvest.event
    parts.title_block(w, event, lang)
    parts.definitions(w, harvest)
    parts.text_block(w, event.intro_title or t("report.intro", lang), event.intro)
    parts.text_block(w, event.background_title or t("report.background", lang), event.background)
    parts.sections(w, harvest.sections_at(SectionPlacement.BEFORE_THEMES.value))


def _counts_chart(w: Writer, harvest: Harvest, lang: str) -> None:
    rows = contribution_counts(harvest, lang)
    if len(rows) > 1 and any(count for _, count in rows):
        title = t(f"report.chart.{harvest.event.format}", lang)
        w.picture(counts_png(rows), width_cm=WIDTH_CM, caption=title)


__all__ = ["BuiltDocument", "build_report", "finish", "start_document"]
