"""Preparing a meeting with AppTest: starter layout, add/edit/remove rows, bad input, copying."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from facilitation.core.db import get_engine, read_session, write_session
from facilitation.core.settings import get_settings
from facilitation.meeting import events
from facilitation.meeting.targets import cases_of, themes_of
from facilitation.models import Event
from tests.utils import ROOT, Meeting

SETUP = "pages/facilitator/setup.py"
CREATE = "Aanmaken"


@pytest.fixture
def empty(tmp_path, monkeypatch) -> Meeting:
    monkeypatch.setenv("OOGST_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("OOGST_DATABASE_URL", "")
    monkeypatch.setenv("OOGST_FACILITATOR_PASSPHRASE", "juist-wachtwoord")
    monkeypatch.chdir(ROOT)
    get_settings.cache_clear()
    engine = get_engine(get_settings().resolved_database_url)
    with write_session(engine) as session:
        event = events.create_event(session=session, title="Leeg", event_format="table_rounds")
    yield Meeting(event=event, engine=engine)
    get_settings.cache_clear()


def _page(meeting: Meeting, page: str = SETUP) -> AppTest:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=30)
    at.session_state["facilitator"] = True
    at.query_params["event"] = meeting.event.code
    at.run()
    at.switch_page(page)
    at.query_params["event"] = meeting.event.code
    at.run()
    assert not at.exception, at.exception
    return at


_SECTIONS = {"Tafels / thema's": "tables", "Casussen / pitches": "cases", "Rondes": "rounds"}


def _tab(at: AppTest, label: str) -> AppTest:
    """Open the setup section *label* (it stays open across reruns); return the page."""
    chooser = at.segmented_control(key="setup-section")
    if chooser.value != _SECTIONS[label]:
        chooser.set_value(_SECTIONS[label]).run()
    assert not at.exception, at.exception
    return at


def _button(block, label: str):
    return next(b for b in block.button if b.label == label)


def _tables(meeting: Meeting) -> list[tuple[int, str]]:
    with read_session(meeting.engine) as session:
        return [(t.number, t.title) for t in themes_of(session=session, event_id=meeting.id)]


def test_an_empty_meeting_offers_the_starter_layout(empty):
    at = _page(empty)
    offer = next(b for b in at.button if b.label.startswith("Startindeling toevoegen"))
    offer.click().run()
    assert [toast.value for toast in at.toast] == ["Startindeling toegevoegd"]
    assert _tables(empty)[-1] == (6, "Tafel 6")
    assert not [b for b in at.button if b.label.startswith("Startindeling")]


def test_tables_are_added_with_an_explicit_button_and_a_duplicate_is_refused(empty):
    at = _page(empty)
    tab = _tab(at, "Tafels / thema's")
    assert tab.number_input[0].value == 1  # the add form proposes the next free number
    next(t for t in tab.text_input if t.label == "Titel").input("Wonen")
    _button(tab, "Toevoegen").click().run()
    assert not at.exception and _tables(empty) == [(1, "Wonen")]
    assert "Toegevoegd" in [toast.value for toast in at.toast]
    assert at.segmented_control(key="setup-section").value == "tables", "stays on the tables"
    tab = _tab(at, "Tafels / thema's")
    add_number = tab.number_input[-1]
    add_number.set_value(1)
    next(t for t in reversed(tab.text_input) if t.label == "Titel").input("Werken")
    _button(tab, "Toevoegen").click().run()
    assert [e.value for e in at.error] == [
        "Nummer 1 is al in gebruik bij deze bijeenkomst. Kies een ander nummer."
    ]
    assert _tables(empty) == [(1, "Wonen")]
    tab = _tab(at, "Tafels / thema's")
    assert next(t for t in reversed(tab.text_input) if t.label == "Titel").value == "Werken"


def test_an_empty_title_and_bad_minutes_name_their_field(empty):
    at = _page(empty)
    _button(_tab(at, "Tafels / thema's"), "Toevoegen").click().run()
    assert [e.value for e in at.error] == ["Vul 'Titel' in."]
    rounds = _tab(at, "Rondes")
    rounds.number_input[-1].set_value(-5)
    _button(rounds, "Toevoegen").click().run()
    assert [e.value for e in at.error] == [
        "'Minuten' moet een heel aantal minuten van 1 tot en met 1440 zijn (niet '-5')."
    ]
    with read_session(empty.engine) as session:
        assert events.rounds_of(session=session, event_id=empty.id) == []


def test_a_case_letter_outside_a_to_z_is_refused(empty):
    at = _page(empty)
    cases = _tab(at, "Casussen / pitches")
    next(t for t in cases.text_input if t.label == "Letter").input("4")
    next(t for t in cases.text_input if t.label == "Naam").input("Vier")
    _button(cases, "Toevoegen").click().run()
    assert [e.value for e in at.error] == [
        "'Letter' moet één letter van A tot en met Z zijn (niet '4')."
    ]
    with read_session(empty.engine) as session:
        assert cases_of(session=session, event_id=empty.id) == []


def test_a_table_with_contributions_cannot_be_removed(empty):
    with write_session(empty.engine) as session:
        from facilitation.meeting import layout

        layout.save_table(session=session, event_id=empty.id, values={"number": 1, "title": "A"})
    empty.send(empty.participant(), "Blijft bewaard", table=1)
    at = _page(empty)
    tab = _tab(at, "Tafels / thema's")
    assert any("Hier staan 1 bijdrage." in w.value for w in tab.warning)
    assert not [b for b in tab.button if b.label == "Ja, verwijderen"]


def test_a_row_is_edited_moved_and_removed(empty):
    with write_session(empty.engine) as session:
        from facilitation.meeting import layout

        for number in (1, 2):
            layout.save_table(
                session=session, event_id=empty.id, values={"number": number, "title": f"T{number}"}
            )
    at = _page(empty)
    tab = _tab(at, "Tafels / thema's")
    next(t for t in tab.text_input if t.label == "Titel").input("Eerste")
    _button(tab, "Opslaan").click().run()
    assert _tables(empty) == [(1, "Eerste"), (2, "T2")]
    down = next(b for b in _tab(at, "Tafels / thema's").button if b.label == "Omlaag")
    down.click().run()
    assert _tables(empty) == [(1, "T2"), (2, "Eerste")]
    remove = next(b for b in _tab(at, "Tafels / thema's").button if b.label == "Ja, verwijderen")
    remove.click().run()
    assert len(_tables(empty)) == 1 and "Verwijderd" in [t.value for t in at.toast]


def test_events_page_creates_with_a_starter_layout_and_copies_a_meeting(empty):
    at = _page(empty, "pages/facilitator/events.py")
    source = next(s for s in at.selectbox if s.label == "Eerdere bijeenkomst")
    assert source.value == empty.id
    next(t for t in at.text_input if t.label == "Titel van de nieuwe bijeenkomst").input("Kopie")
    _button(at, "Kopiëren").click().run()
    with read_session(empty.engine) as session:
        titles = sorted(e.title for e in events.list_events(session=session))
    assert titles == ["Kopie", "Leeg"]
    at = _page(empty, "pages/facilitator/events.py")
    next(t for t in at.text_input if t.label == "Titel").input("Pitches")
    next(s for s in at.selectbox if s.label == "Werkvorm").set_value("pitch")
    _button(at, CREATE).click().run()
    with read_session(empty.engine) as session:
        made = next(e for e in events.list_events(session=session) if e.title == "Pitches")
        assert isinstance(made, Event)
        assert [c.name for c in cases_of(session=session, event_id=made.id or 0)] == [
            "Pitch A",
            "Pitch B",
            "Pitch C",
        ]


def test_two_tabs_preparing_at_once_keep_each_others_rows(empty):
    first, second = _page(empty), _page(empty)
    for at, title in ((first, "Uit tab 1"), (second, "Uit tab 2")):
        _tab(at, "Tafels / thema's")
        next(t for t in at.text_input if t.label == "Titel").input(title)
    _button(first, "Toevoegen").click().run()
    _button(second, "Toevoegen").click().run()  # its form still proposes number 1
    assert [e.value for e in second.error] == [
        "Nummer 1 is al in gebruik bij deze bijeenkomst. Kies een ander nummer."
    ]
    second.number_input[-1].set_value(2)
    _button(second, "Toevoegen").click().run()
    first.run()
    next(t for t in first.text_input if t.label == "Titel").input("Tab 1 past aan")
    _button(first, "Opslaan").click().run()
    assert _tables(empty) == [(1, "Tab 1 past aan"), (2, "Uit tab 2")]
