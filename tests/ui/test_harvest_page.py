"""The harvest page with Streamlit's AppTest, against a real database."""

from __future__ import annotations

import io

import pytest
from docx import Document
from sqlmodel import select

from facilitation import eventfile
from facilitation.core.db import get_engine, read_session, write_session
from facilitation.core.settings import get_settings
from facilitation.harvest import shape
from facilitation.models import Contribution, Event, Theme, WordTemplate
from tests.ui.test_pages import EXAMPLE, ROOT, app
from tests.utils import Meeting

PITCH = ROOT / "examples" / "pitchsessie-26-januari-2015.yaml"


@pytest.fixture
def meeting(tmp_path, monkeypatch) -> Meeting:
    """The 12 February example in a fresh database that the app under test uses."""
    monkeypatch.setenv("OOGST_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("OOGST_DATABASE_URL", "")
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


def _contribution(meeting, text: str) -> Contribution:
    with read_session(meeting.engine) as session:
        return session.exec(
            select(Contribution).where(
                Contribution.event_id == meeting.id, Contribution.text == text
            )
        ).one()


def _harvest_page(meeting, section: str = "", **params):
    at = app("pages/facilitator/harvest.py", facilitator=True, event=meeting.event.code, **params)
    if section:
        at.segmented_control(key="harvest-section").set_value(section).run()
        assert not at.exception, at.exception
    return at


def _theme(meeting, number: int) -> Theme:
    with read_session(meeting.engine) as session:
        return session.exec(
            select(Theme).where(Theme.event_id == meeting.id, Theme.number == number)
        ).one()


def test_page_offers_report_exports_and_names_the_template(meeting):
    at = _harvest_page(meeting)
    assert at.title[0].value == "Oogst"
    labels = [b.label for b in at.get("download_button")]
    assert "Oogst downloaden (Word)" in labels
    assert {"Bijdragen als CSV", "Bijdragen als JSON"} <= set(labels)
    assert "Alle 7 als zip" not in labels  # table rounds: no cases, no packs
    assert "Sjabloon: standaardsjabloon van Oogst" in [c.value for c in at.caption]


def test_english_page(meeting):
    at = _harvest_page(meeting, lang="en")
    assert "Download the harvest (Word)" in [b.label for b in at.get("download_button")]


def test_synthesis_and_open_marker_are_saved_as_they_change(meeting):
    at = _harvest_page(meeting, "edit")
    at.text_area(key="summary-t1-synthesis").input("Nieuwe samenvatting van tafel 1").run()
    at.checkbox(key="summary-t1-open_for_additions").check().run()
    theme = _theme(meeting, 1)
    assert (theme.synthesis, theme.open_for_additions) == ("Nieuwe samenvatting van tafel 1", True)
    assert [t.value for t in at.toast] == ["Opgeslagen"], "one confirmation per change"


def test_a_synthesis_survives_switching_table_and_section(meeting):
    at = _harvest_page(meeting, "edit")
    at.text_area(key="summary-t1-synthesis").input("Wat tafel 1 opleverde")
    at.selectbox(key="harvest-target").set_value("t2").run()
    assert at.segmented_control(key="harvest-section").value == "edit"
    at.text_area(key="summary-t2-synthesis").input("En tafel 2")
    at.segmented_control(key="harvest-section").set_value("texts").run()
    at.segmented_control(key="harvest-section").set_value("edit").run()
    assert at.selectbox(key="harvest-target").value == "t2"
    assert at.text_area(key="summary-t2-synthesis").value == "En tafel 2"
    at.selectbox(key="harvest-target").set_value("t1").run()
    assert at.text_area(key="summary-t1-synthesis").value == "Wat tafel 1 opleverde"
    assert (_theme(meeting, 1).synthesis, _theme(meeting, 2).synthesis) == (
        "Wat tafel 1 opleverde",
        "En tafel 2",
    )


def test_the_report_downloads_from_every_section(meeting):
    at = _harvest_page(meeting)
    for section in ("download", "edit", "shape", "texts", "templates"):
        at.segmented_control(key="harvest-section").set_value(section).run()
        labels = [b.label for b in at.get("download_button")]
        assert labels.count("Oogst downloaden (Word)") == 1, section


def test_hide_and_highlight_buttons_store_at_once(meeting):
    row = _contribution(
        meeting, "Buddyships met reguliere bedrijven, en concreet samenwerken in faciliteren"
    )
    at = _harvest_page(meeting, "edit")
    at.button(key=f"hide-{row.id}").click().run()
    at.button(key=f"highlight-{row.id}").click().run()
    after = _contribution(meeting, row.text)
    assert (after.hidden, after.highlight) == (True, True)
    assert at.button(key=f"hide-{row.id}").label == "Tonen"


def test_edit_keeps_the_original_and_move_to_another_table(meeting):
    row = _contribution(
        meeting, "Buddyships met reguliere bedrijven, en concreet samenwerken in faciliteren"
    )
    at = _harvest_page(meeting, "edit")
    at.button(key=f"edit-{row.id}").click().run()
    at.text_area(key=f"card-text-{row.id}").input("Buddyships met bedrijven").run()
    edited = _contribution(meeting, "Buddyships met bedrijven")
    assert edited.original_text == row.text
    at.selectbox(key=f"move-to-{row.id}").select("t3").run()
    at.button(key=f"move-go-{row.id}").click().run()
    moved = _contribution(meeting, "Buddyships met bedrijven")
    with read_session(meeting.engine) as session:
        assert session.get(Theme, moved.theme_id).number == 3
    assert not at.exception


def test_a_broken_template_upload_is_refused_in_dutch(meeting):
    at = _harvest_page(meeting, "templates")
    at.file_uploader[0].set_value(
        ("huisstijl.docx", b"PK\x03\x04 kapot", "application/octet-stream")
    )
    next(b for b in at.button if b.label == "Sjabloon opslaan").click().run()
    assert "'huisstijl.docx' is geen bruikbaar Word-sjabloon" in at.error[0].value
    with read_session(meeting.engine) as session:
        assert session.exec(select(WordTemplate)).first() is None


def test_a_template_lacking_styles_is_stored_with_a_warning(meeting):
    document = Document()
    style = document.styles["Caption"].element
    style.getparent().remove(style)
    buffer = io.BytesIO()
    document.save(buffer)
    at = _harvest_page(meeting, "templates")
    at.file_uploader[0].set_value(("huis.docx", buffer.getvalue(), "application/octet-stream"))
    next(b for b in at.button if b.label == "Sjabloon opslaan").click().run()
    assert "Sjabloon 'huis.docx' opgeslagen." in at.success[0].value
    warnings = [w.value for w in at.warning]
    assert any("geen stijl 'Caption'" in w for w in warnings)
    with read_session(meeting.engine) as session:
        stored = session.exec(select(WordTemplate)).one()
    assert (stored.event_id, stored.filename) == (meeting.id, "huis.docx")


def test_pitch_session_offers_a_pack_per_case(meeting):
    with write_session(meeting.engine) as session:
        pitch = eventfile.import_event(
            session=session, model=eventfile.parse_event_file(PITCH.read_bytes()), keep_code=False
        )
    at = app("pages/facilitator/harvest.py", facilitator=True, event=pitch.code)
    labels = [b.label for b in at.get("download_button")]
    assert "Alle 8 als zip" in labels and "Feedback van deze casus (Word)" in labels
    assert at.selectbox(key="harvest-pack-case").options[0].startswith("1A — Casus 't Zorghuus")


def test_texts_section_saves_the_closing_call_as_it_changes(meeting):
    at = _harvest_page(meeting, "texts")
    closing = next(a for a in at.text_area if a.label == "Slotoproep")
    closing.input("Mail ons je reactie voor 1 maart.").run()
    with read_session(meeting.engine) as session:
        assert session.get(Event, meeting.id).closing_call == "Mail ons je reactie voor 1 maart."


def _options(meeting):
    with read_session(meeting.engine) as session:
        return shape.report_options(session=session, event_id=meeting.id)


def _preview(at) -> str:
    return "".join(
        str(element.proto.body)
        for element in at.get("html")
        if "oogst-preview" in str(element.proto.body)
    )


def test_prose_report_is_one_click_and_the_preview_follows(meeting):
    at = _harvest_page(meeting, "shape")
    assert "Suggesties uit de bijeenkomst:" in _preview(at)
    at.button(key="shape-prose").click().run()
    options = _options(meeting)
    assert (options.content, options.count_chart, options.vote_chart) == (
        "synthesis",
        "never",
        False,
    )
    preview = _preview(at)
    assert "Suggesties uit de bijeenkomst:" not in preview
    assert "<h2>Aanleiding</h2>" in preview and "<ol>" in preview
    assert not at.exception


def test_shape_form_stores_every_choice(meeting):
    at = _harvest_page(meeting, "shape")
    at.radio(key="shape-kinds").set_value("label")
    at.radio(key="shape-case-place").set_value("before_name")
    at.checkbox(key="shape-numbering").uncheck()
    at.checkbox(key="shape-part-participants").uncheck()
    at.radio(key="shape-header").set_value("title")
    at.text_input(key="shape-header-text").input("Knooppunten 12/2").run()  # each stored on change
    options = _options(meeting)
    assert (options.kinds, options.case_place, options.numbering) == ("label", "before_name", False)
    assert options.parts["participants"] is False
    assert (options.header, options.header_text) == ("title", "Knooppunten 12/2")
    assert "<h3>Ondernemersvaardigheden als groeistof</h3>" in _preview(at)


def test_one_table_prints_only_its_contributions(meeting):
    at = _harvest_page(meeting, "edit")
    at.selectbox(key="shape-target-t1").select("contributions").run()
    assert _options(meeting).targets == {"t1": "contributions"}
    at.selectbox(key="shape-target-t1").select("inherit").run()
    assert _options(meeting).targets == {}


def test_near_duplicates_are_merged_with_one_click(meeting):
    with write_session(meeting.engine) as session:
        theme = session.exec(
            select(Theme).where(Theme.event_id == meeting.id, Theme.number == 1)
        ).one()
        for text in ("Koppel starters aan een ondernemer", "koppel starters aan een ondernemer!"):
            session.add(Contribution(event_id=meeting.id, theme_id=theme.id, text=text))
    at = _harvest_page(meeting, "edit")
    assert any("Mogelijk dubbel (1)" in e.label for e in at.expander)
    assert any("Wat hier het vaakst terugkomt" in c.value for c in at.caption)
    keep = _contribution(meeting, "Koppel starters aan een ondernemer")
    duplicate = _contribution(meeting, "koppel starters aan een ondernemer!")
    at.button(key=f"gist-merge-{duplicate.id}-{keep.id}").click().run()
    assert _contribution(meeting, duplicate.text).merged_into_id == keep.id
    assert "(2× genoemd)" in _preview(at)


def test_the_editor_shows_the_markdown_legend(meeting):
    at = _harvest_page(meeting, "edit")
    assert any("`**vet**`" in c.value for c in at.caption)


def test_a_preset_shows_in_the_form_at_once(meeting):
    at = _harvest_page(meeting, "shape")
    at.button(key="shape-prose").click().run()
    assert at.radio(key="shape-content").value == "synthesis"
    assert at.radio(key="shape-count-chart").value == "never"
    at.button(key="shape-default").click().run()
    assert at.radio(key="shape-content").value == "both"


def test_a_very_large_harvest_starts_without_the_preview(meeting):
    with write_session(meeting.engine) as session:
        theme = session.exec(
            select(Theme).where(Theme.event_id == meeting.id, Theme.number == 1)
        ).one()
        session.add_all(
            Contribution(event_id=meeting.id, theme_id=theme.id, text=f"Idee {n}")
            for n in range(1500)
        )
    at = _harvest_page(meeting)
    assert at.toggle(key="harvest-preview-on").value is False
    assert _preview(at) == ""
