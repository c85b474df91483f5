"""Scans in the event file: written out with their questions and answers, read back losslessly.

A response's segment is its table's number, its phone the participant key (``by``) when the
phone is listed in ``participants``. The report's per-scan choice (``parts: {scan.<id>: …}``)
is written with the scan's number in the file (``scan.1`` = the first scan) and mapped back.
"""

from __future__ import annotations

from typing import Any

from sqlmodel import Session, col, select

from facilitation.eventfile.scan_schema import ScanIn
from facilitation.models import (
    QuestionBase,
    ReportOptions,
    Scan,
    ScanAnswer,
    ScanQuestion,
    ScanResponse,
    utcnow,
)
from facilitation.models.base import as_utc
from facilitation.scans.editor import questions_of, scans_of

QUESTION_FIELDS = set(QuestionBase.model_fields)
PREFIX = "scan."


def respondents(*, session: Session, event_id: int) -> set[int | None]:
    """Return the participants who answered any scan of the event."""
    rows = session.exec(
        select(ScanResponse.participant_id).where(ScanResponse.event_id == event_id)
    ).all()
    return set(rows)


def export_scans(
    *, session: Session, event_id: int, keys: dict[int | None, str], numbers: dict[int | None, int]
) -> list[dict[str, Any]]:
    """Return the event's scans as event-file data; *keys* name participants, *numbers* tables."""
    result = []
    for scan in scans_of(session=session, event_id=event_id):
        assert scan.id is not None
        questions = questions_of(session=session, scan_id=scan.id)
        data = scan.model_dump(include={"title", "intro", "audience", "results", "template"})
        data |= {
            "open": scan.is_open,
            "questions": [_question(q) for q in questions],
            "responses": _responses(session, scan.id, questions, keys, numbers),
        }
        result.append(data)
    return result


def _question(row: ScanQuestion) -> dict[str, Any]:
    return row.model_dump(include=QUESTION_FIELDS) | {"open": row.is_open, "revealed": row.revealed}


def _responses(
    session: Session,
    scan_id: int,
    questions: list[ScanQuestion],
    keys: dict[int | None, str],
    numbers: dict[int | None, int],
) -> list[dict[str, Any]]:
    number_of = {q.id: n for n, q in enumerate(questions, start=1)}
    answers: dict[int, list[ScanAnswer]] = {}
    for row in session.exec(select(ScanAnswer).where(ScanAnswer.scan_id == scan_id)):
        if not row.is_empty and row.question_id in number_of:
            answers.setdefault(row.response_id, []).append(row)
    rows = session.exec(
        select(ScanResponse).where(ScanResponse.scan_id == scan_id).order_by(col(ScanResponse.id))
    )
    result = []
    for response in rows:
        mine = sorted(
            answers.get(response.id or 0, []), key=lambda a: (number_of[a.question_id], a.item)
        )
        result.append(
            {
                "table": numbers.get(response.theme_id),
                "by": keys.get(response.participant_id),
                "created": response.created_at,
                "updated": response.updated_at,
                "answers": [_answer(a, number_of[a.question_id]) for a in mine],
            }
        )
    return result


def _answer(row: ScanAnswer, number: int) -> dict[str, Any]:
    return {
        "question": number,
        "item": row.item,
        "number": row.number,
        "dont_know": row.dont_know,
        "choices": list(row.choices),
        "other": row.other,
        "text": row.text,
        "updated": row.updated_at,
    }


def import_scans(
    *,
    session: Session,
    event_id: int,
    revision: int,
    scans: list[ScanIn],
    participants: dict[str, int],
    themes: dict[int, int],
) -> list[int]:
    """Create the scans of an event file; return their new ids in file order."""
    ids = []
    for position, scan_in in enumerate(scans):
        scan = Scan(
            event_id=event_id,
            position=position,
            is_open=scan_in.open,
            structure_revision=revision,
            **scan_in.model_dump(include={"title", "intro", "audience", "results", "template"}),
        )
        session.add(scan)
        session.flush()
        assert scan.id is not None
        questions = _import_questions(session, event_id, scan.id, scan_in)
        for response_in in scan_in.responses:
            _import_response(
                session, event_id, scan.id, revision, questions, response_in, participants, themes
            )
        ids.append(scan.id)
    return ids


def _import_questions(session: Session, event_id: int, scan_id: int, scan_in: ScanIn) -> list[int]:
    ids = []
    for position, q in enumerate(scan_in.questions):
        row = ScanQuestion(
            event_id=event_id,
            scan_id=scan_id,
            position=position,
            is_open=q.open,
            revealed=q.revealed,
            **q.model_dump(include=QUESTION_FIELDS),
        )
        session.add(row)
        session.flush()
        ids.append(row.id or 0)
    return ids


def _import_response(
    session: Session,
    event_id: int,
    scan_id: int,
    revision: int,
    questions: list[int],
    response_in: Any,
    participants: dict[str, int],
    themes: dict[int, int],
) -> None:
    now = utcnow()
    theme_id = themes.get(response_in.table) if response_in.table is not None else None
    response = ScanResponse(
        event_id=event_id,
        scan_id=scan_id,
        participant_id=participants.get(response_in.by or ""),
        theme_id=theme_id,
        version=1,
        source="import",
        created_at=as_utc(response_in.created) if response_in.created else now,
        updated_at=as_utc(response_in.updated) if response_in.updated else now,
    )
    session.add(response)
    session.flush()
    for a in response_in.answers:
        data = a.model_dump(include={"item", "number", "dont_know", "choices", "other", "text"})
        session.add(
            ScanAnswer(
                event_id=event_id,
                scan_id=scan_id,
                response_id=response.id or 0,
                question_id=questions[a.question - 1],
                theme_id=theme_id,
                revision=revision,
                updated_at=as_utc(a.updated) if a.updated else now,
                **data,
            )
        )


def parts_to_file(options: ReportOptions, scan_ids: list[int]) -> ReportOptions:
    """Return *options* with each ``scan.<id>`` part named by the scan's number in the file."""
    number = {f"{PREFIX}{scan_id}": f"{PREFIX}{n}" for n, scan_id in enumerate(scan_ids, start=1)}
    return _renamed(options, number)


def parts_from_file(options: ReportOptions, scan_ids: list[int]) -> ReportOptions:
    """Return *options* with each ``scan.<number>`` part named by the new scan's id."""
    ident = {f"{PREFIX}{n}": f"{PREFIX}{scan_id}" for n, scan_id in enumerate(scan_ids, start=1)}
    return _renamed(options, ident)


def _renamed(options: ReportOptions, names: dict[str, str]) -> ReportOptions:
    parts = {
        names.get(key, key): shown
        for key, shown in options.parts.items()
        if not key.startswith(PREFIX) or key in names
    }
    return options.model_copy(update={"parts": parts})
