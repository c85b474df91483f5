"""Dot voting: limits, idempotent re-sends, closed votes, results for wall and harvest, concurrency."""

from __future__ import annotations

import contextlib
import threading
from collections import Counter

import pytest
from sqlmodel import func, select

from facilitation.agenda import actions, votes
from facilitation.agenda.view import agenda_view
from facilitation.agenda.vote_results import contribution_vote_results, results
from facilitation.core.db import read_session, write_session
from facilitation.core.errors import (
    NoDotsLeft,
    OptionNotInVote,
    TooManyOnOne,
    VoteClosed,
    VoteNotFound,
)
from facilitation.meeting import contributions
from facilitation.models import Dot, Vote
from tests.utils import make_agenda

PHONES = 100


def open_vote(meeting, *, dots=3, limit=None, **scope) -> Vote:
    with write_session(meeting.engine) as session:
        return votes.open_vote(
            session=session,
            event_id=meeting.id,
            title="Wat eerst?",
            dots=dots,
            max_per_option=limit,
            **scope,
        )


def place(meeting, who, vote, option, count):
    with write_session(meeting.engine) as session:
        return votes.place_dots(
            session=session, participant=who, vote_id=vote.id, option_id=option, count=count
        )


def votes_by_title(meeting) -> dict[str, int | None]:
    with read_session(meeting.engine) as session:
        return {
            a.title: a.votes
            for k in agenda_view(session=session, event_id=meeting.id)
            for a in k.actions
        }


def test_dots_move_until_the_limit_and_show_in_the_agenda(engine):
    meeting, ids = make_agenda(engine)
    assert set(votes_by_title(meeting).values()) == {None}, "no vote yet: no dots column"
    vote = open_vote(meeting, dots=3, limit=2)
    who = meeting.participant()
    assert place(meeting, who, vote, ids["offer"], 2).left == 1
    with pytest.raises(TooManyOnOne):
        place(meeting, who, vote, ids["offer"], 3)
    place(meeting, who, vote, ids["experiment"], 1)
    with pytest.raises(NoDotsLeft) as caught:
        place(meeting, who, vote, ids["second"], 1)
    assert "3 stippen" in caught.value.message("nl")
    ballot = place(meeting, who, vote, ids["offer"], 0)  # move both dots elsewhere
    assert ballot.placed == {ids["experiment"]: 1} and ballot.left == 2
    place(meeting, who, vote, ids["second"], 2)
    assert votes_by_title(meeting) == {
        "Positionering": 0,
        "Time bank extra": 1,
        "Multiplier-pot": 2,
    }


def test_a_resent_request_counts_once(engine):
    meeting, ids = make_agenda(engine)
    vote = open_vote(meeting)
    who = meeting.participant()
    for _ in range(3):  # the same tap arriving three times after reconnects
        place(meeting, who, vote, ids["offer"], 1)
    with read_session(engine) as session:
        standing = results(session=session, vote=vote)
    assert standing.voters == 1 and standing.total == 1
    assert standing.rows[0].label == "Positionering"


def test_closed_vote_refuses_with_a_clear_message_and_keeps_the_dots(engine):
    meeting, ids = make_agenda(engine)
    vote = open_vote(meeting)
    who = meeting.participant()
    place(meeting, who, vote, ids["offer"], 2)
    with write_session(engine) as session:
        votes.set_open(session=session, event_id=meeting.id, vote_id=vote.id, is_open=False)
    with pytest.raises(VoteClosed) as caught:
        place(meeting, who, vote, ids["offer"], 0)
    assert "gesloten" in caught.value.message("nl") and "closed" in caught.value.message("en")
    assert votes_by_title(meeting)["Positionering"] == 2


def test_votes_of_another_meeting_and_options_outside_the_vote_are_refused(engine):
    meeting, ids = make_agenda(engine)
    other, other_ids = make_agenda(engine)
    vote = open_vote(meeting, kind_id=_kind(meeting, ids["experiment"]))
    who = meeting.participant()
    with pytest.raises(OptionNotInVote):
        place(meeting, who, vote, ids["offer"], 1)  # an academy offer in an experiments vote
    with pytest.raises(OptionNotInVote):
        place(meeting, who, vote, other_ids["experiment"], 1)
    with pytest.raises(VoteNotFound):
        place(other, other.participant(), vote, other_ids["experiment"], 1)
    assert votes_by_title(meeting)["Positionering"] is None, "the offers were not in this vote"


