"""Agenda pages with AppTest: phone sign-up and dots, facilitator page, agenda wall, private link."""

from __future__ import annotations

import pytest
from sqlmodel import select

from facilitation.agenda import actions, drivers, signups, votes
from facilitation.agenda.signups import SignupDetails
from facilitation.core.db import read_session, write_session
from facilitation.models import ActionItem, ActionKind, Dot, Driver, Vote
from tests.ui import test_pages
from tests.ui.test_pages import app, html_of, phone_links

meeting = test_pages.meeting  # the pages' fixture: the 12 February example on a fresh database

NAMED = "Mijn naam en organisatie mogen bij deze actie op het scherm"


def _action(meeting, title: str) -> ActionItem:
    with read_session(meeting.engine) as session:
        return session.exec(
            select(ActionItem).where(ActionItem.event_id == meeting.id, ActionItem.title == title)
        ).one()


def _checkbox(at, start: str):
    return next(c for c in at.checkbox if c.label.startswith(start))


def _signup(meeting, title="Multiplier-pot", name="Sanne", tentative=True) -> Driver:
    who = meeting.participant()
    with write_session(meeting.engine) as session:
        return signups.sign_up(
            session=session,
            participant=who,
            action_id=_action(meeting, title).id,
            lead=True,
            details=SignupDetails(name, "Hanzelab", "", True, False, "n", "c", tentative),
        )


def test_phone_signs_up_as_tentative_driver(meeting):
    multiplier = _action(meeting, "Multiplier-pot")
    at = app("pages/public/agenda.py", event=meeting.event.code)
    assert "Open — wie doet mee?" in html_of(at)
    at.button(key=f"lead-{multiplier.id}").click().run()
    assert at.query_params["signup"] == f"{multiplier.id}:lead"
    next(t for t in at.text_input if t.label == "Naam").input("Sanne de Wit")
    next(t for t in at.text_input if t.label == "Organisatie").input("Hanzelab")
    _checkbox(at, NAMED).check()
    _checkbox(at, "Onder voorbehoud").check()
    next(b for b in at.button if b.label == "Aanmelden").click().run()
    assert not at.exception
    assert "Aangemeld (trekker)! De facilitator bevestigt het zo." in at.info[0].value
    assert not at.success and not at.toast, "one confirmation per sign-up, not two"
    with read_session(meeting.engine) as session:
        driver = session.exec(select(Driver).where(Driver.action_id == multiplier.id)).one()
    assert (driver.person_name, driver.tentative, driver.confirmed) == ("Sanne de Wit", True, False)


def test_phone_sign_up_without_consent_explains_and_keeps_the_form(meeting):
    multiplier = _action(meeting, "Multiplier-pot")
    at = app("pages/public/agenda.py", event=meeting.event.code, signup=f"{multiplier.id}:member")
    next(t for t in at.text_input if t.label == "Naam").input("Sanne")
    next(b for b in at.button if b.label == "Aanmelden").click().run()
    assert "Kies minstens één" in at.error[0].value
    assert next(t for t in at.text_input if t.label == "Naam").value == "Sanne"
    with read_session(meeting.engine) as session:
        assert session.exec(select(Driver).where(Driver.action_id == multiplier.id)).all() == []


def test_phone_moves_dots_and_a_closed_vote_says_so(meeting):
    voucher = _action(meeting, "Vouchersysteem")
    with write_session(meeting.engine) as session:
        vote = votes.open_vote(session=session, event_id=meeting.id, title="Wat eerst?", dots=2)
    who = meeting.participant()
    at = app("pages/public/agenda.py", event=meeting.event.code, p=who.token)
    assert "Nog 2 van 2 stippen over" in html_of(at)
    at.button(key=f"plus-{vote.id}-{voucher.id}").click().run()
    assert "Nog 1 van 2 stippen over" in html_of(at)
    with write_session(meeting.engine) as session:
        votes.set_open(session=session, event_id=meeting.id, vote_id=vote.id, is_open=False)
    at.button(key=f"plus-{vote.id}-{voucher.id}").click().run()
    assert "De stemming is gesloten" in at.error[0].value
    with read_session(meeting.engine) as session:
        assert len(session.exec(select(Dot).where(Dot.vote_id == vote.id)).all()) == 1


