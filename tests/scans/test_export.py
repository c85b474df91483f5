"""The answers export (anonymous, one row per answer, formula-safe) and the initiatives overview
(rows from intake lists, filtered, exported)."""

from __future__ import annotations

import csv
import io
import json

from facilitation.core.db import read_session, write_session
from facilitation.models import ScanAudience
from facilitation.scans import editor, export, intake, templates
from facilitation.scans.checks import Given
from tests.scans.helpers import ScanUnderTest, choice, make_scan, neighbourhoods, scale


def _csv(data: bytes) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))


def test_answers_export_is_anonymous_one_row_per_answer_and_formula_safe(engine):
    meeting = neighbourhoods(engine)
    scan = make_scan(meeting, scale(), choice(allow_other=True), audience=ScanAudience.PER_TABLE)
    q = scan.question_ids
    first = scan.answer({q[0]: Given(number=2), q[1]: Given(other="=HYPERLINK(1)")}, table=1)
    scan.answer({q[0]: Given(number=9)}, table=2)
    with read_session(engine) as session:
        rows = _csv(export.answers_csv(session=session, event_id=meeting.id))
        document = json.loads(export.answers_json(session=session, event_id=meeting.id))
    assert len(rows) == 3 == len(document["answers"])
    assert [(r["respondent"], r["segment"], r["value"]) for r in rows] == [
        ("1", "Wijk A", "2"),
        ("1", "Wijk A", "Anders: =HYPERLINK(1)"),
        ("2", "Wijk B", "9"),
    ]
    assert rows[1]["other"] == "'=HYPERLINK(1)"
    assert rows[0]["pole_low"] == "Ja" and rows[0]["pole_high"] == "Nee"
    raw = json.dumps(document)
    assert first.token not in raw and "participant" not in raw


def test_initiatives_overview_rows_filter_and_csv(engine):
    meeting = neighbourhoods(engine)
    with write_session(engine) as session:
        made = templates.create_from_template(
            session=session, event_id=meeting.id, key=templates.INTAKE
        )
        editor.set_scan_open(session=session, event_id=meeting.id, scan_id=made.id, is_open=True)
        questions = {q.key: q for q in editor.questions_of(session=session, scan_id=made.id)}
    scan = ScanUnderTest(meeting, made.id or 0, [q.id or 0 for q in questions.values()])
    key = {name: q.id or 0 for name, q in questions.items()}
    scan.answer(
        {
            key["name"]: Given(text="Repair Café"),
            key["phase"]: Given(choices=(1,)),
            key["support"]: Given(choices=(3, 5)),
            key["initiator"]: Given(choices=(0,)),
        }
    )
    scan.answer(
        {
            key["name"]: Given(text="Buurtmoestuin"),
            key["phase"]: Given(choices=(0,)),
            key["support"]: Given(choices=(5,), other="Grond"),
        }
    )
    with read_session(engine) as session:
        rows = intake.initiatives(session=session, event_id=meeting.id, scan_id=scan.scan_id)
        picked = intake.initiatives(
            session=session,
            event_id=meeting.id,
            scan_id=scan.scan_id,
            filters={"support": "Startsubsidie"},
        )
        found = intake.initiatives(
            session=session, event_id=meeting.id, scan_id=scan.scan_id, search="moestuin"
        )
        table = _csv(
            intake.initiatives_csv(session=session, event_id=meeting.id, scan_id=scan.scan_id)
        )
    assert [r.name for r in rows] == ["Repair Café", "Buurtmoestuin"]
    assert rows[0].phase == "Opstartfase 0-2 jaar" and rows[0].initiator == "Bewoner(s)"
    assert rows[0].support == ("Startsubsidie", "Netwerken, contacten")
    assert [r.name for r in picked] == ["Repair Café"] and [r.name for r in found] == [
        "Buurtmoestuin"
    ]
    counts = intake.option_counts(rows, "support")
    assert counts["Netwerken, contacten"] == 2 and counts["Anders: Grond"] == 1
    assert len(table) == 2 and table[1]["Naam van het initiatief"] == "Buurtmoestuin"
