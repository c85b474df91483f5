"""The harvest report: a .docx on the organiser's template, in the order of the reference harvests.

Title block · definitions · opening sections · introduction and background · narrative sections
· one numbered section per theme (synthesis, suggestions as bullets, lettered cases, status
notes, the count chart after the themes' heading) · action agenda tables · participant list ·
closing call.

The report is a sequence of parts (``PARTS``). The organiser switches a part off by its key in
``ReportOptions.parts``; a new kind of section (scans, polls) plugs in with ``add_part`` and
appears in the editor's list of parts with its label.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass

from facilitation.core.text import xml_safe
from facilitation.harvest.report import parts
from facilitation.harvest.report.agenda_part import agenda
from facilitation.harvest.report.content import Harvest
from facilitation.harvest.report.context import Context
from facilitation.harvest.report.furniture import running_header
from facilitation.harvest.report.styles import MissingStyle, StyleBook
from facilitation.harvest.report.template import open_template
from facilitation.harvest.report.themes import themes
from facilitation.harvest.report.writer import Writer
from facilitation.i18n import normalise_language, t
from facilitation.models import ChartChoice, ReportOptions, SectionPlacement


@dataclass(frozen=True)
class BuiltDocument:
    """A finished .docx and the styles its template lacked (each replaced by a stand-in)."""

    data: bytes
    warnings: tuple[MissingStyle, ...] = ()


@dataclass(frozen=True)
class ReportPart:
    """One part of the report: *write* adds it; *label* (a catalogue key) makes it switchable."""

    key: str
    write: Callable[[Writer, Context], None]
    label: str = ""
    default: bool = True

    def switchable(self) -> bool:
        """Return True when the organiser may leave this part out."""
        return bool(self.label)


def _intro(w: Writer, ctx: Context) -> None:
    event, heading = ctx.harvest.event, ctx.options.intro_headings
    parts.text_block(
        w, event.intro_title or t("report.intro", ctx.lang), event.intro, heading=heading
    )
    title = event.background_title or t("report.background", ctx.lang)
    parts.text_block(w, title, event.background, heading=heading)


def _sections(placement: SectionPlacement) -> Callable[[Writer, Context], None]:
    def write(w: Writer, ctx: Context) -> None:
        parts.sections(w, ctx.harvest.sections_at(placement.value))

    return write


PARTS: tuple[ReportPart, ...] = (
    ReportPart("title", lambda w, ctx: parts.title_block(w, ctx.harvest.event, ctx.lang)),
    ReportPart(
        "definitions", lambda w, ctx: parts.definitions(w, ctx.harvest), "report.part.definitions"
    ),
    ReportPart("sections_before_intro", _sections(SectionPlacement.BEFORE_INTRO)),
    ReportPart("intro", _intro),
    ReportPart("sections_before", _sections(SectionPlacement.BEFORE_THEMES)),
    ReportPart("themes", themes),
    ReportPart("sections_after_themes", _sections(SectionPlacement.AFTER_THEMES)),
    ReportPart("agenda", agenda, "report.part.agenda"),
    ReportPart("sections_after_agenda", _sections(SectionPlacement.AFTER_AGENDA)),
    ReportPart(
        "participants",
        lambda w, ctx: parts.participants(w, ctx.harvest, ctx.lang),
        "report.part.participants",
    ),
    ReportPart("closing", lambda w, ctx: parts.closing(w, ctx.harvest), "report.part.closing"),
)


def add_part(part: ReportPart, *, after: str) -> None:
    """Add a kind of section to every report, right after the part keyed *after*.

    Raises KeyError when there is no such part or the key is taken.
    """
    global PARTS
    keys = [p.key for p in PARTS]
    if part.key in keys:
        raise KeyError(part.key)
    index = keys.index(after) + 1
    PARTS = (*PARTS[:index], part, *PARTS[index:])


def switchable_parts() -> list[ReportPart]:
    """Return the parts the organiser may leave out, in report order."""
    return [part for part in PARTS if part.switchable()]


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
    options: ReportOptions | None = None,
) -> BuiltDocument:
    """Return the harvest report of *harvest* as a .docx in *lang* on *template*.

    *options* override the organiser's stored choices; *charts* False leaves every chart out.
    Raises InvalidTemplate or TemplateTooLarge for an unusable template.
    """
    lang = normalise_language(lang)
    options = options or harvest.options
    if not charts:
        options = options.model_copy(update={"count_chart": ChartChoice.NEVER, "vote_chart": False})
    w = start_document(template, template_name)
    running_header(w.document, harvest, options, lang, builtin=template is None)
    ctx = Context(harvest, options, lang)
    for part in PARTS:
        if not part.switchable() or options.shows(part.key, part.default):
            part.write(w, ctx)
    event = harvest.event
    return finish(w, title=event.title, subject=event.subtitle, author=event.organiser)


__all__ = [
    "BuiltDocument",
    "ReportPart",
    "add_part",
    "build_report",
    "finish",
    "start_document",
    "switchable_parts",
]
