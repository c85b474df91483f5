"""A table's or case's own report choice follows it when the facilitator renumbers, reletters,
moves or deletes tables and cases (the editor's table edits), read back from the .docx."""

from __future__ import annotations

from facilitation import eventfile
from facilitation.core.db import read_session, write_session
from facilitation.harvest import shape
from facilitation.harvest.service import harvest_report
from facilitation.meeting import layout, rows
from facilitation.meeting.targets import cases_of, themes_of
from facilitation.models import ReportContent, Theme
from tests.docx_reading import read_docx
from tests.utils import EXAMPLES

ZICHTBAAR = "Initiatief-branding: wat is je meerwaarde en hoe ben je bekend in stad/wijk/buurt?"
SCHOLEN = "Maatschappelijke stages van ambtenaren bij knooppunten"
MOESTUIN = "Begin met een proefperiode van één seizoen"


def _import(engine, name: str) -> int:
    model = eventfile.parse_event_file((EXAMPLES / f"{name}.yaml").read_bytes())
    with write_session(engine) as session:
        return eventfile.import_event(session=session, model=model, keep_code=False).id or 0


def _both(engine, event_id: int, key: str) -> None:
    with write_session(engine) as session:
        shape.set_target_content(
            session=session, event_id=event_id, target_key=key, content=ReportContent.BOTH
        )


def _bullets_and_targets(engine, event_id: int) -> tuple[list[str], dict[str, ReportContent]]:
    with read_session(engine) as session:
        report = read_docx(harvest_report(session=session, event_id=event_id).data)
        targets = shape.report_options(session=session, event_id=event_id).targets
    return [text for _, text in report.bullets()], targets


def test_a_tables_choice_follows_it_when_tables_swap_numbers(sqlite_engine):
    event_id = _import(sqlite_engine, "tafelrondes-12-februari-2015")  # the prose report
    _both(sqlite_engine, event_id, "t2")
    with write_session(sqlite_engine) as session:
        table_2 = next(t for t in themes_of(session=session, event_id=event_id) if t.number == 2)
        rows.move(session=session, event_id=event_id, model=Theme, row_id=table_2.id or 0, step=1)
    bullets, targets = _bullets_and_targets(sqlite_engine, event_id)
    assert targets == {"t3": ReportContent.BOTH}
    assert ZICHTBAAR in bullets and SCHOLEN not in bullets


def test_a_cases_choice_follows_a_new_letter_and_goes_with_the_case(sqlite_engine):
    event_id = _import(sqlite_engine, "praktijkcasussen")  # the prose report
    _both(sqlite_engine, event_id, "cB")
    with write_session(sqlite_engine) as session:
        case_b = cases_of(session=session, event_id=event_id)[1]
        values = case_b.model_dump() | {"letter": "D"}
        layout.save_pitch(session=session, event_id=event_id, values=values, case_id=case_b.id)
    bullets, targets = _bullets_and_targets(sqlite_engine, event_id)
    assert targets == {"cD": ReportContent.BOTH} and MOESTUIN in bullets
    _both(sqlite_engine, event_id, "cC")
    with write_session(sqlite_engine) as session:  # a deleted case takes its choice along
        case_c = cases_of(session=session, event_id=event_id)[2]
        assert case_c.name == "Buurtbus"  # no contributions, so it may go
        layout.remove_pitch(session=session, event_id=event_id, case_id=case_c.id or 0)
    assert _bullets_and_targets(sqlite_engine, event_id)[1] == {"cD": ReportContent.BOTH}


def test_moving_a_case_to_another_theme_moves_its_choice(sqlite_engine):
    event_id = _import(sqlite_engine, "pitchsessie-26-januari-2015")
    with write_session(sqlite_engine) as session:
        options = shape.report_options(session=session, event_id=event_id)
        options = options.model_copy(update={"content": ReportContent.SYNTHESIS})
        shape.save_report_options(session=session, event_id=event_id, options=options)
    _both(sqlite_engine, event_id, "c2A")
    with write_session(sqlite_engine) as session:
        jutter = next(
            c for c in cases_of(session=session, event_id=event_id) if c.name == "De Nieuwe Jutter"
        )
        theme_3 = next(t for t in themes_of(session=session, event_id=event_id) if t.number == 3)
        values = jutter.model_dump() | {"theme_id": theme_3.id, "letter": "B"}
        layout.save_pitch(session=session, event_id=event_id, values=values, case_id=jutter.id)
    bullets, targets = _bullets_and_targets(sqlite_engine, event_id)
    assert targets == {"c3B": ReportContent.BOTH}
    assert "Crowdfunding, is dat al onderzocht?" in bullets
    assert not any(text.startswith("Maak ook de gemeente") for text in bullets)
