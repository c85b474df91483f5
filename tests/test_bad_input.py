"""The bad-input corpus: every case goes through the real send path (and the event-file import).

Each case is stored safely (as clean text) or refused with a clear message in Dutch and English;
nothing already stored is lost, and the wall still renders everything as text afterwards.
"""

from __future__ import annotations

import uuid

import pytest
from sqlmodel import select

from facilitation import eventfile
from facilitation.core.db import read_session, write_session
from facilitation.core.errors import (
    ContributionNotFound,
    EmptyText,
    EventClosed,
    EventNotFound,
    InvalidField,
    NotAllowed,
    OogstError,
    RoundClosed,
    TargetClosed,
    TargetNotFound,
    TextTooLong,
)
from facilitation.core.text import neutralise_formula
from facilitation.live.wall import WallCache
from facilitation.meeting import contributions, events, participants
from facilitation.meeting.targets import resolve_target
from facilitation.models import Contribution
from tests.utils import make_meeting
from ui.wall.view import sections_html

STORED = "stored"
# (id, sent text, expected: the stored text, or the error class)
TEXT_CASES = [
    ("empty", "", EmptyText),
    ("spaces", "     ", EmptyText),
    ("newlines-tabs", "\n\n\t\r\n", EmptyText),
    ("zero-width-only", "\u200b\u200b\u2060", EmptyText),
    ("control-only", "\x00\x01\x02\x1f", EmptyText),
    ("at-limit", "x" * 2000, "x" * 2000),
    ("over-limit", "x" * 2001, TextTooLong),
    ("100k", "a" * 100_000, TextTooLong),
    ("100k-emoji", "🌱" * 100_000, TextTooLong),
    ("nul-inside", "a\x00b", "ab"),
    ("bell", "\x07bel", "bel"),
    ("ansi-escape", "\x1b[31mrood", "[31mrood"),
    ("vertical-tab-form-feed", "a\x0bb\x0cc", "abc"),
    ("delete", "a\x7fb", "ab"),
    ("c1-controls", "a\x80\x9fb", "ab"),
    ("next-line", "a\x85b", "a\nb"),
    ("lone-high-surrogate", "a\ud83db", "a\ufffdb"),
    ("lone-low-surrogate", "a\ude00b", "a\ufffdb"),
    ("non-characters", "a\ufffe\uffffb", "ab"),
    ("byte-order-mark", "\ufeffmet BOM", "met BOM"),
    ("crlf", "regel 1\r\nregel 2\rregel 3", "regel 1\nregel 2\nregel 3"),
    ("line-paragraph-separators", "a\u2028b\u2029c", "a\nb\nc"),
    ("many-blank-lines-from-word", "alinea\r\n\r\n\r\n\r\n\r\nnog een", "alinea\n\nnog een"),
    (
        "word-smart-quotes-nbsp-soft-hyphen",
        "“Zo” zei ze\u00a0— ver\u00adbinding",
        "“Zo” zei ze\u00a0— ver\u00adbinding",
    ),
    ("tab-kept", "kolom\tkolom", "kolom\tkolom"),
    ("emoji-zwj-family", "👩‍👩‍👧‍👦 samen", "👩‍👩‍👧‍👦 samen"),
    ("emoji-flag-skin-tone", "🇳🇱 👍🏽", "🇳🇱 👍🏽"),
    ("only-emoji", "🎉", "🎉"),
    ("arabic-rtl", "مرحبا بالعالم", "مرحبا بالعالم"),
    ("hebrew-mixed", "שלום and hello", "שלום and hello"),
    ("bidi-override", "\u202eevil\u202c", "\u202eevil\u202c"),
    ("zalgo", "Z\u0337\u0322a\u0338l\u0336g\u0335o", "Z\u0337\u0322a\u0338l\u0336g\u0335o"),
    ("decomposed-accent", "cafe\u0301", "café"),
    ("script-tag", "<script>alert(1)</script>", "<script>alert(1)</script>"),
    ("img-onerror", "<img src=x onerror=alert(1)>", "<img src=x onerror=alert(1)>"),
    ("bold-tag", "<b>vet</b>", "<b>vet</b>"),
    ("markdown-js-link", "[klik](javascript:alert(1))", "[klik](javascript:alert(1))"),
    ("markdown-image", "![x](http://example.invalid/x.png)", "![x](http://example.invalid/x.png)"),
    ("markdown-heading", "# Kop", "# Kop"),
    ("markdown-emphasis", "**vet** _schuin_", "**vet** _schuin_"),
    ("latex", "$x^2$ en $$y$$", "$x^2$ en $$y$$"),
    ("sql-drop", "'; DROP TABLE contribution; --", "'; DROP TABLE contribution; --"),
    ("sql-bobby", "Robert'); DROP TABLE students;--", "Robert'); DROP TABLE students;--"),
    (
        "formula-hyperlink",
        '=HYPERLINK("http://example.invalid")',
        '=HYPERLINK("http://example.invalid")',
    ),
    ("formula-plus", "+31 6 12345678", "+31 6 12345678"),
    ("formula-at", "@SUM(A1:A9)", "@SUM(A1:A9)"),
    ("formula-minus", "-2+3", "-2+3"),
    ("long-word", "w" * 1500, "w" * 1500),
    ("html-entities", "&lt;b&gt; &amp; &#x27;", "&lt;b&gt; &amp; &#x27;"),
]


