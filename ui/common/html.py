"""Small HTML helpers: every user text goes through ``esc`` before it reaches the page."""

from __future__ import annotations

import base64
import html
from functools import cache
from pathlib import Path
from typing import Any

import streamlit as st

ASSETS = Path(__file__).resolve().parents[1] / "assets"


def esc(value: object) -> str:
    """Return *value* as HTML text: markup, script and markdown stay literal characters."""
    return html.escape(str(value or ""), quote=True)


def md(value: object) -> str:
    """Return *value* safe inside markdown (labels, st.markdown): its markup stays literal."""
    return "".join(f"\\{c}" if c in "\\`*_{}[]()#+-.!|<>~" else c for c in str(value or ""))


def multiline(value: str) -> str:
    """Return escaped text with its line breaks kept."""
    return "<br>".join(esc(line) for line in (value or "").split("\n"))


def data_uri_png(data: bytes) -> str:
    """Return a data: URI for a PNG (QR codes on the wall)."""
    return "data:image/png;base64," + base64.b64encode(data).decode("ascii")


class _Ready(str):
    """HTML built here: ``st.html`` takes an object with ``_repr_html_`` as it is."""

    def _repr_html_(self) -> str:
        return str(self)


def ready(html_text: str) -> Any:
    """Return *html_text* for ``st.html`` without its dedent and is-this-a-file checks.

    Those cost ~0.3 ms per call on a wall's 10 KB of cards, every second, and change nothing
    here: the HTML is built without indentation and is never a file name.
    """
    return _Ready(html_text)


@cache
def _css(name: str) -> str:
    return (ASSETS / f"{name}.css").read_text(encoding="utf-8")


def inject_css(name: str) -> None:
    """Add the stylesheet ui/assets/<name>.css to the page."""
    st.html(ready(f"<style>{_css(name)}</style>"))
