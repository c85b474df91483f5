"""Scan pages with AppTest: the facilitator's Scans page, the phone answering, the wall results."""

from __future__ import annotations

import uuid

from sqlmodel import select

from facilitation.core.db import read_session, write_session
from facilitation.meeting import participants
from facilitation.models import EventUpdate, QuestionBase, QuestionKind, Scan, ScanAnswer
from facilitation.scans import answering, editor, templates
from facilitation.scans.checks import Given
from tests.ui import test_pages
from tests.ui.test_pages import app, html_of, phone_links
from ui.common.html import md

meeting = test_pages.meeting  # the 12 February example (six tables) on a fresh database


def _climate(meeting, *, is_open: bool = True) -> Scan:
    with write_session(meeting.engine) as session:
        scan = templates.create_from_template(
            session=session, event_id=meeting.id, key=templates.CLIMATE
        )
        if is_open:
            editor.set_scan_open(
                session=session, event_id=meeting.id, scan_id=scan.id or 0, is_open=True
            )
        return scan


def _scans(meeting) -> list[Scan]:
    with read_session(meeting.engine) as session:
        return list(session.exec(select(Scan).where(Scan.event_id == meeting.id)))


def _token(at) -> str:
    token = at.query_params["p"]
    return token[0] if isinstance(token, list) else token


def _answer(meeting, scan: Scan, table: str, values: dict[int, int]) -> None:
    with read_session(meeting.engine) as session:
        question = editor.questions_of(session=session, scan_id=scan.id or 0)[0]
    with write_session(meeting.engine) as session:
        answering.answer(
            session=session,
            event=meeting.event,
            scan_id=scan.id or 0,
            token=None,
            answers={question.id or 0: Given(items=values)},
            client_id=uuid.uuid4().hex,
            table_key=table,
        )


def test_facilitator_creates_the_climate_scan_from_its_template_and_opens_it(meeting):
    at = app("pages/facilitator/scans.py", facilitator=True, event=meeting.event.code)
    assert "Nog geen scans" in at.info[0].value
    source = next(r for r in at.radio if r.label == "Begin met")
    source.set_value(templates.CLIMATE)
    next(b for b in at.button if b.label == "Scan maken").click().run()
    assert not at.exception, at.exception
    (scan,) = _scans(meeting)
    assert scan.title == "Initiatievenklimaat" and not scan.is_open
    next(b for b in at.button if b.label == "Scan openen").click().run()
    assert not at.exception, at.exception
    assert _scans(meeting)[0].is_open
    assert any(b.label == "Scan sluiten" for b in at.button)


def test_facilitator_adds_a_scale_question_with_poles(meeting):
    with write_session(meeting.engine) as session:
        editor.create_scan(session=session, event_id=meeting.id, title="Peiling")
    at = app("pages/facilitator/scans.py", facilitator=True, event=meeting.event.code)
    next(s for s in at.selectbox if s.label == "Soort vraag").set_value("scale").run()
    next(t for t in at.text_input if t.label == "Vraag").input("Hoe tevreden ben je?")
    next(t for t in at.text_input if t.label.startswith("Linkerpool")).input("Ontevreden")
    next(t for t in at.text_input if t.label.startswith("Rechterpool")).input("Tevreden")
    next(b for b in at.button if b.label == "Toevoegen").click().run()
    assert not at.exception, at.exception
    (scan,) = _scans(meeting)
    with read_session(meeting.engine) as session:
        (question,) = editor.questions_of(session=session, scan_id=scan.id or 0)
    assert (question.prompt, question.pole_low, question.pole_high) == (
        "Hoe tevreden ben je?",
        "Ontevreden",
        "Tevreden",
    )


