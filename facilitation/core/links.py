"""Web links in what people type: which are safe to make clickable, and where they sit in a text."""

from __future__ import annotations

import re
from collections.abc import Iterator

from facilitation.core.text import single_line

# http(s)://, mailto: and bare www. addresses; trailing punctuation is not part of the link.
_URL_IN_TEXT = re.compile(r"(?:https?://|mailto:|www\.)[^\s<>\"']+", re.IGNORECASE)
_TRAILING = ".,;:!?"
_SCHEMES = ("http://", "https://", "mailto:")
_SPACE = re.compile(r"\s")


def web_url(value: str | None) -> str | None:
    """Return *value* as a clickable URL (http, https or mailto), or None when it is not one.

    A bare ``www.`` address gets ``http://``; anything else (``javascript:``, ``file:``) is refused.
    """
    text = single_line(value)
    if not text or _SPACE.search(text):
        return None
    lowered = text.lower()
    if lowered.startswith("www."):
        return "http://" + text
    if lowered.startswith(_SCHEMES) and len(text) > len("mailto:"):
        return text
    return None


def split_links(text: str) -> Iterator[tuple[str, str | None]]:
    """Yield ``(piece, url)`` pairs covering *text*: url is None for plain pieces."""
    start = 0
    for match in _URL_IN_TEXT.finditer(text):
        found = _trim(match.group(0))
        url = web_url(found)
        if url is None:
            continue
        if match.start() > start:
            yield text[start : match.start()], None
        yield found, url
        start = match.start() + len(found)
    if start < len(text):
        yield text[start:], None


def _trim(found: str) -> str:
    """Return a matched address without the punctuation that ends the sentence around it."""
    while found and (found[-1] in _TRAILING or (found[-1] == ")" and "(" not in found)):
        found = found[:-1]
    return found
