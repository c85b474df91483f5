"""Finding a meeting's scans and questions (another meeting's never: a named error instead)."""

from __future__ import annotations

from sqlmodel import Session, col, select

from facilitation.core.errors import QuestionNotFound, ScanNotFound
from facilitation.models import Scan, ScanQuestion


def scans_of(*, session: Session, event_id: int) -> list[Scan]:
    """Return the event's scans in the facilitator's order."""
    query = select(Scan).where(Scan.event_id == event_id)
    return list(session.exec(query.order_by(col(Scan.position), col(Scan.id))))


def open_scans(*, session: Session, event_id: int) -> list[Scan]:
    """Return the scans phones can answer now, in order."""
    return [s for s in scans_of(session=session, event_id=event_id) if s.is_open]


def get_scan(*, session: Session, event_id: int, scan_id: int | None) -> Scan:
    """Return a scan of the event; raises ScanNotFound (also for another meeting's scan)."""
    scan = session.get(Scan, scan_id) if scan_id else None
    if scan is None or scan.event_id != event_id:
        raise ScanNotFound()
    return scan


def questions_of(*, session: Session, scan_id: int) -> list[ScanQuestion]:
    """Return a scan's questions in order."""
    query = select(ScanQuestion).where(ScanQuestion.scan_id == scan_id)
    return list(session.exec(query.order_by(col(ScanQuestion.position), col(ScanQuestion.id))))


def get_question(*, session: Session, event_id: int, question_id: int | None) -> ScanQuestion:
    """Return a question of the event; raises QuestionNotFound."""
    question = session.get(ScanQuestion, question_id) if question_id else None
    if question is None or question.event_id != event_id:
        raise QuestionNotFound()
    return question