def test_an_invalid_question_names_its_field(meeting):
    with write_session(meeting.engine) as session:
        editor.create_scan(session=session, event_id=meeting.id, title="Peiling")
    at = app("pages/facilitator/scans.py", facilitator=True, event=meeting.event.code)
    next(s for s in at.selectbox if s.label == "Soort vraag").set_value("single").run()
    next(t for t in at.text_input if t.label == "Vraag").input("Welke kleur?")
    next(b for b in at.button if b.label == "Toevoegen").click().run()
    assert not at.exception, at.exception
    assert at.error, "a choice without options is refused with a message"


def test_the_join_page_links_to_an_open_scan_with_the_table_and_identity(meeting):
    scan = _climate(meeting)
    at = app("pages/public/join.py", event=meeting.event.code, table="2")
    links = phone_links(at)
    link = links["Vul de scan in: Initiatievenklimaat"]
    assert link.startswith("scan?") and "table=2" in link and f"scan={scan.id}" in link


def test_no_link_while_the_scan_is_closed(meeting):
    _climate(meeting, is_open=False)
    at = app("pages/public/join.py", event=meeting.event.code, table="2")
    assert not [label for label in phone_links(at) if label.startswith("Vul de scan in")]


def test_a_phone_answers_by_tapping_numbers_and_sees_a_receipt(meeting):
    scan = _climate(meeting)
    at = app("pages/public/scan.py", event=meeting.event.code, table="2", scan=str(scan.id))
    assert "Je antwoordt voor:" in html_of(at)
    assert len(at.pills) == 7, "one row of number buttons per function"
    assert "1 = zwak" in html_of(at) and "10 = sterk" in html_of(at), "poles with their numbers"
    at.pills[0].set_value(8).run()
    assert not at.exception, at.exception
    at.pills[1].set_value(-1).run()  # weet ik niet
    with read_session(meeting.engine) as session:
        rows = list(session.exec(select(ScanAnswer).where(ScanAnswer.scan_id == scan.id)))
    assert sorted((r.item, r.number, r.dont_know) for r in rows) == [(0, 8, False), (1, None, True)]
    assert "Ontvangen" in html_of(at)
    assert at.query_params["p"], "the phone's identity went into its URL"


def test_a_reload_shows_the_stored_answers(meeting):
    scan = _climate(meeting)
    at = app("pages/public/scan.py", event=meeting.event.code, table="2", scan=str(scan.id))
    at.pills[3].set_value(6).run()
    token = _token(at)
    again = app(
        "pages/public/scan.py", event=meeting.event.code, table="2", scan=str(scan.id), p=token
    )
    assert again.pills[3].value == 6
    assert again.pills[0].value is None


def test_a_closed_scan_says_why_and_keeps_the_answers(meeting):
    scan = _climate(meeting)
    with write_session(meeting.engine) as session:
        editor.set_scan_open(session=session, event_id=meeting.id, scan_id=scan.id, is_open=False)
    at = app("pages/public/scan.py", event=meeting.event.code, table="2", scan=str(scan.id))
    assert "Deze scan is gesloten" in at.info[0].value
    assert all(p.disabled for p in at.pills)


def test_a_per_table_scan_without_a_table_asks_for_one(meeting):
    scan = _climate(meeting)
    at = app("pages/public/scan.py", event=meeting.event.code, scan=str(scan.id))
    assert "per tafel" in at.warning[0].value
    assert not at.pills


def test_a_scan_of_another_meeting_is_not_found(meeting):
    at = app("pages/public/scan.py", event=meeting.event.code, scan="9999")
    assert at.error


def test_the_wall_shows_hidden_results_then_the_polygon_after_reveal(meeting):
    scan = _climate(meeting)
    for _ in range(3):
        _answer(meeting, scan, "t2", {i: 7 for i in range(7)})
    with write_session(meeting.engine) as session:
        events_update(session, meeting, wall_screen="scan")
    at = app("pages/public/wall.py", facilitator=True, event=meeting.event.code)
    assert "De uitslag volgt" in html_of(at)
    with write_session(meeting.engine) as session:
        editor.reveal(session=session, event_id=meeting.id, scan_id=scan.id or 0)
    at = app("pages/public/wall.py", facilitator=True, event=meeting.event.code)
    html = html_of(at)
    assert (
        'data-segments="Zichtbaar worden als groeistof|Hele zaal"' in html and "oogst-radar" in html
    )
    assert "te weinig antwoorden" in html, "tables without three answers say so"


