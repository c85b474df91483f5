"""Many phones at once: nothing lost, nothing duplicated, revisions strictly serial (SQLite and PostgreSQL)."""

from __future__ import annotations

import threading
from collections import Counter

from sqlmodel import select

from facilitation.db import read_revision, read_session
from facilitation.models import Contribution
from tests.utils import make_meeting

PHONES = 20
SENDS = 2


def test_twenty_phones_two_sends_each_with_resends(engine):
    meeting = make_meeting(engine, tables=4)
    phones = [meeting.participant() for _ in range(PHONES)]
    start = threading.Barrier(PHONES)
    errors: list[BaseException] = []

    def phone(index: int) -> None:
        try:
            start.wait()
            for n in range(SENDS):
                client_id = f"phone{index:03d}-send{n}"
                # Every send arrives twice, as after a reconnect: it must be stored once.
                for _ in range(2):
                    meeting.send(
                        phones[index],
                        f"telefoon {index} idee {n}",
                        table=1 + index % 4,
                        client_id=client_id,
                    )
        except BaseException as error:  # reported below
            errors.append(error)

    threads = [threading.Thread(target=phone, args=(i,)) for i in range(PHONES)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    with read_session(engine) as session:
        rows = list(session.exec(select(Contribution).where(Contribution.event_id == meeting.id)))
        revision = read_revision(session, meeting.id)
    texts = Counter(r.text for r in rows)
    assert len(rows) == PHONES * SENDS
    assert set(texts.values()) == {1}
    revisions = [r.revision for r in rows]
    assert len(set(revisions)) == len(revisions), "each write got its own revision"
    assert max(revisions) <= revision


def test_two_hundred_phones_at_the_same_moment(engine):
    """200 phones send at once, and every send arrives twice (a re-send racing the first)."""
    meeting = make_meeting(engine, tables=6)
    phones = [meeting.participant() for _ in range(200)]
    start = threading.Barrier(400)
    errors: list[BaseException] = []

    def send(index: int) -> None:
        try:
            start.wait()
            meeting.send(
                phones[index],
                f"gelijktijdig {index}",
                table=1 + index % 6,
                client_id=f"burst-{index:04d}-x",
            )
        except BaseException as error:
            errors.append(error)

    threads = [threading.Thread(target=send, args=(i % 200,)) for i in range(400)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    with read_session(engine) as session:
        rows = list(session.exec(select(Contribution).where(Contribution.event_id == meeting.id)))
    assert len(rows) == 200
    assert Counter(r.text for r in rows) == Counter(f"gelijktijdig {i}" for i in range(200))
