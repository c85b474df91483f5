"""Every choice of the report's shape, read back from the .docx: parts, content per table or case,
kinds, headings, labels, header, charts, page furniture, and a section type plugged in later."""

from __future__ import annotations

import pytest
from docx.oxml.ns import qn

from facilitation import eventfile
from facilitation.core.db import read_session, write_session
from facilitation.harvest import shape
from facilitation.harvest.report import builder
from facilitation.harvest.report.builder import ReportPart, add_part, build_report
from facilitation.harvest.report.content import read_harvest
from facilitation.harvest.service import harvest_report
from facilitation.models import ReportContent, ReportOptions
from tests.docx_reading import read_docx
from tests.utils import EXAMPLES

EVENT = """
format: pitch
title: Pitchavond
subtitle: Oogst van de pitchavond
date: 2026-05-04
intro: {title: Inleiding, text: "Waarom we er waren."}
themes:
  - number: 1
    title: Wonen
    label: Thema 1
    synthesis: Samenvatting van wonen.
    cases:
      - letter: A
        kind: Casus
        name: Repair Café
        place: Amsterdam
        owners: Anouk, Bas
        synthesis: Samenvatting van de casus.
        status: out_of_time
        contributions:
          - {text: Begin klein}
          - {text: Kijk bij de buren, kind: tip}
          - {text: "Voorbeeld: Buurtwerkplaats", kind: example}
          - {text: "Wie betaalt?", kind: question}
  - number: 2
    title: Werken
    label: Thema 2
    contributions:
      - {text: Een enkele suggestie}
agenda:
  kinds:
    - key: experiment
      column_title: Experiment
      actions:
        - {title: Proef, drivers: [{name: Ans}]}
participants:
  - {key: p1, name: Ans de Vries, listed: true}
"""


@pytest.fixture
def content(sqlite_engine):
    with write_session(sqlite_engine) as session:
        event = eventfile.import_event(
            session=session, model=eventfile.parse_event_file(EVENT.encode()), keep_code=False
        )
    with read_session(sqlite_engine) as session:
        return read_harvest(session=session, event_id=event.id or 0)


def _build(harvest, /, **choices) -> object:
    return read_docx(build_report(harvest, options=ReportOptions.model_validate(choices)).data)


def test_defaults_print_synthesis_and_contributions_with_prefixes(content):
    report = _build(content)
    assert report.headings() == [
        (1, "Inleiding"),
        (1, "Thema 1: Wonen"),
        (2, "A. Casus Repair Café"),
        (1, "Thema 2: Werken"),
        (1, "Actieagenda"),
        (1, "Deelnemerslijst"),
    ]
    texts = report.texts()
    assert "Samenvatting van de casus." in texts and "Begin klein" in texts
    assert "Eigenaren: Anouk, Bas\nPlaats: Amsterdam" in texts
    assert "Hier ontbrak de tijd om verder te praten." in texts


def test_synthesis_only_prints_no_contribution_bullets(content):
    report = _build(content, content="synthesis")
    assert report.bullets() == []
    assert "Suggesties uit de bijeenkomst:" not in report.texts()
    assert "Samenvatting van de casus." in report.texts()


def test_contributions_only_prints_no_synthesis(content):
    report = _build(content, content="contributions")
    assert "Samenvatting van wonen." not in report.texts()
    assert (0, "Begin klein") in report.bullets()


def test_one_case_can_differ_from_the_whole_report(content):
    report = _build(content, content="synthesis", targets={"c1A": "contributions"})
    assert (0, "Begin klein") in report.bullets()
    assert "Samenvatting van de casus." not in report.texts()
    assert "Samenvatting van wonen." in report.texts()
    assert (0, "Een enkele suggestie") not in report.bullets()