def test_the_scans_page_shows_results_and_too_few_answers(meeting):
    scan = _climate(meeting)
    _answer(meeting, scan, "t2", {0: 5})
    at = app("pages/facilitator/scans.py", facilitator=True, event=meeting.event.code)
    assert not at.exception, at.exception
    assert any("te weinig antwoorden" in str(df.value.to_dict()) for df in at.dataframe)


def events_update(session, meeting, **values) -> None:
    from facilitation.meeting import events

    events.update_event(session=session, event_id=meeting.id, update=EventUpdate(**values))


def test_an_open_question_is_answered_and_its_word_can_be_hidden(meeting):
    with write_session(meeting.engine) as session:
        scan = editor.create_scan(session=session, event_id=meeting.id, title="Woorden")
        editor.add_question(
            session=session,
            event_id=meeting.id,
            scan_id=scan.id or 0,
            question=QuestionBase(kind=QuestionKind.OPEN, prompt="Eén woord voor vandaag?"),
        )
        editor.set_scan_open(session=session, event_id=meeting.id, scan_id=scan.id, is_open=True)
    at = app("pages/public/scan.py", event=meeting.event.code, scan=str(scan.id))
    at.text_input[0].input("energiek")
    next(b for b in at.button if b.label == "Opslaan").click().run()
    assert not at.exception, at.exception
    with read_session(meeting.engine) as session:
        (row,) = session.exec(select(ScanAnswer).where(ScanAnswer.scan_id == scan.id))
        assert participants.find_participant(session=session, event_id=meeting.id, token=_token(at))
    assert row.text == "energiek"


def _poll(meeting, *questions: QuestionBase) -> Scan:
    with write_session(meeting.engine) as session:
        scan = editor.create_scan(session=session, event_id=meeting.id, title="Peiling")
        for question in questions:
            editor.add_question(
                session=session, event_id=meeting.id, scan_id=scan.id or 0, question=question
            )
        editor.set_scan_open(session=session, event_id=meeting.id, scan_id=scan.id, is_open=True)
        return scan


def _stored(meeting, scan: Scan) -> list[ScanAnswer]:
    with read_session(meeting.engine) as session:
        return list(session.exec(select(ScanAnswer).where(ScanAnswer.scan_id == scan.id)))


def test_single_choice_with_other_stores_the_text(meeting):
    scan = _poll(
        meeting,
        QuestionBase(
            kind=QuestionKind.SINGLE,
            prompt="Initiatiefnemer?",
            options=["Bewoner(s)", "Overheid"],
            allow_other=True,
        ),
    )
    at = app("pages/public/scan.py", event=meeting.event.code, scan=str(scan.id))
    at.pills[0].set_value(-2).run()  # Anders…
    assert not _stored(meeting, scan), "nothing is stored before the text of Anders"
    next(t for t in at.text_input if t.label == "Anders, namelijk").input("Een school").run()
    assert not at.exception, at.exception
    (row,) = _stored(meeting, scan)
    assert row.other == "Een school" and row.choices == []


def test_multiple_choice_and_bins(meeting):
    scan = _poll(
        meeting,
        QuestionBase(kind=QuestionKind.MULTIPLE, prompt="Behoefte?", options=["Geld", "Kennis"]),
        QuestionBase(kind=QuestionKind.BINS, prompt="Vrijwilligers?", options=["0-2", "3-10"]),
    )
    at = app("pages/public/scan.py", event=meeting.event.code, scan=str(scan.id))
    at.pills[0].set_value([0, 1]).run()
    at.pills[1].set_value(1).run()
    assert not at.exception, at.exception
    assert sorted(r.choices for r in _stored(meeting, scan)) == [[0, 1], [1]]
    assert "Alle 2 vragen beantwoord" in html_of(at)


