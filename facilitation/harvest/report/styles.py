"""The Word styles the report uses, looked up by name in the template, with a fallback for each.

An organiser's template (saved by Word) often lacks built-in styles it never used, e.g. 'List
Bullet 2' or 'Hyperlink'. A missing style is added to the document with plain formatting based on
'Normal' (headings keep their outline level, bullet lists get real bullets), and a warning names
it, so the report still builds and the organiser knows what to add to the template.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from docx.document import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, RGBColor

from facilitation.i18n import t

TITLE, SUBTITLE, NORMAL, CAPTION = "Title", "Subtitle", "Normal", "Caption"
HEADINGS = ("Heading 1", "Heading 2", "Heading 3")
BULLETS = ("List Bullet", "List Bullet 2", "List Bullet 3")
NUMBERS = ("List Number", "List Number 2")
HYPERLINK, TABLE = "Hyperlink", "Table Grid"

# name: (font size in points, bold, italic) of the stand-in when a template lacks the style
_PARAGRAPH_LOOK: dict[str, tuple[float | None, bool, bool]] = {
    NORMAL: (None, False, False),
    TITLE: (26, True, False),
    SUBTITLE: (15, False, True),
    HEADINGS[0]: (16, True, False),
    HEADINGS[1]: (13, True, False),
    HEADINGS[2]: (11.5, True, False),
    CAPTION: (9, False, True),
    **{name: (None, False, False) for name in (*BULLETS, *NUMBERS)},
}
STYLE_NAMES: tuple[str, ...] = (*_PARAGRAPH_LOOK, HYPERLINK, TABLE)
_BULLET_CHARS = ("•", "◦", "▪")
_NUMBER_FORMATS = (("decimal", "%1."), ("lowerLetter", "%2."))
_BORDERS = "".join(
    f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="808080"/>'
    for side in ("top", "left", "bottom", "right", "insideH", "insideV")
)


@dataclass(frozen=True)
class MissingStyle:
    """A style the template lacks; the report used a plain stand-in."""

    style: str

    def message(self, lang: str = "nl") -> str:
        """Return the warning shown to the organiser in *lang*."""
        return t("report.warn.missing_style", lang, style=self.style)


def missing_styles(document: Document) -> list[MissingStyle]:
    """Return the report styles *document* (a template) does not define."""
    return [MissingStyle(name) for name in STYLE_NAMES if name not in document.styles]


class StyleBook:
    """Style ids of one document by name, adding a fallback for each missing style once."""

    def __init__(self, document: Document) -> None:
        self._document = document
        self._ids: dict[str, str] = {}
        self._bullets_num_id: int | None = None
        self._numbers_abstract_id: int | None = None
        self.missing: list[MissingStyle] = []

    def id(self, name: str) -> str:
        """Return the style id for *name*, adding a stand-in style when the template lacks it."""
        if name not in self._ids:
            styles = self._document.styles
            if name not in styles:
                self.missing.append(MissingStyle(name))
                self._add(name)
            self._ids[name] = styles[name].style_id
        return self._ids[name]

    def _add(self, name: str) -> None:
        if name == HYPERLINK:
            style = self._document.styles.add_style(name, WD_STYLE_TYPE.CHARACTER)
            style.font.color.rgb, style.font.underline = RGBColor(0x05, 0x63, 0xC1), True
            return
        if name == TABLE:
            style = self._document.styles.add_style(name, WD_STYLE_TYPE.TABLE)
            style.element.append(
                parse_xml(
                    f"<w:tblPr {nsdecls('w')}><w:tblBorders>{_BORDERS}</w:tblBorders></w:tblPr>"
                )
            )
            return
        style = self._document.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        if name != NORMAL:
            self.id(NORMAL)
            style.base_style = self._document.styles[NORMAL]
        size, bold, italic = _PARAGRAPH_LOOK[name]
        style.font.size = Pt(size) if size else None
        style.font.bold, style.font.italic = bold or None, italic or None
        if name in HEADINGS:
            self._heading(style, HEADINGS.index(name))
        elif name in BULLETS:
            self._bullet(style, BULLETS.index(name))
        elif name in NUMBERS:
            num_pr = style.element.get_or_add_pPr().get_or_add_numPr()
            num_pr.get_or_add_ilvl().val = NUMBERS.index(name)
            num_pr.get_or_add_numId().val = (
                self._numbering().add_num(self._numbers_abstract()).numId
            )

    @staticmethod
    def _heading(style: Any, level: int) -> None:
        style.paragraph_format.keep_with_next = True
        style.paragraph_format.space_before = Pt(12)
        outline = style.element.get_or_add_pPr()
        outline.append(parse_xml(f'<w:outlineLvl {nsdecls("w")} w:val="{level}"/>'))

    def _bullet(self, style: Any, level: int) -> None:
        num_pr = style.element.get_or_add_pPr().get_or_add_numPr()
        num_pr.get_or_add_ilvl().val = level
        num_pr.get_or_add_numId().val = self._bullet_numbering()

    def _bullet_numbering(self) -> int:
        """Return the id of a three-level bullet list added to the document's numbering."""
        if self._bullets_num_id is None:
            abstract_id = self._add_abstract(_abstract_bullets)
            self._bullets_num_id = self._numbering().add_num(abstract_id).numId
        return self._bullets_num_id

    def _numbers_abstract(self) -> int:
        """Return the id of a two-level numbered list (1. and a.) added to the numbering."""
        if self._numbers_abstract_id is None:
            self._numbers_abstract_id = self._add_abstract(_abstract_numbers)
        return self._numbers_abstract_id

    def _numbering(self) -> Any:
        return self._document.part.numbering_part.element

    def _add_abstract(self, xml: Any) -> int:
        numbering = self._numbering()
        ids = [int(a.get(qn("w:abstractNumId"))) for a in numbering.findall(qn("w:abstractNum"))]
        abstract_id = max(ids, default=-1) + 1
        abstract = parse_xml(xml(abstract_id))
        first_num = numbering.find(qn("w:num"))
        if first_num is not None:
            first_num.addprevious(abstract)  # the schema puts every abstractNum before the nums
        else:
            numbering.append(abstract)
        return abstract_id

    def new_list(self, name: str, start: int) -> tuple[int, int]:
        """Return (numId, level) for a new numbered list in style *name* that starts at *start*.

        Each list gets its own ``w:num`` on the style's numbering with a start override, so
        numbering restarts at every list instead of running on through the document.
        """
        self.id(name)  # adds the stand-in (with numbering) when the template lacks the style
        abstract_id, level = self._style_numbering(name)
        num = self._numbering().add_num(abstract_id)
        num.add_lvlOverride(ilvl=level).add_startOverride(max(0, min(start, 32767)))
        return num.numId, level

    def _style_numbering(self, name: str) -> tuple[int, int]:
        """Return (abstractNumId, level) of the numbering a list style uses (ours if it has none)."""
        p_pr = self._document.styles[name].element.pPr
        num_pr = p_pr.numPr if p_pr is not None else None
        if num_pr is not None and num_pr.numId is not None:
            try:
                num = self._numbering().num_having_numId(num_pr.numId.val)
            except KeyError:
                num = None
            if num is not None:
                return num.abstractNumId.val, num_pr.ilvl.val if num_pr.ilvl is not None else 0
        return self._numbers_abstract(), NUMBERS.index(name) if name in NUMBERS else 0


def _abstract_numbers(abstract_id: int) -> str:
    levels = "".join(
        f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
        f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
        f'<w:pPr><w:ind w:left="{360 * (i + 2)}" w:hanging="360"/></w:pPr></w:lvl>'
        for i, (fmt, text) in enumerate(_NUMBER_FORMATS)
    )
    return (
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{abstract_id}">'
        f'<w:multiLevelType w:val="hybridMultilevel"/>{levels}</w:abstractNum>'
    )


def _abstract_bullets(abstract_id: int) -> str:
    levels = "".join(
        f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="bullet"/>'
        f'<w:lvlText w:val="{char}"/><w:lvlJc w:val="left"/>'
        f'<w:pPr><w:ind w:left="{360 * (i + 2)}" w:hanging="360"/></w:pPr></w:lvl>'
        for i, char in enumerate(_BULLET_CHARS)
    )
    return (
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{abstract_id}">'
        f'<w:multiLevelType w:val="hybridMultilevel"/>{levels}</w:abstractNum>'
    )
