"""Pages with Streamlit's AppTest: phones, wall, login and facilitator pages against a real database."""

from __future__ import annotations

import json
import re
from html import unescape

import pytest
from sqlmodel import select
from streamlit.testing.v1 import AppTest

from facilitation import eventfile
from facilitation.core.db import get_engine, read_session, write_session
from facilitation.core.settings import get_settings
from facilitation.core.validation import validated
from facilitation.meeting import events
from facilitation.models import Contribution, Event, EventUpdate, Participant
from tests.utils import ROOT, Meeting

ROOT = ROOT
EXAMPLE = ROOT / "examples" / "tafelrondes-12-februari-2015.yaml"


@pytest.fixture
def meeting(tmp_path, monkeypatch) -> Meeting:
    monkeypatch.setenv("OOGST_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("OOGST_DATABASE_URL", "")
    monkeypatch.setenv("OOGST_FACILITATOR_PASSPHRASE", "juist-wachtwoord")
    monkeypatch.setenv("OOGST_PUBLIC_URL", "http://oogst.test")
    monkeypatch.chdir(ROOT)
    get_settings.cache_clear()
    engine = get_engine(get_settings().resolved_database_url)
    with write_session(engine) as session:
        event = eventfile.import_event(
            session=session, model=eventfile.parse_event_file(EXAMPLE.read_bytes()), keep_code=False
        )
    yield Meeting(event=event, engine=engine)
    get_settings.cache_clear()


def app(page: str | None = None, facilitator: bool = False, **params: str) -> AppTest:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=30)
    if facilitator:
        at.session_state["facilitator"] = True
    for key, value in params.items():
        at.query_params[key] = value
    at.run()
    if page:
        at.switch_page(page)
        for key, value in params.items():
            at.query_params[key] = value
        at.run()
    assert not at.exception, at.exception
    return at


def html_of(at: AppTest) -> str:
    return "\n".join(h.value for h in at.get("html"))


_LINK = re.compile(r'<(a|span) class="oogst-link [^"]*"(?: href="([^"]*)")?>([^<]*)')


def phone_links(at: AppTest) -> dict[str, str]:
    """Return the phone's button-styled links (ui/phone/links.py): label -> href ('' = disabled)."""
    found = {}
    for html in at.get("html"):
        for tag, href, label in _LINK.findall(html.value):
            found[unescape(label)] = unescape(href) if tag == "a" else ""
    return found


def test_home_asks_for_a_code(meeting):
    at = app()
    assert at.title[0].value == "Oogst"
    assert at.text_input[0].label == "Code van de bijeenkomst"


def test_join_with_unknown_code_explains_and_offers_the_code_form(meeting):
    at = app("pages/public/join.py", event="ZZZZZZZZ")
    assert "Geen bijeenkomst gevonden met code 'ZZZZZZZZ'" in at.error[0].value
    assert at.text_input[0].label == "Code van de bijeenkomst"


def test_join_without_table_lists_every_table(meeting):
    at = app("pages/public/join.py", event=meeting.event.code)
    links = phone_links(at)
    two = next(href for label, href in links.items() if label.startswith("Tafel 2 — Zichtbaar"))
    assert two == f"join?event={meeting.event.code}&table=2", "same tab, relative, no new window"
    assert sum(label.startswith("Tafel ") for label in links) == 7


def test_join_table_shows_theme_and_question(meeting):
    at = app("pages/public/join.py", event=meeting.event.code, table="2")
    head = html_of(at)
    assert "Tafel 2" in head and "Zichtbaar worden als groeistof" in head
    assert "Hoe laat je beter zien wat je doet" in head


def test_unknown_table_explains_and_shows_the_picker(meeting):
    at = app("pages/public/join.py", event=meeting.event.code, table="99")
    assert "('99') bestaat niet" in at.error[0].value
    assert sum(label.startswith("Tafel ") for label in phone_links(at)) == 7


def component_data(at: AppTest, name: str) -> dict:
    """Return the data a custom component (``oogst_composer``, ``oogst_feed``) was given."""
    found = [e.proto for e in at.get("bidi_component") if e.proto.component_name == name]
    assert found, f"no {name} on the page"
    return json.loads(found[0].json)