def test_ranking_moves_are_stored_in_order(meeting):
    scan = _poll(
        meeting,
        QuestionBase(kind=QuestionKind.RANKING, prompt="Wat eerst?", options=["A", "B", "C"]),
    )
    at = app("pages/public/scan.py", event=meeting.event.code, scan=str(scan.id))
    next(b for b in at.button if b.key and b.key.endswith("-down-0")).click().run()
    assert not at.exception, at.exception
    (row,) = _stored(meeting, scan)
    assert row.choices == [1, 0, 2]
    at.button(key=next(b.key for b in at.button if b.key.endswith("-down-1"))).click().run()
    assert _stored(meeting, scan)[0].choices == [1, 2, 0]


def test_a_closed_question_says_why_and_cannot_change(meeting):
    scan = _poll(
        meeting,
        QuestionBase(kind=QuestionKind.SCALE, prompt="Hoe tevreden?", scale_min=0, scale_max=10),
        QuestionBase(kind=QuestionKind.SCALE, prompt="Hoe druk?", scale_min=0, scale_max=10),
    )
    with read_session(meeting.engine) as session:
        first = editor.questions_of(session=session, scan_id=scan.id or 0)[0]
    with write_session(meeting.engine) as session:
        editor.set_question_open(
            session=session, event_id=meeting.id, question_id=first.id or 0, is_open=False
        )
    at = app("pages/public/scan.py", event=meeting.event.code, scan=str(scan.id))
    assert "Deze vraag is gesloten door de facilitator." in html_of(at)
    assert at.pills[0].disabled and not at.pills[1].disabled


def test_a_change_made_in_another_tab_is_shown_not_overwritten(meeting):
    scan = _poll(
        meeting,
        QuestionBase(kind=QuestionKind.SCALE, prompt="Hoe tevreden?", scale_min=0, scale_max=10),
    )
    first = app("pages/public/scan.py", event=meeting.event.code, scan=str(scan.id))
    first.pills[0].set_value(4).run()
    token = _token(first)
    second = app("pages/public/scan.py", event=meeting.event.code, scan=str(scan.id), p=token)
    second.pills[0].set_value(9).run()
    first.pills[0].set_value(2).run()  # this tab still showed version 1
    assert not first.exception, first.exception
    assert first.pills[0].value == 9, "the first tab now shows the other tab's answer"
    assert [r.number for r in _stored(meeting, scan)] == [9]


def _answer_text(meeting, scan: Scan, text: str) -> None:
    with read_session(meeting.engine) as session:
        (question,) = editor.questions_of(session=session, scan_id=scan.id or 0)
    with write_session(meeting.engine) as session:
        answering.answer(
            session=session,
            event=meeting.event,
            scan_id=scan.id or 0,
            token=None,
            answers={question.id or 0: Given(text=text)},
            client_id=uuid.uuid4().hex,
        )


def _fac(meeting, scan: Scan | None = None):
    params = {"event": meeting.event.code}
    if scan is not None:
        params["scan"] = str(scan.id)
    return app("pages/facilitator/scans.py", facilitator=True, **params)


def _click(at, label: str):
    next(b for b in at.button if b.label == label).click().run()
    assert not at.exception, at.exception
    return at


def test_facilitator_closes_and_reveals_one_question_and_moves_it(meeting):
    scan = _poll(
        meeting,
        QuestionBase(kind=QuestionKind.SCALE, prompt="Eerste", scale_min=0, scale_max=10),
        QuestionBase(kind=QuestionKind.SCALE, prompt="Tweede", scale_min=0, scale_max=10),
    )
    at = _click(_fac(meeting, scan), "Vraag sluiten")
    at = _click(at, "Uitslag tonen")  # the scan-wide button comes first
    _click(at, "Omlaag")
    with read_session(meeting.engine) as session:
        rows = editor.questions_of(session=session, scan_id=scan.id or 0)
    assert [q.prompt for q in rows] == ["Tweede", "Eerste"]
    assert not next(q for q in rows if q.prompt == "Eerste").is_open
    assert all(q.revealed for q in rows)


