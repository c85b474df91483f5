"""The Markdown subset of long texts: parsed into Word lists, runs and links; odd input prints as
the text that was typed and the report still builds."""

from __future__ import annotations

import io
import time

import pytest
from docx import Document

from facilitation.core.db import read_session, write_session
from facilitation.harvest.report.builder import build_report
from facilitation.harvest.report.content import read_harvest
from facilitation.harvest.report.markup import Span, parse, plain_text
from facilitation.meeting import events
from facilitation.models import EventUpdate
from tests.docx_reading import read_docx
from tests.utils import make_meeting


def test_paragraphs_line_breaks_bold_italic_and_links():
    blocks = parse(
        "Een **vet** en *schuin* woord.\nNieuwe regel: zie www.a.nl of mail b@c.nl.\n\nTwee"
    )
    assert [b.kind for b in blocks] == ["p", "p"]
    assert blocks[0].spans == (
        Span("Een "),
        Span("vet", bold=True),
        Span(" en "),
        Span("schuin", italic=True),
        Span(" woord.\nNieuwe regel: zie "),
        Span("www.a.nl", url="http://www.a.nl"),
        Span(" of mail "),
        Span("b@c.nl", url="mailto:b@c.nl"),
        Span("."),
    )


def test_lists_nest_one_level_and_numbering_restarts_per_list():
    blocks = parse("- a\n  - a1\n- b\n\n1. een\n2. twee\n\nTussentekst\n\n1. weer een")
    assert [(b.kind, b.level, plain_text([b])) for b in blocks] == [
        ("bullet", 0, "a"),
        ("bullet", 1, "a1"),
        ("bullet", 0, "b"),
        ("number", 0, "een"),
        ("number", 0, "twee"),
        ("p", 0, "Tussentekst"),
        ("number", 0, "weer een"),
    ]
    numbers = [b for b in blocks if b.kind == "number"]
    assert numbers[0].list_no == numbers[1].list_no != numbers[2].list_no


@pytest.mark.parametrize(
    ("typed", "printed"),
    [
        ("**open en *half", "**open en *half"),
        ("<b>vet</b> & <script>x</script>", "<b>vet</b> & <script>x</script>"),
        ("[klik](javascript:alert(1))", "[klik](javascript:alert(1))"),
        ("5 * 3 * 2 en a*b*c", "5 * 3 * 2 en a*b*c"),
        ("\\*geen nadruk\\*", "*geen nadruk*"),
        ("# geen kop", "# geen kop"),
    ],
)
def test_what_is_not_markup_prints_as_typed(typed, printed):
    blocks = parse(typed)
    assert plain_text(blocks) == printed
    assert all(span.url is None for b in blocks for span in b.spans)


def test_deeper_nesting_prints_at_the_deepest_level_and_empty_items_stay():
    blocks = parse("- a\n  - b\n    - c\n        - d\n-\n1.")
    assert [(b.kind, b.level, plain_text([b])) for b in blocks] == [
        ("bullet", 0, "a"),
        ("bullet", 1, "b"),
        ("bullet", 1, "c"),
        ("bullet", 1, "d"),
        ("bullet", 0, ""),
        ("number", 0, ""),
    ]


def test_odd_input_stays_fast():
    for text in ("**a " * 12_000, "*a " * 16_000, "[" * 20_000, "<http://" * 5_000):
        started = time.perf_counter()
        assert plain_text(parse(text)).strip() == text.strip()
        assert time.perf_counter() - started < 2


BAD = (
    "Begin **open zonder eind\n\n"
    "- niveau een\n  - niveau twee\n    - niveau drie\n      - niveau vier\n\n"
    "<b>html</b> <a href='x'>link</a>\n\n"
    "[gevaarlijk](javascript:alert(1)) en [goed](https://goed.example.org)\n\n"
    "-\n- na het lege punt"
)


