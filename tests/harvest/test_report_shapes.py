"""Golden tests: the three reference-style reports an organiser makes from the editor alone — a
prose-only practice-case afternoon, a 12 February-style table-rounds report and a 26 January-style
pitch report — read back from the .docx element by element, and the same in the preview.

The meetings are the example event files, whose long texts use the Markdown subset; each carries
the organiser's choices in its ``report:`` block (``SHAPES``), so it prints its reference's shape
as imported. The same choices stored from the editor (``shape.save_report_options``) give the
same document.
"""

from __future__ import annotations

import re

import pytest
from docx.oxml.ns import qn
from docx.shared import Pt

from facilitation import eventfile
from facilitation.core.db import init_schema, make_engine, read_session, write_session
from facilitation.harvest import shape
from facilitation.harvest.preview import docx_to_html
from facilitation.harvest.service import harvest_report
from facilitation.models import ReportOptions
from tests.docx_reading import read_docx
from tests.harvest.test_report_golden import ACADEMY, EXPERIMENTS, TABLE_ROUNDS_HEADINGS
from tests.utils import EXAMPLES

SHAPES = {
    # One click on "prose report", then headings without letter and kind, the place in front.
    "praktijkcasussen": ReportOptions.model_validate(
        ReportOptions.prose().model_dump()
        | {"numbering": False, "case_kind": False, "case_place": "before_name", "header": "title"}
    ),
    # The prose report as it is.
    "tafelrondes-12-februari-2015": ReportOptions.prose(),
    # Introduction inline, the place after the case's name, no chart, the organiser's header.
    "pitchsessie-26-januari-2015": ReportOptions(
        intro_headings=False,
        case_place="after_name",
        count_chart="never",
        header="title",
        header_text="Projectenbrigade · vrijplaats voor verandering",
        parts={"closing": False},
    ),
}


@pytest.fixture(scope="module")
def shaped(tmp_path_factory):
    """Each example imported, shaped as its reference, built: {name: (Read, preview html)}."""
    engine = make_engine(f"sqlite:///{tmp_path_factory.mktemp('shapes') / 'oogst.db'}")
    init_schema(engine)
    result = {}
    for name, options in SHAPES.items():
        model = eventfile.parse_event_file((EXAMPLES / f"{name}.yaml").read_bytes())
        assert model.report == options  # the example file carries the organiser's choices
        with write_session(engine) as session:
            event = eventfile.import_event(session=session, model=model, keep_code=False)
        with read_session(engine) as session:
            built = harvest_report(session=session, event_id=event.id or 0)
        with write_session(engine) as session:  # the same choices made in the editor
            event = eventfile.import_event(
                session=session,
                model=model.model_copy(update={"report": ReportOptions()}),
                keep_code=False,
            )
            shape.save_report_options(session=session, event_id=event.id, options=options)
        with read_session(engine) as session:
            edited = harvest_report(session=session, event_id=event.id or 0)
        assert built.warnings == ()
        assert read_docx(edited.data).texts() == read_docx(built.data).texts()
        result[name] = (read_docx(built.data), docx_to_html(built.data))
    yield result
    engine.dispose()


def _header(report) -> str:
    return report.document.sections[0].header.paragraphs[0].text


def _runs(paragraph, *, bold=None, italic=None) -> list[str]:
    return [
        r.text
        for r in paragraph.runs
        if (bold is None or r.bold == bold) and (italic is None or r.italic == italic)
    ]


def _numbering(paragraph) -> tuple[int, int]:
    num_pr = paragraph._p.pPr.numPr
    return num_pr.ilvl.val, num_pr.numId.val


def _preview_headings(html: str) -> list[tuple[int, str]]:
    return [
        (int(level) - 1, re.sub(r"<[^>]+>", "", text).replace("&#x27;", "'"))
        for level, text in re.findall(r"<h([2-4])>(.*?)</h\1>", html)
    ]


# A prose-only practice-case afternoon ------------------------------------------------------


