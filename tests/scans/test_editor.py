"""The facilitator's editor: scans and questions created, changed, reordered, copied, deleted;
invalid questions refused; the built-in templates complete in Dutch and English."""

from __future__ import annotations

import pytest

from facilitation.core.db import read_session, write_session
from facilitation.core.errors import (
    InvalidField,
    InvalidQuestion,
    ScanNotFound,
    ScanTemplateNotFound,
)
from facilitation.models import QuestionBase, QuestionUpdate, ScanAudience, ScanUpdate
from facilitation.scans import editor, templates
from facilitation.scans.checks import Given, check_question
from tests.scans.helpers import choice, make_scan, scale
from tests.utils import make_meeting


def _prompts(scan) -> list[str]:
    with read_session(scan.engine) as session:
        return [q.prompt for q in editor.questions_of(session=session, scan_id=scan.scan_id)]


def test_questions_added_at_a_place_reordered_and_deleted(engine):
    scan = make_scan(make_meeting(engine), scale(prompt="een"), scale(prompt="drie"))
    with write_session(engine) as session:
        editor.add_question(
            session=session,
            event_id=scan.meeting.id,
            scan_id=scan.scan_id,
            question=scale(prompt="twee"),
            position=1,
        )
    assert _prompts(scan) == ["een", "twee", "drie"]
    with read_session(engine) as session:
        ids = [q.id for q in editor.questions_of(session=session, scan_id=scan.scan_id)]
    scan.edit(editor.reorder_questions, scan_id=scan.scan_id, question_ids=ids[::-1])
    assert _prompts(scan) == ["drie", "twee", "een"]
    with pytest.raises(InvalidField):
        scan.edit(editor.reorder_questions, scan_id=scan.scan_id, question_ids=ids[:2])
    scan.edit(editor.delete_question, question_id=ids[1])
    assert _prompts(scan) == ["drie", "een"]


def test_update_scan_and_question_and_copy_without_answers(engine):
    scan = make_scan(make_meeting(engine), choice(allow_other=True))
    scan.answer(Given(choices=(0,)))
    scan.edit(
        editor.update_scan,
        scan_id=scan.scan_id,
        changes=ScanUpdate(title="  Vorm  ", audience=ScanAudience.PER_TABLE),
    )
    question = scan.edit(
        editor.update_question,
        question_id=scan.qid,
        changes=QuestionUpdate(options=["A", "B"], is_open=False),
    )
    assert question.options == ["A", "B"] and not question.is_open
    copy = scan.edit(editor.copy_scan, scan_id=scan.scan_id)
    with read_session(engine) as session:
        assert copy.title == "Vorm" and not copy.is_open
        assert [q.options for q in editor.questions_of(session=session, scan_id=copy.id)] == [
            ["A", "B"]
        ]
        scans = editor.scans_of(session=session, event_id=scan.meeting.id)
    assert [s.id for s in scans] == [scan.scan_id, copy.id]
    scan.edit(editor.reorder_scans, scan_ids=[copy.id, scan.scan_id])
    scan.edit(editor.delete_scan, scan_id=scan.scan_id)
    with read_session(engine) as session, pytest.raises(ScanNotFound):
        editor.get_scan(session=session, event_id=scan.meeting.id, scan_id=scan.scan_id)


@pytest.mark.parametrize(
    "question",
    [
        QuestionBase(kind="scale", prompt=""),
        QuestionBase(kind="scale", prompt="x", scale_min=2),
        QuestionBase(kind="single", prompt="x", options=["alleen"]),
        QuestionBase(kind="multiple", prompt="x", options=["a", "a"]),
        QuestionBase(kind="bins", prompt="x", options=["a", " "]),
        QuestionBase(kind="scale_set", prompt="x"),
        QuestionBase(kind="ranking", prompt="x", options=[str(i) for i in range(11)]),
    ],
)
def test_invalid_questions_are_refused(question):
    with pytest.raises(InvalidQuestion) as caught:
        check_question(question)
    assert "field" in caught.value.params


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_templates_are_complete_in_both_languages(lang):
    climate = templates.template(templates.CLIMATE, lang)
    (functions,) = climate.questions
    assert functions.kind == "scale_set" and len(functions.items) == 7
    assert len(functions.item_help) == 7 and climate.audience == ScanAudience.PER_TABLE
    intake = templates.template(templates.INTAKE, lang)
    assert len(intake.questions) == 25  # the initiative's name and the publication's 24
    keys = [q.key for q in intake.questions]
    assert len(set(keys)) == 25 and {"name", "initiator", "phase", "support"} <= set(keys)
    for question in (*climate.questions, *intake.questions):
        check_question(question)
    scales = [q for q in intake.questions if q.kind == "scale"]
    assert len(scales) == 12 and all(q.pole_low and q.pole_high for q in scales)
    yes_first = "Ja" if lang == "nl" else "Yes"
    assert sum(q.pole_low == yes_first for q in scales) == 9


def test_template_copied_into_a_meeting_is_an_ordinary_scan(engine):
    meeting = make_meeting(engine)
    with write_session(engine) as session:
        scan = templates.create_from_template(
            session=session, event_id=meeting.id, key=templates.INTAKE, lang="en"
        )
        assert scan.template == templates.INTAKE and scan.title.startswith("Intake")
        assert len(editor.questions_of(session=session, scan_id=scan.id or 0)) == 25
        with pytest.raises(ScanTemplateNotFound):
            templates.create_from_template(session=session, event_id=meeting.id, key="nope")
