"""Golden tests: the reports built from the two transcribed reference harvests have the structure
of the originals (/work/shared/reference/*.txt), read back from the .docx with python-docx.

These build the standard report (``ReportOptions()``), whatever the example's ``report:`` block
chooses; tests/harvest/test_report_shapes.py checks the reports as the examples shape them.

The expected values below are transcribed from the reference documents. Deliberate differences:
the transcriptions correct the reference's 'Groestof' to 'Groeistof', number every theme 'N.', letter
every case (also a theme's only case) and use made-up names for people.
"""

from __future__ import annotations

import pytest

from facilitation import eventfile
from facilitation.core.db import init_schema, make_engine, read_session, write_session
from facilitation.harvest.report.builder import build_report
from facilitation.harvest.report.content import read_harvest
from facilitation.models import ReportOptions
from tests.docx_reading import read_docx
from tests.utils import ROOT

EXAMPLES = ROOT / "examples"

TABLE_ROUNDS_HEADINGS = [
    (1, "Aanleiding"),
    (1, "De soorten knooppunten"),
    (1, "Groeistof"),
    (2, "1. Ondernemersvaardigheden als groeistof"),
    (2, "2. Zichtbaar worden als groeistof"),
    (2, "3. Samenwerken met opleidingen als groeistof"),
    (2, "4. Geld als groeistof"),
    (2, "5. Cross-over tussen knooppunten binnen en buiten de gemeente"),
    (2, "6. Groeistof voor knooppunten in spe"),
    (2, "7. Anders groeien"),
    (1, "De Academy voor knooppunten"),
]
ACADEMY = [
    ("Mogelijk aanbod Academy", "Mogelijke gangmakers"),
    ("Positionering", "Hanzelab?"),
    ("Bedrijven kruisbestuiving", "De Omslag?"),
    ("Minor Initiatievenmakelaar", "GreenWish, Jorien Bakkum"),
    ("Werken met knooppunten", "Gemeente Leiden?"),
]
EXPERIMENTS = [
    ("Experiment", "Mogelijke trekker"),
    ("Time bank extra", "Lokale Fondsen, STRO"),
    (
        "Interne initiatievenmakelaars en crossovers",
        "Gemeente Leiden, Kampen, De Wolden, Culemborg, Maastricht, Gouda, Zwolle, Groningen, "
        "Platform 31",
    ),
    ("Aanvragen Europese subsidies voor verstevigen van knooppunten", "BZK"),
    ("Multiplier-pot", ""),
    ("Maatschappelijk aanbesteden in de zorg", "Omzien naar elkaar"),
    ("Vouchersysteem", ""),
    ("Meer licht op de interculturele knooppunten", ""),
]
PITCH_HEADINGS = [
    (1, "Inleiding"),
    (1, "Achtergrond"),
    (1, "Aantal bijdragen per thema"),  # the count chart, under a heading of its own
    (1, "Thema 1: Sociale innovatie en wet- en regelgeving"),
    (2, "A. Casus 't Zorghuus"),
    (1, "Thema 2: Sociale innovatie en her-institutionalisering"),
    (2, "A. Casus De Nieuwe Jutter"),
    (1, "Thema 3: Sociale innovatie en (vermeende) concurrentie"),
    (2, "A. Casus Wijkbedrijf"),
    (1, "Thema 4: Bestaande infrastructuur en sociale innovatie"),
    (2, "A. Casus Vrijkomend vastgoed"),
    (2, "B. Pitch Verduurzaam jouw initiatief in deze tijd van transformatie"),
    (1, "Thema 5: Professionals en sociale innovatie"),
    (2, "A. Casus Trefpunt in de wijk"),
    (2, "B. Pitch De Lamel"),
    (2, "C. Pitch Van transitie naar transformatie: een brede maatschappelijke dialoog"),
    (1, "Deelnemerslijst"),
]


def _report(engine, name: str, lang: str = "nl"):
    model = eventfile.parse_event_file((EXAMPLES / f"{name}.yaml").read_bytes())
    with write_session(engine) as session:
        event = eventfile.import_event(session=session, model=model, keep_code=False)
    with read_session(engine) as session:
        harvest = read_harvest(session=session, event_id=event.id or 0)
    built = build_report(harvest, lang=lang, options=ReportOptions())
    assert built.warnings == ()
    return read_docx(built.data)


@pytest.fixture(scope="module")
def module_engine(tmp_path_factory):
    engine = make_engine(f"sqlite:///{tmp_path_factory.mktemp('golden') / 'oogst.db'}")
    init_schema(engine)
    yield engine
    engine.dispose()


@pytest.fixture(scope="module")
def table_rounds(module_engine):
    return _report(module_engine, "tafelrondes-12-februari-2015")


@pytest.fixture(scope="module")
def pitch(module_engine):
    return _report(module_engine, "pitchsessie-26-januari-2015")


def test_table_rounds_title_block_and_definitions(table_rounds):
    styled = table_rounds.styled()
    assert styled[:3] == [
        ("Title", "Knooppunten voor maatschappelijke initiatieven"),
        ("Subtitle", "Oogst van de bijeenkomst 12 februari 2015"),
        ("Subtitle", "Op zoek naar groeistof voor #initiatievenknooppunten"),
    ]
    definitions = [text for _, text in styled[3:8] if ": ‘" in text]
    assert [d.split(":")[0] for d in definitions] == ["Knooppunten", "Faciliteren", "Initiatieven"]
    assert definitions[0].endswith(
        "als je zelf een maatschappelijk initiatief in de wereld wilt zetten’"
    )


def test_table_rounds_headings_in_the_reference_order(table_rounds):
    assert table_rounds.headings() == TABLE_ROUNDS_HEADINGS


