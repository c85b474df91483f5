"""Every user-writable field, filled with markup, through every surface: nothing executes and
nothing renders as markup (a link, an image, a formula).

HTML is built only through ui/common/html.py (markupsafe, escaping by default; the
architecture tests forbid any other way) and user text in markdown goes through its ``md``.
"""

from __future__ import annotations

import re
import subprocess
import sys
import textwrap
from html.parser import HTMLParser

import pytest

from tests.e2e.server import free_port, wait_until_answers
from tests.utils import ROOT
from ui.common.html import md

PAYLOADS = [
    "<script>alert(1)</script>",
    '<img src=x onerror="alert(2)">',
    '"><svg onload=alert(3)>',
    "javascript:alert(4)",
    "[klik](javascript:alert(5))",
    "[site](https://evil.example)",
    "![beeld](https://evil.example/x.png)",
    "<https://evil.example>",
    "https://evil.example/pad",
    "www.evil.example",
    "post@evil.example",
    "=cmd|' /C calc'!A0",
    "+SUM(1)",
    "@SUM(1)",
    "**vet** _schuin_ `code` # kop",
    ":red[rood] $x^2$ :material/home:",
    "&lt;b&gt; &amp;",
]


class Elements(HTMLParser):
    """Every start tag with its attributes, to see what an HTML text would make of itself."""

    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.feed(text)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


def assert_inert(html_text: str, allowed_tags: set[str] | None = None) -> None:
    """Assert *html_text* has no element, event handler or javascript: link from a payload."""
    for tag, attrs in Elements(html_text).tags:
        assert tag not in {"script", "svg", "iframe", "object", "embed"}, tag
        assert not any(name.startswith("on") for name in attrs), (tag, attrs)
        for name in ("href", "src", "action", "formaction"):
            value = (attrs.get(name) or "").strip().lower()
            assert not value.startswith(("javascript:", "data:text", "vbscript:")), (tag, attrs)
        assert "evil.example" not in " ".join(str(v) for v in attrs.values()), (tag, attrs)
        if allowed_tags is not None:
            assert tag in allowed_tags, tag


# Markdown, rendered by Streamlit itself in a real browser


PAGE = """
import streamlit as st
from ui.common.html import md

PAYLOADS = {payloads!r}
for number, payload in enumerate(PAYLOADS):
    with st.container(key=f"case-{{number}}"):
        st.markdown(md(payload))
        st.caption(md(payload))
        with st.expander(md(payload)):
            st.text("-")
"""


@pytest.fixture(scope="module")
def markdown_page(tmp_path_factory):
    folder = tmp_path_factory.mktemp("markdown")
    script = folder / "page.py"
    script.write_text(textwrap.dedent(PAGE.format(payloads=PAYLOADS)), encoding="utf-8")
    port = free_port()
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "streamlit",
            "run",
            str(script),
            "--server.port",
            str(port),
            "--server.address",
            "127.0.0.1",
            "--server.headless",
            "true",
        ],
        cwd=ROOT,
        env={"PYTHONPATH": str(ROOT), **__import__("os").environ},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        assert wait_until_answers(f"http://127.0.0.1:{port}/_stcore/health", 60, process)
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        process.wait(timeout=30)


def test_user_text_in_markdown_stays_text_in_the_browser(browser, markdown_page):
    from tests.e2e.conftest import wait_ready

    page = browser.new_page()
    try:
        page.goto(markdown_page)
        wait_ready(page)
        page.wait_for_selector(f".st-key-case-{len(PAYLOADS) - 1}")
        for number, payload in enumerate(PAYLOADS):
            case = page.locator(f".st-key-case-{number}")
            made = case.evaluate(
                "el => [...el.querySelectorAll('[data-testid=stMarkdownContainer] :is(a, img,"
                " script, code, strong, em, h1, h2, h3, .katex, [data-testid=stIconMaterial],"
                " span[style])')].map(e => e.tagName)"
            )
            assert made == [], (payload, made)
            texts = case.locator("[data-testid=stMarkdownContainer]").all_inner_texts()
            shown = [text.replace("\u2060", "").strip() for text in texts]
            assert shown and all(text == payload for text in shown), (payload, shown)
    finally:
        page.close()


def test_the_markdown_escaper_breaks_every_autolink():
    for text in ("https://a.nl", "HTTP://a.nl", "www.a.nl", "a@b.nl", "mailto:a@b.nl"):
        escaped = md(text)
        assert not re.search(r"(?i)https?\\?:|www\\?\.|@[\w]", escaped), escaped
