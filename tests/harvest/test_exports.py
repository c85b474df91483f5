"""CSV and JSON exports of every contribution: spreadsheet-safe, complete, anonymous."""

from __future__ import annotations

import csv
import io
import json

from facilitation.core.db import read_session, write_session
from facilitation.core.validation import validated
from facilitation.harvest import editing as harvest
from facilitation.harvest.exports import contributions_csv, contributions_json
from facilitation.models import ContributionUpdate
from tests.utils import make_meeting

FORMULAS = ['=HYPERLINK("http://evil")', "+31 6 1234", "-2+3", "@SUM(A1)", "gewoon"]


def _meeting(engine):
    meeting = make_meeting(engine, tables=2)
    who = meeting.participant()
    ids = [meeting.send(who, text).contribution_id for text in FORMULAS]
    reply = meeting.send(who, "Reactie", table=2).contribution_id
    top = meeting.send(who, "Bovenaan", table=2).contribution_id
    with write_session(engine) as session:
        harvest.nest_under(
            session=session, event_id=meeting.id, contribution_id=reply, parent_id=top
        )
        harvest.update_contribution(
            session=session,
            event_id=meeting.id,
            contribution_id=ids[4],
            update=validated(ContributionUpdate, {"hidden": True}),
        )
    return meeting, reply, top


def _csv_rows(meeting, lang="nl"):
    with read_session(meeting.engine) as session:
        data = contributions_csv(session=session, event_id=meeting.id, lang=lang)
    assert data.startswith("\ufeff".encode())
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))


def test_csv_neutralises_formulas_and_flags_hidden(engine):
    meeting, _, _ = _meeting(engine)
    rows = _csv_rows(meeting)
    header, body = rows[0], rows[1:]
    text = header.index("tekst")
    assert [row[text] for row in body[:5]] == [
        '\'=HYPERLINK("http://evil")',
        "'+31 6 1234",
        "'-2+3",
        "'@SUM(A1)",
        "gewoon",
    ]
    assert [row[header.index("verborgen")] for row in body[:5]] == ["nee"] * 4 + ["ja"]
    assert body[0][header.index("tafel/casus")] == "Tafel 1"


def test_csv_headers_in_english_and_replies_point_to_their_parent(engine):
    meeting, reply, top = _meeting(engine)
    rows = _csv_rows(meeting, lang="en")
    header = rows[0]
    assert header[:3] == ["id", "table/case", "title"]
    by_id = {row[0]: row for row in rows[1:]}
    assert by_id[str(reply)][header.index("reply to")] == str(top)
    assert len(rows) == 1 + 7


def test_json_has_every_contribution_as_sent_and_no_people(engine):
    meeting, reply, top = _meeting(engine)
    with read_session(engine) as session:
        document = json.loads(contributions_json(session=session, event_id=meeting.id))
    assert document["event"]["code"] == meeting.event.code
    texts = [c["text"] for c in document["contributions"]]
    assert texts[:5] == FORMULAS  # JSON is no spreadsheet: nothing to neutralise
    first = document["contributions"][0]
    assert first["place_key"] == "t1" and first["hidden"] is False
    assert next(c for c in document["contributions"] if c["id"] == reply)["parent"] == top
    assert not {"participant", "name", "token", "participant_id"} & set(first)
