"""The facilitator's side of scans: create, change, reorder, copy and delete scans and their
questions; open and close a scan or one question; reveal results; hide words from a cloud.

Every call bumps the event revision first (the event's write lock), so walls and phones see the
change on their next tick. Deleting a question (and its answers) also moves the scan's
``structure_revision``, which makes the results cache count afresh once; every other change
(texts, options, order, hidden words) is read when the view is built and needs no recount.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlmodel import Session

from facilitation.core.db import bump_revision
from facilitation.core.errors import InvalidField, QuestionNotFound, TitleRequired
from facilitation.core.text import single_line
from facilitation.models import (
    QuestionBase,
    ResultsMode,
    Scan,
    ScanAudience,
    ScanUpdate,
    utcnow,
)
from facilitation.scans.lookup import (
    get_question,
    get_scan,
    open_scans,
    questions_of,
    scans_of,
)
from facilitation.scans.questions import (
    MAX_QUESTIONS,
    add_question,
    delete_question,
    hide_word,
    reorder_questions,
    set_question_open,
    update_question,
)

TITLE_CHARS = 200


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


# The editor is the facilitator's one module to import: questions and lookups are named here too.
__all__ = [
    "MAX_QUESTIONS",
    "TITLE_CHARS",
    "add_question",
    "copy_scan",
    "create_scan",
    "delete_question",
    "delete_scan",
    "get_question",
    "get_scan",
    "hide_word",
    "open_scans",
    "questions_of",
    "reorder_questions",
    "reorder_scans",
    "reveal",
    "scans_of",
    "set_question_open",
    "set_scan_open",
    "update_question",
    "update_scan",
]
