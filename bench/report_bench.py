"""How long the harvest report takes: 5,000 contributions over 12 themes, with charts.

    python -m bench.report_bench [--contributions 5000] [--themes 12] [--runs 5]

Fills a fresh SQLite database (replies, links, remarks, duplicates, hidden ones, an agenda with
votes, 150 listed participants), then times reading the harvest and building the .docx. The first
build includes starting the chart renderer; later builds clear the chart cache, so every run
renders its charts again. The target is 2 s per report on a 2-core laptop.
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from dataclasses import replace
from pathlib import Path

from facilitation.core.db import init_schema, make_engine, read_session, write_session
from facilitation.harvest.report import figures
from facilitation.harvest.report.builder import build_report
from facilitation.harvest.report.content import Harvest, read_harvest
from facilitation.meeting import events
from facilitation.models import (
    ActionItem,
    ActionKind,
    Contribution,
    Driver,
    Participant,
    ThemeUpdate,
)

WORDS = [
    "buurt",
    "initiatief",
    "gemeente",
    "geld",
    "ruimte",
    "vrijwilligers",
    "samenwerken",
    "zichtbaar",
    "netwerk",
    "ondernemen",
    "subsidie",
    "vertrouwen",
    "bewoners",
    "school",
    "zorg",
    "experiment",
    "trekker",
]


def fill(engine, *, contributions: int, themes: int, seed: int = 7) -> int:
    """Create the benchmark event and return its id."""
    rng = random.Random(seed)
    with write_session(engine) as session:
        event = events.create_event(session=session, title="Benchmark-bijeenkomst")
        event_id = event.id or 0
        theme_ids = [
            events.save_theme(
                session=session,
                event_id=event_id,
                update=ThemeUpdate(number=n, title=f"Thema {n}", synthesis=_sentence(rng, 60)),
            ).id
            for n in range(1, themes + 1)
        ]
        rows = [_contribution(rng, event_id, theme_ids, i) for i in range(contributions)]
        session.add_all(rows)
        session.flush()
        for row in rng.sample(rows, len(rows) // 5):  # a fifth answers another at its table
            parent = rng.choice(rows)
            if parent.theme_id == row.theme_id and (parent.id or 0) < (row.id or 0):
                row.parent_id = parent.id
        _agenda(session, event_id, rng)
        session.add_all(_participants(event_id, rng))
    return event_id


def _participants(event_id: int, rng: random.Random) -> list[Participant]:
    """Return 150 people who agreed to be listed."""
    return [
        Participant(
            event_id=event_id,
            token=f"bench{i:04d}",
            name=f"Deelnemer {i}",
            organisation=rng.choice(WORDS).title(),
            listed_consent=True,
        )
        for i in range(150)
    ]


def _sentence(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(words)).capitalize() + "."


def _contribution(rng: random.Random, event_id: int, theme_ids: list, i: int) -> Contribution:
    text = _sentence(rng, rng.randint(4, 40))
    return Contribution(
        event_id=event_id,
        theme_id=rng.choice(theme_ids),
        text=text,
        original_text=text,
        link=f"https://example.org/{i}" if i % 10 == 0 else "",
        remark="opmerking" if i % 25 == 0 else "",
        highlight=i % 30 == 0,
        hidden=i % 100 == 0,
        position=float(i),
        source="bench",
    )


def _agenda(session, event_id: int, rng: random.Random) -> None:
    for position, key in enumerate(("academy", "experiment")):
        kind = ActionKind(
            event_id=event_id,
            key=key,
            position=position,
            column_title=key.title(),
            driver_column_title="Mogelijke trekker",
        )
        session.add(kind)
        session.flush()
        for n in range(10):
            action = ActionItem(
                event_id=event_id,
                kind_id=kind.id or 0,
                position=n,
                title=f"Actie {key} {n}",
                description=_sentence(rng, 20),
            )
            session.add(action)
            session.flush()
            for d in range(n % 3):
                session.add(
                    Driver(
                        action_id=action.id or 0, organisation=f"Organisatie {d}", tentative=d == 1
                    )
                )


def with_votes(harvest: Harvest, rng: random.Random) -> Harvest:
    """Return *harvest* with votes on every action (the agenda issue fills them in the app)."""
    agenda = tuple(
        replace(kind, actions=tuple(replace(a, votes=rng.randint(0, 40)) for a in kind.actions))
        for kind in harvest.agenda
    )
    return replace(harvest, agenda=agenda)


def measure(engine, event_id: int, runs: int) -> tuple[list[float], list[float], int]:
    """Return the seconds of each report, of reading the harvest each time, and the size."""
    totals, reads, size = [], [], 0
    for _ in range(runs):
        figures._png.cache_clear()
        started = time.perf_counter()
        with read_session(engine) as session:
            harvest = with_votes(read_harvest(session=session, event_id=event_id), random.Random(1))
        reads.append(time.perf_counter() - started)
        size = len(build_report(harvest).data)
        totals.append(time.perf_counter() - started)
    return totals, reads, size


def main() -> None:
    """Fill a database, then time the report a few times and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--contributions", type=int, default=5000)
    parser.add_argument("--themes", type=int, default=12)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        engine = make_engine(f"sqlite:///{Path(folder) / 'bench.db'}")
        init_schema(engine)
        event_id = fill(engine, contributions=args.contributions, themes=args.themes)
        totals, reads, size = measure(engine, event_id, args.runs)
        engine.dispose()
    print(f"{args.contributions} contributions, {args.themes} themes, charts on, {args.runs} runs")
    print(f"first report (chart renderer starting): {totals[0]:.2f} s")
    later = totals[1:] or totals
    print(
        f"later reports: median {statistics.median(later):.2f} s, best {min(later):.2f} s, "
        f"worst {max(later):.2f} s (of which reading {statistics.median(reads):.2f} s)"
    )
    print(f"document size: {size / 1024:.0f} KiB")


if __name__ == "__main__":
    main()
