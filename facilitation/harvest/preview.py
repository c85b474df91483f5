"""The preview of the harvest: the .docx itself rendered to HTML, so the page shows what prints.

The report is built exactly as for the download, then ``mammoth`` turns its Word structure into
HTML: headings, paragraphs, bold and italic runs, bulleted and numbered lists, tables, hyperlinks
and the charts as data: URIs. Mammoth escapes the text; its output then passes an allow-list of
tags and attributes here (links only to http, https and mailto, pictures only as PNG or JPEG data
URIs), so nothing a participant typed can become markup on the facilitator's page.

Mammoth reads every part of the package; a template's styles part lists hundreds of styles the
report never uses, so the preview hands it a copy with only the styles in use (the document's
look in the preview comes from the page's own stylesheet anyway).
"""

from __future__ import annotations

import html
import io
import re
import zipfile
from html.parser import HTMLParser

import mammoth
from lxml import etree

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_USED_STYLE = re.compile(rb'<w:(?:pStyle|rStyle|tblStyle) w:val="([^"]+)"')
_DROPPED_PARTS = ("word/stylesWithEffects.xml", "docProps/thumbnail.jpeg")
STYLE_MAP = """
p[style-name='Title'] => h1.doc-title:fresh
p[style-name='Subtitle'] => p.doc-subtitle:fresh
p[style-name='Heading 1'] => h2:fresh
p[style-name='Heading 2'] => h3:fresh
p[style-name='Heading 3'] => h4:fresh
p[style-name='Caption'] => p.doc-caption:fresh
"""
_TAGS = {
    "h1", "h2", "h3", "h4", "p", "strong", "em", "u", "s", "sub", "sup", "br",
    "ul", "ol", "li", "table", "thead", "tbody", "tr", "th", "td", "a", "img",
}  # fmt: skip
_VOID = {"br", "img"}
_CLASSES = {"doc-title", "doc-subtitle", "doc-caption"}
_SAFE_HREF = re.compile(r"^(?:https?://|mailto:)[^\s\"'<>]+$", re.IGNORECASE)
_SAFE_IMAGE = re.compile(r"^data:image/(?:png|jpeg);base64,[A-Za-z0-9+/=]+$")


def docx_to_html(data: bytes) -> str:
    """Return the report *data* (.docx bytes) as safe HTML: headings, lists, tables, pictures."""
    result = mammoth.convert_to_html(io.BytesIO(slim(data)), style_map=STYLE_MAP)
    return sanitize_html(result.value)


def slim(data: bytes) -> bytes:
    """Return the package with only the styles the body uses (and their bases), for speed."""
    with zipfile.ZipFile(io.BytesIO(data)) as source:
        body = source.read("word/document.xml")
        used = {m.group(1).decode() for m in _USED_STYLE.finditer(body)} | {"Normal"}
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
            for info in source.infolist():
                if info.filename in _DROPPED_PARTS:
                    continue
                content = source.read(info.filename)
                if info.filename == "word/styles.xml":
                    content = _used_styles(content, used)
                target.writestr(info, content)
    return out.getvalue()


def _used_styles(xml: bytes, used: set[str]) -> bytes:
    root = etree.fromstring(xml)  # our own package, just built
    styles = {s.get(f"{{{_W}}}styleId"): s for s in root.iter(f"{{{_W}}}style")}
    keep, todo = set(), list(used)
    while todo:  # a style keeps the styles it is based on
        style_id = todo.pop()
        if style_id in keep or style_id not in styles:
            continue
        keep.add(style_id)
        based = styles[style_id].find(f"{{{_W}}}basedOn")
        if based is not None:
            todo.append(based.get(f"{{{_W}}}val"))
    for child in list(root):
        if child.tag == f"{{{_W}}}latentStyles" or (
            child.tag == f"{{{_W}}}style" and child.get(f"{{{_W}}}styleId") not in keep
        ):
            root.remove(child)
    return bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True))


def sanitize_html(source: str) -> str:
    """Return *source* rebuilt from allowed tags and attributes only, all text escaped."""
    cleaner = _Cleaner()
    cleaner.feed(source)
    cleaner.close()
    return "".join(cleaner.out)


class _Cleaner(HTMLParser):
    """Rebuilds HTML from an allow-list; anything else is dropped, its text kept as text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.open: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in _TAGS:
            return
        kept = "".join(f' {name}="{html.escape(value)}"' for name, value in _attributes(tag, attrs))
        self.out.append(f"<{tag}{kept}>")
        if tag not in _VOID:
            self.open.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in _TAGS and tag not in _VOID and tag in self.open:
            while self.open:
                closing = self.open.pop()
                self.out.append(f"</{closing}>")
                if closing == tag:
                    break

    def handle_data(self, data: str) -> None:
        self.out.append(html.escape(data, quote=False))

    def close(self) -> None:
        super().close()
        self.out.extend(f"</{tag}>" for tag in reversed(self.open))
        self.open.clear()


def _attributes(tag: str, attrs: list[tuple[str, str | None]]) -> list[tuple[str, str]]:
    kept: list[tuple[str, str]] = []
    for name, value in attrs:
        value = value or ""
        if tag == "a" and name == "href" and _SAFE_HREF.match(value):
            kept += [("href", value), ("target", "_blank"), ("rel", "noopener noreferrer")]
        elif tag == "img" and name == "src" and _SAFE_IMAGE.match(value):
            kept.append(("src", value))
        elif tag == "img" and name == "alt":
            kept.append(("alt", value))
        elif name == "class" and value in _CLASSES:
            kept.append(("class", value))
        elif tag in ("td", "th") and name in ("colspan", "rowspan") and value.isdigit():
            kept.append((name, value))
    return kept