def test_bad_markdown_in_a_synthesis_still_builds_as_typed_text(sqlite_engine):
    meeting = make_meeting(sqlite_engine, tables=1)
    items = "\n".join(f"1. p{n}" for n in range(1, 5001))  # Word numbers them 1 to 5000
    with write_session(sqlite_engine) as session:
        events.save_theme(
            session=session,
            event_id=meeting.id,
            theme_id=meeting.target(table=1).theme.id,
            update=events.theme_update(synthesis=BAD, description=items),
        )
        events.update_event(
            session=session, event_id=meeting.id, update=EventUpdate(closing_call="**vet** slot")
        )
    with read_session(sqlite_engine) as session:
        content = read_harvest(session=session, event_id=meeting.id)
    report = read_docx(build_report(content).data)
    texts = report.texts()
    assert "Begin **open zonder eind" in texts
    assert "<b>html</b> <a href='x'>link</a>" in texts
    assert "[gevaarlijk](javascript:alert(1)) en goed" in texts
    assert report.links() == [("goed", "https://goed.example.org")]
    styled = report.styled()
    assert ("List Bullet 2", "niveau vier") in styled
    assert ("List Bullet", "") in styled and ("List Bullet", "na het lege punt") in styled
    numbered = [p for p in report.paragraphs if p.style.name == "List Number"]
    assert len(numbered) == 5000 and numbered[-1].text == "p5000"
    assert len({p._p.pPr.numPr.numId.val for p in numbered}) == 1
    slot = next(p for p in report.paragraphs if p.text == "vet slot")
    assert slot.runs[0].bold and not slot.runs[1].bold


def _numbered_intro(sqlite_engine, text: str, template: bytes | None = None):
    meeting = make_meeting(sqlite_engine, tables=1)
    with write_session(sqlite_engine) as session:
        events.update_event(session=session, event_id=meeting.id, update=EventUpdate(intro=text))
    with read_session(sqlite_engine) as session:
        content = read_harvest(session=session, event_id=meeting.id)
    return read_docx(build_report(content, template=template).data)


NESTED = "1. een\n   1. een-a\n   2. een-b\n2. twee\n   1. twee-a"


def test_nested_numbered_lists_use_the_second_list_style_and_restart(sqlite_engine):
    report = _numbered_intro(sqlite_engine, NESTED)
    items = [
        (p.style.name, p.text, p._p.pPr.numPr)
        for p in report.paragraphs
        if p._p.pPr.numPr is not None
    ]
    assert [(style, text) for style, text, _ in items] == [
        ("List Number", "een"),
        ("List Number 2", "een-a"),
        ("List Number 2", "een-b"),
        ("List Number", "twee"),
        ("List Number 2", "twee-a"),
    ]
    ids = [num_pr.numId.val for _, _, num_pr in items]
    assert ids[0] == ids[3] and ids[1] == ids[2] and ids[4] not in ids[:4]  # 'twee-a' starts at 1
    numbering = report.document.part.numbering_part.element
    override = numbering.num_having_numId(ids[4]).lvlOverride_lst[0]
    assert override.startOverride.val == 1
    levels = {style: num_pr.ilvl.val for style, _, num_pr in items}
    style_levels = {
        name: (
            report.document.styles[name].element.pPr.numPr.ilvl.val
            if report.document.styles[name].element.pPr.numPr.ilvl is not None
            else 0
        )
        for name in ("List Number", "List Number 2")
    }
    assert levels == style_levels  # the level each list style numbers at


def test_a_template_without_number_styles_gets_a_two_level_stand_in(sqlite_engine):
    bare = Document()
    for name in ("List Number", "List Number 2"):
        element = bare.styles[name].element
        element.getparent().remove(element)
    buffer = io.BytesIO()
    bare.save(buffer)
    report = _numbered_intro(sqlite_engine, NESTED, template=buffer.getvalue())
    items = [
        (p.style.name, p._p.pPr.numPr.ilvl.val)
        for p in report.paragraphs
        if p._p.pPr.numPr is not None
    ]
    assert items == [
        ("List Number", 0),
        ("List Number 2", 1),
        ("List Number 2", 1),
        ("List Number", 0),
        ("List Number 2", 1),
    ]
