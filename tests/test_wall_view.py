"""The wall's chart spec: counts per table, handed to Streamlit as an Arrow table."""

from __future__ import annotations

import pyarrow as pa

from facilitation.db import read_session
from facilitation.wall import WallCache
from tests.utils import make_meeting
from ui.wall_view import chart_spec


def test_chart_values_are_an_arrow_table_of_the_counts(sqlite_engine):
    meeting = make_meeting(sqlite_engine, tables=3)
    who = meeting.participant()
    meeting.send(who, "een", table=1)
    meeting.send(who, "twee", table=3)
    meeting.send(who, "drie", table=3)
    with read_session(sqlite_engine) as session:
        view = WallCache().view(session, meeting.id)
    chart_spec.cache_clear()  # views are equal by (event, revision), across test databases too
    values = chart_spec(view, "nl")["data"]["values"]
    assert isinstance(values, pa.Table)
    assert [(row["label"], row["count"]) for row in values.to_pylist()] == [
        ("1", 1),
        ("2", 0),
        ("3", 2),
    ]
