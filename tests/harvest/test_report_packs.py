"""Feedback packs: per case owner a .docx with only their case, singly or all in one zip."""

from __future__ import annotations

import io
import zipfile

import pytest
from sqlmodel import select

from facilitation import eventfile
from facilitation.core.db import read_session, write_session
from facilitation.core.errors import TargetNotFound
from facilitation.harvest.packs import pack_list
from facilitation.harvest.report.content import read_harvest
from facilitation.harvest.service import feedback_pack, feedback_packs
from facilitation.models import ActionItem, ActionKind, Case, Driver
from tests.docx_reading import read_docx
from tests.utils import ROOT

PITCH = ROOT / "examples" / "pitchsessie-26-januari-2015.yaml"


@pytest.fixture
def pitch(engine) -> int:
    with write_session(engine) as session:
        event = eventfile.import_event(
            session=session, model=eventfile.parse_event_file(PITCH.read_bytes()), keep_code=False
        )
        event_id = event.id or 0
        lamel = session.exec(
            select(Case).where(Case.event_id == event_id, Case.name == "De Lamel")
        ).one()
        kind = ActionKind(
            event_id=event_id,
            key="exp",
            column_title="Experiment",
            driver_column_title="Mogelijke trekker",
        )
        session.add(kind)
        session.flush()
        for title, case_id in (("Buurtinterviews", lamel.id), ("Iets anders", None)):
            action = ActionItem(event_id=event_id, kind_id=kind.id, title=title, case_id=case_id)
            session.add(action)
            session.flush()
            session.add(Driver(action_id=action.id, organisation="UvA", tentative=True))
    return event_id


def test_one_pack_per_case_in_report_order(engine, pitch):
    with read_session(engine) as session:
        packs = pack_list(read_harvest(session=session, event_id=pitch))
    assert [(p.key, p.owners) for p in packs][:2] == [
        ("1A", "Femke Aalders"),
        ("2A", "Ruben Koster"),
    ]
    assert [p.key for p in packs] == ["1A", "2A", "3A", "4A", "4B", "5A", "5B", "5C"]
    assert packs[6].filename == "feedback-5B-de-lamel.docx"


def test_a_pack_holds_only_its_own_case_and_its_actions(engine, pitch):
    with read_session(engine) as session:
        pack = read_docx(feedback_pack(session=session, event_id=pitch, case_key="5B").data)
    assert pack.styled()[:2] == [
        ("Title", "Feedback op Pitch De Lamel"),
        ("Subtitle", "Voor Iris Jansen"),
    ]
    assert pack.headings() == [(1, "B. Pitch De Lamel"), (1, "Acties rond deze casus")]
    assert [text for _, text in pack.bullets()] == [
        "Wat is het gezamenlijk belang?",
        "Kunnen mensen elkaar interviewen? Bevorder participatie door het onderzoek zelf",
        "Laat je verrassen!",
        "…",  # the case is open for additions
        "…",
    ]
    assert pack.tables() == [[["Experiment", "Mogelijke trekker"], ["Buurtinterviews", "UvA?"]]]
    everything = "\n".join(pack.texts())
    assert "Zorghuus" not in everything and "Trefpunt" not in everything
    assert "Kernvraag: Hoe maak je informele netwerken zichtbaar en versterk je ze?" in everything


def test_a_case_without_suggestions_says_so(engine, pitch):
    with read_session(engine) as session:
        pack = read_docx(
            feedback_pack(session=session, event_id=pitch, case_key="3A", lang="en").data
        )
    assert "There are no suggestions for this case (yet)." in pack.texts()
    assert pack.headings() == [(1, "A. Casus Wijkbedrijf, Roosendaal")]  # as in the report
    assert (
        "nog niet aan bod geweest, casus wordt nog beschreven, verschijnt binnenkort op de website"
        in (pack.texts())
    )


def test_all_packs_in_one_zip(engine, pitch):
    with read_session(engine) as session:
        archive = zipfile.ZipFile(io.BytesIO(feedback_packs(session=session, event_id=pitch).data))
    names = archive.namelist()
    assert len(names) == 8 and len(set(names)) == 8
    for name in names:
        assert read_docx(archive.read(name)).texts("Title")[0].startswith("Feedback op")


def test_an_unknown_case_key(engine, pitch):
    with pytest.raises(TargetNotFound), read_session(engine) as session:
        feedback_pack(session=session, event_id=pitch, case_key="9Z")
