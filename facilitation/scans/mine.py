"""What a phone sees of its own answers: after a reload, a locked screen or in a second tab."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from sqlmodel import Session, select

from facilitation.meeting import participants
from facilitation.models import Scan, ScanAnswer, ScanQuestion
from facilitation.scans.checks import Given
from facilitation.scans.editor import get_scan, questions_of
from facilitation.scans.storing import response_of


def my_rows(*, session: Session, response_id: int) -> list[ScanAnswer]:
    """Return the answer rows of one response."""
    return list(session.exec(select(ScanAnswer).where(ScanAnswer.response_id == response_id)))


@dataclass(frozen=True)
class MyAnswers:
    """A phone's stored answer set: per question its whole answer, and the version to send back."""

    version: int
    answers: dict[int, Given]
    theme_id: int | None


def my_answers(*, session: Session, event_id: int, scan_id: int, token: str | None) -> MyAnswers:
    """Return what the phone holding *token* answered (empty for a new phone); raises ScanNotFound."""
    scan = get_scan(session=session, event_id=event_id, scan_id=scan_id)
    participant = participants.find_participant(session=session, event_id=event_id, token=token)
    response = response_of(session, scan, participant) if participant else None
    if response is None or response.id is None:
        return MyAnswers(version=0, answers={}, theme_id=None)
    kinds = {q.id: q.kind for q in questions_of(session=session, scan_id=scan_id)}
    return MyAnswers(
        version=response.version,
        answers=as_given(my_rows(session=session, response_id=response.id), kinds),
        theme_id=response.theme_id,
    )


def as_given(rows: list[ScanAnswer], kinds: Mapping[int | None, str]) -> dict[int, Given]:
    """Return stored rows as whole answers per question (the inverse of ``checks.rows_for``)."""
    grouped: dict[int, list[ScanAnswer]] = {}
    for row in rows:
        if not row.is_empty:
            grouped.setdefault(row.question_id, []).append(row)
    given: dict[int, Given] = {}
    for question_id, answers in grouped.items():
        if kinds.get(question_id) == "scale_set":
            items = {a.item: (None if a.dont_know else a.number) for a in answers}
            given[question_id] = Given(items=items)
            continue
        a = answers[0]
        given[question_id] = Given(
            number=a.number,
            dont_know=a.dont_know,
            choices=tuple(a.choices),
            other=a.other,
            text=a.text,
        )
    return given


def open_questions(*, session: Session, scan: Scan) -> list[ScanQuestion]:
    """Return the questions a phone can answer now (none when the scan is closed)."""
    if not scan.is_open or scan.id is None:
        return []
    return [q for q in questions_of(session=session, scan_id=scan.id) if q.is_open]