def _kind(meeting, action_id) -> int:
    with read_session(meeting.engine) as session:
        return actions.get_action(session=session, event_id=meeting.id, action_id=action_id).kind_id


def test_opening_a_vote_closes_the_previous_one(engine):
    meeting, _ids = make_agenda(engine)
    first = open_vote(meeting)
    second = open_vote(meeting)
    with read_session(engine) as session:
        assert votes.current_vote(session=session, event_id=meeting.id).id == second.id
        assert session.get(Vote, first.id).is_open is False


def test_vote_on_a_tables_contributions_for_the_harvest(engine):
    meeting, _ids = make_agenda(engine)
    author = meeting.participant()
    good = meeting.send(author, "Open dag per wijk", table=2).contribution_id
    hidden = meeting.send(author, "Ongepast", table=2).contribution_id
    elsewhere = meeting.send(author, "Andere tafel", table=1).contribution_id
    vote = open_vote(meeting, target_key="t2")
    who = meeting.participant()
    place(meeting, who, vote, hidden, 1)
    with write_session(engine) as session:
        contributions.set_hidden(
            session=session, event_id=meeting.id, contribution_id=hidden, hidden=True
        )
    with pytest.raises(OptionNotInVote):
        place(meeting, who, vote, elsewhere, 1)
    assert place(meeting, who, vote, good, 2).left == 0, "a dot on a hidden text still counts"
    assert place(meeting, who, vote, hidden, 0).left == 1, "until it is taken back"
    with read_session(engine) as session:
        (result,) = contribution_vote_results(session=session, event_id=meeting.id)
    assert result.target_key == "t2" and result.title == "Wat eerst?"
    assert [(r.label, r.dots) for r in result.rows] == [("Open dag per wijk", 2)]
    assert result.chart_rows() == [("Open dag per wijk", 2)]


def test_hundred_phones_voting_at_once_never_overspend(engine):
    meeting, ids = make_agenda(engine)
    vote = open_vote(meeting, dots=3)
    phones = [meeting.participant() for _ in range(PHONES)]
    options = list(ids.values())
    start = threading.Barrier(PHONES)
    errors: list[BaseException] = []

    def phone(index: int) -> None:
        try:
            start.wait()
            for step in range(5):  # more taps than dots, each sent twice
                option = options[(index + step) % len(options)]
                for _ in range(2):
                    with contextlib.suppress(NoDotsLeft):
                        place(meeting, phones[index], vote, option, 1)
        except BaseException as error:  # reported below
            errors.append(error)

    _run(phone, PHONES)
    assert errors == []
    per_phone = _dots_per_participant(meeting, vote)
    assert len(per_phone) == PHONES and set(per_phone.values()) == {3}
    with read_session(engine) as session:
        assert results(session=session, vote=vote).total == PHONES * 3


def test_one_phone_in_hundred_tabs_at_once_gets_exactly_its_dots(engine):
    meeting, ids = make_agenda(engine)
    vote = open_vote(meeting, dots=3, limit=3)
    who = meeting.participant()
    options = list(ids.values())
    start = threading.Barrier(PHONES)
    outcomes: list[str] = []

    def tab(index: int) -> None:
        start.wait()
        try:
            place(meeting, who, vote, options[index % len(options)], 1 + index % 3)
            outcomes.append("ok")
        except (NoDotsLeft, TooManyOnOne) as refused:
            outcomes.append(type(refused).__name__)
        except BaseException as error:  # reported below
            outcomes.append(repr(error))

    _run(tab, PHONES)
    assert set(outcomes) <= {"ok", "NoDotsLeft"}
    assert _dots_per_participant(meeting, vote)[who.id] <= 3
    with read_session(engine) as session:
        slots = session.exec(select(Dot.slot).where(Dot.vote_id == vote.id)).all()
    assert len(slots) == len(set(slots)) <= 3


def _run(target, count: int) -> None:
    threads = [threading.Thread(target=target, args=(i,)) for i in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()


def _dots_per_participant(meeting, vote) -> Counter:
    with read_session(meeting.engine) as session:
        rows = session.exec(
            select(Dot.participant_id, func.count())
            .where(Dot.vote_id == vote.id)
            .group_by(Dot.participant_id)
        ).all()
    return Counter(dict(rows))
