"""The bad-input corpus (tests/test_bad_input.py) as open answers and "Anders: …" texts: each is
stored as clean text on one line, cleared when nothing is left, or refused with a named error
in both languages; what was stored before stays; the cloud and the export show text only."""

from __future__ import annotations

import csv
import io

import pytest

from facilitation.core.db import read_session
from facilitation.core.errors import OogstError
from facilitation.core.text import single_line
from facilitation.models import QuestionBase
from facilitation.scans import answering, export
from facilitation.scans.checks import OPEN_ANSWER_CHARS, OTHER_CHARS, Given
from tests.scans.helpers import choice, make_scan
from tests.test_bad_input import TEXT_CASES
from tests.utils import make_meeting


@pytest.fixture(scope="module")
def corpus_scan(tmp_path_factory):
    from facilitation.core.db import init_schema, make_engine

    engine = make_engine(f"sqlite:///{tmp_path_factory.mktemp('bad') / 'oogst.db'}")
    init_schema(engine)
    yield make_scan(
        make_meeting(engine),
        QuestionBase(kind="open", prompt="Eén woord?"),
        choice(allow_other=True),
    )
    engine.dispose()


@pytest.mark.parametrize(
    ("case", "text"), [(c[0], c[1]) for c in TEXT_CASES], ids=[c[0] for c in TEXT_CASES]
)
def test_open_answers_and_other_texts(corpus_scan, case, text):
    scan = corpus_scan
    kept = scan.answer({scan.question_ids[1]: Given(choices=(0,))})
    expected = single_line(text)
    for given, limit in (
        ({scan.qid: Given(text=text)}, OPEN_ANSWER_CHARS),
        ({scan.question_ids[1]: Given(other=text)}, OTHER_CHARS),
    ):
        try:
            scan.answer(given, token=kept.token)
        except OogstError as error:
            assert len(expected) > limit, case
            assert error.message("nl") and error.message("en")
            continue
        assert len(expected) <= limit, case
    with read_session(scan.engine) as session:
        mine = answering.my_answers(
            session=session, event_id=scan.meeting.id, scan_id=scan.scan_id, token=kept.token
        ).answers
        rows = list(
            csv.reader(
                io.StringIO(
                    export.answers_csv(session=session, event_id=scan.meeting.id).decode(
                        "utf-8-sig"
                    )
                )
            )
        )
    if len(expected) <= OPEN_ANSWER_CHARS and expected:
        assert mine[scan.qid].text == expected
    if len(expected) > OTHER_CHARS:  # refused: the earlier answer is never lost
        assert mine[scan.question_ids[1]] == Given(choices=(0,))
    elif expected:
        assert mine[scan.question_ids[1]] == Given(other=expected)
    else:  # nothing left of the text: the answer is cleared, as an empty send does
        assert scan.question_ids[1] not in mine
    for row in rows[1:]:
        for cell in row:
            assert "\n" not in cell and not cell.startswith(("=", "+", "-", "@"))
    cloud = scan.results().questions[0].room.cloud
    assert cloud is None or all("\n" not in word for word, _n in cloud.words)
