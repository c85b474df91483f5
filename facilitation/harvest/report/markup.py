"""The small Markdown subset of the facilitator's long texts (synthesis, description, intro,
sections, closing call), parsed into blocks the report writes as real Word formatting.

Supported: paragraphs (a blank line between them; one newline stays a line break), ``**bold**``,
``*italic*``, bulleted lists (``-``, ``*``, ``+``, ``•``) and numbered lists (``1.`` or ``1)``),
nested one level by indenting two or more spaces, ``[text](https://…)`` links, ``<https://…>``
and bare web or e-mail addresses, and ``\\*`` for a literal character.

Nothing else is markup: HTML stays the characters that were typed, an unclosed ``**`` stays two
stars, a link to anything but http(s), mailto or www. stays its typed text, deeper nesting is
printed at the deepest supported level. The parser never fails and never drops a character that
is not markup.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass

from facilitation.core.links import split_links, web_url

MAX_LEVEL = 1  # two levels of lists: top and one nested
# An item's marker, then its text (an empty item keeps its bullet or number).
_BULLET = re.compile(r"^(?P<indent>[ \t]*)[-*+•](?:[ \t]+(?P<text>.*))?$")
_NUMBER = re.compile(r"^(?P<indent>[ \t]*)(?P<number>\d{1,9})[.)](?:[ \t]+(?P<text>.*))?$")
# Inline markup, found left to right; emphasis closes at the next valid closing mark.
_INLINE = re.compile(
    r"\\(?P<escaped>[\\`*_{}\[\]()#+\-.!<>~|])"
    r"|\[(?P<label>[^\[\]\n]{1,500})\]\((?P<target>[^()\s]{1,2000})\)"
    r"|<(?P<auto>(?:https?://|mailto:|www\.)[^<>\s]{1,2000})>"
    r"|(?P<stars>\*\*?)"
)
_BOLD_CLOSE = re.compile(r"(?<=[^\s\\*])\*\*")
_ITALIC_CLOSE = re.compile(r"(?<=[^\s\\*])\*(?![*\w])")
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63})+(?![\w@])")


@dataclass(frozen=True)
class Span:
    """A piece of text in one formatting; *url* makes it a hyperlink."""

    text: str
    bold: bool = False
    italic: bool = False
    url: str | None = None


@dataclass(frozen=True)
class Block:
    """A paragraph, or one list item: *kind* 'p', 'bullet' or 'number'.

    List items of one list share *list_no* (numbering restarts with a new number), *start* is
    the first number of a numbered list.
    """

    kind: str
    spans: tuple[Span, ...]
    level: int = 0
    list_no: int = 0
    start: int = 1


def parse(text: str) -> list[Block]:
    """Return the blocks of *text* (already sanitised: ``\\n`` line breaks, no controls)."""
    return list(_Blocks().read(text))


class _Blocks:
    """Groups lines into paragraphs and list items, numbering each list as it starts."""

    def __init__(self) -> None:
        self.lists = 0
        self.open: dict[int, tuple[str, int]] = {}  # level -> (kind, list number) of open lists

    def read(self, text: str) -> Iterator[Block]:
        lines: list[str] = []
        item: tuple[str, int, int, int] | None = None  # kind, level, list number, start
        for line in text.split("\n"):
            marker = _list_marker(line)
            if marker is not None:
                yield from self._flush(lines, item)
                kind, level, start, rest = marker
                item = (kind, level, self._list(kind, level), start)
                lines = [rest]
            elif not line.strip():  # ends a paragraph or an item; a list goes on after it
                yield from self._flush(lines, item)
                lines, item = [], None
            else:  # a line of the paragraph, or the next line of the item (a line break)
                if item is None and not lines:
                    self.open.clear()  # a paragraph between two lists: the next one restarts
                lines.append(line.strip() if item is not None else line)
        yield from self._flush(lines, item)

    def _list(self, kind: str, level: int) -> int:
        """Return the list number for an item: the open list of that kind and level, or a new one."""
        for deeper in [lvl for lvl in self.open if lvl > level]:
            del self.open[deeper]
        current = self.open.get(level)
        if current is None or current[0] != kind:
            self.lists += 1
            self.open[level] = (kind, self.lists)
        return self.open[level][1]

    @staticmethod
    def _flush(lines: list[str], item: tuple[str, int, int, int] | None) -> Iterator[Block]:
        if item is None:
            if any(line.strip() for line in lines):
                yield Block("p", inline("\n".join(lines)))
            return
        kind, level, list_no, start = item
        yield Block(kind, inline("\n".join(lines).strip()), level, list_no, start)


def _list_marker(line: str) -> tuple[str, int, int, str] | None:
    """Return (kind, level, start number, text) when *line* starts a list item."""
    for kind, pattern in (("bullet", _BULLET), ("number", _NUMBER)):
        match = pattern.match(line)
        if match:
            indent = len(match.group("indent").expandtabs(4))
            level = min(indent // 2, MAX_LEVEL)
            start = int(match.group("number")) if kind == "number" else 1
            return kind, level, start, match.group("text") or ""
    return None


def inline(text: str, *, bold: bool = False, italic: bool = False) -> tuple[Span, ...]:
    """Return the spans of one paragraph's text: emphasis, links, plain text."""
    closers = _Closers(text)
    spans: list[Span] = []
    plain_from = position = 0
    while (match := _INLINE.search(text, position)) is not None:
        stars = match.group("stars")
        end = closers.emphasis(match.start(), stars) if stars else match.end()
        if end is None:  # a star that opens nothing stays a star
            position = match.end()
            continue
        spans += _plain(text[plain_from : match.start()], bold, italic)
        if stars:
            inner = text[match.start() + len(stars) : end - len(stars)]
            double = len(stars) == 2
            spans += inline(inner, bold=bold or double, italic=italic or not double)
        else:
            spans += _markup(match, bold, italic)
        plain_from = position = end
    spans += _plain(text[plain_from:], bold, italic)
    return tuple(spans)


