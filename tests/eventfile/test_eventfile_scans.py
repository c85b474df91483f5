"""Scans in the event file: questions of every kind and their answers export and import
losslessly (same results, same file again), the report's choice of scans follows, and the
climate-scan example with three neighbourhoods imports with its answers."""

from __future__ import annotations

import re

import pytest

from facilitation import eventfile
from facilitation.core.db import read_session, write_session
from facilitation.core.errors import InvalidEventFile
from facilitation.harvest import shape
from facilitation.models import QuestionBase, ReportOptions, ScanAudience
from facilitation.scans import editor
from facilitation.scans.checks import Given
from facilitation.scans.results import report_key, scan_results
from tests.scans.helpers import choice, make_scan, neighbourhoods, scale
from tests.utils import EXAMPLES


def _export(engine, event_id) -> str:
    with read_session(engine) as session:
        text = eventfile.dump_yaml(eventfile.export_event(session=session, event_id=event_id))
    return re.sub(r"^code: .*$", "", text, flags=re.M)


def _import(engine, text: str):
    with write_session(engine) as session:
        model = eventfile.parse_event_file(text.encode("utf-8"))
        return eventfile.import_event(session=session, model=model, keep_code=False)


def _results(engine, event_id):
    with read_session(engine) as session:
        scans = editor.scans_of(session=session, event_id=event_id)
        return [
            [
                (q.room, q.segments, q.visible)
                for q in scan_results(
                    session=session, event_id=event_id, scan_id=s.id, min_answers=1
                ).questions
            ]
            for s in scans
        ]


def test_every_kind_of_question_and_answer_round_trips(engine):
    meeting = neighbourhoods(engine)
    scan = make_scan(
        meeting,
        scale(dont_know=True, help="Kies een getal"),
        QuestionBase(
            kind="scale_set",
            prompt="F",
            items=["a", "b", "c"],
            item_help=["x", "y", "z"],
            dont_know=True,
        ),
        choice(allow_other=True),
        choice("multiple", allow_other=True),
        choice("bins"),
        QuestionBase(kind="open", prompt="Woord?", hidden_words=["geld"]),
        choice("ranking"),
        audience=ScanAudience.PER_TABLE,
    )
    q = scan.question_ids
    for n in range(4):
        scan.answer(
            {
                q[0]: Given(dont_know=True) if n == 0 else Given(number=n + 2),
                q[1]: Given(items={0: n + 1, 2: None if n else 4}),
                q[2]: Given(other="Coöperatie") if n == 1 else Given(choices=(n % 3,)),
                q[3]: Given(choices=(0, 2), other="Iets"),
                q[4]: Given(choices=(1,)),
                q[5]: Given(text="geld" if n else "samen"),
                q[6]: Given(choices=(2, 0, 1)),
            },
            table=n % 3 + 1,
        )
    scan.edit(editor.reveal, scan_id=scan.scan_id, question_id=q[2])
    scan.edit(editor.set_question_open, question_id=q[4], is_open=False)
    with write_session(engine) as session:
        shape.save_report_options(
            session=session,
            event_id=meeting.id,
            options=ReportOptions(parts={report_key(scan.scan_id): False}),
        )
    exported = _export(engine, meeting.id)
    assert "scan.1: false" in exported
    copy = _import(engine, exported)
    assert _export(engine, copy.id) == exported
    assert _results(engine, copy.id) == _results(engine, meeting.id)
    with read_session(engine) as session:
        (new_scan,) = editor.scans_of(session=session, event_id=copy.id)
        assert shape.report_options(session=session, event_id=copy.id).parts == {
            report_key(new_scan.id): False
        }


def test_an_answer_to_a_question_that_is_not_there_is_refused():
    text = """
oogst: 1
format: table_rounds
title: X
scans:
  - title: Peiling
    questions: [{kind: scale, prompt: Hoe?}]
    responses: [{answers: [{question: 2, number: 3}]}]
"""
    with pytest.raises(InvalidEventFile):
        eventfile.parse_event_file(text.encode())


def test_the_climate_scan_example_has_three_neighbourhoods_with_answers(engine):
    path = EXAMPLES / "wijkscan-initiatievenklimaat.yaml"
    event = _import(engine, path.read_text(encoding="utf-8"))
    with read_session(engine) as session:
        climate = editor.scans_of(session=session, event_id=event.id)[0]
        result = scan_results(session=session, event_id=event.id, scan_id=climate.id)
    functions = result.questions[0]
    assert [s.label for s in functions.segments] == ["Wijk A", "Wijk B", "Wijk C"]
    assert all(not s.suppressed and s.respondents == 6 for s in functions.segments)
    assert len(functions.radar()) == 4 and functions.visible