def test_closed_event_tells_the_phone(meeting):
    with write_session(meeting.engine) as session:
        events.set_event_open(session=session, event_id=meeting.id, is_open=False)
    at = app("pages/public/join.py", event=meeting.event.code, table="1")
    composer = component_data(at, "oogst_composer")
    assert "Deze bijeenkomst is gesloten" in composer["closedMessage"]
    assert composer["stateUrl"] == f"api/feed?event={meeting.event.code}&target=t1&lang=nl"
    assert not at.warning, "the composer itself says why; no second message above it"


def test_english_on_request(meeting):
    at = app("pages/public/join.py", event=meeting.event.code, table="1", lang="en")
    assert "Table 1" in html_of(at)


def test_own_contributions_listed_for_the_token(meeting):
    who = meeting.participant()
    meeting.send(who, "Mijn eigen idee", table=1)
    at = app("pages/public/join.py", event=meeting.event.code, table="1", p=who.token)
    assert at.expander[0].label == "Mijn bijdragen (1)"
    assert "Mijn eigen idee" not in [t.value for t in at.text], "built only when opened"
    at.session_state["mine"] = True  # the phone opens the expander
    at.run()
    assert "Mijn eigen idee" in [t.value for t in at.text]


def test_own_contribution_edited_then_deleted_from_the_phone(meeting):
    who = meeting.participant()
    meeting.send(who, "Eerste versie", table=1)
    at = app("pages/public/join.py", event=meeting.event.code, table="1", p=who.token)
    at.session_state["mine"] = True
    at.run()
    box = next(a for a in at.text_area if a.key and a.key.startswith("edit-text-"))
    box.input("Verbeterde versie")
    next(b for b in at.button if b.label == "Opslaan" and "edit-" in str(b.form_id)).click().run()
    with read_session(meeting.engine) as session:
        row = session.exec(select(Contribution).where(Contribution.participant_id == who.id)).one()
    assert row.text == "Verbeterde versie"
    next(b for b in at.button if b.label == "Verwijderen").click().run()
    with read_session(meeting.engine) as session:
        row = session.get(Contribution, row.id)
    assert row.deleted and (row.text, row.original_text) == ("", ""), "no trace of either version"
    shown = [t.value for t in at.text] + [a.value for a in at.text_area] + [html_of(at)]
    assert not any("versie" in value for value in shown)


def test_profile_form_appears_when_opened_and_saves_a_name(meeting):
    who = meeting.participant()
    meeting.send(who, "Met naam", table=1)
    at = app("pages/public/join.py", event=meeting.event.code, table="1", p=who.token)
    assert not [t for t in at.text_input if t.label == "Naam"]
    at.session_state["profile-box"] = True
    at.run()
    next(t for t in at.text_input if t.label == "Naam").input("Sanne")
    next(b for b in at.button if b.label == "Opslaan" and "profile" in str(b.form_id)).click().run()
    with read_session(meeting.engine) as session:
        assert session.get(Participant, who.id).name == "Sanne"


def test_forged_token_is_a_stranger(meeting):
    who = meeting.participant()
    meeting.send(who, "Van iemand anders", table=1)
    at = app("pages/public/join.py", event=meeting.event.code, table="1", p="x" * 32)
    assert not [e for e in at.expander if e.label.startswith("Mijn bijdragen")]


def test_wall_needs_its_key(meeting):
    at = app("pages/public/wall.py", event=meeting.event.code, key="wrong")
    assert "niet geldig" in at.error[0].value


def test_wall_shows_sections_and_join_url(meeting):
    meeting.send(meeting.participant(), "Zichtbaar op de wall", table=3)
    at = app("pages/public/wall.py", event=meeting.event.code, key=meeting.event.wall_key)
    html = html_of(at)
    assert "Zichtbaar op de wall" in html
    assert html.count('class="oogst-card"') == 7
    # The address to type is the short one; the QR codes hold the meeting's whole join URL.
    assert '<div class="oogst-url">oogst.test</div>' in html
    assert 'data-testid="join-address" style="font-size:72px">oogst.test</div>' in html
    qr_codes = set(re.findall(r'src="data:image/png;base64,([^"]+)"', html))
    assert [_qr_text(b64) for b64 in qr_codes] == [
        f"http://oogst.test/join?event={meeting.event.code}"
    ]


def _qr_text(b64: str) -> str:
    import base64
    import io

    import zxingcpp
    from PIL import Image

    found = zxingcpp.read_barcodes(Image.open(io.BytesIO(base64.b64decode(b64))))
    return found[0].text


