"""The scan benchmark's store and tick measurements: counting what is stored, growing a scan to
many answer sets, and a wall tick's CPU (unchanged, one new answer, counted afresh)."""

from __future__ import annotations

import random
import statistics
import time
import uuid

from sqlalchemy import Engine, insert

from facilitation.core.db import read_session, write_session
from facilitation.models import Event, ScanAnswer, ScanResponse
from facilitation.scans.checks import Given
from facilitation.scans.results import ResultsCache


def stored(engine: Engine, scan_id: int) -> tuple[int, int]:
    from sqlmodel import func, select

    with read_session(engine) as session:
        responses = session.exec(
            select(func.count()).select_from(ScanResponse).where(ScanResponse.scan_id == scan_id)
        ).one()
        answers = session.exec(
            select(func.count()).select_from(ScanAnswer).where(ScanAnswer.scan_id == scan_id)
        ).one()
    return int(responses), int(answers)


def tick_costs(
    engine: Engine, event: Event, scan_id: int, qid: int, ticks: int = 100
) -> dict[str, float]:
    """Return a wall tick's CPU in ms: unchanged, with one new answer per tick, and uncached."""
    from bench.scan import send as scan_send  # the benchmark's send (bench.scan imports this)
    from facilitation.scans.results import scan_results

    assert event.id is not None
    cache = ResultsCache()
    with read_session(engine) as session:
        cache.results(session, event_id=event.id, scan_id=scan_id)

    def cpu_ms(action, count: int) -> float:
        samples = []
        for _ in range(count):
            started = time.thread_time()
            action()
            samples.append(time.thread_time() - started)
        return statistics.median(samples) * 1000

    event_id = event.id

    def tick() -> None:
        with read_session(engine) as session:
            cache.results(session, event_id=event_id, scan_id=scan_id)

    def fresh() -> None:
        with read_session(engine) as session:
            scan_results(session=session, event_id=event_id, scan_id=scan_id)

    idle = cpu_ms(tick, ticks)
    rng = random.Random(1)
    changed = []
    for _ in range(ticks):
        scan_send(
            engine,
            event,
            scan_id,
            {qid: Given(items={i: rng.randint(1, 10) for i in range(7)})},
            uuid.uuid4().hex,
            "t1",
        )
        started = time.thread_time()
        tick()
        changed.append(time.thread_time() - started)
    return {
        "idle_ms": idle,
        "one_new_ms": statistics.median(changed) * 1000,
        "uncached_ms": cpu_ms(fresh, 5),
    }


def grow(engine: Engine, event: Event, scan_id: int, qid: int, total: int) -> None:
    """Store answer sets directly until the scan holds *total* (a long meeting's worth)."""
    assert event.id is not None
    have, _answers = stored(engine, scan_id)
    rng = random.Random(2)
    with write_session(engine) as session:
        for start in range(have, total, 1000):
            count = min(1000, total - start)
            rows = (
                session.execute(
                    insert(ScanResponse).returning(ScanResponse.__table__.c.id),  # type: ignore[attr-defined]
                    [
                        {"event_id": event.id, "scan_id": scan_id, "version": 1, "client_ids": ""}
                        for _ in range(count)
                    ],
                )
                .scalars()
                .all()
            )
            session.execute(
                insert(ScanAnswer),
                [
                    {
                        "event_id": event.id,
                        "scan_id": scan_id,
                        "response_id": rid,
                        "question_id": qid,
                        "item": item,
                        "number": rng.randint(1, 10),
                        "revision": 1,
                        "choices": [],
                    }
                    for rid in rows
                    for item in range(7)
                ],
            )
