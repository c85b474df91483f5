"""Write templates_docx/oogst.docx, the default Word template of the harvest report.

Run ``python scripts/make_default_template.py`` after changing the look below and commit the
result. The template defines every style the report uses (see docs/harvest.md), a header and a
footer with page numbers; its body shows each style and is emptied when a report is built.
"""

from __future__ import annotations

import sys
from datetime import UTC, datetime
from pathlib import Path

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from facilitation.harvest.report.styles import STYLE_NAMES  # noqa: E402

OUT = ROOT / "templates_docx" / "oogst.docx"
FONT = "Arial"
GREEN = RGBColor(0x2F, 0x6F, 0x3E)
GREY = RGBColor(0x55, 0x5F, 0x57)
# name: (size in points, bold, italic, colour, space before, space after)
LOOK = {
    "Normal": (10.5, False, False, None, 0, 6),
    "Title": (24, True, False, GREEN, 0, 4),
    "Subtitle": (14, False, True, GREY, 0, 4),
    "Heading 1": (16, True, False, GREEN, 18, 6),
    "Heading 2": (13, True, False, GREEN, 14, 4),
    "Heading 3": (11.5, True, False, GREY, 10, 3),
    "Caption": (9, False, True, GREY, 2, 10),
}


def _font(style, size, bold, italic, colour) -> None:
    """Set the font; theme font attributes are dropped so the named font really applies."""
    rpr = style.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is not None:
        for name in ("asciiTheme", "hAnsiTheme", "eastAsiaTheme", "cstheme"):
            fonts.attrib.pop(qn(f"w:{name}"), None)
    style.font.name = FONT
    style.font.size, style.font.bold, style.font.italic = Pt(size), bold, italic
    if colour is not None:
        style.font.color.rgb = colour


def _styles(document) -> None:
    for name, (size, bold, italic, colour, before, after) in LOOK.items():
        style = document.styles[name]
        _font(style, size, bold, italic, colour)
        style.paragraph_format.space_before = Pt(before)
        style.paragraph_format.space_after = Pt(after)
    _plain(document)
    # Numbered items space as bullets do, so a bullet nested under a number follows it closely.
    for name in ("List Bullet", "List Bullet 2", "List Bullet 3", "List Number", "List Number 2"):
        document.styles[name].paragraph_format.space_after = Pt(2)
    link = document.styles.add_style("Hyperlink", WD_STYLE_TYPE.CHARACTER)
    link.font.color.rgb, link.font.underline = RGBColor(0x05, 0x63, 0xC1), True


def _plain(document) -> None:
    """Drop python-docx's blue rule under Title, its wide letter spacing and Subtitle's numbering."""
    for name in ("Title", "Subtitle"):
        element = document.styles[name].element
        for parent, tag in (
            (element.pPr, "w:pBdr"),
            (element.pPr, "w:numPr"),
            (element.rPr, "w:spacing"),
            (element.rPr, "w:kern"),
        ):
            found = parent.find(qn(tag)) if parent is not None else None
            if found is not None:
                parent.remove(found)


def _header_footer(document) -> None:
    section = document.sections[0]
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    for side in ("left_margin", "right_margin"):
        setattr(section, side, Cm(2.3))
    section.top_margin, section.bottom_margin = Cm(2.2), Cm(2.0)
    header = section.header.paragraphs[0]
    header.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    run = header.add_run("Oogst")
    run.font.size, run.font.color.rgb, run.font.bold = Pt(9), GREEN, True
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    footer._p.append(
        parse_xml(
            f'<w:fldSimple {nsdecls("w")} w:instr="PAGE"><w:r><w:rPr><w:sz w:val="18"/></w:rPr>'
            "<w:t>1</w:t></w:r></w:fldSimple>"
        )
    )


def _specimen(document) -> None:
    """Show each style once, so an organiser opening the template sees what to restyle."""
    for name in STYLE_NAMES:
        if name == "Table Grid":
            table = document.add_table(rows=1, cols=2, style="Table Grid")
            table.rows[0].cells[0].text, table.rows[0].cells[1].text = "Table Grid", "…"
        elif name == "Hyperlink":
            document.add_paragraph().add_run("Hyperlink", style="Hyperlink")
        else:
            document.add_paragraph(name, style=name)


def main() -> None:
    """Write the template file."""
    document = Document()
    _styles(document)
    _header_footer(document)
    _specimen(document)
    properties = document.core_properties
    properties.title, properties.author, properties.last_modified_by = "Oogst", "Oogst", "Oogst"
    properties.created = properties.modified = datetime(2026, 1, 1, tzinfo=UTC)
    properties.revision = 1
    OUT.parent.mkdir(exist_ok=True)
    document.save(str(OUT))
    print(f"written: {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