def test_facilitator_deletes_a_question_after_confirming(meeting):
    scan = _poll(meeting, QuestionBase(kind=QuestionKind.OPEN, prompt="Eén woord?"))
    at = _click(_fac(meeting, scan), "Ja, verwijder de vraag en haar antwoorden")
    assert "Vraag verwijderd" in [t.value for t in at.toast]
    with read_session(meeting.engine) as session:
        assert editor.questions_of(session=session, scan_id=scan.id or 0) == []


def test_facilitator_copies_a_scan_and_changes_its_audience(meeting):
    scan = _climate(meeting)
    at = _click(_fac(meeting, scan), "Kopiëren")
    assert [s.title for s in _scans(meeting)] == [
        "Initiatievenklimaat",
        "Initiatievenklimaat (kopie)",
    ]
    at = _fac(meeting, scan)
    next(r for r in at.radio if r.label == "Wie vult in").set_value("everybody")
    next(b for b in at.button if "scan-settings" in (b.id or "")).click().run()
    assert next(s for s in _scans(meeting) if s.id == scan.id).audience == "everybody"


def test_facilitator_hides_a_word_from_the_cloud_and_brings_it_back(meeting):
    scan = _poll(meeting, QuestionBase(kind=QuestionKind.OPEN, prompt="Eén woord?"))
    at = _fac(meeting, scan)
    next(t for t in at.text_input if t.label.startswith("Woord uit de woordwolk")).input("Saai")
    at = _click(at, "Verbergen")
    with read_session(meeting.engine) as session:
        (question,) = editor.questions_of(session=session, scan_id=scan.id or 0)
    assert question.hidden_words == ["saai"]
    for text in ("Saai", "Fijn", "Saai"):  # three answers: the minimum before figures show
        _answer_text(meeting, scan, text)
    # What phones typed is shown as text, never as markdown (hence the escaped brackets).
    assert "Niet in de wolk (wel bewaard): " + md("saai (2)") in [
        c.value for c in _fac(meeting, scan).caption
    ]
    _click(_fac(meeting, scan), "saai ✕")
    with read_session(meeting.engine) as session:
        (question,) = editor.questions_of(session=session, scan_id=scan.id or 0)
    assert question.hidden_words == []


def test_the_initiatives_overview_lists_filters_and_counts(meeting):
    with write_session(meeting.engine) as session:
        scan = templates.create_from_template(
            session=session, event_id=meeting.id, key=templates.INTAKE
        )
        editor.set_scan_open(session=session, event_id=meeting.id, scan_id=scan.id, is_open=True)
    with read_session(meeting.engine) as session:
        phase = next(
            q
            for q in editor.questions_of(session=session, scan_id=scan.id or 0)
            if q.key == "phase"
        )
    for choice in (0, 0, 1):
        with write_session(meeting.engine) as session:
            answering.answer(
                session=session,
                event=meeting.event,
                scan_id=scan.id or 0,
                token=None,
                answers={phase.id or 0: Given(choices=(choice,))},
                client_id=uuid.uuid4().hex,
            )
    at = _fac(meeting, scan)
    assert "3 initiatieven" in [m.value for m in at.markdown]
    next(s for s in at.selectbox if s.label == "Filter op").set_value("phase").run()
    next(s for s in at.selectbox if s.label == "Antwoord").set_value(phase.options[0]).run()
    assert not at.exception, at.exception
    assert "2 initiatieven" in [m.value for m in at.markdown]


def test_the_live_page_offers_the_scan_screen(meeting):
    at = app("pages/facilitator/live.py", facilitator=True, event=meeting.event.code)
    switch = next(g for g in at.button_group if g.label == "Beamer toont")
    assert "Scan-uitslag" in [str(o) for o in switch.options]
