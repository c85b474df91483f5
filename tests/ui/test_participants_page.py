"""The participants page with AppTest: erasing a participant confirms once, and it shows."""

from __future__ import annotations

from facilitation.core.db import read_session
from facilitation.models import Participant
from tests.ui import test_pages
from tests.ui.test_pages import app

meeting = test_pages.meeting  # the pages' fixture: the 12 February example on a fresh database


def test_erasing_a_participant_confirms_once_after_the_rerun(meeting):
    who = meeting.participant()
    meeting.send(who, "Mijn idee", table=1)
    at = app("pages/facilitator/participants.py", facilitator=True, event=meeting.event.code)
    next(s for s in at.selectbox if s.label == "Deelnemer").set_value(who.id).run()
    next(b for b in at.button if b.label == "Verwijderen").click().run()
    assert not at.exception, at.exception
    with read_session(meeting.engine) as session:
        assert session.get(Participant, who.id) is None
    assert len(at.toast) == 1 and at.toast[0].value == "Verwijderd (1 bijdrage gewist)."
    assert not at.success
