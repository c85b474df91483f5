"""What the results of a scan look like: per question, the room and each segment."""

from __future__ import annotations

from dataclasses import dataclass

from facilitation.models import Scan, ScanQuestion
from facilitation.scans.stats import Stats
from facilitation.scans.words import Cloud


@dataclass(frozen=True)
class SegmentResult:
    """One question in one segment (``key`` '' is the whole room, 't2' is table 2).

    ``items`` holds one ``Stats`` per scale item for a scale set, else one; ``items``, ``cloud``
    and ``others`` are empty when ``suppressed``.
    """

    key: str
    label: str
    respondents: int
    suppressed: bool
    items: tuple[Stats, ...] = ()
    cloud: Cloud | None = None
    others: tuple[tuple[str, int], ...] = ()


@dataclass(frozen=True)
class QuestionResult:
    """A question with its results; ``visible`` is False while results wait for a reveal."""

    question: ScanQuestion
    visible: bool
    room: SegmentResult
    segments: tuple[SegmentResult, ...]

    @property
    def question_id(self) -> int:
        return self.question.id or 0

    def radar(self) -> list[tuple[str, list[float | None]]]:
        """Return (label, mean per item) per segment that is not suppressed, then the room.

        For a scale set (the climate scan's seven functions); a polygon per neighbourhood.
        """
        series = [(s.label, [i.mean for i in s.items]) for s in self.segments if not s.suppressed]
        if not self.room.suppressed:
            series.append((self.room.label, [i.mean for i in self.room.items]))
        return series


@dataclass(frozen=True, eq=False)
class ScanResults:
    """A scan's results at one revision; ``serial`` tells one build from another."""

    scan: Scan
    revision: int
    respondents: int
    questions: tuple[QuestionResult, ...]
    segments: tuple[tuple[str, str], ...]  # (key, label) of each segment, in table order
    serial: int = 0

    def question(self, question_id: int) -> QuestionResult | None:
        """Return the results of one question, if it is in the scan."""
        return next((q for q in self.questions if q.question_id == question_id), None)
