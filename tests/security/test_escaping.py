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


def assert_inert(html_text: str, web_links: bool = False) -> None:
    """Assert *html_text* has no element, event handler or javascript: link from a payload;
    *web_links*: a facilitator's http(s) link is allowed (the report preview's rich text)."""
    for tag, attrs in Elements(html_text).tags:
        assert tag not in {"script", "svg", "iframe", "object", "embed"}, tag
        assert not any(name.startswith("on") for name in attrs), (tag, attrs)
        for name in ("href", "src", "action", "formaction"):
            value = (attrs.get(name) or "").strip().lower()
            assert not value.startswith(("javascript:", "data:text", "vbscript:")), (tag, attrs)
            web = (
                web_links
                and name == "href"
                and value.startswith(("http://", "https://", "mailto:"))
            )
            assert web or "evil.example" not in value, (tag, attrs)


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


# Every user-writable field through every surface


FREE_TEXT = {
    "title", "subtitle", "tagline", "venue", "organiser", "commissioner", "text", "intro",
    "invitation", "description", "question", "synthesis", "name", "organisation", "remark",
    "column_title", "driver_column_title", "themes_title", "themes_intro", "closing_call",
    "label", "link",
}  # fmt: skip


def _poisoned(value: object, counter: list[int]) -> object:
    """Return the event file *value* with every free-text field replaced by a payload."""
    if isinstance(value, list):
        return [_poisoned(item, counter) for item in value]
    if not isinstance(value, dict):
        return value
    out = {}
    for key, item in value.items():
        if key in FREE_TEXT and isinstance(item, str) and item:
            counter[0] += 1
            out[key] = PAYLOADS[counter[0] % len(PAYLOADS)]
        else:
            out[key] = _poisoned(item, counter)
    return out


@pytest.fixture
def poisoned(tmp_path, monkeypatch):
    """A meeting whose every text a person can write is a payload, plus a phone's sends."""
    import yaml

    from facilitation import eventfile
    from tests.ui.test_pages import meeting as plain_meeting

    example = yaml.safe_load((ROOT / "examples" / "tafelrondes-12-februari-2015.yaml").read_text())
    document = _poisoned(example, [0])
    source = yaml.safe_dump(document, allow_unicode=True).encode()
    made = plain_meeting.__wrapped__(tmp_path, monkeypatch)  # the pages' settings and engine
    meeting = next(made)
    from facilitation.core.db import write_session

    with write_session(meeting.engine) as session:
        event = eventfile.import_event(
            session=session, model=eventfile.parse_event_file(source), keep_code=False
        )
    meeting.event = event
    who = meeting.participant()
    for payload in PAYLOADS:
        meeting.send(who, payload, table=1)
    yield meeting
    next(made, None)


def test_the_walls_and_phone_cards_are_inert(poisoned):
    from facilitation.agenda.board import AgendaBoardCache
    from facilitation.core.db import read_session
    from facilitation.live.wall import WallCache, phone_feed
    from ui.phone.agenda import card_html
    from ui.wall import agenda as agenda_wall
    from ui.wall.view import wall_html

    with read_session(poisoned.engine) as session:
        view = WallCache().view(session, poisoned.id)
        board = AgendaBoardCache().board(session, poisoned.id)
    wall = wall_html(view, "http://oogst.test/join?event=X", "nl")
    assert_inert(wall)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in wall
    agenda = agenda_wall.head_html(board, "http://oogst.test/agenda", "nl")
    agenda += agenda_wall.kinds_html(board, "nl")
    assert_inert(agenda)
    for kind in board.kinds:
        for action in kind.actions:
            assert_inert(card_html(kind, action, "nl"))
    feed = phone_feed(view, view.sections[0].key)
    items = feed["items"]
    assert items and set(items) <= set(PAYLOADS), "the feed carries text; feed.js sets it as text"


def test_the_page_scripts_never_put_data_into_inner_html():
    for script in (ROOT / "ui" / "assets").glob("*.js"):
        for assigned in re.findall(r"innerHTML\s*=\s*`([^`]*)`", script.read_text()):
            assert "${" not in assigned, script.name
        assert not re.search(r"innerHTML\s*=\s*[^`\s]", script.read_text()), script.name


def _unescaped_markdown(text: str) -> list[str]:
    """Return the payloads that stand in *text* as typed, i.e. not through the escaper."""
    return [payload for payload in PAYLOADS if md(payload) != payload and payload in text]


@pytest.mark.parametrize(
    ("page", "facilitator", "params"),
    [
        ("pages/public/join.py", False, {"table": "1"}),
        ("pages/public/join.py", False, {}),
        ("pages/public/agenda.py", False, {}),
        ("pages/facilitator/agenda.py", True, {}),
        ("pages/facilitator/live.py", True, {}),
        ("pages/facilitator/setup.py", True, {}),
        ("pages/facilitator/participants.py", True, {}),
        ("pages/facilitator/harvest.py", True, {}),
        ("pages/facilitator/qr.py", True, {}),
        ("pages/facilitator/events.py", True, {}),
    ],
)
def test_the_pages_show_payloads_as_text(poisoned, page, facilitator, params):
    from tests.ui.test_pages import app, html_of

    at = app(page, facilitator=facilitator, event=poisoned.event.code, **params)
    own_script = r'<script>document\.documentElement\.lang = "[a-z]+";</script>'  # html_lang.py
    assert_inert(re.sub(own_script, "", html_of(at)), web_links=page.endswith("harvest.py"))
    for element in at.markdown:
        assert _unescaped_markdown(element.value) == [], element.value
    for element in [*at.get("expander"), *at.caption, *at.subheader, *at.header]:
        label = getattr(element, "label", None) or getattr(element, "value", "")
        assert _unescaped_markdown(str(label)) == [], label


def test_the_exports_and_the_word_report_keep_payloads_as_text(poisoned):
    import csv
    import io

    from facilitation.agenda.export import agenda_csv
    from facilitation.core.db import read_session
    from facilitation.harvest.exports import contributions_csv
    from facilitation.harvest.service import harvest_report
    from tests.docx_reading import read_docx

    with read_session(poisoned.engine) as session:
        tables = [
            contributions_csv(session=session, event_id=poisoned.id),
            agenda_csv(session=session, event_id=poisoned.id),
        ]
        report = harvest_report(session=session, event_id=poisoned.id, charts=False).data
    for data in tables:
        for row in csv.reader(io.StringIO(data.decode("utf-8-sig"))):
            assert not [cell for cell in row if cell[:1] in ("=", "+", "-", "@")], row
    document = read_docx(report).document
    targets = [rel.target_ref for rel in document.part.rels.values() if rel.is_external]
    assert not [t for t in targets if not t.lower().startswith(("http://", "https://", "mailto:"))]
    text = "\n".join(p.text for p in document.paragraphs)
    assert "<script>alert(1)</script>" in text and "[klik](javascript:alert(5))" in text
