"""Counts kept per question, item and segment, changed answer by answer.

``Tally.apply(row)`` takes an answer row's new state: it subtracts what that row counted before
and adds what it counts now, so following a scan costs O(changed rows), never O(all answers).
Statistics are read from the counts (a histogram per scale item), in O(scale values).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from facilitation.models import ScanAnswer
from facilitation.scans.words import entry_of

# The answer columns a tally counts, in the order ``Tally.apply`` takes them as plain values.
ROW_COLUMNS = (
    "id",
    "question_id",
    "item",
    "theme_id",
    "response_id",
    "number",
    "dont_know",
    "choices",
    "other",
    "text",
)


def _values(row: ScanAnswer) -> tuple[Any, ...]:
    return tuple(getattr(row, name) for name in ROW_COLUMNS)


@dataclass(frozen=True)
class _Seen:
    """What one answer row counts for, as last applied."""

    question_id: int
    item: int
    theme_id: int | None
    response_id: int
    number: int | None
    dont_know: bool
    choices: tuple[int, ...]
    other: str
    entry: str

    @property
    def empty(self) -> bool:
        return (
            self.number is None
            and not self.dont_know
            and not self.choices
            and not (self.other or self.entry)
        )


@dataclass
class Cell:
    """The counts of one question item in one segment."""

    numbers: Counter[int] = field(default_factory=Counter)
    dont_know: int = 0
    choices: Counter[int] = field(default_factory=Counter)
    positions: Counter[tuple[int, int]] = field(default_factory=Counter)  # (option, rank) → n
    others: Counter[str] = field(default_factory=Counter)
    words: Counter[str] = field(default_factory=Counter)
    answers: int = 0  # non-empty rows

    def add(self, seen: _Seen, sign: int) -> None:
        if seen.empty:
            return
        self.answers += sign
        if seen.number is not None:
            self.numbers[seen.number] += sign
        self.dont_know += sign * seen.dont_know
        for rank, option in enumerate(seen.choices):
            self.choices[option] += sign
            self.positions[(option, rank)] += sign
        if seen.other:
            self.others[seen.other] += sign
        if seen.entry:
            self.words[seen.entry] += sign

    def merge(self, other: Cell) -> None:
        """Add *other*'s counts to this cell (the room from its segments)."""
        self.numbers.update(other.numbers)
        self.dont_know += other.dont_know
        self.choices.update(other.choices)
        self.positions.update(other.positions)
        self.others.update(other.others)
        self.words.update(other.words)
        self.answers += other.answers


@dataclass
class Tally:
    """Every scan answer applied so far, as counts per (question, item, segment)."""

    revision: int = -1
    structure_revision: int = -1
    cells: dict[tuple[int, int, int | None], Cell] = field(default_factory=dict)
    # (question, segment) → response → non-empty rows: who answered a question.
    respondents: dict[tuple[int, int | None], Counter[int]] = field(default_factory=dict)
    _seen: dict[int, _Seen] = field(default_factory=dict)

    def apply(self, row: ScanAnswer | Sequence[Any]) -> None:
        """Count an answer row as it is now (replacing what it counted before).

        *row* is a ``ScanAnswer`` or the plain values of ``ROW_COLUMNS`` in that order (the
        results cache reads those: no ORM objects for thousands of rows).
        """
        values = _values(row) if isinstance(row, ScanAnswer) else tuple(row)
        row_id, question_id, item, theme_id, response_id, number, dont_know, choices = values[:8]
        other, text = values[8], values[9]
        old = self._seen.pop(row_id, None)
        if old is not None:
            self._count(old, -1)
        new = _Seen(
            question_id,
            item,
            theme_id,
            response_id,
            number,
            bool(dont_know),
            tuple(choices or ()),
            other or "",
            entry_of(text or ""),
        )
        self._seen[row_id] = new
        self._count(new, +1)

    def _count(self, seen: _Seen, sign: int) -> None:
        if seen.empty:
            return
        key = (seen.question_id, seen.item, seen.theme_id)
        self.cells.setdefault(key, Cell()).add(seen, sign)
        who = self.respondents.setdefault((seen.question_id, seen.theme_id), Counter())
        who[seen.response_id] += sign
        if who[seen.response_id] <= 0:
            del who[seen.response_id]

    def cell(self, question_id: int, item: int, theme_id: int | None) -> Cell:
        """Return the counts of one item in one segment (empty when nobody answered)."""
        return self.cells.get((question_id, item, theme_id)) or Cell()

    def room_cell(self, question_id: int, item: int) -> Cell:
        """Return the counts of one item over every segment."""
        total = Cell()
        for (question, at, _theme), cell in self.cells.items():
            if question == question_id and at == item:
                total.merge(cell)
        return total

    def count_respondents(self, question_id: int, theme_id: int | None) -> int:
        """Return how many phones answered a question in a segment."""
        return len(self.respondents.get((question_id, theme_id), ()))

    def room_respondents(self, question_id: int) -> int:
        """Return how many phones answered a question in the whole room."""
        return sum(len(c) for (q, _t), c in self.respondents.items() if q == question_id)
