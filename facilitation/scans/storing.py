"""Writing a phone's answer rows and counting them back (the inside of ``answering.answer``)."""

from __future__ import annotations

from sqlalchemy import insert
from sqlalchemy import select as sql_select
from sqlmodel import Session, col, select

from facilitation.models import Participant, Scan, ScanAnswer, ScanResponse, utcnow
from facilitation.scans.checks import Row


def write_rows(
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


def answered_count(session: Session, response_id: int) -> int:
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


def response_of(session: Session, scan: Scan, participant: Participant) -> ScanResponse | None:
    """Return the phone's answer set to *scan*, if it answered."""
    return session.exec(
        select(ScanResponse).where(
            ScanResponse.scan_id == scan.id, ScanResponse.participant_id == participant.id
        )
    ).first()
