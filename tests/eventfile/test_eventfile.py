"""Event files: the examples import, round-trip losslessly, and bad files name line and field."""

from __future__ import annotations

import re

import pytest
import yaml
from sqlmodel import select

from facilitation import eventfile
from facilitation.core.db import read_session, write_session
from facilitation.core.errors import DuplicateEventCode, InvalidEventFile
from facilitation.harvest import shape
from facilitation.meeting.targets import all_targets
from facilitation.models import Contribution, Event, ReportOptions, WallScreen
from tests.utils import ROOT

EXAMPLES = sorted((ROOT / "examples").glob("*.yaml"))


def _import(engine, source, keep_code=True):
    model = eventfile.parse_event_file(source)
    with write_session(engine) as session:
        return eventfile.import_event(session=session, model=model, keep_code=keep_code)


def _export(engine, event_id):
    with read_session(engine) as session:
        return eventfile.dump_yaml(eventfile.export_event(session=session, event_id=event_id))


def test_there_is_one_example_per_format():
    formats = {eventfile.parse_event_file(p.read_bytes()).format.value for p in EXAMPLES}
    assert formats == {"table_rounds", "pitch", "practice_cases"}


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_example_round_trips_including_contributions(engine, path):
    first = _import(engine, path.read_bytes(), keep_code=False)
    exported = _export(engine, first.id)
    second = _import(engine, exported, keep_code=False)
    again = _export(engine, second.id)

    def strip_code(text: str) -> str:
        return re.sub(r"^code: .*$", "", text, flags=re.M)

    assert strip_code(again) == strip_code(exported)
    assert "contributions:" in exported or "practice" in path.stem


def test_pitch_example_structure(engine):
    event = _import(engine, (EXAMPLES[0]).read_bytes(), keep_code=False)
    with read_session(engine) as session:
        keys = [t.key for t in all_targets(session=session, event_id=event.id)]
    assert keys == [
        "t1",
        "c1A",
        "t2",
        "c2A",
        "t3",
        "c3A",
        "t4",
        "c4A",
        "c4B",
        "t5",
        "c5A",
        "c5B",
        "c5C",
    ]


def test_code_in_file_is_kept_and_a_second_import_is_refused(engine):
    source = "format: pitch\ntitle: Met code\ncode: abcd-efgh\n"
    event = _import(engine, source)
    assert event.code == "ABCDEFGH"
    with pytest.raises(DuplicateEventCode):
        _import(engine, source)
    assert _import(engine, source, keep_code=False).code != "ABCDEFGH"


@pytest.mark.parametrize(
    ("source", "line", "field", "words"),
    [
        (
            "format: pitch\ntitle: x\nthemes:\n  - number: 1\n    titel: typo\n",
            5,
            "themes[1].titel",
            "onbekend veld",
        ),
        (
            "format: pitch\ntitle: x\nthemes:\n  - number: een\n",
            4,
            "themes[1].number",
            "geheel getal",
        ),
        ("format: pitch\ntitle: x\ndate: 31-02-2015\n", 3, "date", "datum"),
        ("format: workshop\ntitle: x\n", 1, "format", "een van deze"),
        ("title: x\n", 1, "format", "ontbreekt"),
        ("format: pitch\ntitle: x\nthemes:\n  - number: 1\n  - number: 1\n", 4, "themes", "twice"),
        ("format: pitch\ntitle: x\nthemes: [\n  - a\n", 4, "-", "YAML"),
        ("format: pitch\ntitle: 'open\n", 2, "-", "YAML"),
        ("- just\n- a list\n", 1, "-", "beginnen met"),
        ("", 1, "-", "leeg"),
    ],
)
def test_malformed_files_name_line_and_field(source, line, field, words):
    with pytest.raises(InvalidEventFile) as caught:
        eventfile.parse_event_file(source.encode())
    message = caught.value.message("nl")
    assert f"regel {line}," in message
    assert f"veld '{field}'" in message
    assert words in message


def test_not_utf8_is_explained():
    with pytest.raises(InvalidEventFile) as caught:
        eventfile.parse_event_file("title: caf\xe9\n".encode("latin-1"))
    assert "UTF-8" in caught.value.message("nl")


def test_english_messages():
    with pytest.raises(InvalidEventFile) as caught:
        eventfile.parse_event_file(
            b"format: pitch\ntitle: x\nthemes:\n  - number: een\n", lang="en"
        )
    assert "line 4, field 'themes[1].number': must be a whole number" in caught.value.message("en")


REPORT_BLOCK = """
report:
  content: synthesis
  targets: {c4B: both, t2: contributions}
  count_chart: never
  vote_chart: false
  status_notes: false
  parts: {participants: false}
  numbering: false
  case_kind: false
  case_place: after_name
  intro_headings: false
  kinds: group
  header: title
  header_text: Projectenbrigade
"""


def _without_report(path) -> str:
    """Return the example file at *path* without its ``report:`` block (the standard report)."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data.pop("report", None)
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False)


def test_report_choices_round_trip(engine):
    source = _without_report(EXAMPLES[0]) + REPORT_BLOCK
    first = _import(engine, source.encode(), keep_code=False)
    exported = _export(engine, first.id)
    assert "report:" in exported and "header_text: Projectenbrigade" in exported
    second = _import(engine, exported, keep_code=False)
    with read_session(engine) as session:
        assert shape.report_options(
            session=session, event_id=second.id
        ) == ReportOptions.model_validate(yaml.safe_load(REPORT_BLOCK)["report"])
    plain = _export(
        engine, _import(engine, _without_report(EXAMPLES[0]).encode(), keep_code=False).id
    )
    assert "report:" not in plain  # the defaults are not written out


@pytest.mark.parametrize(
    ("block", "field"),
    [
        ("report:\n  targets: {t9: synthesis}\n", "report.targets names 't9'"),
        ("report:\n  content: everything\n", "report.content"),
        ("report:\n  colour: green\n", "report.colour"),
    ],
)
def test_bad_report_choices_name_the_field(block, field):
    source = EXAMPLES[0].read_text(encoding="utf-8") + block
    with pytest.raises(InvalidEventFile) as caught:
        eventfile.parse_event_file(source.encode())
    where = f"{caught.value.params['field']}: {caught.value.params['problem']}"
    assert field in where


def test_review_and_wall_screen_round_trip(engine):
    """Pre-moderation, what the projector shows and a waiting contribution survive export/import."""
    data = yaml.safe_load(EXAMPLES[0].read_text(encoding="utf-8"))
    data |= {"review_first": True, "wall_screen": "join"}
    target = (data.get("themes") or data["cases"])[0]
    target.setdefault("contributions", []).append({"text": "Wacht nog even", "pending": True})
    first = _import(engine, yaml.safe_dump(data, allow_unicode=True).encode(), keep_code=False)
    second = _import(engine, _export(engine, first.id), keep_code=False)
    with read_session(engine) as session:
        event = session.get(Event, second.id)
        assert event is not None and event.review_first and event.wall_screen == WallScreen.JOIN
        waiting = session.exec(select(Contribution).where(Contribution.text == "Wacht nog even"))
        rows = [row for row in waiting if row.event_id == second.id]
    assert len(rows) == 1 and rows[0].pending and rows[0].hidden