def test_a_wall_tick_sends_one_element(meeting):
    at = app("pages/public/wall.py", event=meeting.event.code, key=meeting.event.wall_key)
    assert not at.get("vega_lite_chart") and not at.columns
    walls = [e for e in at.get("html") if 'class="oogst-wall-grid"' in e.proto.body]
    assert len(walls) == 1 and "oogst-wall-counts" in walls[0].proto.body


def test_facilitator_pages_are_not_registered_for_participants(meeting):
    at = app()
    with pytest.raises(ValueError, match="Known pages") as caught:
        at.switch_page("pages/facilitator/setup.py")
    assert "fac_" not in str(caught.value).split("Known pages")[1]
    logged_in = app(facilitator=True)
    logged_in.switch_page("pages/facilitator/setup.py")


def test_login_wrong_then_right(meeting):
    at = app("pages/public/login.py")
    at.text_input[0].input("fout")
    at.button[0].click().run()
    assert "klopt niet" in at.error[0].value
    assert not at.session_state["facilitator"] if "facilitator" in at.session_state else True
    at.text_input[0].input("juist-wachtwoord")
    at.button[0].click().run()
    assert at.session_state["facilitator"] is True


def test_setup_saves_event_texts(meeting):
    at = app("pages/facilitator/setup.py", facilitator=True, event=meeting.event.code)
    assert at.title[0].value == "Voorbereiden"
    subtitle = next(t for t in at.text_input if t.label == "Ondertitel")
    subtitle.input("Nieuwe ondertitel")
    next(b for b in at.button if b.label == "Opslaan").click().run()
    with read_session(meeting.engine) as session:
        assert session.get(Event, meeting.id).subtitle == "Nieuwe ondertitel"


def test_live_page_closes_the_event_and_hides(meeting):
    receipt = meeting.send(meeting.participant(), "Ongepast", table=1)
    at = app("pages/facilitator/live.py", facilitator=True, event=meeting.event.code)
    next(b for b in at.button if b.label == "Bijeenkomst sluiten").click().run()
    at.segmented_control(key="live-section").set_value("moderate").run()
    next(b for b in at.button if b.label == "Verbergen").click().run()
    with read_session(meeting.engine) as session:
        assert session.get(Event, meeting.id).is_open is False
        row = session.exec(
            select(Contribution).where(Contribution.id == receipt.contribution_id)
        ).one()
        assert row.hidden is True


def test_qr_page_lists_every_join_url(meeting):
    at = app("pages/facilitator/qr.py", facilitator=True, event=meeting.event.code)
    codes = [c.value for c in at.code]
    assert f"http://oogst.test/join?event={meeting.event.code}&table=7" in codes
    assert any(
        c.startswith(f"http://oogst.test/wall?event={meeting.event.code}&key=") for c in codes
    )


def test_events_page_creates_an_event(meeting):
    at = app("pages/facilitator/events.py", facilitator=True)
    next(t for t in at.text_input if t.label == "Titel").input("Nieuwe middag")
    next(b for b in at.button if b.label == "Aanmaken").click().run()
    with read_session(meeting.engine) as session:
        titles = [e.title for e in events.list_events(session=session)]
    assert "Nieuwe middag" in titles


def test_wrong_codes_are_slowed_down(meeting, monkeypatch):
    from ui.common.guard import code_limiter

    code_limiter().clear()
    # Twenty typos are free in production; the page's part is the same after two. A long first
    # wait keeps the test independent of how long a page run takes on a busy machine.
    monkeypatch.setattr(code_limiter(), "free_failures", 2)
    monkeypatch.setattr(code_limiter(), "base_delay", 60.0)
    try:
        for n in range(3):
            at = app("pages/public/join.py", event=f"WRONG{n:03d}")
            assert "Geen bijeenkomst gevonden" in at.error[0].value
        at = app("pages/public/join.py", event=meeting.event.code)
        assert "Te veel pogingen" in at.error[0].value, (
            "even a right code waits after many wrong ones"
        )
    finally:
        code_limiter().clear()


def test_phone_sees_and_erases_its_own_data(meeting):
    who = meeting.participant()
    receipt = meeting.send(who, "Mijn idee om te wissen", table=1)
    at = app("pages/public/join.py", event=meeting.event.code, table="1", p=who.token)
    assert any(e.label == "Mijn gegevens" for e in at.expander)
    assert "Bijdragen: 1" not in [t.value for t in at.text], "read only when opened"
    at.session_state["my-data"] = True  # the phone opens the expander
    at.run()
    assert "Bijdragen: 1" in [t.value for t in at.text]
    next(
        c for c in at.checkbox if c.label.startswith("Ik wil al mijn gegevens wissen")
    ).check().run()
    next(b for b in at.button if b.label == "Wis mijn gegevens").click().run()
    assert "gewist" in at.success[0].value
    with read_session(meeting.engine) as session:
        row = session.get(Contribution, receipt.contribution_id)
        texts = session.exec(select(Contribution.text, Contribution.original_text)).all()
        assert session.get(Participant, who.id) is None
    assert row.deleted and (row.text, row.original_text) == ("", "")
    assert not any("Mijn idee om te wissen" in text for pair in texts for text in pair)


