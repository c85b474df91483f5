"""Writing into a python-docx document: styled paragraphs, clickable links, tables, pictures.

Styles are set by id on the XML (``CT_P.style``): assigning ``paragraph.style`` makes python-docx
search every style on each call, which takes seconds for a few thousand bullets.
"""

from __future__ import annotations

import io
import unicodedata
from collections.abc import Sequence
from typing import Any

from docx.document import Document
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph

from facilitation.core.links import split_links
from facilitation.core.text import sanitize, xml_safe
from facilitation.harvest.report import markup
from facilitation.harvest.report.elements import Elements, append_block
from facilitation.harvest.report.styles import (
    BULLETS,
    CAPTION,
    HEADINGS,
    HYPERLINK,
    NORMAL,
    NUMBERS,
    TABLE,
    StyleBook,
)

Container = Any  # the document, or a table cell
# Elements that follow w:bidi inside w:pPr (the schema fixes their order).
_AFTER_BIDI: tuple[str, ...] = (
    "w:adjustRightInd",
    "w:snapToGrid",
    "w:spacing",
    "w:ind",
    "w:contextualSpacing",
    "w:mirrorIndents",
    "w:suppressOverlap",
    "w:jc",
    "w:textDirection",
    "w:rPr",
)


class Writer:
    """Appends report content to one document, in the template's styles."""

    def __init__(self, document: Document, styles: StyleBook) -> None:
        self.document = document
        self.styles = styles
        self._link_ids: dict[str, str] = {}
        self._elements = Elements()

    def paragraph(
        self,
        text: str = "",
        style: str = NORMAL,
        *,
        bold: bool = False,
        italic: bool = False,
        container: Container = None,
        keep_with_next: bool = False,
    ) -> Paragraph:
        """Add a paragraph in *style* with *text* (links in it made clickable).

        *keep_with_next* keeps it on the page of the paragraph after it (headings, labels).
        """
        parent = container or self.document._body
        p = self._elements.paragraph(self.styles.id(style), keep_with_next=keep_with_next)
        append_block(parent._element, p)
        paragraph = Paragraph(p, parent)
        if text:
            self.text(paragraph, text, bold=bold, italic=italic)
        return paragraph

    def heading(self, text: str, level: int) -> Paragraph:
        """Add a heading; *level* 1 to 3 (deeper levels use Heading 3). It never ends a page."""
        style = HEADINGS[min(max(level, 1), len(HEADINGS)) - 1]
        return self.paragraph(text, style, keep_with_next=True)

    def bullet(self, level: int = 0) -> Paragraph:
        """Add an empty bullet at nesting *level* (0 = top; deeper than 2 stays at 2)."""
        return self.paragraph(style=BULLETS[min(level, len(BULLETS) - 1)])

    def text(
        self, paragraph: Paragraph, text: str, *, bold: bool = False, italic: bool = False
    ) -> None:
        """Append *text* as runs; web addresses become real hyperlinks. Text stays text."""
        clean = xml_safe(text)
        if _starts_right_to_left(clean):
            _set_bidi(paragraph)
        for piece, url in split_links(clean):
            if url:
                self.link(paragraph, url, piece, bold=bold, italic=italic)
            elif piece:
                paragraph._p.append(self._elements.run(piece, bold=bold, italic=italic))

    def link(
        self, paragraph: Paragraph, url: str, text: str, *, bold: bool = False, italic: bool = False
    ) -> None:
        """Append a clickable ``w:hyperlink`` to *url* showing *text*."""
        hyperlink = OxmlElement("w:hyperlink")
        hyperlink.set(qn("r:id"), self._relate(paragraph, url))
        hyperlink.set(qn("w:history"), "1")
        style = self.styles.id(HYPERLINK)
        hyperlink.append(
            self._elements.run(xml_safe(text), bold=bold, italic=italic, style_id=style)
        )
        paragraph._p.append(hyperlink)

    def _relate(self, paragraph: Paragraph, url: str) -> str:
        # python-docx's relate_to scans every relationship per call; a dict keeps 5,000 links fast.
        if url not in self._link_ids:
            rels = paragraph.part.rels
            rid = f"rIdOogstLink{len(self._link_ids) + 1}"
            while rid in rels:
                rid += "x"
            rels.add_relationship(RT.HYPERLINK, url, rid, is_external=True)
            self._link_ids[url] = rid
        return self._link_ids[url]

    def prose(self, text: str, *, container: Container = None, lead: str = "") -> Paragraph | None:
        """Add a facilitator's text, its Markdown subset as Word formatting (see markup.py).

        Paragraphs, bold and italic runs, bulleted and numbered lists in the template's list
        styles (numbering restarts per list), hyperlinks. *lead* starts the first paragraph in
        bold ("Inleiding: …"). Returns the last paragraph written (None for an empty text).
        """
        numbers: dict[int, tuple[int, int]] = {}
        paragraph = None
        for block in markup.parse(sanitize(text)):
            if block.kind == "p":
                paragraph = self.paragraph(container=container)
            elif block.kind == "bullet":
                paragraph = self.paragraph(style=BULLETS[block.level], container=container)
            else:
                paragraph = self.paragraph(style=NUMBERS[block.level], container=container)
                if block.list_no not in numbers:
                    numbers[block.list_no] = self.styles.new_list(NUMBERS[block.level], block.start)
                _number(paragraph, *numbers[block.list_no])
            if lead:
                self.text(paragraph, f"{lead}: ", bold=True)
                lead = ""
            self.spans(paragraph, block.spans)
        return paragraph

    def spans(self, paragraph: Paragraph, spans: Sequence[markup.Span]) -> None:
        """Append formatted pieces of text; a piece with a URL becomes a hyperlink."""
        if spans and _starts_right_to_left("".join(span.text for span in spans)):
            _set_bidi(paragraph)
        for span in spans:
            if span.url:
                self.link(paragraph, span.url, span.text, bold=span.bold, italic=span.italic)
            else:
                run = self._elements.run(xml_safe(span.text), bold=span.bold, italic=span.italic)
                paragraph._p.append(run)

    def table(self, header: Sequence[str], widths: Sequence[float] = ()) -> Table:
        """Add a table in 'Table Grid' with a bold header row that repeats on every page.

        *widths* are the columns' shares of the text width (equal when not given).
        """
        table: Table = self.document.add_table(rows=1, cols=len(header))
        table._tbl.tblStyle_val = self.styles.id(TABLE)
        shares = list(widths) or [1 / len(header)] * len(header)
        for column, share in zip(table.columns, shares, strict=True):
            column.width = int(self.text_width() * share)
        row = table.rows[0]
        _keep_row_together(row)
        row._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))
        for cell, title in zip(self.row_cells(table, row), header, strict=True):
            self.text(cell.paragraphs[0], title, bold=True)
        return table

    def row(self, table: Table) -> list[_Cell]:
        """Add a row to *table* and return its cells (their first paragraph is empty).

        A row never breaks across two pages.
        """
        row = table.add_row()
        _keep_row_together(row)
        return self.row_cells(table, row)

    @staticmethod
    def row_cells(table: Table, row: Any) -> list[_Cell]:
        """Return a row's cells with the column widths set on them (Word reads them there)."""
        cells = list(row.cells)
        for cell, column in zip(cells, table.columns, strict=True):
            cell.width = column.width
        return cells

    def text_width(self) -> int:
        """Return the width between the margins of the last section, in EMU (16 cm if unknown)."""
        section = self.document.sections[-1]
        width, left, right = section.page_width, section.left_margin, section.right_margin
        return (
            int(width - left - right)
            if width and left is not None and right is not None
            else int(Cm(16))
        )

    def picture(self, png: bytes, *, width_cm: float, caption: str = "", title: str = "") -> None:
        """Add a picture (PNG bytes) *width_cm* wide, with an optional caption under it.

        *title* is the picture's alternative text (what a screen reader says).
        """
        paragraph = self.paragraph(keep_with_next=bool(caption))
        shape = paragraph.add_run().add_picture(io.BytesIO(png), width=Cm(width_cm))
        if title:
            shape._inline.docPr.set("descr", xml_safe(title))
        if caption:
            self.paragraph(caption, CAPTION)


def _number(paragraph: Paragraph, num_id: int, level: int) -> None:
    num_pr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
    num_pr.get_or_add_ilvl().val = level
    num_pr.get_or_add_numId().val = num_id


def _keep_row_together(row: Any) -> None:
    row._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))


def _starts_right_to_left(text: str) -> bool:
    """Return True when the first letter with a direction is right-to-left (Arabic, Hebrew...)."""
    for char in text:
        direction = unicodedata.bidirectional(char)
        if direction in ("R", "AL"):
            return True
        if direction == "L":
            return False
    return False


def _set_bidi(paragraph: Paragraph) -> None:
    p_pr = paragraph._p.get_or_add_pPr()
    if p_pr.find(qn("w:bidi")) is None:
        p_pr.insert_element_before(OxmlElement("w:bidi"), *_AFTER_BIDI)