def test_phone_withdraws_its_own_sign_up(meeting):
    at = app("pages/public/agenda.py", event=meeting.event.code)
    multiplier = _action(meeting, "Multiplier-pot")
    at.button(key=f"member-{multiplier.id}").click().run()
    next(t for t in at.text_input if t.label == "Naam").input("Piet")
    _checkbox(at, NAMED).check()
    next(b for b in at.button if b.label == "Aanmelden").click().run()
    at.button(key=f"withdraw-{multiplier.id}").click().run()
    assert "Je bent afgemeld." in at.success[0].value
    with read_session(meeting.engine) as session:
        assert session.exec(select(Driver).where(Driver.action_id == multiplier.id)).all() == []


def test_join_page_links_to_the_agenda(meeting):
    at = app("pages/public/join.py", event=meeting.event.code, table="1")
    assert "Actieagenda: meedoen en stemmen" in phone_links(at)


def test_facilitator_confirms_a_sign_up_with_question_mark(meeting):
    driver = _signup(meeting, name="[klik](http://evil.example)", tentative=False)
    at = app("pages/facilitator/agenda.py", facilitator=True, event=meeting.event.code)
    assert at.title[0].value == "Actieagenda"
    line = next(m.value for m in at.markdown if "klik" in m.value)
    assert "\\[klik\\]\\(http://evil\\.example\\)" in line, "a phone's text is no markdown link"
    at.segmented_control(key="agenda-section").set_value("signups").run()
    at.button(key=f"agenda.fac.confirm_tentative-{driver.id}").click().run()
    assert at.segmented_control(key="agenda-section").value == "signups", "stays on sign-ups"
    assert not at.exception
    with read_session(meeting.engine) as session:
        row = session.get(Driver, driver.id)
    assert (row.confirmed, row.tentative) == (True, True)
    assert row.update_token


def test_facilitator_adds_default_kinds_to_an_empty_meeting(meeting):
    with write_session(meeting.engine) as session:
        for kind in actions.kinds_of(session=session, event_id=meeting.id):
            for action in session.exec(select(ActionItem).where(ActionItem.kind_id == kind.id)):
                session.delete(action)
            session.delete(kind)
    at = app("pages/facilitator/agenda.py", facilitator=True, event=meeting.event.code)
    next(b for b in at.button if b.label == "Standaardsoorten toevoegen").click().run()
    with read_session(meeting.engine) as session:
        keys = [
            k.key for k in session.exec(select(ActionKind).where(ActionKind.event_id == meeting.id))
        ]
    assert keys == ["academy", "experiment", "action"]


def test_facilitator_approves_a_proposal_and_runs_a_vote(meeting):
    from facilitation.agenda import proposals

    kind_id = _action(meeting, "Vouchersysteem").kind_id
    who = meeting.participant()
    with write_session(meeting.engine) as session:
        proposal = proposals.propose(
            session=session,
            event=meeting.event,
            participant=who,
            kind_id=kind_id,
            title="Buurtbudget",
        )
    at = app("pages/facilitator/agenda.py", facilitator=True, event=meeting.event.code)
    at.button(key=f"approve-{proposal.id}").click().run()
    at.segmented_control(key="agenda-section").set_value("votes").run()
    next(b for b in at.button if b.label == "Stemming openen").click().run()
    assert at.segmented_control(key="agenda-section").value == "votes", "stays on votes"
    with read_session(meeting.engine) as session:
        assert session.get(ActionItem, proposal.id).approved is True
        vote = session.exec(select(Vote).where(Vote.event_id == meeting.id)).one()
    assert vote.is_open and vote.dots == 3
    at.button(key=f"toggle-vote-{vote.id}").click().run()
    with read_session(meeting.engine) as session:
        assert session.get(Vote, vote.id).is_open is False


def test_agenda_wall_shows_drivers_open_slots_vote_and_join_qr(meeting):
    driver = _signup(meeting, name="<script>alert(1)</script>")
    with write_session(meeting.engine) as session:
        drivers.confirm(session=session, event_id=meeting.id, driver_id=driver.id, tentative=True)
        votes.open_vote(session=session, event_id=meeting.id, title="Wat eerst?", dots=3)
    at = app(
        "pages/public/wall.py", event=meeting.event.code, key=meeting.event.wall_key, view="agenda"
    )
    html = html_of(at)
    assert "Hanzelab?" in html and "Open — wie doet mee?" in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; (Hanzelab)?" in html
    assert "<script>alert" not in html
    assert f"http://oogst.test/agenda?event={meeting.event.code}" in html
    assert len(at.get("vega_lite_chart")) == 1