def test_headings_without_prefix_and_kind_place_inside(content):
    report = _build(content, numbering=False, case_kind=False, case_place="before_name")
    assert report.headings()[1:4] == [(1, "Wonen"), (2, "Amsterdam — Repair Café"), (1, "Werken")]
    assert "Plaats: Amsterdam" not in "\n".join(report.texts())
    after = _build(content, case_place="after_name")
    assert (2, "A. Casus Repair Café, Amsterdam") in after.headings()


def test_labels_take_the_right_number(content):
    report = _build(content)
    section = [p.text for p in report.section("Thema 2: Werken")]
    assert section[0] == "Suggestie uit de bijeenkomst:"
    english = read_docx(build_report(content, lang="en").data)
    assert any(t.startswith("Owners: Anouk, Bas") for t in english.texts())
    assert "Suggestion from the meeting:" in english.texts()


def test_kinds_as_labels(content):
    bullets = [text for _, text in _build(content, kinds="label").bullets()]
    assert bullets == [
        "Begin klein",
        "Tip: Kijk bij de buren",
        "Voorbeeld: Buurtwerkplaats",  # the label is not doubled
        "Vraag: Wie betaalt?",
        "Een enkele suggestie",
    ]
    tip = next(p for p in _build(content, kinds="label").paragraphs if p.text.startswith("Tip:"))
    assert tip.runs[0].bold and tip.runs[0].text == "Tip: "


def test_kinds_grouped_under_their_label(content):
    report = _build(content, kinds="group")
    texts = [p.text for p in report.section("A. Casus Repair Café")]
    start = texts.index("Suggestie uit de bijeenkomst:")
    assert texts[start : start + 7] == [
        "Suggestie uit de bijeenkomst:",
        "Begin klein",
        "Tip:",  # one of each: the labels take the right number
        "Kijk bij de buren",
        "Voorbeeld:",
        "Voorbeeld: Buurtwerkplaats",
        "Vraag:",
    ]


def test_a_group_of_several_has_a_plural_label(sqlite_engine):
    tip = "          - {text: Kijk bij de buren, kind: tip}\n"
    source = EVENT.replace(tip, tip + "          - {text: Vraag de gemeente, kind: tip}\n")
    with write_session(sqlite_engine) as session:
        event = eventfile.import_event(
            session=session, model=eventfile.parse_event_file(source.encode()), keep_code=False
        )
    with read_session(sqlite_engine) as session:
        report = _build(read_harvest(session=session, event_id=event.id or 0), kinds="group")
    texts = [p.text for p in report.section("A. Casus Repair Café")]
    assert texts[texts.index("Tips:") + 1 :][:2] == ["Kijk bij de buren", "Vraag de gemeente"]


def test_parts_and_status_notes_can_be_left_out(content):
    report = _build(content, parts={"agenda": False, "participants": False}, status_notes=False)
    headings = [text for _, text in report.headings()]
    assert "Actieagenda" not in headings and "Deelnemerslijst" not in headings
    assert report.tables() == []
    assert "Hier ontbrak de tijd om verder te praten." not in report.texts()


def test_intro_without_its_own_heading(content):
    report = _build(content, intro_headings=False)
    assert (1, "Inleiding") not in report.headings()
    intro = next(p for p in report.paragraphs if p.text.startswith("Inleiding: "))
    assert intro.runs[0].bold and intro.text == "Inleiding: Waarom we er waren."


def test_date_stays_in_the_title_block_with_a_subtitle(content):
    assert _build(content).styled()[:3] == [
        ("Title", "Pitchavond"),
        ("Subtitle", "Oogst van de pitchavond"),
        ("Normal", "4 mei 2026"),
    ]


def test_header_the_templates_own_in_the_reports_language_or_the_short_title(content):
    def header(report) -> str:
        return report.document.sections[0].header.paragraphs[0].text

    assert header(_build(content)) == "Oogst"
    assert header(read_docx(build_report(content, lang="en").data)) == "Harvest"
    assert header(_build(content, header="title")) == "Pitchavond"
    assert header(_build(content, header="title", header_text="Pitch 4 mei")) == "Pitch 4 mei"


