"""Page furniture: the running header of every page, as the organiser chose it.

The template's own header stays unless the organiser asks for the meeting's short title. Oogst's
built-in template says "Oogst" in its header; that word follows the report's language.
"""

from __future__ import annotations

from typing import Any

from docx.document import Document
from docx.oxml.ns import qn

from facilitation.core.text import shorten, single_line, xml_safe
from facilitation.harvest.report.content import Harvest
from facilitation.i18n import t
from facilitation.models import HeaderChoice, ReportOptions

BUILTIN_HEADER = "Oogst"
MAX_HEADER_CHARS = 80


def header_text(harvest: Harvest, options: ReportOptions) -> str:
    """Return the short title the header shows: the organiser's, else the meeting's title."""
    return shorten(
        single_line(options.header_text) or single_line(harvest.event.title), MAX_HEADER_CHARS
    )


def running_header(
    document: Document, harvest: Harvest, options: ReportOptions, lang: str, *, builtin: bool
) -> None:
    """Set the header text of every section: the short title, or the template's own."""
    if options.header == HeaderChoice.TITLE:
        _replace_text(document, header_text(harvest, options))
    elif builtin:
        _replace_text(document, t("report.header", lang), only=BUILTIN_HEADER)


def _replace_text(document: Document, text: str, *, only: str | None = None) -> None:
    """Put *text* in the first text run of each header (when *only*: where it says *only*).

    Logos and fields in the header stay; other text in it is emptied.
    """
    for section in document.sections:
        primary = section.header
        for header in (primary, section.first_page_header, section.even_page_header):
            if header.is_linked_to_previous and (only is not None or header is not primary):
                continue  # no header of its own: only the main one is made when asked for
            texts = list(header._element.iter(qn("w:t")))
            if only is not None and "".join(x.text or "" for x in texts).strip() != only:
                continue
            if texts:
                _set(texts, text)
            elif header is primary:  # a header with only a logo gets the text beside it
                header.paragraphs[0].add_run(xml_safe(text))


def _set(texts: list[Any], text: str) -> None:
    texts[0].text = xml_safe(text)
    for other in texts[1:]:
        other.text = ""