@pytest.fixture
def meeting(engine):
    return make_meeting(engine, tables=2)


@pytest.mark.parametrize(("case", "text", "expected"), TEXT_CASES, ids=[c[0] for c in TEXT_CASES])
def test_send_path(meeting, case, text, expected):
    who = meeting.participant()
    keep = meeting.send(who, "dit was er al", table=1)
    if isinstance(expected, type) and issubclass(expected, OogstError):
        with pytest.raises(expected) as caught:
            meeting.send(who, text, table=2)
        assert caught.value.message("nl") and caught.value.message("en")
        assert caught.value.message("nl") != caught.value.message("en")
    else:
        meeting.send(who, text, table=2)
    with read_session(meeting.engine) as session:
        rows = session.exec(select(Contribution).where(Contribution.event_id == meeting.id)).all()
    stored = {r.id: r.text for r in rows}
    assert stored[keep.contribution_id] == "dit was er al", "nothing already stored is lost"
    if not (isinstance(expected, type) and issubclass(expected, OogstError)):
        assert expected in stored.values()
        html = sections_html(_view(meeting), "nl")
        assert "<script" not in html and "<img" not in html and "<b>" not in html


def _view(meeting):
    with read_session(meeting.engine) as session:
        return WallCache().view(session, meeting.id)


def test_the_whole_corpus_in_one_event_file_imports_and_renders(engine):
    stored_cases = [c for c in TEXT_CASES if isinstance(c[2], str)]
    lines = "\n".join(f"      - text: {_yaml_string(c[1])}" for c in stored_cases)
    source = f"format: table_rounds\ntitle: Corpus\nthemes:\n  - number: 1\n    contributions:\n{lines}\n"
    with write_session(engine) as session:
        event = eventfile.import_event(session=session, model=eventfile.parse_event_file(source))
    with read_session(engine) as session:
        texts = [
            r.text
            for r in session.exec(select(Contribution).where(Contribution.event_id == event.id))
        ]
        view = WallCache(recent_per_section=len(stored_cases)).view(session, event.id)
    assert sorted(texts) == sorted(c[2] for c in stored_cases)
    html = sections_html(view, "nl")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html and "<script" not in html
    assert all(neutralise_formula(t)[0] not in "=+-@" for t in texts)
    _report_and_exports_still_build(engine, event.id, stored_cases)


def _report_and_exports_still_build(engine, event_id, stored_cases):
    """The Word report shows every text as text; CSV cells never start a formula."""
    import csv
    import io
    import json

    from docx import Document

    from facilitation.harvest.exports import contributions_csv, contributions_json
    from facilitation.harvest.service import harvest_report

    with read_session(engine) as session:
        report = harvest_report(session=session, event_id=event_id).data
        table = contributions_csv(session=session, event_id=event_id).decode("utf-8-sig")
        records = json.loads(contributions_json(session=session, event_id=event_id))
    words = "\n".join(p.text for p in Document(io.BytesIO(report)).paragraphs)
    assert "<script>alert(1)</script>" in words and "**vet** _schuin_" in words
    assert "👩‍👩‍👧‍👦 samen" in words and "مرحبا بالعالم" in words
    cells = [cell for row in csv.reader(io.StringIO(table)) for cell in row]
    assert not [c for c in cells if c[:1] in ("=", "+", "-", "@")]
    assert '\'=HYPERLINK("http://example.invalid")' in cells
    assert len(records["contributions"] if isinstance(records, dict) else records) == len(
        stored_cases
    )


def _yaml_string(text: str) -> str:
    """Return *text* as a YAML double-quoted scalar that escapes every non-printable character."""
    out = []
    for char in text:
        code = ord(char)
        if char in '"\\':
            out.append("\\" + char)
        elif code > 0xFFFF:
            out.append(f"\\U{code:08x}")
        elif (
            code < 0x20
            or 0x7F <= code <= 0x9F
            or 0xD800 <= code <= 0xDFFF
            or code in (0xFFFE, 0xFFFF, 0xFEFF)
        ):
            out.append(f"\\u{code:04x}")
        else:
            out.append(char)
    return '"' + "".join(out) + '"'


