"""Pre-moderation on the Live page (AppTest): the switch, the queue, approve and reject."""

from __future__ import annotations

from facilitation.core.db import read_session
from facilitation.models import Contribution, Event
from tests.ui import test_pages
from tests.ui.test_pages import app

meeting = test_pages.meeting  # the pages' fixture: the 12 February example on a fresh database

SWITCH = "Eerst beoordelen voordat het op de muur komt"


def test_the_facilitator_switches_review_on_and_approves_or_rejects(meeting):
    at = app("pages/facilitator/live.py", facilitator=True, event=meeting.event.code)
    next(t for t in at.toggle if t.label == SWITCH).set_value(True).run()
    with read_session(meeting.engine) as session:
        assert session.get(Event, meeting.id).review_first is True
    good = meeting.send(meeting.participant(), "Een goed idee", table=1)
    bad = meeting.send(meeting.participant(), "Reclame", table=1)
    assert good.pending and bad.pending
    at = app("pages/facilitator/live.py", facilitator=True, event=meeting.event.code)
    assert any("2 bijdragen wachten op beoordeling" in s.value for s in at.subheader)
    at.button(key=f"approve-{good.contribution_id}").click().run()
    at.button(key=f"reject-{bad.contribution_id}").click().run()
    with read_session(meeting.engine) as session:
        approved = session.get(Contribution, good.contribution_id)
        rejected = session.get(Contribution, bad.contribution_id)
        assert (approved.hidden, approved.pending) == (False, False)
        assert (rejected.hidden, rejected.pending) == (True, False)