def test_participants_page_removes_a_participant(meeting):
    from facilitation.meeting import participants as participant_service
    from facilitation.models import Participant

    who = meeting.participant()
    with write_session(meeting.engine) as session:
        participant_service.update_profile(
            session=session, participant=who, name="Piet Test", organisation=""
        )
    at = app("pages/facilitator/participants.py", facilitator=True, event=meeting.event.code)
    next(b for b in at.button if b.label == "Verwijderen").click().run()
    with read_session(meeting.engine) as session:
        assert session.get(Participant, who.id) is None


def test_wall_and_phone_html_reach_streamlit_ready_made(meeting, monkeypatch):
    from streamlit.elements import html as st_html

    from ui.wall.view import sections_html

    sections_html.cache_clear()  # views are equal by (event, revision), across test databases too

    def no_cleaning(_text):
        raise AssertionError("st.html dedented an HTML block built here")

    meeting.send(meeting.participant(), "Klaar voor de wall", table=2)
    monkeypatch.setattr(st_html, "clean_text", no_cleaning)
    wall = app("pages/public/wall.py", event=meeting.event.code, key=meeting.event.wall_key)
    assert "Klaar voor de wall" in html_of(wall)
    phone = app("pages/public/join.py", event=meeting.event.code, table="2")
    assert "Zichtbaar worden als groeistof" in html_of(phone)  # the phone's header


def _feed(at: AppTest) -> dict:
    feeds = [e for e in at.get("bidi_component") if e.proto.component_name == "oogst_feed"]
    return json.loads(feeds[0].proto.json)["initial"] if feeds else {}


def test_phone_feed_starts_with_the_tables_newest_visible_texts(meeting):
    who = meeting.participant()
    meeting.send(who, "Eerste idee aan tafel twee", table=2)
    meeting.send(who, "Tweede idee aan tafel twee", table=2)
    meeting.send(who, "Aan een andere tafel", table=3)
    feed = _feed(app("pages/public/join.py", event=meeting.event.code, table="2"))
    assert feed["enabled"] is True
    assert feed["items"][:2] == ["Tweede idee aan tafel twee", "Eerste idee aan tafel twee"]
    assert "Aan een andere tafel" not in feed["items"]
    assert feed["count"] >= 2 and len(feed["items"]) <= feed["count"]


def test_phone_feed_absent_when_the_facilitator_hides_it(meeting):
    with write_session(meeting.engine) as session:
        events.update_event(
            session=session,
            event_id=meeting.event.id,
            update=validated(EventUpdate, {"show_others": False}),
        )
    meeting.send(meeting.participant(), "Niet voor andere telefoons", table=2)
    assert _feed(app("pages/public/join.py", event=meeting.event.code, table="2")) == {}


def test_phone_links_carry_the_identity_and_the_chosen_language(meeting):
    who = meeting.participant()
    at = app("pages/public/join.py", event=meeting.event.code, table="1", p=who.token, lang="en")
    links = phone_links(at)
    other = links["Pick another table"]
    assert other == f"join?event={meeting.event.code}&p={who.token}&lang=en"
    assert links["Action agenda: join in and vote"].startswith("agenda?")
    assert f"p={who.token}" in links["Action agenda: join in and vote"]
    assert not at.get("link_button"), "st.link_button opens a new tab: none on a phone page"


def test_a_closed_table_is_shown_but_cannot_be_picked(meeting):
    theme_id = meeting.target(table=3).theme_id
    with write_session(meeting.engine) as session:
        events.set_target_open(
            session=session, event_id=meeting.id, theme_id=theme_id, case_id=None, is_open=False
        )
    at = app("pages/public/join.py", event=meeting.event.code)
    three = next(label for label in phone_links(at) if label.startswith("Tafel 3"))
    assert phone_links(at)[three] == ""
    assert "Gesloten voor nieuwe bijdragen" in html_of(at)