def test_table_rounds_theme_has_synthesis_then_bullets(table_rounds):
    body = [p.text for p in table_rounds.section("2. Zichtbaar worden als groeistof")]
    assert body[1].startswith("Als je meer en beter laat zien wat je doet")
    assert body[4] == "Suggesties uit de bijeenkomst:"  # after the synthesis' three paragraphs
    assert [(level, text) for level, text in table_rounds.bullets() if "professionele" in text] == [
        (1, "Een professionele aanpak helpt om opdrachtgevers enthousiast te maken")
    ]


def test_table_rounds_academy_table_with_tentative_gangmakers(table_rounds):
    academy = table_rounds.tables()[0]
    assert [tuple(academy[0])] == [ACADEMY[0]]
    for row, (title, drivers) in zip(academy[1:], ACADEMY[1:], strict=True):
        assert row[0].startswith(title) and row[1] == drivers


def test_table_rounds_experiment_table_with_blank_drivers(table_rounds):
    experiments = table_rounds.tables()[1]
    assert tuple(experiments[0]) == EXPERIMENTS[0]
    for row, (title, drivers) in zip(experiments[1:], EXPERIMENTS[1:], strict=True):
        assert row[0].startswith(title) and row[1] == drivers


def test_table_rounds_invitation_is_bold_before_the_tables(table_rounds):
    agenda = table_rounds.section("De Academy voor knooppunten")
    invitation = next(p for p in agenda if p.text.startswith("Wie wil daaraan meedoen?"))
    assert all(run.bold for run in invitation.runs)
    blocks = table_rounds.blocks
    position = next(i for i, b in enumerate(blocks) if getattr(b, "text", None) == invitation.text)
    assert next(i for i, b in enumerate(blocks) if not hasattr(b, "text")) > position


def test_table_rounds_closes_with_the_call_and_contacts(table_rounds):
    tail = [p.text for p in table_rounds.paragraphs if p.text][-3:]
    assert tail[0].startswith("Zie je (andere) kansen, wil je op de hoogte blijven")
    assert tail[1] == "Marit Hoogland, GreenWish — marit@example.org — 06-12345678"
    assert ("marit@example.org", "mailto:marit@example.org") in table_rounds.links()
    assert "Deelnemerslijst" not in table_rounds.texts()


def test_pitch_themes_then_lettered_cases(pitch):
    assert pitch.headings() == PITCH_HEADINGS


def test_pitch_case_owner_place_link_and_question(pitch):
    body = pitch.section("A. Casus 't Zorghuus")
    assert body[0].text == "Eigenaar: Femke Aalders\nPlaats: Venray\nLink: http://www.zorghuus.nl"
    assert body[1].text.startswith(
        "Kernvraag: Een burgerinitiatief wordt gezien als zorgorganisatie"
    )
    assert ("http://www.zorghuus.nl", "http://www.zorghuus.nl") in pitch.links()


def test_pitch_suggestions_nested_with_remarks(pitch):
    body = pitch.section("A. Casus 't Zorghuus")
    assert body[2].text == "Suggesties uit de bijeenkomst:"
    bullets = [(p.style.name, p.text) for p in body[3:]]
    assert bullets == [
        (
            "List Bullet",
            "Maak ook de gemeente verantwoordelijk voor een oplossing (opm. de gemeente Venray is "
            "bij de oprichting van 't Zorghuus zeer actief betrokken geweest)",
        ),
        ("List Bullet 2", "Leg een verbinding met de landelijke vereniging van PGB-houders"),
        ("List Bullet 2", "Is het mogelijk om andere functies toe te voegen, bv. kinderopvang?"),
        (
            "List Bullet",
            "Denk aan het meergeneratiehuis, om van het label zorginstelling af te komen",
        ),
        ("List Bullet", "Is het mogelijk er een andere rechtspersoon van te maken?"),
        (
            "List Bullet 2",
            "Betrek de Inspectie; is een regelvrije ruimte met de gemeente mogelijk?",
        ),
        ("List Bullet", "…"),  # open for additions, as every list in the reference ends
        ("List Bullet", "…"),
    ]


def test_pitch_status_notes(pitch):
    not_discussed = [p for p in pitch.section("A. Casus Wijkbedrijf") if p.text]
    assert not_discussed[-1].text.startswith("nog niet aan bod geweest, casus wordt nog beschreven")
    assert all(run.italic for run in not_discussed[-1].runs)
    assert "Suggesties uit de bijeenkomst:" not in [p.text for p in not_discussed]
    out_of_time = pitch.section(PITCH_HEADINGS[-2][1])
    texts = [p.text for p in out_of_time if p.text and p.style.name != "Caption"]
    assert texts[-4:] == [
        "Sluit aan bij uitdagingen die er nu zijn, problemen die nu opgelost moeten worden",
        "…",
        "…",
        "hier ontbrak ons de tijd om verder te praten, einde van de sessie: wie wil aanhaken, "
        "laat het weten!",
    ]


def test_pitch_participant_list_only_who_agreed(pitch):
    names = pitch.tables()[-1]
    assert names[0] == ["Naam"]
    assert [row[0] for row in names[1:]] == [
        "Femke Aalders",
        "Ruben Koster",
        "Hanna Vermeulen",
        "Iris Jansen",
        "Tom van Dijk",
        "Karin Smit",
    ]


def test_english_report_of_the_same_meeting(sqlite_engine):
    english = _report(sqlite_engine, "pitchsessie-26-januari-2015", lang="en")
    assert english.headings()[-1] == (1, "Participants")
    assert english.section("A. Casus 't Zorghuus")[0].text.startswith("Owner: Femke Aalders")
    assert "Suggestions from the meeting:" in english.texts()
    assert "(note: de gemeente Venray" in english.bullets()[0][1]
