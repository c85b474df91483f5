"""Pre-moderation in the domain: pending until decided, re-reviewed after an edit, never in
the report."""

from __future__ import annotations

from facilitation.core.db import read_session, write_session
from facilitation.harvest.report.content import read_harvest
from facilitation.meeting import contributions, review
from facilitation.models import Contribution
from tests.utils import Meeting, make_meeting


def _texts(meeting: Meeting) -> list[str]:
    with read_session(meeting.engine) as session:
        harvest = read_harvest(session=session, event_id=meeting.id, include_hidden=True)
    return [item.row.text for theme in harvest.themes for item in theme.items]


def test_pending_until_approved_and_an_edit_is_reviewed_again(engine):
    meeting = make_meeting(engine)
    with write_session(meeting.engine) as session:
        review.set_review_first(session=session, event_id=meeting.id, on=True)
    who = meeting.participant()
    sent = meeting.send(who, "Eerst bekijken")
    assert sent.pending
    assert "Eerst bekijken" not in _texts(meeting), "pending is never in the report"
    with write_session(meeting.engine) as session:
        assert (
            review.decide(
                session=session,
                event_id=meeting.id,
                contribution_ids=[sent.contribution_id],
                approve=True,
            )
            == 1
        )
    assert "Eerst bekijken" in _texts(meeting)
    with write_session(meeting.engine) as session:
        contributions.edit_own(
            session=session,
            participant=who,
            contribution_id=sent.contribution_id,
            text="Nu iets anders",
            max_chars=2000,
        )
    with read_session(meeting.engine) as session:
        row = session.get(Contribution, sent.contribution_id)
        assert (row.hidden, row.pending) == (True, True)
        assert [r.id for r in review.waiting(session=session, event_id=meeting.id)] == [row.id]


def test_showing_a_waiting_contribution_in_the_harvest_editor_approves_it(engine):
    from facilitation.harvest.editing import update_contribution
    from facilitation.models import ContributionUpdate

    meeting = make_meeting(engine)
    with write_session(meeting.engine) as session:
        review.set_review_first(session=session, event_id=meeting.id, on=True)
    sent = meeting.send(meeting.participant(), "Via de oogst")
    for hidden, pending in ((True, True), (False, False)):
        with write_session(meeting.engine) as session:
            update_contribution(
                session=session,
                event_id=meeting.id,
                contribution_id=sent.contribution_id,
                update=ContributionUpdate(hidden=hidden),
            )
        with read_session(meeting.engine) as session:
            row = session.get(Contribution, sent.contribution_id)
            assert (row.hidden, row.pending) == (hidden, pending)
    assert "Via de oogst" in _texts(meeting)
