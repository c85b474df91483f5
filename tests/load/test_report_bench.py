"""The report benchmark keeps working: its data builds a complete report (tiny sizes here)."""

from __future__ import annotations

from bench.report_bench import fill, measure
from facilitation.core.db import read_session
from facilitation.harvest.report.content import count_items, read_harvest


def test_benchmark_data_and_measurement(sqlite_engine):
    event_id = fill(sqlite_engine, contributions=60, themes=3)
    with read_session(sqlite_engine) as session:
        harvest = read_harvest(session=session, event_id=event_id)
    assert len(harvest.themes) == 3
    assert sum(count_items(t.items) for t in harvest.themes) == 60 - 1  # one in a hundred hidden
    assert len(harvest.participants) == 150
    totals, reads, size = measure(sqlite_engine, event_id, runs=1)
    assert len(totals) == 1 and 0 < reads[0] <= totals[0]
    assert size > 10_000
