"""A phone answers a scan: one call per send, all or nothing, idempotent by client id.

``answer`` takes the event's write lock first (the revision bump), then re-reads the phone's
answer set, so a re-send, two tabs and a thousand phones at once are settled by the database:
one ``ScanResponse`` per phone and scan (unique), one ``ScanAnswer`` per question and item
(unique). A send carries whole answers to some questions; answers to other questions stay.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy import insert
from sqlalchemy import select as sql_select
from sqlmodel import Session, col, select

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
    ScanAnswer,
    ScanAudience,
    ScanQuestion,
    ScanResponse,
    utcnow,
)
from facilitation.scans.checks import Given, Row, rows_for
from facilitation.scans.editor import get_scan, questions_of

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
    response = _response_of(session, scan, participant)
    if response is not None and client_id in response.client_ids.split():
        return _receipt(session, scan, response, participant, revision, duplicate=True)
    if not scan.is_open:
        raise ScanClosed()
    if expected_version is not None and (response.version if response else 0) != expected_version:
        raise AnswerChangedElsewhere()
    rows, total = _checked(session, scan, answers)
    if response is None:
        response = _new_response(session, event, scan, participant, table_key, client_id)
    _write(session, response, rows, revision)
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


def _response_of(session: Session, scan: Scan, participant: Participant) -> ScanResponse | None:
    return session.exec(
        select(ScanResponse).where(
            ScanResponse.scan_id == scan.id, ScanResponse.participant_id == participant.id
        )
    ).first()


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


def _write(
    session: Session, response: ScanResponse, rows: dict[int, list[Row]], revision: int
) -> None:
    """Replace the response's answers to the questions in *rows* (cleared ones become empty).

    New rows go in as one multi-row INSERT (no ORM objects: a phone's first send of a scale set
    writes seven rows, and a thousand phones do so within a minute).
    """
    if not rows:
        return
    existing = {
        (a.question_id, a.item): a
        for a in session.exec(
            select(ScanAnswer).where(
                ScanAnswer.response_id == response.id,
                col(ScanAnswer.question_id).in_(list(rows)),
            )
        )
    }
    fresh: list[dict[str, object]] = []
    now = utcnow()
    for question_id, new_rows in rows.items():
        wanted = {row.item: row for row in new_rows}
        items = {item for (q, item) in existing if q == question_id} | set(wanted)
        for item in sorted(items):
            row = wanted.get(item, Row(item=item))
            stored = existing.get((question_id, item))
            if stored is None:
                fresh.append(_values(response, question_id, row, revision) | {"updated_at": now})
            elif not _same(stored, row):
                _apply(stored, row, revision)
                session.add(stored)
    if fresh:
        session.execute(insert(ScanAnswer), fresh)


def _values(response: ScanResponse, question_id: int, row: Row, revision: int) -> dict[str, object]:
    return {
        "event_id": response.event_id,
        "scan_id": response.scan_id,
        "response_id": response.id,
        "question_id": question_id,
        "theme_id": response.theme_id,
        "item": row.item,
        "number": row.number,
        "dont_know": row.dont_know,
        "choices": list(row.choices),
        "other": row.other,
        "text": row.text,
        "revision": revision,
    }


def _same(stored: ScanAnswer, row: Row) -> bool:
    return (stored.number, stored.dont_know, tuple(stored.choices), stored.other, stored.text) == (
        row.number,
        row.dont_know,
        row.choices,
        row.other,
        row.text,
    )


def _apply(stored: ScanAnswer, row: Row, revision: int) -> None:
    stored.number, stored.dont_know = row.number, row.dont_know
    stored.choices, stored.other, stored.text = list(row.choices), row.other, row.text
    stored.revision, stored.updated_at = revision, utcnow()


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
        answered=_answered(session, response.id),
        total=total,
        duplicate=duplicate,
        revision=revision,
        token=participant.token,
        theme_id=response.theme_id,
    )


def _answered(session: Session, response_id: int) -> int:
    """Return how many questions the response holds an answer to (read as plain values)."""
    table = ScanAnswer.__table__.c  # type: ignore[attr-defined]
    query = sql_select(
        table.question_id, table.number, table.dont_know, table.choices, table.other, table.text
    ).where(table.response_id == response_id)
    return len(
        {
            row[0]
            for row in session.execute(query)
            if row[1] is not None or row[2] or row[3] or row[4] or row[5]
        }
    )


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
    response = _response_of(session, scan, participant) if participant else None
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