class _Closers:
    """Where ``**`` and ``*`` may close emphasis in one text, found once (linear on odd input)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.bold = [m.start() for m in _BOLD_CLOSE.finditer(text)] if "**" in text else []
        self.italic = [m.start() for m in _ITALIC_CLOSE.finditer(text)] if "*" in text else []

    def emphasis(self, start: int, stars: str) -> int | None:
        """Return the end of the emphasis opened by *stars* at *start*, or None."""
        after = self.text[start + len(stars) : start + len(stars) + 1]
        if not after or after.isspace() or after == "*":
            return None
        if (
            len(stars) == 1
            and start
            and (self.text[start - 1].isalnum() or self.text[start - 1] in "*_")
        ):
            return None  # a star inside a word (a*b) opens nothing
        candidates = self.bold if len(stars) == 2 else self.italic
        index = bisect_right(candidates, start + len(stars))
        return candidates[index] + len(stars) if index < len(candidates) else None


def _markup(match: re.Match[str], bold: bool, italic: bool) -> list[Span]:
    groups = match.groupdict()
    if groups["escaped"] is not None:
        return [Span(groups["escaped"], bold, italic)]
    if groups["label"] is not None:
        url = web_url(groups["target"])
        if url is None:  # javascript:, file:, a relative path: shown as it was typed
            return [Span(match.group(0), bold, italic)]
        label = inline(groups["label"], bold=bold, italic=italic)
        return [Span(s.text, s.bold, s.italic, url) for s in label]
    url = web_url(groups["auto"])
    return [Span(groups["auto"], bold, italic, url)]


def _plain(text: str, bold: bool, italic: bool) -> list[Span]:
    """Return plain text with its bare web and e-mail addresses as links."""
    spans: list[Span] = []
    for piece, url in split_links(text):
        if url is not None:
            spans.append(Span(piece, bold, italic, url))
            continue
        position = 0
        for found in _EMAIL.finditer(piece):
            spans.append(Span(piece[position : found.start()], bold, italic))
            address = found.group(0).rstrip(".")
            spans.append(Span(address, bold, italic, f"mailto:{address}"))
            position = found.start() + len(address)
        spans.append(Span(piece[position:], bold, italic))
    return [span for span in spans if span.text]


def plain_text(blocks: list[Block]) -> str:
    """Return the text the blocks print, one line per block (tests and previews of length)."""
    return "\n".join("".join(span.text for span in block.spans) for block in blocks)