@pytest.mark.parametrize(
    "code",
    ["ZZZZZZZZ", "abcd efgh", "🎉🎉🎉", "x" * 1000, "'; DROP TABLE event; --", "", "<script>"],
    ids=["unknown", "spaces", "emoji", "huge", "sql", "empty", "script"],
)
def test_wrong_codes(engine, code):
    make_meeting(engine)
    with read_session(engine) as session, pytest.raises(EventNotFound) as caught:
        events.find_event(session=session, code=code)
    assert "Geen bijeenkomst gevonden" in caught.value.message("nl")
    assert len(caught.value.message("nl")) < 200


def test_code_in_lower_case_with_dashes_is_found(engine):
    meeting = make_meeting(engine)
    typed = f"{meeting.event.code[:4].lower()}-{meeting.event.code[4:].lower()}"
    with read_session(engine) as session:
        assert events.find_event(session=session, code=typed).id == meeting.id


def test_deleted_event_code_is_expired(engine):
    meeting = make_meeting(engine)
    with write_session(engine) as session:
        events.delete_event(session=session, event_id=meeting.id)
    with read_session(engine) as session, pytest.raises(EventNotFound):
        events.find_event(session=session, code=meeting.event.code)


@pytest.mark.parametrize(
    "token",
    [None, "", "short", "x" * 32, "' OR 1=1 --", "🎉" * 30, "a" * 5000, str(uuid.uuid4())],
    ids=["none", "empty", "short", "random", "sql", "emoji", "huge", "uuid"],
)
def test_forged_tokens_are_strangers(engine, token):
    meeting = make_meeting(engine)
    meeting.participant()
    with read_session(engine) as session:
        assert (
            participants.find_participant(session=session, event_id=meeting.id, token=token) is None
        )


def test_token_of_another_event_is_a_stranger(engine):
    one, two = make_meeting(engine), make_meeting(engine)
    who = two.participant()
    with read_session(engine) as session:
        assert (
            participants.find_participant(session=session, event_id=one.id, token=who.token) is None
        )


def test_editing_someone_elses_or_a_missing_contribution(engine):
    meeting = make_meeting(engine)
    owner, other = meeting.participant(), meeting.participant()
    receipt = meeting.send(owner, "van mij")
    with write_session(engine) as session, pytest.raises(NotAllowed):
        contributions.edit_own(
            session=session,
            participant=other,
            contribution_id=receipt.contribution_id,
            text="gekaapt",
            max_chars=2000,
        )
    with write_session(engine) as session, pytest.raises(ContributionNotFound):
        contributions.delete_own(session=session, participant=owner, contribution_id=10**9)


@pytest.mark.parametrize(
    ("table", "case"),
    [
        ("99", None),
        ("abc", None),
        ("-1", None),
        ("", None),
        (None, "ZZ"),
        (None, "9Q"),
        (None, "<x>"),
    ],
    ids=[
        "missing-number",
        "letters",
        "negative",
        "empty",
        "unknown-case",
        "unknown-theme-case",
        "markup",
    ],
)
def test_unknown_tables_and_cases(engine, table, case):
    meeting = make_meeting(engine)
    with read_session(engine) as session, pytest.raises(TargetNotFound) as caught:
        resolve_target(session=session, event_id=meeting.id, table=table, case=case)
    assert "bestaat niet" in caught.value.message("nl")


@pytest.mark.parametrize("client_id", ["", "short", "x" * 65, "ünïcode-ïd-1234", "a b c d e f g h"])
def test_malformed_client_ids(engine, client_id):
    meeting = make_meeting(engine)
    with pytest.raises(InvalidField):
        meeting.send(meeting.participant(), "tekst", client_id=client_id)


def test_closed_event_table_and_round_keep_what_is_stored(engine):
    meeting = make_meeting(engine, tables=2)
    who = meeting.participant()
    meeting.send(who, "eerst")
    target = meeting.target(table=1)
    with write_session(engine) as session:
        events.set_target_open(
            session=session, event_id=meeting.id, theme_id=target.theme_id, is_open=False
        )
    with pytest.raises(TargetClosed):
        meeting.send(who, "tafel dicht", table=1)
    with write_session(engine) as session:
        first = events.save_round(session=session, event_id=meeting.id, number=1, minutes=1)
        events.start_round(session=session, event_id=meeting.id, round_id=first.id)
        events.close_round(session=session, event_id=meeting.id, round_id=first.id)
    with pytest.raises(RoundClosed):
        meeting.send(who, "ronde voorbij", table=2)
    with write_session(engine) as session:
        events.set_event_open(session=session, event_id=meeting.id, is_open=False)
    with pytest.raises(EventClosed):
        meeting.send(who, "alles dicht", table=2)
    with read_session(engine) as session:
        assert [r.text for r in session.exec(select(Contribution))] == ["eerst"]
