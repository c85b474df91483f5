"""The wall's chart spec: counts per table, handed to Streamlit as ready Arrow IPC bytes."""

from __future__ import annotations

import pyarrow as pa

from facilitation.db import read_session
from facilitation.wall import WallCache
from tests.utils import make_meeting
from ui.wall_view import chart_spec


def test_chart_counts_travel_as_a_named_dataset_of_arrow_bytes(sqlite_engine):
    meeting = make_meeting(sqlite_engine, tables=3)
    who = meeting.participant()
    meeting.send(who, "een", table=1)
    meeting.send(who, "twee", table=3)
    meeting.send(who, "drie", table=3)
    with read_session(sqlite_engine) as session:
        view = WallCache().view(session, meeting.id)
    chart_spec.cache_clear()  # views are equal by (event, revision), across test databases too
    spec = chart_spec(view, "nl")
    assert spec["data"] == {"name": "counts"}
    ready = spec["datasets"]["counts"]
    assert isinstance(ready, bytes), "Streamlit passes bytes on without serialising each tick"
    table = pa.ipc.open_stream(ready).read_all()
    assert [(row["label"], row["count"]) for row in table.to_pylist()] == [
        ("1", 1),
        ("2", 0),
        ("3", 2),
    ]
