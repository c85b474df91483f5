"""A phone answers a scan: one call per send, all or nothing, idempotent by client id.

``answer`` takes the event's write lock first (the revision bump), then re-reads the phone's
answer set, so a re-send, two tabs and a thousand phones at once are settled by the database:
one ``ScanResponse`` per phone and scan (unique), one ``ScanAnswer`` per question and item
(unique). A send carries whole answers to some questions; answers to other questions stay.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from sqlmodel import Session, select

from facilitation.core.db import bump_revision
from facilitation.core.errors import (
    AnswerChangedElsewhere,
    InvalidField,
    QuestionClosed,
    QuestionNotFound,
    ScanClosed,
    ScanNeedsTable,
    TargetNotFound,
)
from facilitation.meeting import participants
from facilitation.meeting.targets import target_by_key
from facilitation.models import (
    Event,
    Participant,
    Scan,
    ScanAudience,
    ScanResponse,
    utcnow,
)
from facilitation.scans.checks import Given, Row, rows_for
from facilitation.scans.editor import get_scan, questions_of
from facilitation.scans.mine import MyAnswers, as_given, my_answers, my_rows, open_questions
from facilitation.scans.storing import answered_count, response_of, write_rows

CLIENT_IDS_KEPT = 16
CLIENT_ID_CHARS = 64


@dataclass(frozen=True)
class ScanReceipt:
    """What the phone is told after a send.

    ``token``: the identity the phone must keep using; ``version``: pass it back as
    ``expected_version`` to notice a change made in another tab; ``answered``/``total``: how
    many questions have an answer; ``duplicate``: this send had been stored before.
    """

    scan_id: int
    response_id: int
    version: int
    answered: int
    total: int
    duplicate: bool
    revision: int
    token: str
    theme_id: int | None


def answer(
    *,
    session: Session,
    event: Event,
    scan_id: int,
    token: str | None,
    answers: Mapping[int, Given],
    client_id: str,
    table_key: str | None = None,
    expected_version: int | None = None,
) -> ScanReceipt:
    """Store the phone's answers (question id → whole answer) to an open scan.

    *table_key* ('t2', or a case key 'c4A' whose table counts) is where the phone joined: its
    segment for a per-table scan, fixed by its first send. Raises ScanNotFound (also another
    meeting's scan), ScanClosed, QuestionNotFound, QuestionClosed, ScanNeedsTable,
    AnswerChangedElsewhere, or a value error from ``checks.rows_for``; nothing is stored then.
    """
    assert event.id is not None
    client_id = _client_id(client_id)
    revision = bump_revision(session=session, event_id=event.id)
    scan = get_scan(session=session, event_id=event.id, scan_id=scan_id)
    participant = _participant(session, event, scan, token, client_id)
    response = response_of(session, scan, participant)
    if response is not None and client_id in response.client_ids.split():
        return _receipt(session, scan, response, participant, revision, duplicate=True)
    if not scan.is_open:
        raise ScanClosed()
    if expected_version is not None and (response.version if response else 0) != expected_version:
        raise AnswerChangedElsewhere()
    rows, total = _checked(session, scan, answers)
    if response is None:
        response = _new_response(session, event, scan, participant, table_key, client_id)
    write_rows(session, response, rows, revision)
    response.version += 1
    response.client_ids = " ".join([*response.client_ids.split(), client_id][-CLIENT_IDS_KEPT:])
    response.updated_at = utcnow()
    session.add(response)
    session.flush()
    return _receipt(session, scan, response, participant, revision, duplicate=False, total=total)


def _client_id(client_id: str) -> str:
    cleaned = (client_id or "").strip()
    if not cleaned or len(cleaned) > CLIENT_ID_CHARS or any(c.isspace() for c in cleaned):
        raise InvalidField(field="client_id", value=cleaned[:20])
    return cleaned


def _participant(
    session: Session, event: Event, scan: Scan, token: str | None, client_id: str
) -> Participant:
    """Return the phone's participant; a re-send from a phone without identity yet finds the
    identity its first send created (by the client id), so it never answers twice."""
    assert event.id is not None
    known = participants.find_participant(session=session, event_id=event.id, token=token)
    if known is None:
        earlier = session.exec(
            select(ScanResponse).where(
                ScanResponse.scan_id == scan.id, ScanResponse.client_id == client_id
            )
        ).first()
        if earlier is not None and earlier.participant_id is not None:
            found = session.get(Participant, earlier.participant_id)
            if found is not None:
                return found
    return participants.join(session=session, event=event, token=token)


def _checked(
    session: Session, scan: Scan, answers: Mapping[int, Given]
) -> tuple[dict[int, list[Row]], int]:
    assert scan.id is not None
    questions = {q.id: q for q in questions_of(session=session, scan_id=scan.id)}
    rows: dict[int, list[Row]] = {}
    for question_id, given in answers.items():
        question = questions.get(question_id)
        if question is None:
            raise QuestionNotFound()
        if not question.is_open:
            raise QuestionClosed(question=question.prompt)
        rows[question_id] = rows_for(question, given)
    return rows, len(questions)


def _new_response(
    session: Session,
    event: Event,
    scan: Scan,
    participant: Participant,
    table_key: str | None,
    client_id: str,
) -> ScanResponse:
    assert event.id is not None and scan.id is not None
    theme_id = None
    if scan.audience == ScanAudience.PER_TABLE:
        theme_id = _segment(session, event.id, table_key)
    response = ScanResponse(
        event_id=event.id,
        scan_id=scan.id,
        participant_id=participant.id,
        theme_id=theme_id,
        client_id=client_id,
    )
    session.add(response)
    session.flush()
    return response


def _segment(session: Session, event_id: int, table_key: str | None) -> int:
    try:
        target = target_by_key(session=session, event_id=event_id, key=table_key or "")
    except TargetNotFound as exc:
        raise ScanNeedsTable() from exc
    theme = target.theme
    if theme is None or theme.id is None:
        raise ScanNeedsTable()
    return theme.id


def _receipt(
    session: Session,
    scan: Scan,
    response: ScanResponse,
    participant: Participant,
    revision: int,
    *,
    duplicate: bool,
    total: int | None = None,
) -> ScanReceipt:
    assert scan.id is not None and response.id is not None
    if total is None:
        total = len(questions_of(session=session, scan_id=scan.id))
    return ScanReceipt(
        scan_id=scan.id,
        response_id=response.id,
        version=response.version,
        answered=answered_count(session, response.id),
        total=total,
        duplicate=duplicate,
        revision=revision,
        token=participant.token,
        theme_id=response.theme_id,
    )


# The phone's reads live in ``mine``; named here too, as the phone page's one module to import.
__all__ = [
    "MyAnswers",
    "ScanReceipt",
    "answer",
    "as_given",
    "my_answers",
    "my_rows",
    "open_questions",
]
