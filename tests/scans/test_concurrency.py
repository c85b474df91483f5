"""Two hundred phones answering a climate scan at once, each sending twice (a re-send after a
dropped connection): every answer stored once, none lost, the results count each phone once;
and one phone's tabs racing each other never make a second answer set."""

from __future__ import annotations

import threading
import uuid

from sqlmodel import func, select

from facilitation.core.db import read_session
from facilitation.models import QuestionBase, ScanAnswer, ScanAudience, ScanResponse
from facilitation.scans.checks import Given
from facilitation.scans.results import ResultsCache
from tests.scans.helpers import make_scan, neighbourhoods, scale
from tests.utils import make_meeting

PHONES = 200
FUNCTIONS = QuestionBase(kind="scale_set", prompt="Functies", items=[f"F{i}" for i in range(7)])


def _run(target, count: int) -> list[BaseException]:
    errors: list[BaseException] = []
    start = threading.Barrier(count)

    def guarded(index: int) -> None:
        try:
            start.wait()
            target(index)
        except BaseException as error:  # reported by the test
            errors.append(error)

    threads = [threading.Thread(target=guarded, args=(i,)) for i in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return errors


def test_two_hundred_phones_answer_at_once_none_lost_none_doubled(engine):
    scan = make_scan(neighbourhoods(engine), FUNCTIONS, audience=ScanAudience.PER_TABLE)
    cache = ResultsCache()

    def phone(index: int) -> None:
        client_id = uuid.uuid4().hex
        given = Given(items={i: (index + i) % 10 + 1 for i in range(7)})
        first = scan.answer(given, table=index % 3 + 1, client_id=client_id)
        again = scan.answer(given, token=None, table=index % 3 + 1, client_id=client_id)
        assert again.duplicate and again.response_id == first.response_id
        scan.results(cache=cache)

    assert _run(phone, PHONES) == []
    with read_session(scan.engine) as session:
        responses = session.exec(select(func.count()).select_from(ScanResponse)).one()
        answers = session.exec(select(func.count()).select_from(ScanAnswer)).one()
    assert (responses, answers) == (PHONES, PHONES * 7)
    cached, fresh = scan.results(cache=cache), scan.results()
    assert cached.respondents == fresh.respondents == PHONES
    assert cached.questions[0].room == fresh.questions[0].room
    assert sum(s.respondents for s in fresh.questions[0].segments) == PHONES
    expected = sum((i % 10) + 1 for i in range(PHONES)) / PHONES
    assert fresh.questions[0].room.items[0].mean == expected


def test_one_phone_many_tabs_at_once_keeps_one_answer_set(engine):
    scan = make_scan(make_meeting(engine), scale())
    token = scan.answer(Given(number=1)).token
    tabs = 40

    def tab(index: int) -> None:
        scan.answer(Given(number=index % 10 + 1), token=token)

    assert _run(tab, tabs) == []
    with read_session(scan.engine) as session:
        responses = session.exec(select(ScanResponse)).all()
        answers = session.exec(select(func.count()).select_from(ScanAnswer)).one()
    assert len(responses) == 1 and answers == 1 and responses[0].version == tabs + 1
