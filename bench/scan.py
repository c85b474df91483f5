"""Scan benchmark: ``python -m bench.scan [--phones 1000] [--duration 60] [--workers 32]``.

1,000 phones answer the seven-item climate scan at seeded random moments within 60 s, through
the domain's one call per send (``facilitation.scans.answering.answer``), on the default
SQLite file in a scratch directory, from a pool of worker threads as the server's session
threads would; a tenth of the phones re-send the same client id (a reconnect). A projector
thread asks ``ResultsCache.results`` every wall tick (1 s), as the wall does. Measured: receipt
latency (scheduled moment → receipt, queueing included), send → results (scheduled moment → end
of the first tick whose revision includes the answer), lost and doubled answer sets counted in
the database, process CPU during the sends, and a wall tick's CPU (thread time) with 1,000 and
with 10,000 answer sets stored, unchanged and with one new answer per tick.

This measures the domain and the database, not Streamlit's websocket layer: the phone's
answering page is a separate piece (docs/benchmarks.md, "Scans").
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import tempfile
import threading
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine

from bench.scan_costs import grow, stored, tick_costs
from facilitation.core.db import init_schema, make_engine, read_session, write_session
from facilitation.meeting import events
from facilitation.models import (
    Event,
    ResultsMode,
    ScanUpdate,
    ThemeUpdate,
)
from facilitation.scans import answering, editor, templates
from facilitation.scans.checks import Given
from facilitation.scans.results import ResultsCache

TABLES = ("Wijk A", "Wijk B", "Wijk C")
RESULTS = Path(__file__).resolve().parent / "results"


@dataclass
class Run:
    phones: int
    duration: float
    workers: int
    receipts: list[float] = field(default_factory=list)
    to_results: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    sent_at: dict[int, float] = field(default_factory=dict)  # revision → scheduled moment


def prepare(engine: Engine) -> tuple[Event, int, int]:
    """Create a meeting with three neighbourhood tables and an open, live climate scan."""
    with write_session(engine) as session:
        event = events.create_event(session=session, title="Wijkscan")
        assert event.id is not None
        for number, label in enumerate(TABLES, start=1):
            events.save_theme(
                session=session, event_id=event.id, update=ThemeUpdate(number=number, label=label)
            )
        scan = templates.create_from_template(
            session=session, event_id=event.id, key=templates.CLIMATE
        )
        assert scan.id is not None
        editor.update_scan(
            session=session,
            event_id=event.id,
            scan_id=scan.id,
            changes=ScanUpdate(results=ResultsMode.LIVE),
        )
        editor.set_scan_open(session=session, event_id=event.id, scan_id=scan.id, is_open=True)
        question = editor.questions_of(session=session, scan_id=scan.id)[0]
    return event, scan.id, question.id or 0


def phone_send(qid: int, index: int, rng: random.Random) -> tuple[dict[int, Given], str, str]:
    """Return one phone's answers (seven marks), its client id and its table."""
    marks = {item: rng.randint(1, 10) for item in range(7)}
    return {qid: Given(items=marks)}, uuid.uuid4().hex, f"t{index % 3 + 1}"


ONE_WRITER = threading.Lock()
SERIALISE = threading.Event()  # --one-writer: writers queue on a lock before BEGIN IMMEDIATE


def send(engine: Engine, event: Event, scan_id: int, answers, client_id: str, table: str) -> int:
    """Send one phone's answers as the phone page would; return the receipt's revision."""
    if SERIALISE.is_set():
        with ONE_WRITER:
            return _send(engine, event, scan_id, answers, client_id, table)
    return _send(engine, event, scan_id, answers, client_id, table)


def _send(engine: Engine, event: Event, scan_id: int, answers, client_id: str, table: str) -> int:
    with write_session(engine) as session:
        receipt = answering.answer(
            session=session,
            event=event,
            scan_id=scan_id,
            token=None,
            answers=answers,
            client_id=client_id,
            table_key=table,
        )
    return receipt.revision


class Projector(threading.Thread):
    """Asks for the scan's results every *tick* seconds; notes when each revision was seen."""

    def __init__(self, engine: Engine, event_id: int, scan_id: int, tick: float) -> None:
        super().__init__(daemon=True)
        self.engine, self.event_id, self.scan_id, self.tick = engine, event_id, scan_id, tick
        self.cache = ResultsCache()
        self.seen: list[tuple[int, float]] = []  # (revision shown, moment)
        self.tick_cpu: list[float] = []
        self.stop = threading.Event()

    def one_tick(self) -> int:
        with read_session(self.engine) as session:
            view = self.cache.results(session, event_id=self.event_id, scan_id=self.scan_id)
        return view.revision

    def run(self) -> None:
        while not self.stop.is_set():
            started = time.thread_time()
            revision = self.one_tick()
            self.tick_cpu.append(time.thread_time() - started)
            self.seen.append((revision, time.monotonic()))
            self.stop.wait(self.tick)


