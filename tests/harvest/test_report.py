"""The harvest report read back with python-docx: order, bullets, links, tables, pictures, consent."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlmodel import select

from facilitation import eventfile
from facilitation.core.db import read_session, write_session
from facilitation.core.validation import validated
from facilitation.harvest import editing as harvest
from facilitation.harvest.report.builder import build_report
from facilitation.harvest.report.content import read_harvest
from facilitation.harvest.service import harvest_report
from facilitation.meeting import participants
from facilitation.models import (
    ChartChoice,
    Contribution,
    ContributionUpdate,
    Participant,
    ReportOptions,
    SummaryUpdate,
)
from tests.docx_reading import read_docx

EVENT = """
format: table_rounds
title: Buurtavond
date: 2026-03-03
tagline: "#samenbuurten"
venue: Wijkcentrum
definitions:
  - {term: Buurt, text: Waar je woont}
intro: {title: Aanleiding, text: "Waarom we bijeenkwamen.\\n\\nTweede alinea met www.buurt.example.nl erin."}
sections:
  - {title: Na de thema's, body: "- eerste punt\\n- tweede punt", placement: after_themes}
themes:
  - number: 1
    title: Groen
    synthesis: Meer bomen.
    open_for_additions: true
    contributions:
      - text: Geveltuinen
        highlight: true
        link: https://geveltuin.example.org/start
        replies:
          - text: Met de woningcorporatie
            replies:
              - text: Vraag eerst de huurders
                replies:
                  - {text: Heel diep}
      - text: Zie https://boom.example.org/plan, daar staat het.
      - {text: Verborgen tekst, hidden: true}
      - text: Bankjes
        remark: twee keer genoemd
        duplicates:
          - {text: Bankjes!}
  - number: 2
    title: Verkeer
agenda:
  title: Actieagenda
  invitation: Wie doet mee?
  kinds:
    - key: experiment
      column_title: Experiment
      driver_column_title: Mogelijke trekker
      actions:
        - {title: Autovrije zondag, drivers: [{name: Ans, organisation: Buurtteam}, {organisation: Gemeente, tentative: true}]}
        - {title: Parkeerapp}
participants:
  - {key: p1, name: Ans de Vries, organisation: Buurtteam, listed: true}
  - {key: p2, name: Geheim Persoon, listed: false}
closing_call: Reageer via de mail.
contacts:
  - {name: Piet, email: piet@example.org}
"""


def _import(engine, text: str = EVENT) -> int:
    with write_session(engine) as session:
        event = eventfile.import_event(
            session=session, model=eventfile.parse_event_file(text.encode()), keep_code=False
        )
    return event.id or 0


@pytest.fixture
def built(engine):
    event_id = _import(engine)
    with read_session(engine) as session:
        return read_docx(harvest_report(session=session, event_id=event_id).data)


def test_headings_in_report_order(built):
    assert built.headings() == [
        (1, "Aanleiding"),
        (1, "1. Groen"),
        (1, "2. Verkeer"),
        (1, "Na de thema's"),
        (1, "Actieagenda"),
        (1, "Deelnemerslijst"),
    ]
    # An empty subtitle is left empty; the date stands in the line under the title block.
    assert built.styled()[:3] == [
        ("Title", "Buurtavond"),
        ("Subtitle", "#samenbuurten"),
        ("Normal", "3 maart 2026 · Wijkcentrum"),
    ]


def test_bullets_nest_and_deep_replies_stay_readable(built):
    assert built.bullets()[:4] == [
        (0, "Geveltuinen https://geveltuin.example.org/start"),
        (1, "Met de woningcorporatie"),
        (2, "Vraag eerst de huurders"),
        (2, "Heel diep"),
    ]


def test_hidden_left_out_duplicates_counted_remark_and_open_marker(built):
    texts = [text for _, text in built.bullets()]
    assert "Verborgen tekst" not in "\n".join(built.texts())
    assert "Bankjes (opm. twee keer genoemd) (2× genoemd)" in texts
    assert texts[5:8] == ["Bankjes (opm. twee keer genoemd) (2× genoemd)", "…", "…"]


def test_highlight_is_bold(built):
    geveltuin = next(p for p in built.paragraphs if p.text.startswith("Geveltuinen"))
    assert geveltuin.runs[0].bold is True


def test_links_are_real_hyperlinks(built):
    links = built.links()
    assert ("https://geveltuin.example.org/start", "https://geveltuin.example.org/start") in links
    assert ("https://boom.example.org/plan", "https://boom.example.org/plan") in links
    assert ("www.buurt.example.nl", "http://www.buurt.example.nl") in links
    assert ("piet@example.org", "mailto:piet@example.org") in links
    sentence = next(p for p in built.paragraphs if p.text.startswith("Zie https"))
    assert sentence.text == "Zie https://boom.example.org/plan, daar staat het."


def test_a_link_already_in_the_text_is_not_repeated(engine):
    text = EVENT.replace(
        "      - text: Zie https://boom.example.org/plan, daar staat het.",
        "      - text: Kijk op www.boom.example.org voor het plan\n        link: http://www.boom.example.org/",
    )
    event_id = _import(engine, text)
    with read_session(engine) as session:
        report = read_docx(harvest_report(session=session, event_id=event_id, charts=False).data)
    assert (0, "Kijk op www.boom.example.org voor het plan") in report.bullets()


def test_narrative_dash_lines_become_bullets(built):
    assert [p.text for p in built.section("Na de thema's")] == ["eerste punt", "tweede punt"]


def test_agenda_table_with_tentative_and_open_slot(built):
    agenda = built.tables()[0]
    assert agenda == [
        ["Experiment", "Mogelijke trekker"],
        ["Autovrije zondag", "Ans (Buurtteam), Gemeente?"],
        ["Parkeerapp", ""],
    ]
    invitation = next(p for p in built.section("Actieagenda") if p.text == "Wie doet mee?")
    assert invitation.runs[0].bold is True


def test_participant_list_only_with_consent(built, engine):
    assert built.tables()[-1] == [["Naam", "Organisatie"], ["Ans de Vries", "Buurtteam"]]
    assert "Geheim Persoon" not in str(built.tables())


def test_consent_withdrawn_on_the_phone_leaves_the_list(engine):
    event_id = _import(engine)
    with write_session(engine) as session:
        ans = session.exec(select(Participant).where(Participant.name == "Ans de Vries")).one()
        participants.update_profile(
            session=session, participant=ans, name=ans.name, organisation="", listed_consent=False
        )
    with read_session(engine) as session:
        report = read_docx(harvest_report(session=session, event_id=event_id).data)
    assert "Deelnemerslijst" not in report.texts()
    assert "Ans de Vries" not in str(report.tables())


def test_no_count_chart_for_two_tables_by_default(built):
    assert built.images() == []


def test_chart_of_contributions_is_a_png_picture_after_the_themes_heading(engine):
    event_id = _import(engine, EVENT.replace("themes:\n", "themes_title: Tafels\nthemes:\n", 1))
    with read_session(engine) as session:
        content = read_harvest(session=session, event_id=event_id)
    always = ReportOptions(count_chart=ChartChoice.ALWAYS)
    report = read_docx(build_report(content, options=always).data)
    [picture] = report.images()
    assert picture.startswith(b"\x89PNG")
    assert report.texts("Caption") == ["Figuur 1. Aantal bijdragen per tafel (7 in totaal)"]
    after_heading = report.section("Tafels")
    assert after_heading[1].style.name == "Caption"  # the picture, then its caption
    assert (
        after_heading[0]._p.xpath(".//pic:pic") and after_heading[0].paragraph_format.keep_with_next
    )


def test_votes_add_a_column_and_a_chart(engine):
    event_id = _import(engine)
    with read_session(engine) as session:
        content = read_harvest(session=session, event_id=event_id)
    kind = content.agenda[0]
    voted = replace(
        kind, actions=(replace(kind.actions[0], votes=7), replace(kind.actions[1], votes=2))
    )
    report = read_docx(build_report(replace(content, agenda=(voted,))).data)
    assert report.tables()[0][0] == ["Experiment", "Mogelijke trekker", "Stemmen"]
    assert [row[2] for row in report.tables()[0][1:]] == ["7", "2"]
    assert len(report.images()) == 1  # two tables: no count chart; the votes chart
    assert "Figuur 1. Stemmen per actie" in report.texts("Caption")


def test_editor_changes_show_in_the_next_download(engine):
    event_id = _import(engine)
    with read_session(engine) as session:
        row = session.exec(select(Contribution).where(Contribution.text == "Geveltuinen")).one()
    with write_session(engine) as session:
        harvest.update_contribution(
            session=session,
            event_id=event_id,
            contribution_id=row.id,
            update=validated(ContributionUpdate, {"hidden": True}),
        )
        harvest.save_summary(
            session=session,
            event_id=event_id,
            target_key="t2",
            update=validated(SummaryUpdate, {"synthesis": "Veilig."}),
        )
    with read_session(engine) as session:
        report = read_docx(harvest_report(session=session, event_id=event_id, charts=False).data)
    assert not any(text.startswith("Geveltuinen") for _, text in report.bullets())
    assert "Met de woningcorporatie" in [text for _, text in report.bullets()]
    assert [p.text for p in report.section("2. Verkeer")] == ["Veilig."]


def test_practice_cases_print_advice_and_english_on_request(engine):
    text = (
        "format: practice_cases\ntitle: Praktijk\ncases:\n  - letter: A\n    kind: Praktijkvoorbeeld\n"
        "    name: Repair Café\n    key_question: Hoe houden we vrijwilligers VAST?\n"
        "    contributions:\n      - {text: Geef een eigen rol, kind: advice}\n"
    )
    event_id = _import(engine, text)
    with read_session(engine) as session:
        dutch = read_docx(harvest_report(session=session, event_id=event_id).data)
        english = read_docx(harvest_report(session=session, event_id=event_id, lang="en").data)
    assert dutch.headings() == [(1, "A. Praktijkvoorbeeld Repair Café")]
    assert "Advies uit de bijeenkomst:" in dutch.texts()  # one piece of advice
    assert "Kernvraag: Hoe houden we vrijwilligers VAST?" in dutch.texts()
    assert "Advice from the meeting:" in english.texts()
    assert "Key question: Hoe houden we vrijwilligers VAST?" in english.texts()
