"""Answering from the phone: one answer set per phone, idempotent re-sends, changes while open,
two tabs, per-table segments, and every bad input refused with a named error, nothing lost."""

from __future__ import annotations

import pytest
from sqlmodel import func, select

from facilitation.core.db import read_session, write_session
from facilitation.core.errors import (
    AnswerChangedElsewhere,
    AnswerTooLong,
    DontKnowNotOffered,
    OptionNotFound,
    OtherNotOffered,
    QuestionClosed,
    QuestionNotFound,
    RankingIncomplete,
    ScanClosed,
    ScanNeedsTable,
    ScanNotFound,
    TooManyChoices,
    ValueNotNumber,
    ValueOutOfRange,
)
from facilitation.models import QuestionBase, ScanAnswer, ScanAudience, ScanResponse
from facilitation.scans import answering, editor
from facilitation.scans.checks import Given
from tests.scans.helpers import choice, make_scan, neighbourhoods, scale
from tests.utils import make_meeting


def _count(engine, model) -> int:
    with read_session(engine) as session:
        return session.exec(select(func.count()).select_from(model)).one()


def test_a_resend_never_doubles_and_keeps_the_phone(engine):
    scan = make_scan(make_meeting(engine), scale())
    first = scan.answer(Given(number=3), client_id="send-1")
    again = scan.answer(Given(number=3), token=None, client_id="send-1")
    assert again.duplicate and again.response_id == first.response_id
    assert again.token == first.token  # the identity the first send created
    assert _count(engine, ScanResponse) == 1 and _count(engine, ScanAnswer) == 1


def test_answers_change_while_open_and_a_late_resend_does_not_undo_them(engine):
    scan = make_scan(make_meeting(engine), scale())
    first = scan.answer(Given(number=3), client_id="a")
    scan.answer(Given(number=8), token=first.token, client_id="b")
    late = scan.answer(Given(number=3), token=first.token, client_id="a")
    assert late.duplicate
    mine = _mine(scan, first.token)
    assert mine.answers[scan.qid].number == 8 and mine.version == 2


def _mine(scan, token):
    with read_session(scan.engine) as session:
        return answering.my_answers(
            session=session, event_id=scan.meeting.id, scan_id=scan.scan_id, token=token
        )


def test_two_tabs_one_phone_the_stale_tab_is_told(engine):
    scan = make_scan(make_meeting(engine), scale(), choice())
    one = scan.answer(Given(number=4), client_id="tab1-a")
    scan.answer({scan.question_ids[1]: Given(choices=(1,))}, token=one.token, expected_version=1)
    with pytest.raises(AnswerChangedElsewhere):
        scan.answer(Given(number=9), token=one.token, expected_version=1)
    mine = _mine(scan, one.token)
    assert mine.answers[scan.qid].number == 4
    assert mine.answers[scan.question_ids[1]].choices == (1,)


def test_a_send_answers_some_questions_and_keeps_the_others(engine):
    scan = make_scan(make_meeting(engine), scale(), choice("multiple"))
    one = scan.answer({scan.qid: Given(number=2), scan.question_ids[1]: Given(choices=(2, 0))})
    receipt = scan.answer(Given(), token=one.token)  # clears the scale only
    assert (receipt.answered, receipt.total) == (1, 2)
    assert _mine(scan, one.token).answers == {scan.question_ids[1]: Given(choices=(0, 2))}


def test_per_table_scan_takes_the_table_as_segment_and_keeps_it(engine):
    meeting = neighbourhoods(engine)
    scan = make_scan(meeting, scale(), audience=ScanAudience.PER_TABLE)
    with pytest.raises(ScanNeedsTable):
        scan.answer(Given(number=5))
    first = scan.answer(Given(number=5), table=2)
    moved = scan.answer(Given(number=6), token=first.token, table=3)
    assert first.theme_id == moved.theme_id == meeting.target(table=2).theme_id


