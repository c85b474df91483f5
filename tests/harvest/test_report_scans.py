"""Scans in the Word report, read back: the radar picture, the table of means, medians and
counts per neighbourhood, "te weinig antwoorden", the word cloud, the organiser's choice of
scans, and the poles-direction rule."""

from __future__ import annotations

import re

import pytest

from facilitation.core.db import read_session
from facilitation.harvest.report.builder import build_report
from facilitation.harvest.report.content import read_harvest
from facilitation.models import QuestionBase, ReportOptions, ScanAudience
from facilitation.scans.checks import Given
from facilitation.scans.results import report_key
from tests.docx_reading import read_docx
from tests.scans.helpers import make_scan, neighbourhoods, scale

FUNCTIONS = QuestionBase(
    kind="scale_set",
    prompt="Hoe sterk is elke functie?",
    items=["Nieuwe ideeën", "Kennisnetwerken", "Middelen"],
    pole_low="zwak",
    pole_high="sterk",
)
WORDS = QuestionBase(kind="open", prompt="Wat is nodig?")


@pytest.fixture
def report_meeting(sqlite_engine):
    meeting = neighbourhoods(sqlite_engine)
    scan = make_scan(meeting, FUNCTIONS, scale(), WORDS, audience=ScanAudience.PER_TABLE)
    q = scan.question_ids
    for table, marks in (
        (1, (8, 9, 7)),
        (1, (6, 9, 7)),
        (1, (7, 9, 7)),
        (2, (2, 3, 4)),
        (2, (3, 3, 4)),
        (2, (4, 3, 4)),
        (3, (5, 5, 5)),
    ):
        scan.answer(
            {
                q[0]: Given(items=dict(enumerate(marks))),
                q[1]: Given(number=2),
                q[2]: Given(text="samen" if table < 3 else "geld"),
            },
            table=table,
        )
    return scan


def _report(scan, **options) -> object:
    with read_session(scan.engine) as session:
        harvest = read_harvest(session=session, event_id=scan.meeting.id)
    return read_docx(build_report(harvest, options=ReportOptions(**options)).data)


def test_scan_section_has_radar_means_table_and_word_cloud(report_meeting):
    document = _report(report_meeting)
    headings = [text for _level, text in document.headings()]
    assert "Peiling" in headings and "Hoe sterk is elke functie?" in headings
    descriptions = [shape._inline.docPr.get("descr") for shape in document.document.inline_shapes]
    assert descriptions.count("Hoe sterk is elke functie?") == 1  # the radar
    assert "Wat is nodig?" in descriptions  # the word cloud
    table = next(t for t in document.tables() if t[0][0] == "Onderdeel")
    assert table[0][3] == "Gemiddelde (1 = zwak … 10 = sterk)"
    rows = {(r[0], r[1]): r[2:] for r in table[1:]}
    assert rows[("Nieuwe ideeën", "Wijk A")] == ["3", "7,0", "7,0"]
    assert rows[("Nieuwe ideeën", "Wijk B")] == ["3", "3,0", "3,0"]
    assert rows[("Nieuwe ideeën", "Wijk C")][0] == "te weinig antwoorden"
    assert rows[("Middelen", "Hele zaal")] == ["7", "5,4", "5,0"]


def test_poles_are_printed_with_every_scale_figure(report_meeting):
    """The poles-direction rule: wherever a scale's numbers are printed, its poles are too,
    low end first ("1 = Ja … 10 = Nee"), so a low number is never read as "no"."""
    document = _report(report_meeting)
    legend = "1 = Ja … 10 = Nee"
    section = [p.text for p in document.section("Heeft het initiatief potentie?")]
    assert f"Schaal: {legend}" in section
    captions = [text for text in section if text.startswith("Figuur")]
    assert captions and all(legend in caption for caption in captions)
    table = next(t for t in document.tables() if t[0][0] == "Groep")
    assert table[0][2] == f"Gemiddelde ({legend})"
    assert [row[1:3] for row in table if row[0] == "Hele zaal"] == [["7", "2,0"]]
    radar = [p.text for p in document.section("Hoe sterk is elke functie?")]
    assert any("1 = zwak … 10 = sterk" in text for text in radar if text.startswith("Figuur"))
    every_scale_mean = re.compile(r"Gemiddelde \(\d+ = .+ … \d+ = .+\)")
    headers = [t[0] for t in document.tables() if "Mediaan" in t[0]]
    assert headers and all(any(every_scale_mean.fullmatch(h) for h in header) for header in headers)


def test_organiser_leaves_a_scan_or_all_scans_out(report_meeting):
    key = report_key(report_meeting.scan_id)
    assert "Peiling" not in str(_report(report_meeting, parts={key: False}).headings())
    assert "Peiling" not in str(_report(report_meeting, parts={"scans": False}).headings())


def test_intake_lists_become_an_initiatives_table_with_support_and_phase_charts(sqlite_engine):
    from facilitation.core.db import write_session
    from facilitation.scans import editor, templates
    from tests.scans.helpers import ScanUnderTest

    meeting = neighbourhoods(sqlite_engine)
    with write_session(sqlite_engine) as session:
        made = templates.create_from_template(
            session=session, event_id=meeting.id, key=templates.INTAKE
        )
        editor.set_scan_open(session=session, event_id=meeting.id, scan_id=made.id, is_open=True)
        key = {q.key: q.id for q in editor.questions_of(session=session, scan_id=made.id)}
    scan = ScanUnderTest(meeting, made.id, list(key.values()))
    for name, phase in (("Repair Café", 1), ("Buurtmoestuin", 0), ("Taalcafé", 1)):
        scan.answer(
            {
                key["name"]: Given(text=name),
                key["phase"]: Given(choices=(phase,)),
                key["support"]: Given(choices=(3, 5)),
                key["committed"]: Given(number=2),
            }
        )
    document = _report(scan)
    overview = next(t for t in document.tables() if t[0][0] == "Initiatief")
    assert [row[0] for row in overview[1:]] == ["Repair Café", "Buurtmoestuin", "Taalcafé"]
    assert overview[1][2:] == ["Opstartfase 0-2 jaar", "Startsubsidie; Netwerken, contacten"]
    descriptions = [s._inline.docPr.get("descr") for s in document.document.inline_shapes]
    assert "Ondersteuningsbehoefte initiatief?" in descriptions
    assert "In welke fase zit het initiatief?" in descriptions
    committed = [
        p.text
        for p in document.section(
            "Is de initiatiefnemer gecommitteerd en in staat om het initiatief te realiseren?"
        )
    ]
    assert "Schaal: 1 = Ja … 10 = Nee" in committed
