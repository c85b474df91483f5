"""Results of a scan for the wall, the facilitator and the report: per question, the room and
each segment (table), with a minimum number of answers per segment.

``ResultsCache.results`` is what a wall tick calls: it reads the event revision (one row) and
returns the cached view when nothing changed; otherwise it reads only the answer rows written
since (index on scan and revision) and updates its counts, so a tick's cost does not grow with
the answers stored. A change to the scan's questions (``structure_revision``) rebuilds once.

A segment (or the room) with fewer respondents than ``min_answers`` is ``suppressed``: the wall
and the report say "te weinig antwoorden" and no figures of it leave this module.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field

from sqlalchemy import select as sql_select
from sqlmodel import Session

from facilitation.core.db import read_revision
from facilitation.i18n import t
from facilitation.meeting.targets import themes_of
from facilitation.models import (
    QuestionKind,
    ResultsMode,
    Scan,
    ScanAnswer,
    ScanAudience,
    ScanQuestion,
    Theme,
)
from facilitation.scans.editor import get_scan, questions_of
from facilitation.scans.stats import stats_of
from facilitation.scans.tally import ROW_COLUMNS, Tally
from facilitation.scans.views import QuestionResult, ScanResults, SegmentResult
from facilitation.scans.words import cloud

DEFAULT_MIN_ANSWERS = 3


@dataclass
class _State:
    tally: Tally = field(default_factory=Tally)
    view: ScanResults | None = None
    key: tuple[int, str, int] = (-1, "", -1)


class ResultsCache:
    """Per-process scan results, one per database, event and scan (its view for the language
    and minimum N asked last); thread-safe."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._scans: dict[tuple[str, int, int], _State] = {}
        self._serial = 0

    def results(
        self,
        session: Session,
        *,
        event_id: int,
        scan_id: int,
        min_answers: int = DEFAULT_MIN_ANSWERS,
        lang: str = "nl",
    ) -> ScanResults:
        """Return the scan's results at the current revision; raises ScanNotFound."""
        revision = read_revision(session=session, event_id=event_id)
        where = (str(session.get_bind().engine.url), event_id, scan_id)
        state = self._scans.get(where)
        if (
            state is not None
            and state.view is not None
            and state.key == (revision, lang, min_answers)
        ):
            return state.view
        with self._lock:
            state = self._scans.setdefault(where, _State())
            if state.view is None or state.key != (revision, lang, min_answers):
                self._serial += 1
                state.view = _refresh(
                    session,
                    event_id,
                    scan_id,
                    state.tally,
                    revision,
                    min_answers,
                    lang,
                    self._serial,
                )
                state.key = (revision, lang, min_answers)
            return state.view

    def forget(self, scan_id: int) -> None:
        """Drop a scan's cached counts (after it was deleted), in every database."""
        with self._lock:
            for where in [w for w in self._scans if w[2] == scan_id]:
                del self._scans[where]


def report_key(scan_id: int) -> str:
    """Return the key of one scan in ``ReportOptions.parts`` ('scan.7'): False leaves it out."""
    return f"scan.{scan_id}"


def scan_results(
    *,
    session: Session,
    event_id: int,
    scan_id: int,
    min_answers: int = DEFAULT_MIN_ANSWERS,
    lang: str = "nl",
) -> ScanResults:
    """Return a scan's results read afresh (the report and exports; the wall uses the cache)."""
    revision = read_revision(session=session, event_id=event_id)
    return _refresh(session, event_id, scan_id, Tally(), revision, min_answers, lang, 0)


def _refresh(
    session: Session,
    event_id: int,
    scan_id: int,
    tally: Tally,
    revision: int,
    min_answers: int,
    lang: str,
    serial: int,
) -> ScanResults:
    scan = get_scan(session=session, event_id=event_id, scan_id=scan_id)
    if scan.structure_revision != tally.structure_revision:
        tally.__init__()  # type: ignore[misc]
        tally.structure_revision = scan.structure_revision
    table = ScanAnswer.__table__.c  # type: ignore[attr-defined]
    query = sql_select(*(table[name] for name in ROW_COLUMNS)).where(table.scan_id == scan_id)
    if tally.revision >= 0:
        query = query.where(table.revision > tally.revision)
    for row in session.execute(query.order_by(table.revision, table.id)):
        tally.apply(row)
    tally.revision = revision
    return _build(session, scan, tally, revision, max(1, min_answers), lang, serial)


def _segments(session: Session, scan: Scan, lang: str) -> list[tuple[int | None, str, str]]:
    if scan.audience != ScanAudience.PER_TABLE:
        return []
    return [
        (theme.id, f"t{theme.number}", segment_label(theme, lang))
        for theme in themes_of(session=session, event_id=scan.event_id)
    ]


def segment_label(theme: Theme, lang: str = "nl") -> str:
    """Return how a table is named as a segment: its label ("Wijk A"), title, or "Tafel 2"."""
    return theme.label or theme.title or t("target.table", lang, number=theme.number)


def _build(
    session: Session,
    scan: Scan,
    tally: Tally,
    revision: int,
    min_answers: int,
    lang: str,
    serial: int,
) -> ScanResults:
    assert scan.id is not None
    segments = _segments(session, scan, lang)
    questions = tuple(
        _question(q, tally, segments, scan, min_answers, lang)
        for q in questions_of(session=session, scan_id=scan.id)
    )
    every = {r for (q, _t), who in tally.respondents.items() for r in who}
    return ScanResults(
        scan=scan,
        revision=revision,
        respondents=len(every),
        questions=questions,
        segments=tuple((key, label) for _id, key, label in segments),
        serial=serial,
    )


def _question(
    question: ScanQuestion,
    tally: Tally,
    segments: list[tuple[int | None, str, str]],
    scan: Scan,
    min_answers: int,
    lang: str,
) -> QuestionResult:
    assert question.id is not None
    room = _segment(question, tally, None, "", t("scan.room", lang), min_answers)
    parts = tuple(
        _segment(question, tally, theme_id, key, label, min_answers)
        for theme_id, key, label in segments
    )
    visible = scan.results == ResultsMode.LIVE or question.revealed
    return QuestionResult(question=question, visible=visible, room=room, segments=parts)


def _segment(
    question: ScanQuestion,
    tally: Tally,
    theme_id: int | None,
    key: str,
    label: str,
    min_answers: int,
) -> SegmentResult:
    assert question.id is not None
    qid = question.id
    is_room = key == ""
    respondents = tally.room_respondents(qid) if is_room else tally.count_respondents(qid, theme_id)
    if respondents < min_answers:
        return SegmentResult(key, label, respondents, suppressed=True)
    items = range(max(1, len(question.items))) if question.kind == QuestionKind.SCALE_SET else [0]
    cells = [tally.room_cell(qid, i) if is_room else tally.cell(qid, i, theme_id) for i in items]
    words = cloud(cells[0].words, question.hidden_words) if question.kind == "open" else None
    others = tuple(
        sorted(((o, n) for o, n in cells[0].others.items() if n > 0), key=lambda p: (-p[1], p[0]))
    )
    return SegmentResult(
        key=key,
        label=label,
        respondents=respondents,
        suppressed=False,
        items=tuple(stats_of(question, cell) for cell in cells),
        cloud=words,
        others=others,
    )


__all__ = [
    "DEFAULT_MIN_ANSWERS",
    "QuestionResult",
    "ResultsCache",
    "ScanResults",
    "SegmentResult",
    "report_key",
    "scan_results",
    "segment_label",
]