def test_practice_prose_headings_without_letters_with_the_place_in_front(shaped):
    report, html = shaped["praktijkcasussen"]
    assert report.headings() == [
        (1, "Inleiding"),
        (1, "Zwolle — Repair Café Zuid"),
        (1, "Deventer — Moestuin op het dak"),
        (1, "Kampen — Buurtbus"),
        (1, "Hoe nu verder"),
    ]
    assert _preview_headings(html) == report.headings()


def test_practice_prose_prints_no_contribution_and_no_chart(shaped):
    report, html = shaped["praktijkcasussen"]
    texts = "\n".join(report.texts())
    assert "Adviezen uit de bijeenkomst:" not in texts
    assert "Vraag vertrekkers waarom ze stoppen" not in texts
    assert report.images() == [] and "<img" not in html
    assert "Plaats:" not in texts  # the place is in the heading


def test_practice_prose_owners_plural_and_singular(shaped):
    report, _ = shaped["praktijkcasussen"]
    assert (
        report.section("Zwolle — Repair Café Zuid")[0].text
        == "Eigenaren: Anouk Meijer en Bas Groen"
    )
    assert report.section("Deventer — Moestuin op het dak")[0].text == "Eigenaar: Yusuf Demir"


def test_practice_prose_synthesis_as_word_lists_runs_and_links(shaped):
    report, html = shaped["praktijkcasussen"]
    body = report.section("Zwolle — Repair Café Zuid")
    numbered = [p for p in body if p.style.name == "List Number"]
    assert [p.text for p in numbered] == [
        "Een eigen rol met een naam, niet alleen 'helpen'",
        "Zichtbare successen, bijvoorbeeld een teller van gerepareerde spullen",
        "Een gesprek met wie stopt: waarom stop je?",
    ]
    levels = {_numbering(p) for p in numbered}
    assert len(levels) == 1 and next(iter(levels))[0] == 0  # one list, top level
    nested = [p for p in body if p.style.name == "List Bullet 2"]
    assert [p.text for p in nested] == [
        "wat had je nodig gehad?",
        "wie zou je terug willen vragen?",
    ]
    lead = next(p for p in body if p.text.startswith("De zaal zag vooral kansen"))
    assert _runs(lead, bold=True) == ["erkenning"]
    assert _runs(numbered[2], italic=True) == ["waarom"]
    links = report.links()
    assert ("Vrijwilligerswerk.nl", "https://www.vrijwilligerswerk.nl") in links
    assert ("repaircafe@example.org", "mailto:repaircafe@example.org") in links
    assert html.count("<ol>") == 1 and "<strong>erkenning</strong>" in html
    assert '<a href="https://www.vrijwilligerswerk.nl"' in html


def test_practice_prose_one_newline_is_a_line_break(shaped):
    report, _ = shaped["praktijkcasussen"]
    advice = next(p for p in report.paragraphs if p.text.startswith("Advies van de zaal"))
    assert "beoordelen.\nDe bewoners nemen" in advice.text


def test_practice_prose_title_block_status_and_header(shaped):
    report, _ = shaped["praktijkcasussen"]
    assert report.styled()[:2] == [
        ("Title", "Leren van de praktijk"),
        ("Subtitle", "Oogst van de middag met praktijkcasussen, 3 maart 2026"),
    ]
    note = [p for p in report.section("Kampen — Buurtbus") if p.text][-1]
    assert note.text == "geen tijd meer; reacties zijn welkom per mail" and note.runs[0].italic
    assert _header(report) == "Leren van de praktijk"


# A 12 February-style table-rounds report ---------------------------------------------------


def test_table_rounds_prose_has_the_reference_headings_and_no_bullets(shaped):
    report, html = shaped["tafelrondes-12-februari-2015"]
    assert report.headings() == TABLE_ROUNDS_HEADINGS
    assert _preview_headings(html) == TABLE_ROUNDS_HEADINGS
    texts = report.texts()
    assert "Suggesties uit de bijeenkomst:" not in texts
    assert not any(t.startswith("Vraag:") for t in texts)
    assert [p.style.name for p in report.paragraphs if p.style.name.startswith("List Bullet")] == []
    assert report.images() == []


