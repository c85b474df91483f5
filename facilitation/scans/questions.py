"""The facilitator's changes to a scan's questions: add, change, delete, reorder, open or
close one, hide a word from its cloud. Each bumps the event revision first; deleting a question
(and so its answers) moves the scan's ``structure_revision`` so the results cache recounts.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlmodel import Session

from facilitation.core.db import bump_revision
from facilitation.core.errors import InvalidField
from facilitation.core.text import single_line
from facilitation.models import QuestionBase, QuestionUpdate, Scan, ScanQuestion
from facilitation.scans.checks import check_question
from facilitation.scans.lookup import get_question, get_scan, questions_of

TITLE_CHARS = 200
MAX_QUESTIONS = 60


def add_question(
    *,
    session: Session,
    event_id: int,
    scan_id: int,
    question: QuestionBase,
    position: int | None = None,
) -> ScanQuestion:
    """Add *question* to a scan (at *position*, else last); raises InvalidQuestion."""
    check_question(question)
    bump_revision(session=session, event_id=event_id)
    get_scan(session=session, event_id=event_id, scan_id=scan_id)
    existing = questions_of(session=session, scan_id=scan_id)
    if len(existing) >= MAX_QUESTIONS:
        raise InvalidField(field="questions", value=str(len(existing)))
    row = ScanQuestion(**_cleaned(question).model_dump(), event_id=event_id, scan_id=scan_id)
    session.add(row)
    at = len(existing) if position is None else max(0, min(position, len(existing)))
    _renumber(session, [*existing[:at], row, *existing[at:]])
    session.flush()
    return row


def _cleaned(question: QuestionBase) -> QuestionBase:
    data = question.model_dump()
    data["prompt"] = single_line(question.prompt)[: TITLE_CHARS * 2]
    data["options"] = [single_line(o) for o in question.options]
    data["items"] = [single_line(i) for i in question.items]
    data["pole_low"], data["pole_high"] = (
        single_line(question.pole_low),
        single_line(question.pole_high),
    )
    data["hidden_words"] = sorted({w.strip().lower() for w in question.hidden_words if w.strip()})
    return QuestionBase.model_validate(data)


def _renumber(session: Session, questions: list[ScanQuestion]) -> None:
    for position, question in enumerate(questions):
        question.position = position
        session.add(question)


def _touch(session: Session, scan: Scan, revision: int) -> None:
    scan.structure_revision = revision
    session.add(scan)


def update_question(
    *, session: Session, event_id: int, question_id: int, changes: QuestionUpdate
) -> ScanQuestion:
    """Apply the fields set in *changes*; raises QuestionNotFound or InvalidQuestion.

    Changing a question's options, items or range leaves stored answers as they are; results
    count only answers that still fit.
    """
    bump_revision(session=session, event_id=event_id)
    row = get_question(session=session, event_id=event_id, question_id=question_id)
    merged = QuestionBase.model_validate(
        row.model_dump() | changes.model_dump(exclude_unset=True, exclude={"is_open", "revealed"})
    )
    check_question(merged)
    for name, value in _cleaned(merged).model_dump().items():
        setattr(row, name, value)
    for name in ("is_open", "revealed"):
        if getattr(changes, name) is not None:
            setattr(row, name, getattr(changes, name))
    session.add(row)
    return row


def delete_question(*, session: Session, event_id: int, question_id: int) -> None:
    """Delete a question and its answers; the others close up."""
    revision = bump_revision(session=session, event_id=event_id)
    row = get_question(session=session, event_id=event_id, question_id=question_id)
    scan = get_scan(session=session, event_id=event_id, scan_id=row.scan_id)
    session.delete(row)
    session.flush()
    _renumber(session, questions_of(session=session, scan_id=row.scan_id))
    _touch(session, scan, revision)


def reorder_questions(
    *, session: Session, event_id: int, scan_id: int, question_ids: Sequence[int]
) -> None:
    """Put a scan's questions in the order of *question_ids* (all of them); raises InvalidField."""
    bump_revision(session=session, event_id=event_id)
    get_scan(session=session, event_id=event_id, scan_id=scan_id)
    rows = {q.id or 0: q for q in questions_of(session=session, scan_id=scan_id)}
    if sorted(question_ids) != sorted(rows):
        raise InvalidField(field="order", value=",".join(map(str, question_ids)))
    _renumber(session, [rows[i] for i in question_ids])


def set_question_open(
    *, session: Session, event_id: int, question_id: int, is_open: bool
) -> ScanQuestion:
    """Open or close one question of a scan (its answers can no longer change while closed)."""
    bump_revision(session=session, event_id=event_id)
    row = get_question(session=session, event_id=event_id, question_id=question_id)
    row.is_open = is_open
    session.add(row)
    return row


def hide_word(
    *, session: Session, event_id: int, question_id: int, word: str, hidden: bool = True
) -> ScanQuestion:
    """Leave *word* out of a question's word cloud (or bring it back); the answers stay stored."""
    bump_revision(session=session, event_id=event_id)
    row = get_question(session=session, event_id=event_id, question_id=question_id)
    words = set(row.hidden_words)
    cleaned = single_line(word).lower()
    if not cleaned:
        raise InvalidField(field="word", value=word[:20])
    row.hidden_words = sorted(words | {cleaned} if hidden else words - {cleaned})
    session.add(row)
    return row
