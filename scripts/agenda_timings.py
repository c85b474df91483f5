"""Time the agenda's hot paths on the 12 February example with 100 voters.

Usage: python scripts/agenda_timings.py [DATABASE_URL]   (default: a temporary SQLite file)

Prints the cost of one dot placed (a write transaction), of an agenda-wall tick when nothing
changed (one revision read), and of a tick after a change (the board rebuilt).
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from facilitation import eventfile
from facilitation.agenda import votes
from facilitation.agenda.actions import actions_of
from facilitation.agenda.board import AgendaBoardCache
from facilitation.core.db import (
    bump_revision,
    init_schema,
    make_engine,
    read_session,
    write_session,
)
from facilitation.meeting import participants

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "tafelrondes-12-februari-2015.yaml"
VOTERS = 100


def median_ms(action: Callable[[], object], repeats: int) -> float:
    """Return the median time of *action* in milliseconds."""
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main(url: str) -> None:
    engine = make_engine(url)
    init_schema(engine)
    with write_session(engine) as session:
        model = eventfile.parse_event_file(EXAMPLE.read_bytes())
        event = eventfile.import_event(session=session, model=model, keep_code=False)
        vote = votes.open_vote(session=session, event_id=event.id or 0, title="Wat eerst?", dots=3)
        options = [a.id or 0 for a in actions_of(session=session, event_id=event.id or 0)]
    people = []
    for _ in range(VOTERS):
        with write_session(engine) as session:
            people.append(participants.join(session=session, event=event))
    turns = iter(
        [(who, options[(i + k) % len(options)]) for i, who in enumerate(people) for k in range(3)]
    )

    def place() -> None:
        who, option = next(turns)
        with write_session(engine) as session:
            votes.place_dots(
                session=session, participant=who, vote_id=vote.id or 0, option_id=option, count=1
            )

    boards = AgendaBoardCache()

    def tick() -> None:
        with read_session(engine) as session:
            boards.board(session, event.id or 0)

    def changed_tick() -> None:
        with write_session(engine) as session:
            bump_revision(session=session, event_id=event.id or 0)
        tick()

    placed = median_ms(place, VOTERS * 3)
    tick()
    print(
        f"{engine.dialect.name}: one dot placed {placed:.2f} ms (median of {VOTERS * 3}); "
        f"wall tick, nothing new {median_ms(tick, 200):.2f} ms; "
        f"wall tick after a change {median_ms(changed_tick, 50):.2f} ms"
    )
    engine.dispose()


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else f"sqlite:///{tempfile.mkdtemp()}/timings.db")