def test_count_chart_only_where_it_says_something(content):
    assert _build(content).images() == []  # two themes
    charted = _build(content, count_chart="always")
    assert len(charted.images()) == 1
    assert charted.texts("Caption") == ["Figuur 1. Aantal bijdragen per thema (5 in totaal)"]
    assert (1, "Aantal bijdragen per thema") in charted.headings()  # no heading above the themes


def test_table_rows_never_split_and_repeat_their_header(content):
    report = _build(content)
    for table in report.document.tables:
        rows = table._tbl.tr_lst
        assert all(r.trPr is not None and r.trPr.find(qn("w:cantSplit")) is not None for r in rows)
        assert rows[0].trPr.find(qn("w:tblHeader")) is not None


def test_labels_keep_with_their_bullets(content):
    label = next(p for p in _build(content).paragraphs if p.text == "Suggestie uit de bijeenkomst:")
    assert label.paragraph_format.keep_with_next


def test_a_new_section_type_plugs_in(content, monkeypatch):
    monkeypatch.setattr(builder, "PARTS", builder.PARTS)

    def polls(w, ctx) -> None:
        w.heading("Snelle peiling", 1)

    add_part(ReportPart("polls", polls, "report.part.agenda"), after="themes")
    assert "polls" in [part.key for part in builder.switchable_parts()]
    headings = [text for _, text in _build(content).headings()]
    assert headings.index("Snelle peiling") == headings.index("Thema 2: Werken") + 1
    assert "Snelle peiling" not in str(_build(content, parts={"polls": False}).headings())
    with pytest.raises(KeyError):
        add_part(ReportPart("polls", polls), after="themes")


def test_stored_choices_reach_the_download(engine):
    model = eventfile.parse_event_file((EXAMPLES / "praktijkcasussen.yaml").read_bytes())
    with write_session(engine) as session:
        event = eventfile.import_event(session=session, model=model, keep_code=False)
        shape.save_report_options(session=session, event_id=event.id, options=ReportOptions.prose())
        options = shape.set_target_content(
            session=session, event_id=event.id, target_key="cB", content=ReportContent.BOTH
        )
    assert options.targets == {"cB": ReportContent.BOTH}
    with read_session(engine) as session:
        report = read_docx(harvest_report(session=session, event_id=event.id).data)
    bullets = [text for _, text in report.bullets()]
    assert "Begin met een proefperiode van één seizoen" in bullets  # case B prints both
    assert "Vraag vertrekkers waarom ze stoppen" not in bullets  # case A: synthesis only
    with write_session(engine) as session:
        shape.set_target_content(session=session, event_id=event.id, target_key="cB", content=None)
        assert shape.report_options(session=session, event_id=event.id).targets == {}


@pytest.mark.parametrize(
    ("owners", "label"),
    [
        ("Stichting Wonen en Zorg", "Eigenaar"),  # one organisation with 'en' in its name
        ("Stichting Wonen en Zorg, Anouk Meijer", "Eigenaren"),
        ("Gemeente Leiden en Stichting STRO", "Eigenaren"),
        ("Anouk Meijer en Bas Groen", "Eigenaren"),
        ("Tom van Dijk e.a.", "Eigenaren"),  # 'and others'
        ("Karen van Engelen", "Eigenaar"),
    ],
)
def test_owners_label_counts_people_not_every_en(sqlite_engine, owners, label):
    source = EVENT.replace("owners: Anouk, Bas", f"owners: {owners}")
    with write_session(sqlite_engine) as session:
        event = eventfile.import_event(
            session=session, model=eventfile.parse_event_file(source.encode()), keep_code=False
        )
    with read_session(sqlite_engine) as session:
        report = _build(read_harvest(session=session, event_id=event.id or 0))
    assert report.section("A. Casus Repair Café")[0].text.startswith(f"{label}: {owners}\n")