def drive(engine: Engine, run: Run, seed: int = 15) -> tuple[Event, int, int, Projector, float]:
    """Send every phone's answers at its moment; return what the counts and ticks need."""
    event, scan_id, qid = prepare(engine)
    assert event.id is not None
    rng = random.Random(seed)
    moments = sorted(rng.uniform(0, run.duration) for _ in range(run.phones))
    projector = Projector(engine, event.id, scan_id, 1.0)
    projector.start()
    start = time.monotonic()
    cpu = time.process_time()
    lock = threading.Lock()

    def phone(index: int, moment: float) -> None:
        answers, client_id, table = phone_send(qid, index, rng)
        time.sleep(max(0.0, start + moment - time.monotonic()))
        due = start + moment
        try:
            revision = send(engine, event, scan_id, answers, client_id, table)
            done = time.monotonic()
            if index % 10 == 0:  # a reconnect: the same send again
                send(engine, event, scan_id, answers, client_id, table)
        except Exception as error:  # counted and reported
            with lock:
                run.errors.append(repr(error))
            return
        with lock:
            run.receipts.append(done - due)
            run.sent_at[revision] = due

    with ThreadPoolExecutor(max_workers=run.workers) as pool:
        for index, moment in enumerate(moments):
            pool.submit(phone, index, moment)
    sending = time.monotonic() - start
    cpu_share = (time.process_time() - cpu) / sending
    time.sleep(1.5)
    projector.stop.set()
    projector.join()
    for revision, due in run.sent_at.items():
        shown = next((at for rev, at in projector.seen if rev >= revision), None)
        if shown is not None:
            run.to_results.append(shown - due)
    return event, scan_id, qid, projector, cpu_share


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))] if ordered else float("nan")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--phones", type=int, default=1000)
    parser.add_argument("--duration", type=float, default=60)
    parser.add_argument("--workers", type=int, default=32)
    parser.add_argument("--grow-to", type=int, default=10_000)
    parser.add_argument(
        "--one-writer",
        action="store_true",
        help="queue the senders on a lock in the process instead of SQLite's busy handler",
    )
    args = parser.parse_args()
    if args.one_writer:
        SERIALISE.set()
    folder = Path(tempfile.mkdtemp(prefix="oogst-bench-scan-"))
    engine = make_engine(f"sqlite:///{folder / 'oogst.db'}")
    init_schema(engine)
    run = Run(args.phones, args.duration, args.workers)
    load_before = os.getloadavg()[0]
    event, scan_id, qid, projector, cpu_share = drive(engine, run)
    responses, answers = stored(engine, scan_id)
    at_phones = tick_costs(engine, event, scan_id, qid)
    grow(engine, event, scan_id, qid, args.grow_to)
    at_grown = tick_costs(engine, event, scan_id, qid)
    result = {
        "phones": args.phones,
        "duration_s": args.duration,
        "workers": args.workers,
        "errors": run.errors[:10],
        "error_count": len(run.errors),
        "answer_sets_stored": responses,
        "answer_rows_stored": answers,
        "lost": args.phones - responses,
        "doubled": max(0, responses - args.phones),
        "receipt_p50_s": percentile(run.receipts, 0.5),
        "receipt_p95_s": percentile(run.receipts, 0.95),
        "to_results_p50_s": percentile(run.to_results, 0.5),
        "to_results_p95_s": percentile(run.to_results, 0.95),
        "never_on_results": len(run.sent_at) - len(run.to_results),
        "process_cpu_during_sends": cpu_share,
        "wall_tick_during_sends_ms_median": statistics.median(projector.tick_cpu) * 1000,
        "tick_at_phones": at_phones,
        "tick_at_grown": at_grown,
        "grown_to": args.grow_to,
        "load_before": load_before,
        "load_after": os.getloadavg()[0],
    }
    RESULTS.mkdir(exist_ok=True)
    name = time.strftime("%Y%m%d-%H%M%S") + "-scan-sqlite.json"
    (RESULTS / name).write_text(json.dumps(result, indent=2))
    _print(result, name)


def _print(r: dict, name: str) -> None:
    rows = [
        (
            "answer sets stored / lost / doubled",
            f"{r['answer_sets_stored']} / {r['lost']} / {r['doubled']}",
            "1,000 / 0 / 0",
        ),
        (
            "receipt p50 / p95",
            f"{r['receipt_p50_s']:.3f} / {r['receipt_p95_s']:.3f} s",
            "p95 ≤ 0.25 s",
        ),
        (
            "send → results p50 / p95",
            f"{r['to_results_p50_s']:.2f} / {r['to_results_p95_s']:.2f} s",
            "p95 ≤ 1.5 s",
        ),
        ("process CPU during sends", f"{r['process_cpu_during_sends']:.0%}", ""),
        (
            f"tick, {r['answer_sets_stored']} stored: unchanged / one new / uncached",
            "{idle_ms:.2f} / {one_new_ms:.2f} / {uncached_ms:.1f} ms".format(**r["tick_at_phones"]),
            "",
        ),
        (
            f"tick, {r['grown_to']} stored: unchanged / one new / uncached",
            "{idle_ms:.2f} / {one_new_ms:.2f} / {uncached_ms:.1f} ms".format(**r["tick_at_grown"]),
            "does not grow",
        ),
    ]
    for label, value, target in rows:
        print(f"{label:<58} {value:<28} {target}")
    print(
        f"errors: {r['error_count']}  load {r['load_before']:.1f} → {r['load_after']:.1f}  results/{name}"
    )


__all__ = ["Run", "drive", "grow", "main", "prepare", "send", "stored", "tick_costs"]


if __name__ == "__main__":
    main()
