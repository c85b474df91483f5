"""The wall's scan screen as HTML: every kind of question, hidden until revealed, too few answers."""

from __future__ import annotations

import base64
import re
import uuid

from facilitation.core.db import read_session, write_session
from facilitation.models import QuestionBase, QuestionKind, ResultsMode, Scan, ScanAudience
from facilitation.scans import answering, editor
from facilitation.scans.checks import Given
from facilitation.scans.results import scan_results
from tests.ui import test_pages
from ui.wall.scan import scan_html

meeting = test_pages.meeting

QUESTIONS = [
    QuestionBase(
        kind=QuestionKind.SCALE,
        prompt="Is de initiatiefnemer gecommitteerd?",
        pole_low="Ja",
        pole_high="Nee",
        scale_min=1,
        scale_max=10,
    ),
    QuestionBase(kind=QuestionKind.SINGLE, prompt="Fase?", options=["Idee", "Start"]),
    QuestionBase(kind=QuestionKind.OPEN, prompt="Eén woord?"),
    QuestionBase(kind=QuestionKind.RANKING, prompt="Eerst?", options=["Geld", "Kennis", "Tijd"]),
]


def _scan(meeting, results: ResultsMode = ResultsMode.LIVE) -> tuple[Scan, list[int]]:
    with write_session(meeting.engine) as session:
        scan = editor.create_scan(
            session=session, event_id=meeting.id, title="<b>Peiling</b>", results=results
        )
        ids = [
            editor.add_question(
                session=session, event_id=meeting.id, scan_id=scan.id or 0, question=q
            ).id
            or 0
            for q in QUESTIONS
        ]
        editor.set_scan_open(session=session, event_id=meeting.id, scan_id=scan.id, is_open=True)
    return scan, ids


def _answer(meeting, scan: Scan, ids: list[int], number: int, word: str) -> None:
    given = {
        ids[0]: Given(number=number),
        ids[1]: Given(choices=(number % 2,)),
        ids[2]: Given(text=word),
        ids[3]: Given(choices=(2, 0, 1)),
    }
    with write_session(meeting.engine) as session:
        answering.answer(
            session=session,
            event=meeting.event,
            scan_id=scan.id or 0,
            token=None,
            answers=given,
            client_id=uuid.uuid4().hex,
        )


def _html(meeting, scan: Scan, min_answers: int = 3) -> str:
    with read_session(meeting.engine) as session:
        results = scan_results(
            session=session, event_id=meeting.id, scan_id=scan.id or 0, min_answers=min_answers
        )
    return scan_html(results, "nl")


def test_every_kind_shows_its_figures_and_the_poles_with_numbers(meeting):
    scan, ids = _scan(meeting)
    for number, word in ((2, "energiek"), (3, "energiek"), (8, "<script>")):
        _answer(meeting, scan, ids, number, word)
    html = _html(meeting, scan)
    assert "&lt;b&gt;Peiling&lt;/b&gt;" in html and "<script>" not in html
    assert "1 = Ja … 10 = Nee" in html, "a Ja … Nee scale is never read the wrong way round"
    assert "gemiddelde 4,3 · mediaan 3,0 · 3 antwoorden" in html
    assert re.search(r'class="label">Idee</span>.*?class="n">1<', html)
    assert 'data-testid="word-cloud"' in html and "energiek" in html
    assert "1. Tijd" in html, "the ranking puts the most points first"


def test_results_wait_for_the_reveal(meeting):
    scan, ids = _scan(meeting, ResultsMode.ON_REVEAL)
    for number in (2, 3, 4):
        _answer(meeting, scan, ids, number, "rustig")
    assert 'data-testid="scan-hidden"' in _html(meeting, scan)
    with write_session(meeting.engine) as session:
        editor.reveal(
            session=session, event_id=meeting.id, scan_id=scan.id or 0, question_id=ids[0]
        )
    html = _html(meeting, scan)
    assert 'data-kind="scale"' in html and 'data-kind="single"' not in html
    assert "Nog 3 vragen waarvan de uitslag volgt." in html


def test_too_few_answers_show_no_figures(meeting):
    scan, ids = _scan(meeting)
    _answer(meeting, scan, ids, 7, "alleen")
    html = _html(meeting, scan)
    assert html.count("te weinig antwoorden") == 4
    assert "alleen" not in html and "gemiddelde" not in html


def test_the_radar_draws_a_polygon_per_group_and_the_room(meeting):
    with write_session(meeting.engine) as session:
        scan = editor.create_scan(
            session=session,
            event_id=meeting.id,
            title="Klimaat",
            audience=ScanAudience.PER_TABLE,
            results=ResultsMode.LIVE,
        )
        question = editor.add_question(
            session=session,
            event_id=meeting.id,
            scan_id=scan.id or 0,
            question=QuestionBase(
                kind=QuestionKind.SCALE_SET,
                prompt="Hoe sterk?",
                items=["Ideeën", "Middelen", "Gebruik"],
            ),
        )
        editor.set_scan_open(session=session, event_id=meeting.id, scan_id=scan.id, is_open=True)
    for table, value in (("t1", 2), ("t1", 3), ("t2", 9)):
        with write_session(meeting.engine) as session:
            answering.answer(
                session=session,
                event=meeting.event,
                scan_id=scan.id or 0,
                token=None,
                answers={question.id or 0: Given(items={0: value, 1: value, 2: value})},
                client_id=uuid.uuid4().hex,
                table_key=table,
            )
    html = _html(meeting, scan, min_answers=2)
    src = re.search(r'src="data:image/svg\+xml;base64,([^"]+)"', html)
    assert src, html
    svg = base64.b64decode(src.group(1)).decode()
    assert svg.count('class="segment"') == 1 and svg.count('class="room"') == 1
    assert "te weinig antwoorden" in html, "table 2 has one answer"
