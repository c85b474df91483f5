"""The facilitator's side of scans: create, change, reorder, copy and delete scans and their
questions; open and close a scan or one question; reveal results; hide words from a cloud.

Every call bumps the event revision first (the event's write lock), so walls and phones see the
change on their next tick. Deleting a question (and its answers) also moves the scan's
``structure_revision``, which makes the results cache count afresh once; every other change
(texts, options, order, hidden words) is read when the view is built and needs no recount.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlmodel import Session, col, select

from facilitation.core.db import bump_revision
from facilitation.core.errors import InvalidField, QuestionNotFound, ScanNotFound, TitleRequired
from facilitation.core.text import single_line
from facilitation.models import (
    QuestionBase,
    QuestionUpdate,
    ResultsMode,
    Scan,
    ScanAudience,
    ScanQuestion,
    ScanUpdate,
    utcnow,
)
from facilitation.scans.checks import check_question

TITLE_CHARS = 200
MAX_QUESTIONS = 60


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


def create_scan(
    *,
    session: Session,
    event_id: int,
    title: str,
    intro: str = "",
    audience: ScanAudience = ScanAudience.EVERYBODY,
    results: ResultsMode = ResultsMode.ON_REVEAL,
    template: str = "",
) -> Scan:
    """Add a closed scan without questions at the end; raises TitleRequired."""
    title = _title(title)
    revision = bump_revision(session=session, event_id=event_id)
    position = len(scans_of(session=session, event_id=event_id))
    scan = Scan(
        event_id=event_id,
        title=title,
        intro=intro.strip(),
        audience=audience,
        results=results,
        template=template,
        position=position,
        structure_revision=revision,
    )
    session.add(scan)
    session.flush()
    return scan


def _title(title: str) -> str:
    cleaned = single_line(title)[:TITLE_CHARS]
    if not cleaned:
        raise TitleRequired()
    return cleaned


def update_scan(*, session: Session, event_id: int, scan_id: int, changes: ScanUpdate) -> Scan:
    """Apply the fields set in *changes*; raises ScanNotFound or TitleRequired."""
    bump_revision(session=session, event_id=event_id)
    scan = get_scan(session=session, event_id=event_id, scan_id=scan_id)
    values = changes.model_dump(exclude_unset=True)
    if "title" in values:
        values["title"] = _title(values["title"] or "")
    for name, value in values.items():
        setattr(scan, name, value)
    session.add(scan)
    return scan


def delete_scan(*, session: Session, event_id: int, scan_id: int) -> None:
    """Delete a scan with its questions and answers."""
    bump_revision(session=session, event_id=event_id)
    session.delete(get_scan(session=session, event_id=event_id, scan_id=scan_id))
    session.flush()


def reorder_scans(*, session: Session, event_id: int, scan_ids: Sequence[int]) -> None:
    """Put the event's scans in the order of *scan_ids* (all of them); raises InvalidField."""
    bump_revision(session=session, event_id=event_id)
    scans = {s.id or 0: s for s in scans_of(session=session, event_id=event_id)}
    if sorted(scan_ids) != sorted(scans):
        raise InvalidField(field="order", value=",".join(map(str, scan_ids)))
    for position, scan_id in enumerate(scan_ids):
        scans[scan_id].position = position
        session.add(scans[scan_id])


def copy_scan(*, session: Session, event_id: int, scan_id: int, title: str = "") -> Scan:
    """Copy a scan and its questions (no answers) to the end, closed; returns the copy."""
    source = get_scan(session=session, event_id=event_id, scan_id=scan_id)
    copy = create_scan(
        session=session,
        event_id=event_id,
        title=title or source.title,
        intro=source.intro,
        audience=source.audience,
        results=source.results,
        template=source.template,
    )
    assert copy.id is not None
    for question in questions_of(session=session, scan_id=scan_id):
        base = QuestionBase.model_validate(question.model_dump())
        add_question(session=session, event_id=event_id, scan_id=copy.id, question=base)
    return copy


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


def set_scan_open(*, session: Session, event_id: int, scan_id: int, is_open: bool) -> Scan:
    """Open a scan (phones can answer) or close it (answers stay, nothing more comes in)."""
    bump_revision(session=session, event_id=event_id)
    scan = get_scan(session=session, event_id=event_id, scan_id=scan_id)
    if is_open:
        scan.opened_at = scan.opened_at or utcnow()
    else:
        scan.closed_at = utcnow()
    scan.is_open = is_open
    session.add(scan)
    return scan


def set_question_open(
    *, session: Session, event_id: int, question_id: int, is_open: bool
) -> ScanQuestion:
    """Open or close one question of a scan (its answers can no longer change while closed)."""
    bump_revision(session=session, event_id=event_id)
    row = get_question(session=session, event_id=event_id, question_id=question_id)
    row.is_open = is_open
    session.add(row)
    return row


def reveal(
    *,
    session: Session,
    event_id: int,
    scan_id: int,
    question_id: int | None = None,
    revealed: bool = True,
) -> None:
    """Show (or hide again) the results of one question, or of every question of the scan.

    Only matters for a scan whose results show ``on_reveal``; ``live`` results always show.
    """
    bump_revision(session=session, event_id=event_id)
    get_scan(session=session, event_id=event_id, scan_id=scan_id)
    for row in questions_of(session=session, scan_id=scan_id):
        if question_id is None or row.id == question_id:
            row.revealed = revealed
            session.add(row)
    if question_id is not None:
        row = get_question(session=session, event_id=event_id, question_id=question_id)
        if row.scan_id != scan_id:
            raise QuestionNotFound()


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
