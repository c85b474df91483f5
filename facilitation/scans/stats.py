"""Statistics of one question item in one segment, read from its counts (never from the rows)."""

from __future__ import annotations

from dataclasses import dataclass

from facilitation.models import QuestionKind, ScanQuestion
from facilitation.scans.tally import Cell


@dataclass(frozen=True)
class Stats:
    """One scale item, or one choice/bins/ranking question, in one segment.

    - scale items: ``count`` numbers given, ``mean``, ``median``, ``low``/``high`` (min/max),
      ``distribution`` = how many gave each value ``scale_min .. scale_max``, ``dont_know``;
    - single, multiple, bins: ``distribution`` = how many chose each option, ``other`` = how
      many wrote "Anders: …", ``count`` = how many answered;
    - ranking: ``distribution`` = points per option (first of n options gets n-1 … last 0),
      ``mean_ranks`` = average place per option (1 = first), ``count`` = how many ranked.
    """

    count: int
    distribution: tuple[int, ...]
    mean: float | None = None
    median: float | None = None
    low: int | None = None
    high: int | None = None
    dont_know: int = 0
    other: int = 0
    mean_ranks: tuple[float | None, ...] = ()


def stats_of(question: ScanQuestion, cell: Cell) -> Stats:
    """Return the statistics of *cell* for *question*'s kind."""
    kind = QuestionKind(question.kind)
    if kind in (QuestionKind.SCALE, QuestionKind.SCALE_SET):
        return _scale(question, cell)
    options = range(len(question.options))
    if kind == QuestionKind.RANKING:
        return _ranking(len(question.options), cell)
    return Stats(
        count=cell.answers,
        distribution=tuple(cell.choices[i] for i in options),
        other=sum(cell.others.values()),
    )


def _scale(question: ScanQuestion, cell: Cell) -> Stats:
    values = range(question.scale_min, question.scale_max + 1)
    histogram = [(v, cell.numbers[v]) for v in values if cell.numbers[v] > 0]
    count = sum(n for _v, n in histogram)
    if not count:
        return Stats(0, tuple(cell.numbers[v] for v in values), dont_know=cell.dont_know)
    return Stats(
        count=count,
        distribution=tuple(cell.numbers[v] for v in values),
        mean=sum(v * n for v, n in histogram) / count,
        median=median(histogram, count),
        low=histogram[0][0],
        high=histogram[-1][0],
        dont_know=cell.dont_know,
    )


def median(histogram: list[tuple[int, int]], count: int) -> float:
    """Return the median of sorted (value, how many) pairs holding *count* values."""
    below = (count - 1) // 2
    above = count // 2
    found: list[int] = []
    seen = 0
    for value, n in histogram:
        for index in (below, above):
            if seen <= index < seen + n:
                found.append(value)
        seen += n
        if len(found) == 2:
            break
    return (found[0] + found[1]) / 2


def _ranking(options: int, cell: Cell) -> Stats:
    points = [0] * options
    place_sums = [0] * options
    counts = [0] * options
    for (option, rank), n in cell.positions.items():
        if option < options and rank < options and n > 0:
            points[option] += (options - 1 - rank) * n
            place_sums[option] += (rank + 1) * n
            counts[option] += n
    return Stats(
        count=cell.answers,
        distribution=tuple(points),
        mean_ranks=tuple(s / c if c else None for s, c in zip(place_sums, counts, strict=True)),
    )
