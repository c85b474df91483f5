"""Fast construction of the report's most frequent XML: paragraphs and runs.

Building each bullet through python-docx's API costs ~1 ms (every insertion searches the body
for its place, every character of a run goes through a tokenizer). Copying a small prototype
element and appending it before the body's section properties is much cheaper, and 5,000
contributions then fit in the time budget.
"""

from __future__ import annotations

from copy import deepcopy
from typing import Any

from docx.oxml import OxmlElement
from docx.oxml.ns import qn

_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"


class Elements:
    """Prototype copies of ``w:p`` (per style) and ``w:r`` (per bold/italic/character style)."""

    def __init__(self) -> None:
        self._paragraphs: dict[tuple[str, bool], Any] = {}
        self._runs: dict[tuple[bool, bool, str], Any] = {}

    def paragraph(self, style_id: str, *, keep_with_next: bool = False) -> Any:
        """Return a new, detached ``w:p`` in paragraph style *style_id*."""
        key = (style_id, keep_with_next)
        if key not in self._paragraphs:
            p = OxmlElement("w:p")
            p_pr = p.get_or_add_pPr()
            p_pr.get_or_add_pStyle().val = style_id
            if keep_with_next:
                p_pr.get_or_add_keepNext()
            self._paragraphs[key] = p
        return deepcopy(self._paragraphs[key])

    def run(self, text: str, *, bold: bool, italic: bool, style_id: str = "") -> Any:
        """Return a new ``w:r`` holding *text* (tabs and line breaks become Word's own)."""
        key = (bold, italic, style_id)
        if key not in self._runs:
            self._runs[key] = _prototype_run(bold, italic, style_id)
        r = deepcopy(self._runs[key])
        if "\n" in text or "\t" in text:
            r.text = text  # python-docx turns them into w:br and w:tab
            return r
        t = OxmlElement("w:t")
        t.text = text
        if text[:1].isspace() or text[-1:].isspace():
            t.set(_XML_SPACE, "preserve")
        r.append(t)
        return r


def _prototype_run(bold: bool, italic: bool, style_id: str) -> Any:
    r = OxmlElement("w:r")
    if style_id:
        r.style = style_id
    if bold or italic:
        r_pr = r.get_or_add_rPr()
        if bold:
            r_pr.append(OxmlElement("w:b"))
        if italic:
            r_pr.append(OxmlElement("w:i"))
    return r


def append_block(body: Any, element: Any) -> None:
    """Append *element* to a document body (before its section properties) or a table cell."""
    # body[-1] looks at the end only; len(body) would count thousands of children every time.
    try:
        last = body[-1]
    except IndexError:
        last = None
    if last is not None and last.tag == qn("w:sectPr"):
        last.addprevious(element)
    else:
        body.append(element)