@pytest.mark.parametrize(
    ("question", "given", "error"),
    [
        (scale(), Given(number=11), ValueOutOfRange),
        (scale(), Given(number=0), ValueOutOfRange),
        (scale(scale_min=0), Given(number=-1), ValueOutOfRange),
        (scale(), Given(number="zeven"), ValueNotNumber),
        (scale(), Given(number="7.5"), ValueNotNumber),
        (scale(), Given(number=7.5), ValueNotNumber),
        (scale(), Given(number=True), ValueNotNumber),
        (scale(), Given(dont_know=True), DontKnowNotOffered),
        (choice(), Given(choices=(3,)), OptionNotFound),
        (choice(), Given(choices=(-1,)), OptionNotFound),
        (choice(), Given(choices=(0, 1)), TooManyChoices),
        (choice(), Given(other="Coöperatie"), OtherNotOffered),
        (choice(allow_other=True), Given(choices=(0,), other="Coöperatie"), TooManyChoices),
        (choice("bins"), Given(choices=(9,)), OptionNotFound),
        (choice("ranking"), Given(choices=(0, 1)), RankingIncomplete),
        (choice("ranking"), Given(choices=(0, 1, 1)), RankingIncomplete),
        (QuestionBase(kind="open", prompt="Eén woord?"), Given(text="x" * 81), AnswerTooLong),
        (
            QuestionBase(kind="scale_set", prompt="Functies", items=["a", "b"]),
            Given(items={2: 5}),
            OptionNotFound,
        ),
        (
            QuestionBase(kind="scale_set", prompt="Functies", items=["a", "b"]),
            Given(items={0: "veel"}),
            ValueNotNumber,
        ),
    ],
)
def test_bad_values_are_refused_and_nothing_stored_is_lost(engine, question, given, error):
    scan = make_scan(make_meeting(engine), question, scale())
    kept = scan.answer({scan.question_ids[1]: Given(number=5)})
    with pytest.raises(error) as caught:
        scan.answer({scan.question_ids[1]: Given(number=6), scan.qid: given}, token=kept.token)
    assert caught.value.message("nl") and caught.value.message("en")
    assert _mine(scan, kept.token).answers == {scan.question_ids[1]: Given(number=5)}


def test_closed_scan_closed_question_and_another_meetings_scan(engine):
    scan = make_scan(make_meeting(engine), scale(), scale())
    kept = scan.answer(Given(number=5))
    scan.edit(editor.set_question_open, question_id=scan.question_ids[1], is_open=False)
    with pytest.raises(QuestionClosed):
        scan.answer({scan.question_ids[1]: Given(number=2)}, token=kept.token)
    scan.edit(editor.set_scan_open, scan_id=scan.scan_id, is_open=False)
    with pytest.raises(ScanClosed):
        scan.answer(Given(number=1), token=kept.token)
    other = make_scan(make_meeting(engine, title="Andere"), scale())
    with pytest.raises(QuestionNotFound):
        other.answer({scan.qid: Given(number=1)})
    with write_session(engine) as session, pytest.raises(ScanNotFound):
        answering.answer(
            session=session,
            event=other.meeting.event,
            scan_id=scan.scan_id,
            token=None,
            answers={scan.qid: Given(number=1)},
            client_id="x",
        )
    assert _mine(scan, kept.token).answers == {scan.qid: Given(number=5)}


def test_a_resend_after_closing_still_gets_its_receipt(engine):
    scan = make_scan(make_meeting(engine), scale())
    first = scan.answer(Given(number=5), client_id="c1")
    scan.edit(editor.set_scan_open, scan_id=scan.scan_id, is_open=False)
    assert scan.answer(Given(number=5), token=first.token, client_id="c1").duplicate


def test_every_kind_round_trips_through_my_answers(engine):
    scan = make_scan(
        make_meeting(engine),
        scale(dont_know=True),
        QuestionBase(kind="scale_set", prompt="F", items=["a", "b", "c"], dont_know=True),
        choice(allow_other=True),
        choice("multiple", allow_other=True),
        choice("bins"),
        QuestionBase(kind="open", prompt="Woord?"),
        choice("ranking"),
    )
    q = scan.question_ids
    given = {
        q[0]: Given(dont_know=True),
        q[1]: Given(items={0: 3, 2: None}),
        q[2]: Given(other="Coöperatie"),
        q[3]: Given(choices=(2, 0), other="Anders iets"),
        q[4]: Given(choices=(1,)),
        q[5]: Given(text="  Samen   sterk "),
        q[6]: Given(choices=(2, 0, 1)),
    }
    receipt = scan.answer(given)
    assert (receipt.answered, receipt.total) == (7, 7)
    mine = _mine(scan, receipt.token).answers
    assert mine[q[1]] == Given(items={0: 3, 2: None})
    assert mine[q[3]] == Given(choices=(0, 2), other="Anders iets")
    assert mine[q[5]].text == "Samen sterk"
    assert mine[q[6]].choices == (2, 0, 1)