def test_table_rounds_typology_is_a_numbered_list_with_bold_names(shaped):
    report, html = shaped["tafelrondes-12-februari-2015"]
    items = [p for p in report.section("De soorten knooppunten") if p.style.name == "List Number"]
    assert [p.text.split("\n")[0] for p in items] == [
        "Informele knooppunten",
        "Formele of institutionele knooppunten",
        "Hybride knooppunten",
    ]
    assert [_runs(p, bold=True) for p in items] == [
        ["Informele knooppunten"],
        ["Formele of institutionele knooppunten"],
        ["Hybride knooppunten"],
    ]
    assert all(_runs(p, italic=True) == ["Voorbeeld:"] for p in items)
    assert items[0].text.split("\n")[2] == "Voorbeeld: Wijlanden, Indische Buurtcommunities"
    assert html.count("<li>") == 3


def test_table_rounds_synthesis_links_and_emphasis_as_in_the_reference(shaped):
    report, _ = shaped["tafelrondes-12-februari-2015"]
    first = report.section("1. Ondernemersvaardigheden als groeistof")
    assert first[0].text.startswith("Knooppunten hebben baat bij/behoefte")
    assert first[1].text.startswith("Voorbeeld om meer ondernemerschap")
    assert ("www.socialstart.org", "http://www.socialstart.org") in report.links()
    second = report.section("2. Zichtbaar worden als groeistof")
    assert _runs(second[1], bold=True) == ["VREEMDGAAN!"]
    assert ("doedemocratie.net", "http://www.doedemocratie.net") in report.links()


def test_table_rounds_prose_keeps_agenda_invitation_and_contacts(shaped):
    report, _ = shaped["tafelrondes-12-februari-2015"]
    academy, experiments = report.tables()[:2]
    assert [(r[0].split(".")[0], r[1]) for r in academy[1:]] == [(t, d) for t, d in ACADEMY[1:]]
    assert tuple(experiments[0]) == EXPERIMENTS[0]
    invitation = next(p for p in report.paragraphs if p.text.startswith("Wie wil daaraan"))
    assert all(run.bold for run in invitation.runs)
    assert report.texts()[-2] == "Marit Hoogland, GreenWish — marit@example.org — 06-12345678"
    assert report.styled()[1:3] == [
        ("Subtitle", "Oogst van de bijeenkomst 12 februari 2015"),
        ("Subtitle", "Op zoek naar groeistof voor #initiatievenknooppunten"),
    ]
    assert _header(report) == "Oogst"  # the template's own header


# A 26 January-style pitch report -----------------------------------------------------------


def test_pitch_intro_and_background_lead_in_bold_without_headings(shaped):
    report, html = shaped["pitchsessie-26-januari-2015"]
    assert report.headings()[0] == (1, "Thema 1: Sociale innovatie en wet- en regelgeving")
    intro = next(p for p in report.paragraphs if p.text.startswith("Inleiding: "))
    assert _runs(intro, bold=True) == ["Inleiding: ", "vijf casussen"]
    background = next(p for p in report.paragraphs if p.text.startswith("Achtergrond: "))
    assert background.runs[0].bold and background.text.endswith("tussen deze werelden.")
    assert "<strong>Inleiding: </strong>" in html


def test_pitch_cases_named_with_their_place_and_suggestions_per_case(shaped):
    report, html = shaped["pitchsessie-26-januari-2015"]
    cases = [text for level, text in report.headings() if level == 2]
    assert cases == [
        "A. Casus 't Zorghuus, Venray",
        "A. Casus De Nieuwe Jutter, Utrecht",
        "A. Casus Wijkbedrijf, Roosendaal",
        "A. Casus Vrijkomend vastgoed, Zoetermeer",
        "B. Pitch Verduurzaam jouw initiatief in deze tijd van transformatie",
        "A. Casus Trefpunt in de wijk, Zoetermeer",
        "B. Pitch De Lamel",
        "C. Pitch Van transitie naar transformatie: een brede maatschappelijke dialoog",
    ]
    zorghuus = report.section(cases[0])
    assert zorghuus[0].text == "Eigenaar: Femke Aalders\nLink: http://www.zorghuus.nl"
    assert zorghuus[2].text == "Suggesties uit de bijeenkomst:"
    assert [p.style.name for p in zorghuus[3:6]] == [
        "List Bullet",
        "List Bullet 2",
        "List Bullet 2",
    ]
    last = report.section(cases[-1])
    texts = [p.text for p in last]
    # One suggestion, then the two '…' bullets that invite additions, as in the reference.
    assert texts[texts.index("Suggesties uit de bijeenkomst:") + 1 :][:3] == [
        "Sluit aan bij uitdagingen die er nu zijn, problemen die nu opgelost moeten worden",
        "…",
        "…",
    ]
    assert html.count("<ul>") == 7  # every case with suggestions (Wijkbedrijf has none)