def test_private_link_page_updates_the_action(meeting):
    driver = _signup(meeting)
    with write_session(meeting.engine) as session:
        token = drivers.confirm(
            session=session, event_id=meeting.id, driver_id=driver.id, tentative=False
        ).update_token
    at = app("pages/public/action.py", token=token)
    assert "Multiplier-pot" in html_of(at)
    at.radio[0].set_value("running")
    at.text_area[0].input("Eerste gesprek gepland")
    next(b for b in at.button if b.label == "Opslaan").click().run()
    assert "Opgeslagen" in at.success[0].value
    with read_session(meeting.engine) as session:
        row = _action(meeting, "Multiplier-pot")
    assert (row.status, row.progress_note) == ("running", "Eerste gesprek gepland")
    forged = app("pages/public/action.py", token="x" * 32)
    assert "niet (meer) geldig" in forged.error[0].value


def test_phone_proposes_an_action_that_waits_for_approval(meeting):
    at = app("pages/public/agenda.py", event=meeting.event.code)
    next(t for t in at.text_input if t.label == "Wat is de actie?").input("Buurtbudget")
    next(b for b in at.button if b.label == "Voorstellen").click().run()
    assert "Voorgesteld!" in at.success[0].value
    assert any(
        "Buurtbudget" in m.value and "wacht op de facilitator" in m.value for m in at.markdown
    )
    assert next(t for t in at.text_input if t.label == "Wat is de actie?").value == ""
    assert _action(meeting, "Buurtbudget").approved is False


def test_join_page_calls_loudly_while_a_vote_is_open(meeting):
    with write_session(meeting.engine) as session:
        votes.open_vote(session=session, event_id=meeting.id, title="Wat eerst?", dots=3)
    at = app("pages/public/join.py", event=meeting.event.code)
    assert "De stemming is open — verdeel je stippen" in phone_links(at)


def test_the_agenda_page_is_registered_for_facilitators_only(meeting):
    with pytest.raises(ValueError, match="Known pages"):
        app().switch_page("pages/facilitator/agenda.py")
    logged_in = app(facilitator=True)
    logged_in.switch_page("pages/facilitator/agenda.py")


def test_sign_up_for_an_action_removed_meanwhile_says_so(meeting):
    multiplier = _action(meeting, "Multiplier-pot")
    at = app("pages/public/agenda.py", event=meeting.event.code, signup=f"{multiplier.id}:lead")
    with write_session(meeting.engine) as session:
        actions.delete_action(session=session, event_id=meeting.id, action_id=multiplier.id)
    next(b for b in at.button if b.label == "Aanmelden").click().run()
    assert "staat niet (meer) op de agenda" in at.error[0].value
    assert "signup" not in at.query_params


def test_no_agenda_link_for_a_meeting_without_agenda_and_a_code_form_without_code(meeting):
    from tests.utils import make_meeting

    plain = make_meeting(meeting.engine)
    at = app("pages/public/join.py", event=plain.event.code)
    assert not [label for label in phone_links(at) if "Actieagenda" in label]
    empty = app("pages/public/agenda.py")
    assert empty.text_input[0].label == "Code van de bijeenkomst"
    assert not empty.error


def test_the_lead_button_says_the_kinds_role(meeting):
    at = app("pages/public/agenda.py", event=meeting.event.code)
    offer, experiment = _action(meeting, "Positionering"), _action(meeting, "Time bank extra")
    assert at.button(key=f"lead-{offer.id}").label == "Ik doe mee als gangmaker"
    assert at.button(key=f"lead-{experiment.id}").label == "Ik wil trekken"
    at.button(key=f"lead-{offer.id}").click().run()
    assert "**Aanmelden als gangmaker**" in [m.value for m in at.markdown]
    assert at.button(key=f"member-{experiment.id}").label == "Ik doe mee"


def test_the_facilitator_names_each_kind_as_the_phones_do(meeting):
    at = app("pages/facilitator/agenda.py", facilitator=True, event=meeting.event.code)
    phone = app("pages/public/agenda.py", event=meeting.event.code)
    headers = {h.value for h in at.header}
    with read_session(meeting.engine) as session:
        kinds = actions.kinds_of(session=session, event_id=meeting.id)
    named = [k.title for k in kinds if k.title and k.title in headers]
    assert named, headers
    for title in named:
        assert title in html_of(phone), f"{title!r} is named differently on the phones"
