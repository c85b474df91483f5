"""Agenda export (CSV/JSON, private links) and the live board: consent, formulas, caching."""

from __future__ import annotations

import csv
import io
import json

from facilitation.agenda import drivers, living, signups
from facilitation.agenda import export as agenda_export
from facilitation.agenda.board import AgendaBoardCache
from facilitation.agenda.signups import SignupDetails
from facilitation.core.db import read_session, write_session
from tests.utils import make_agenda


def _sign_up(meeting, action_id, name, *, email="", contact=False, named=True, confirm=True):
    who = meeting.participant()
    with write_session(meeting.engine) as session:
        driver = signups.sign_up(
            session=session,
            participant=who,
            action_id=action_id,
            lead=True,
            details=SignupDetails(
                name, "Org", email, named, contact, "naam mag", "contact mag", False
            ),
        )
        if confirm:
            drivers.confirm(
                session=session, event_id=meeting.id, driver_id=driver.id, tentative=False
            )
    return driver


def _csv_rows(data: bytes) -> list[dict[str, str]]:
    text = data.decode("utf-8-sig")
    return list(csv.DictReader(io.StringIO(text), delimiter=";"))


def test_csv_has_email_only_with_consent_to_be_contacted(engine):
    meeting, ids = make_agenda(engine)
    _sign_up(meeting, ids["offer"], "Wel contact", email="wel@example.org", contact=True)
    _sign_up(meeting, ids["offer"], "Geen contact")
    _sign_up(
        meeting,
        ids["experiment"],
        "Alleen contact",
        email="stil@example.org",
        contact=True,
        named=False,
    )
    with read_session(engine) as session:
        rows = _csv_rows(agenda_export.agenda_csv(session=session, event_id=meeting.id))
    emails = {r["Naam"]: r["E-mail"] for r in rows if r["Naam"]}
    assert emails == {
        "Wel contact": "wel@example.org",
        "Geen contact": "",
        "Alleen contact": "stil@example.org",
    }
    consent = next(r for r in rows if r["Naam"] == "Wel contact")
    assert consent["Toestemming contact (tekst)"] == "contact mag"
    open_slot = next(r for r in rows if r["Actie"] == "Multiplier-pot")
    assert open_slot["Naam"] == "" and open_slot["Status"] == "voorgesteld"


def test_csv_neutralises_formulas_and_json_keeps_the_text(engine):
    meeting, ids = make_agenda(engine)
    _sign_up(meeting, ids["offer"], '=HYPERLINK("http://evil","klik")', confirm=False)
    with read_session(engine) as session:
        rows = _csv_rows(agenda_export.agenda_csv(session=session, event_id=meeting.id, lang="en"))
        data = json.loads(agenda_export.agenda_json(session=session, event_id=meeting.id))
    cell = next(r["Name"] for r in rows if r["Name"])
    assert cell.startswith("'=HYPERLINK")
    assert next(r["State"] for r in rows if r["Name"]) == "waiting for confirmation"
    people = data["agenda"][0]["actions"][0]["people"]
    assert people[0]["name"] == '=HYPERLINK("http://evil","klik")' and people[0]["email"] == ""


def test_links_csv_is_ready_for_a_mail_merge(engine):
    meeting, ids = make_agenda(engine)
    _sign_up(meeting, ids["experiment"], "Trekker", email="t@example.org", contact=True)
    with write_session(engine) as session:
        links = living.driver_links(session=session, event_id=meeting.id)
    rows = _csv_rows(agenda_export.links_csv(links, "http://oogst.test"))
    assert rows[0]["E-mail"] == "t@example.org"
    assert rows[0]["Privélink"] == f"http://oogst.test/action?token={links[0].token}"


def test_board_is_cached_per_revision_and_rebuilt_on_news(engine):
    meeting, ids = make_agenda(engine)
    cache = AgendaBoardCache()
    with read_session(engine) as session:
        first = cache.board(session, meeting.id)
        assert cache.board(session, meeting.id) is first
    _sign_up(meeting, ids["offer"], "Nieuw")
    with read_session(engine) as session:
        second = cache.board(session, meeting.id)
    assert second is not first and second.revision > first.revision
    assert second.kinds[0].actions[0].drivers_label == "Nieuw (Org)"


def test_a_glance_at_the_board_is_rebuilt_at_most_every_few_seconds(engine):
    meeting, _ids = make_agenda(engine)
    now = [100.0]
    cache = AgendaBoardCache(clock=lambda: now[0])
    with read_session(engine) as session:
        first = cache.glance(session, meeting.id, max_age=3.0)
    for _ in range(3):  # sends move the revision; the join page's agenda link keeps its glance
        meeting.send(meeting.participant(), "Nog een idee", table=1)
    now[0] += 2.9
    with read_session(engine) as session:
        assert cache.glance(session, meeting.id, max_age=3.0) is first
    now[0] += 0.2
    with read_session(engine) as session:
        later = cache.glance(session, meeting.id, max_age=3.0)
    assert later is not first and later.revision > first.revision