def test_pitch_status_notes_participants_header_and_no_chart(shaped):
    report, html = shaped["pitchsessie-26-januari-2015"]
    wijkbedrijf = [p for p in report.section("A. Casus Wijkbedrijf, Roosendaal") if p.text]
    assert wijkbedrijf[-1].text.startswith("nog niet aan bod geweest")
    assert report.tables()[-1][0] == ["Naam"] and len(report.tables()[-1]) == 7
    assert report.images() == [] and "<img" not in html
    assert _header(report) == "Projectenbrigade · vrijplaats voor verandering"
    assert "<table>" in html and "Femke Aalders" in html


def test_every_heading_keeps_with_the_next_paragraph(shaped):
    for report, _ in shaped.values():
        headings = [p for p in report.paragraphs if p.style.name.startswith("Heading")]
        assert all(p._p.pPr.find(qn("w:keepNext")) is not None for p in headings)


def test_pitch_title_block_names_place_and_date_once(shaped):
    report, _ = shaped["pitchsessie-26-januari-2015"]
    title_block = [text for _, text in report.styled()[:3]]
    assert title_block == [
        "Nieuw Perspectief! Veranderdomeinen en verandervraagstukken voor Sociale innovatie",
        "S2M, Utrecht, 26 januari 2015",
        "Projectenbrigade",  # the venue and date are in the subtitle already
    ]


def test_a_case_head_stays_on_the_page_of_what_follows(shaped):
    report, _ = shaped["pitchsessie-26-januari-2015"]
    for heading in ("A. Casus De Nieuwe Jutter, Utrecht", "B. Pitch De Lamel"):
        details, question = report.section(heading)[:2]
        assert details.text.startswith("Eigenaar: ") and question.text.startswith("Kernvraag: ")
        assert details._p.pPr.find(qn("w:keepNext")) is not None
        assert question._p.pPr.find(qn("w:keepNext")) is not None


def test_pitch_opens_with_the_invitation_and_ends_with_the_participant_list(shaped):
    report, html = shaped["pitchsessie-26-januari-2015"]
    texts = [text for text in report.texts() if text]
    opening = texts.index(next(t for t in texts if t.startswith("Op 26 januari 2015 hield")))
    assert opening == 3  # right under the title block, without a heading of its own
    assert texts[opening + 1].startswith("Naast vier casussen")
    assert texts[opening + 2].startswith("Inleiding: ")
    assert ("info@example.org", "mailto:info@example.org") in report.links()
    assert html.index("Op 26 januari 2015 hield") < html.index("<strong>Inleiding: </strong>")
    assert report.blocks[-1].text == "" and not hasattr(report.blocks[-2], "text")  # the table
    assert not any(t.startswith("Projectenbrigade —") for t in texts)  # closing part left out


def test_a_bullet_under_a_numbered_item_follows_it_closely(shaped):
    report, _ = shaped["praktijkcasussen"]
    body = report.section("Zwolle — Repair Café Zuid")
    last_number = next(p for p in body if p.text.startswith("Een gesprek met wie stopt"))
    nested = body[body.index(last_number) + 1]
    assert nested.style.name == "List Bullet 2"
    # Contextual spacing only joins paragraphs of one style: the number's own space decides.
    gap = last_number.style.paragraph_format.space_after
    assert gap is not None and gap == nested.style.paragraph_format.space_after == Pt(2)
