"""Whatever people paste, the report builds and shows their text as text."""

from __future__ import annotations

import io
import zipfile

from facilitation.core.db import read_session, write_session
from facilitation.harvest.report.builder import build_report
from facilitation.harvest.report.content import read_harvest
from facilitation.harvest.service import harvest_report
from facilitation.models import Contribution, Event
from tests.docx_reading import read_docx
from tests.utils import make_meeting

NASTY = [
    "<script>alert('x')</script> & <b>vet</b>",
    "**markdown** _nadruk_ [link](javascript:alert(1)) # kop",
    "=SUM(A1:A9) en {{ jinja }} en {% if %} en ${env}",
    "Emoji 🌱🙂👩🏽‍🌾 en een vlag 🇳🇱",
    "مرحبا بالجميع في الاجتماع",
    "שלום לכולם",
    "Regel één\nRegel twee\tmet tab",
]


def _report(meeting, **kwargs):
    with read_session(meeting.engine) as session:
        return harvest_report(session=session, event_id=meeting.id, **kwargs).data


def test_markup_emoji_and_right_to_left_stay_text(sqlite_engine):
    meeting = make_meeting(sqlite_engine, tables=1)
    who = meeting.participant()
    for text in NASTY:
        meeting.send(who, text)
    report = read_docx(_report(meeting))
    assert [text for _, text in report.bullets()] == NASTY
    assert report.links() == []
    arabic = next(p for p in report.paragraphs if p.text == NASTY[4])
    assert arabic._p.pPr.xpath("w:bidi")
    dutch = next(p for p in report.paragraphs if p.text == NASTY[0])
    assert not dutch._p.pPr.xpath("w:bidi")


def test_control_characters_from_word_and_pdf_are_dropped(sqlite_engine):
    meeting = make_meeting(sqlite_engine, tables=1)
    raw = "Uit\x00 PDF\x0b geplakt\x0c met\x1f stuurtekens\ufffe"
    with write_session(sqlite_engine) as session:
        # Stored as it came (an old import or a direct database write): the builder copes.
        session.add(Contribution(event_id=meeting.id, theme_id=_theme_id(meeting), text=raw))
        event = session.get(Event, meeting.id)
        event.title = "Titel\x07 met bel"
        session.add(event)
    report = read_docx(_report(meeting))
    assert report.bullets() == [(0, "Uit PDF geplakt met stuurtekens")]
    assert report.texts("Title") == ["Titel met bel"]


def test_lone_surrogates_become_replacement_characters(sqlite_engine):
    meeting = make_meeting(sqlite_engine, tables=1)
    meeting.send(meeting.participant(), "placeholder")
    with read_session(sqlite_engine) as session:
        content = read_harvest(session=session, event_id=meeting.id)
    content.themes[0].items[0].row.text = "half \ud800 surrogaat"  # never stored, only in memory
    report = read_docx(build_report(content, charts=False).data)
    assert report.bullets() == [(0, "half \ufffd surrogaat")]


def _theme_id(meeting) -> int:
    return meeting.target(table=1).theme.id


def test_twenty_thousand_characters_arrive_whole(sqlite_engine):
    meeting = make_meeting(sqlite_engine, tables=1)
    long = ("Een heel lang betoog met www.voorbeeld.nl erin. " * 420)[:20_000]
    with write_session(sqlite_engine) as session:
        session.add(Contribution(event_id=meeting.id, theme_id=_theme_id(meeting), text=long))
    data = _report(meeting)
    [(_, text)] = read_docx(data).bullets()
    assert text == long
    assert zipfile.ZipFile(io.BytesIO(data)).testzip() is None
