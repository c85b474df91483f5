"""Cleaning what people type or paste before it is stored, shown or written to Word/CSV.

Text from Word and PDF carries control characters that python-docx refuses ("All strings must be
XML compatible"), lone surrogates, odd line separators and byte-order marks. Everything that is
stored passes ``sanitize`` first, so every later consumer (wall, report, CSV) gets clean text.
"""

from __future__ import annotations

import re
import unicodedata

from facilitation.core.errors import EmptyText, TextTooLong

# C0 controls except \t and \n, DEL, C1 controls, non-characters U+FFFE/U+FFFF.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ufffe\uffff]")
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
_LINE_BREAKS = re.compile("\r\n|\r|\x85|\u2028|\u2029")
_MANY_BLANK_LINES = re.compile("\n{3,}")
_SPACES = re.compile("[ \t]+")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# Characters that show nothing: a text made only of these (and spaces) is empty.
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\u00ad\u180e\u3164\u115f\u1160"))

# A generous ceiling for anything stored at all (facilitator texts, transcribed contributions).
MAX_STORED_CHARS = 50_000


def sanitize(value: str | None) -> str:
    """Return *value* safe to store and to write to Word: no control characters or lone surrogates.

    Line breaks become ``\\n``, tabs stay, emoji and right-to-left text stay untouched.
    """
    if not value:
        return ""
    text = _LONE_SURROGATE.sub("\ufffd", str(value))
    text = _LINE_BREAKS.sub("\n", text)
    text = text.replace("\ufeff", "")
    text = _CONTROL.sub("", text)
    text = unicodedata.normalize("NFC", text)
    text = "\n".join(line.rstrip() for line in text.split("\n"))
    return _MANY_BLANK_LINES.sub("\n\n", text).strip()


def single_line(value: str | None) -> str:
    """Return *value* sanitised and folded onto one line (names, titles, organisations)."""
    return _SPACES.sub(" ", sanitize(value).replace("\n", " ")).strip()


def clean_contribution(value: str | None, *, max_chars: int) -> str:
    """Return the text to store for a contribution; raises EmptyText or TextTooLong."""
    text = sanitize(value)
    if not text.translate(_INVISIBLE).strip():
        raise EmptyText()
    if len(text) > max_chars:
        raise TextTooLong(length=len(text), limit=max_chars)
    return text


def limited(value: str | None, *, max_chars: int = MAX_STORED_CHARS, field: str = "") -> str:
    """Return sanitised *value*; raises TextTooLong when it is longer than *max_chars*."""
    text = sanitize(value)
    if len(text) > max_chars:
        raise TextTooLong(length=len(text), limit=max_chars, field=field)
    return text


def neutralise_formula(cell: str) -> str:
    """Return *cell* so that a spreadsheet shows it as text, never evaluates it as a formula."""
    if cell and cell.startswith(_FORMULA_START):
        return "'" + cell
    return cell


def shorten(value: str, limit: int) -> str:
    """Return *value* cut to *limit* characters with an ellipsis when it was longer."""
    return value if len(value) <= limit else value[: max(0, limit - 1)].rstrip() + "…"


def xml_safe(value: str | None) -> str:
    """Return *value* without what Word's XML cannot hold (controls, lone surrogates), else as is.

    Unlike ``sanitize`` it keeps surrounding spaces, so pieces of one line can be written apart.
    """
    if not value:
        return ""
    text = _LONE_SURROGATE.sub("\ufffd", str(value))
    return _CONTROL.sub("", _LINE_BREAKS.sub("\n", text))
