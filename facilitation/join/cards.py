"""Printable table cards: one page per table/case with number, theme, question, QR and URL."""

from __future__ import annotations

import io

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt, RGBColor

from facilitation.core.codes import display_join_code
from facilitation.core.text import sanitize
from facilitation.i18n import t
from facilitation.join.qr import join_url, qr_png
from facilitation.meeting.targets import Target, target_label, target_question, target_title
from facilitation.models import Event

GREEN = RGBColor(0x2F, 0x6F, 0x3E)


def table_cards(event: Event, targets: list[Target], base_url: str, lang: str = "nl") -> bytes:
    """Return a .docx with one A4-landscape card per target (and one for the whole event)."""
    document = Document()
    section = document.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Cm(29.7), Cm(21.0)
    for margin in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, margin, Cm(1.5))
    _card(document, event, None, base_url, lang)
    for target in targets:
        document.add_page_break()
        _card(document, event, target, base_url, lang)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _card(document: object, event: Event, target: Target | None, base_url: str, lang: str) -> None:
    url = join_url(base_url, event.code, target)
    label = target_label(target, event.format, lang) if target else t("cards.whole_event", lang)
    title = target_title(target) if target else event.title
    question = target_question(target) if target else event.subtitle
    _line(document, sanitize(event.title), size=14, color=GREEN)
    _line(document, sanitize(label), size=44, bold=True, color=GREEN)
    _line(document, sanitize(title), size=28, bold=True)
    if question:
        _line(document, sanitize(question), size=18, italic=True)
    picture = document.add_paragraph()  # type: ignore[attr-defined]
    picture.alignment = WD_ALIGN_PARAGRAPH.CENTER
    picture.add_run().add_picture(io.BytesIO(qr_png(url)), width=Cm(7.5))
    _line(document, t("cards.scan", lang), size=14, center=True)
    _line(document, url, size=16, bold=True, center=True)
    _line(document, t("cards.code", lang, code=display_join_code(event.code)), size=14, center=True)


def _line(
    document: object,
    text: str,
    *,
    size: int,
    bold: bool = False,
    italic: bool = False,
    color: RGBColor | None = None,
    center: bool = False,
) -> None:
    paragraph = document.add_paragraph()  # type: ignore[attr-defined]
    paragraph.paragraph_format.space_after = Pt(4)
    if center:
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = paragraph.add_run(text)
    run.font.size, run.font.bold, run.font.italic = Pt(size), bold, italic
    if color is not None:
        run.font.color.rgb = color
