"""The one way to put HTML on a page: markupsafe's ``Markup``, escaping by default.

- ``html(template, *args)`` fills a *literal* template; every argument is escaped unless it is
  already ``Markup`` (built here). ``esc``, ``multiline`` and ``join`` make Markup of text.
- ``show(markup)`` is the only way to ``st.html``: it refuses a plain string, so text that
  skipped this path cannot reach the page (tests/test_architecture.py forbids ``st.html`` and
  ``unsafe_allow_html`` anywhere else).
- ``md(text)`` is the markdown escaper for user text in ``st.markdown``, captions and labels:
  its markup stays literal characters and it never becomes a link.
"""

from __future__ import annotations

import base64
import re
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import Any

import streamlit as st
from markupsafe import Markup, escape

ASSETS = Path(__file__).resolve().parents[1] / "assets"
_MARKDOWN_SPECIAL = frozenset("\\`*_{}[]()#+-.!|<>~=:$&")
# Markdown (GFM) turns "https://…", "www.…" and "name@host.tld" in plain text into links, escaped
# or not, and Streamlit turns ":material/home:" and ":smile:" into icons; an invisible word joiner
# (U+2060) after the scheme, "www", "@" or a colon before a letter keeps them text.
_AUTOLINK = re.compile(r"(?i)\b(?:https?|ftp|mailto|www)(?=\\?[:.])|@|\\:(?=[a-z])")
_WORD_JOINER = "\u2060"

__all__ = [
    "ASSETS",
    "Markup",
    "data_uri_png",
    "esc",
    "html",
    "inject_css",
    "join",
    "md",
    "multiline",
    "script",
    "show",
]


def esc(value: object) -> Markup:
    """Return *value* as HTML text: markup, script and markdown stay literal characters."""
    if value is None or value == "":
        return Markup("")
    return escape(value)


def html(template: str, /, *args: object, **kwargs: object) -> Markup:
    """Return the literal *template* with ``{}`` fields filled by escaped arguments.

    An argument that is Markup (from this module) goes in as it is, a number as a number (so
    ``{share:.3f}`` works), anything else escaped. Fields are names or positions, never
    ``{x.attr}``. The same as ``Markup(template).format(...)``, at a sixth of its cost: a wall
    tick fills a few of these every second on every projector.
    """
    return Markup(  # noqa: S704 - a literal template, its arguments escaped
        template.format(*map(_safe, args), **{k: _safe(v) for k, v in kwargs.items()})
    )


def _safe(value: object) -> object:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return value
    return escape(value)


def join(parts: Iterable[str], separator: str = "") -> Markup:
    """Return *parts* joined; parts that are not Markup are escaped."""
    return Markup(separator).join(parts)  # noqa: S704 - a literal separator


def multiline(value: str | None) -> Markup:
    """Return escaped text with its line breaks kept."""
    return join((value or "").split("\n"), "<br>")


def md(value: object) -> str:
    """Return *value* safe inside markdown (labels, st.markdown): its markup stays literal and
    a web or mail address in it does not become a link."""
    text = "".join(f"\\{c}" if c in _MARKDOWN_SPECIAL else c for c in str(value or ""))
    return _AUTOLINK.sub(lambda found: found.group(0) + _WORD_JOINER, text)


def data_uri_png(data: bytes) -> str:
    """Return a data: URI for a PNG (QR codes on the wall)."""
    return "data:image/png;base64," + base64.b64encode(data).decode("ascii")


class _Ready(str):
    """HTML built here: ``st.html`` takes an object with ``_repr_html_`` as it is."""

    def _repr_html_(self) -> str:
        return str(self)


def show(markup: Markup, *, into: Any = None) -> None:
    """Put *markup* on the page (or in the container *into*) with ``st.html``.

    Raises TypeError for anything but Markup: build it with ``html``/``esc``/``join``. Skips
    ``st.html``'s dedent and is-this-a-file checks (~0.3 ms per call on a wall's 10 KB of
    cards, every second), which change nothing here.
    """
    if not isinstance(markup, Markup):
        raise TypeError("HTML goes on the page through ui.common.html (html(), esc(), join())")
    (into or st).html(_Ready(markup))


def script(source: str) -> None:
    """Run Oogst's own *source* (never user text) as a script in the page."""
    st.html(_Ready(f"<script>{source}</script>"), unsafe_allow_javascript=True)


@cache
def _css(name: str) -> str:
    return (ASSETS / f"{name}.css").read_text(encoding="utf-8")


def inject_css(name: str) -> None:
    """Add the stylesheet ui/assets/<name>.css to the page."""
    st.html(_Ready(f"<style>{_css(name)}</style>"))
