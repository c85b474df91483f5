"""Many phones at once: nothing lost, nothing duplicated, revisions strictly serial (SQLite and PostgreSQL)."""

from __future__ import annotations

import contextlib
import threading
from collections import Counter

from sqlmodel import select

from facilitation.core.db import read_revision, read_session, write_session
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
        revision = read_revision(session=session, event_id=meeting.id)
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


def test_two_hundred_phones_send_vote_and_sign_up_at_once(engine):
    """The three writes of a live meeting at the same moment, each arriving twice."""
    from facilitation.agenda import signups, votes
    from facilitation.agenda.signups import SignupDetails
    from facilitation.core.errors import NoDotsLeft
    from facilitation.models import Dot, Driver
    from tests.utils import make_agenda

    meeting, ids = make_agenda(engine, tables=4)
    with write_session(engine) as session:
        vote = votes.open_vote(session=session, event_id=meeting.id, title="Wat eerst?", dots=3)
    phones = [meeting.participant() for _ in range(200)]
    options = list(ids.values())
    start = threading.Barrier(200)
    errors: list[BaseException] = []

    def phone(index: int) -> None:
        who = phones[index]
        try:
            start.wait()
            for _ in range(2):  # every request arrives twice, as after a reconnect
                meeting.send(
                    who, f"samen {index}", table=1 + index % 4, client_id=f"mixed-{index:04d}-a"
                )
                with write_session(engine) as session:
                    signups.sign_up(
                        session=session,
                        participant=who,
                        action_id=options[index % 3],
                        lead=index % 2 == 0,
                        details=SignupDetails(f"Deelnemer {index}", "", "", True, False, "n", ""),
                    )
                for step in range(4):  # four taps for three dots: the last one is refused
                    with contextlib.suppress(NoDotsLeft), write_session(engine) as session:
                        votes.place_dots(
                            session=session,
                            participant=who,
                            vote_id=vote.id,
                            option_id=options[(index + step) % 3],
                            count=1 + step // 3,
                        )
        except BaseException as error:
            errors.append(error)

    threads = [threading.Thread(target=phone, args=(i,)) for i in range(200)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    with read_session(engine) as session:
        texts = Counter(
            r.text
            for r in session.exec(select(Contribution).where(Contribution.event_id == meeting.id))
        )
        sign_ups = Counter(
            d.participant_id
            for d in session.exec(select(Driver).where(Driver.participant_id.is_not(None)))
        )
        dots = Counter(
            d.participant_id for d in session.exec(select(Dot).where(Dot.vote_id == vote.id))
        )
    assert texts == Counter(f"samen {i}" for i in range(200)), "0 lost, 0 duplicated"
    assert len(sign_ups) == 200 and set(sign_ups.values()) == {1}
    assert len(dots) == 200 and max(dots.values()) <= 3, "vote limits hold"
