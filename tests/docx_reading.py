"""Reading a generated .docx back with python-docx, as plain values tests can compare."""

from __future__ import annotations

import io
from dataclasses import dataclass

from docx import Document
from docx.document import Document as DocumentObject
from docx.oxml.ns import qn
from docx.table import Table
from docx.text.paragraph import Paragraph

BULLET_LEVEL = {"List Bullet": 0, "List Bullet 2": 1, "List Bullet 3": 2}


@dataclass
class Read:
    document: DocumentObject

    @property
    def blocks(self) -> list[Paragraph | Table]:
        """Body paragraphs and tables in document order."""
        return list(self.document.iter_inner_content())

    @property
    def paragraphs(self) -> list[Paragraph]:
        return self.document.paragraphs

    def styled(self) -> list[tuple[str, str]]:
        """Return (style name, text) for every body paragraph."""
        return [(p.style.name, p.text) for p in self.paragraphs]

    def headings(self) -> list[tuple[int, str]]:
        """Return (level, text) of every heading, in order."""
        return [
            (int(p.style.name.split()[-1]), p.text)
            for p in self.paragraphs
            if p.style.name.startswith("Heading")
        ]

    def texts(self, style: str | None = None) -> list[str]:
        return [p.text for p in self.paragraphs if style is None or p.style.name == style]

    def bullets(self) -> list[tuple[int, str]]:
        """Return (nesting level, text) of every bullet paragraph."""
        return [
            (BULLET_LEVEL[p.style.name], p.text)
            for p in self.paragraphs
            if p.style.name in BULLET_LEVEL
        ]

    def section(self, heading: str) -> list[Paragraph]:
        """Return the paragraphs after the heading *heading* up to the next heading."""
        found, result = False, []
        for p in self.paragraphs:
            if p.style.name.startswith("Heading"):
                if found:
                    break
                found = p.text == heading
            elif found:
                result.append(p)
        assert found, f"no heading {heading!r}"
        return result

    def tables(self) -> list[list[list[str]]]:
        """Return every table as rows of cell texts."""
        return [[[c.text for c in row.cells] for row in t.rows] for t in self.document.tables]

    def links(self) -> list[tuple[str, str]]:
        """Return (text, url) of every real w:hyperlink, in body paragraphs and table cells."""
        found = []
        for paragraph in self._all_paragraphs():
            found += [(h.text, h.url) for h in paragraph.hyperlinks]
        return found

    def _all_paragraphs(self) -> list[Paragraph]:
        result = list(self.paragraphs)
        for table in self.document.tables:
            for row in table.rows:
                for cell in row.cells:
                    result += cell.paragraphs
        return result

    def images(self) -> list[bytes]:
        """Return the bytes of every picture placed in the body."""
        blips = self.document.element.body.iter(qn("a:blip"))
        part = self.document.part
        return [part.related_parts[b.get(qn("r:embed"))].blob for b in blips]


def read_docx(data: bytes) -> Read:
    """Return the document in *data*, opened with python-docx."""
    return Read(Document(io.BytesIO(data)))
