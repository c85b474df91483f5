"""The scan benchmark's scenario at a small scale: every phone's answer set stored once (the
re-sends too), every answer on the results within a few ticks, and a wall tick that reads only
what changed. Timings are the benchmark's business (``make bench-scan``)."""

from __future__ import annotations

from bench import scan
from facilitation.core.db import init_schema, make_engine


def test_forty_phones_answer_the_climate_scan_none_lost_none_doubled(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'oogst.db'}")
    init_schema(engine)
    run = scan.Run(phones=40, duration=2.0, workers=8)
    event, scan_id, qid, _projector, _cpu = scan.drive(engine, run)
    assert run.errors == []
    assert scan.stored(engine, scan_id) == (40, 40 * 7)
    assert len(run.to_results) == len(run.sent_at) == 40
    scan.grow(engine, event, scan_id, qid, 200)
    assert scan.stored(engine, scan_id) == (200, 200 * 7)
    costs = scan.tick_costs(engine, event, scan_id, qid, ticks=3)
    assert set(costs) == {"idle_ms", "one_new_ms", "uncached_ms"}
    engine.dispose()
