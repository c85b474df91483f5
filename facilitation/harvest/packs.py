"""Feedback packs: per case (pitch, casus) a .docx of its own for the owner — the question, the
room's suggestions and the actions around it — singly or all in one zip."""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass, replace

from facilitation.core.errors import TargetNotFound
from facilitation.harvest.filenames import slug
from facilitation.harvest.report import parts
from facilitation.harvest.report.agenda_part import action_table
from facilitation.harvest.report.builder import BuiltDocument, finish, start_document
from facilitation.harvest.report.content import CaseBlock, Harvest
from facilitation.harvest.report.context import Context
from facilitation.harvest.report.styles import SUBTITLE, TITLE, MissingStyle
from facilitation.harvest.report.themes import case_section
from facilitation.harvest.report.writer import Writer
from facilitation.i18n import normalise_language, t
from facilitation.models import ReportContent


@dataclass(frozen=True)
class PackInfo:
    """One pack as the organiser picks it: the case key ('4B'), who it is for, its file name."""

    key: str
    title: str
    owners: str
    filename: str


def pack_list(harvest: Harvest) -> list[PackInfo]:
    """Return one pack per case of the event, in report order."""
    return [
        PackInfo(b.key, _case_title(b), b.case.owners, _filename(b)) for b in harvest.all_cases()
    ]


def build_pack(
    harvest: Harvest,
    case_key: str,
    *,
    lang: str = "nl",
    template: bytes | None = None,
    template_name: str = "",
) -> BuiltDocument:
    """Return the pack of case *case_key* as a .docx; raises TargetNotFound, InvalidTemplate."""
    lang = normalise_language(lang)
    block = next((b for b in harvest.all_cases() if b.key == case_key), None)
    if block is None:
        raise TargetNotFound(target=case_key)
    w = start_document(template, template_name)
    _front(w, harvest, block, lang)
    # The owner gets the room's suggestions whatever the report prints.
    case_section(w, block, Context(harvest, harvest.options, lang), 1, content=ReportContent.BOTH)
    if not block.items:
        w.paragraph(t("pack.no_suggestions", lang), italic=True)
    _actions(w, harvest, block, lang)
    w.paragraph()  # air between the case and the closing call
    parts.closing(w, harvest)
    return finish(
        w, title=_case_title(block), subject=harvest.event.title, author=block.case.owners
    )


def build_packs_zip(
    harvest: Harvest, *, lang: str = "nl", template: bytes | None = None, template_name: str = ""
) -> BuiltDocument:
    """Return every pack in one zip; the warnings are those of the template (the same for all)."""
    buffer = io.BytesIO()
    warnings: tuple[MissingStyle, ...] = ()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for info in pack_list(harvest):
            built = build_pack(
                harvest, info.key, lang=lang, template=template, template_name=template_name
            )
            archive.writestr(info.filename, built.data)
            warnings = warnings or built.warnings
    return BuiltDocument(buffer.getvalue(), warnings)


def _front(w: Writer, harvest: Harvest, block: CaseBlock, lang: str) -> None:
    event = harvest.event
    w.paragraph(t("pack.title", lang, case=_case_title(block)), TITLE)
    if block.case.owners:
        w.paragraph(t("pack.for", lang, owners=block.case.owners), SUBTITLE)
    day = parts.long_date(event.event_date, lang)
    w.paragraph(
        t("pack.from", lang, event=event.title, date=f", {day}" if day else ""), italic=True
    )


def _actions(w: Writer, harvest: Harvest, block: CaseBlock, lang: str) -> None:
    """Add the agenda's actions that belong to this case, in their kinds' tables."""
    kinds = [
        replace(kind, actions=tuple(a for a in kind.actions if a.case_key == block.key))
        for kind in harvest.agenda
    ]
    kinds = [kind for kind in kinds if kind.actions]
    if kinds:
        w.heading(t("pack.actions", lang), 1)
    for kind in kinds:
        action_table(w, kind, lang)


def _case_title(block: CaseBlock) -> str:
    case = block.case
    return " ".join(part for part in (case.kind, case.name) if part) or block.key


def _filename(block: CaseBlock) -> str:
    """Return 'feedback-4B-de-lamel.docx'."""
    key = re.sub(r"[^A-Za-z0-9]", "", block.key) or "case"
    name = slug(block.case.name)
    return f"feedback-{key}{'-' + name if name else ''}.docx"
