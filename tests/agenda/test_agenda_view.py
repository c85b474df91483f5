"""The agenda read model: kinds, actions, drivers with '?' for tentative, open slots."""

from __future__ import annotations

from facilitation import eventfile
from facilitation.agenda.view import agenda_view
from facilitation.core.db import read_session, write_session
from tests.utils import ROOT

EXAMPLE = ROOT / "examples" / "tafelrondes-12-februari-2015.yaml"


def test_agenda_of_the_twelve_february_example(engine):
    with write_session(engine) as session:
        event = eventfile.import_event(
            session=session, model=eventfile.parse_event_file(EXAMPLE.read_bytes()), keep_code=False
        )
    with read_session(engine) as session:
        kinds = agenda_view(session=session, event_id=event.id or 0)
    academy, experiments = kinds
    assert (academy.column_title, academy.driver_column_title) == (
        "Mogelijk aanbod Academy",
        "Mogelijke gangmakers",
    )
    assert [a.drivers_label for a in academy.actions] == [
        "Hanzelab?",
        "De Omslag?",
        "GreenWish, Jorien Bakkum",
        "Gemeente Leiden?",
    ]
    assert experiments.driver_column_title == "Mogelijke trekker"
    open_slots = [a.title for a in experiments.actions if a.is_open_slot]
    assert open_slots == [
        "Multiplier-pot",
        "Vouchersysteem",
        "Meer licht op de interculturele knooppunten",
    ]
    assert experiments.actions[0].drivers_label == "Lokale Fondsen, STRO"
    assert experiments.actions[0].theme_number == 4
