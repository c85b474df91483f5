"""Small HTML helpers: every user text goes through ``esc`` before it reaches the page."""

from __future__ import annotations

import base64
import html
from functools import cache
from pathlib import Path

import streamlit as st

_ASSETS = Path(__file__).parent / "assets"


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


@cache
def _css(name: str) -> str:
    return (_ASSETS / f"{name}.css").read_text(encoding="utf-8")


def inject_css(name: str) -> None:
    """Add the stylesheet ui/assets/<name>.css to the page."""
    st.html(f"<style>{_css(name)}</style>")
