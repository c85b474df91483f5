"""Every scan answer as CSV (for a spreadsheet) and JSON: anonymous, one row per answer.

A respondent is a number within its scan (1, 2, 3 … in order of first answer), never a name or
token. Each row carries its question's scale and poles, so a "Ja … Nee" number is read the right
way round. In the CSV every text cell a spreadsheet would run as a formula is neutralised.
"""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from sqlmodel import Session, col, select

from facilitation.core.text import neutralise_formula
from facilitation.meeting.targets import themes_of
from facilitation.models import QuestionKind, ScanAnswer, ScanQuestion, ScanResponse
from facilitation.scans.editor import get_scan, questions_of, scans_of
from facilitation.scans.printing import answer_text, choice_labels
from facilitation.scans.results import segment_label

COLUMNS = (
    "scan",
    "respondent",
    "segment",
    "question_number",
    "question",
    "kind",
    "item",
    "value",
    "number",
    "dont_know",
    "choices",
    "other",
    "text",
    "scale_min",
    "scale_max",
    "pole_low",
    "pole_high",
    "updated",
)


def answer_records(
    *, session: Session, event_id: int, scan_id: int | None = None, lang: str = "nl"
) -> list[dict[str, Any]]:
    """Return one record per stored answer (of one scan, or every scan of the meeting)."""
    scans = (
        [get_scan(session=session, event_id=event_id, scan_id=scan_id)]
        if scan_id is not None
        else scans_of(session=session, event_id=event_id)
    )
    labels = {
        th.id: segment_label(th, lang) for th in themes_of(session=session, event_id=event_id)
    }
    records: list[dict[str, Any]] = []
    for scan in scans:
        assert scan.id is not None
        records += _records_of(session, scan.id, scan.title, labels, lang)
    return records


def _records_of(
    session: Session, scan_id: int, title: str, labels: dict[int | None, str], lang: str
) -> list[dict[str, Any]]:
    questions = {q.id: q for q in questions_of(session=session, scan_id=scan_id)}
    responses = session.exec(
        select(ScanResponse.id)
        .where(ScanResponse.scan_id == scan_id)
        .order_by(col(ScanResponse.id))
    ).all()
    number = {rid: n for n, rid in enumerate(responses, start=1)}
    rows = session.exec(select(ScanAnswer).where(ScanAnswer.scan_id == scan_id)).all()
    records = []
    for row in sorted(rows, key=lambda r: (number.get(r.response_id, 0), _place(questions, r))):
        question = questions.get(row.question_id)
        if question is not None and not row.is_empty:
            segment = labels.get(row.theme_id, "") if row.theme_id else ""
            records.append(
                _record(question, row, number.get(row.response_id, 0), segment, title, lang)
            )
    return records


def _record(
    question: ScanQuestion, row: ScanAnswer, respondent: int, segment: str, title: str, lang: str
) -> dict[str, Any]:
    set_items = question.kind == QuestionKind.SCALE_SET
    return {
        "scan": title,
        "respondent": respondent,
        "segment": segment,
        "question_number": question.position + 1,
        "question": question.prompt,
        "kind": str(question.kind),
        "item": question.items[row.item] if set_items and row.item < len(question.items) else "",
        "value": answer_text(question, row, lang),
        "number": row.number,
        "dont_know": row.dont_know,
        "choices": choice_labels(question, row, lang) if row.choices else [],
        "other": row.other,
        "text": row.text,
        "scale_min": question.scale_min,
        "scale_max": question.scale_max,
        "pole_low": question.pole_low,
        "pole_high": question.pole_high,
        "updated": row.updated_at.isoformat(),
    }


def _place(questions: dict[int | None, Any], row: ScanAnswer) -> tuple[int, int]:
    question = questions.get(row.question_id)
    return (question.position if question else 0, row.item)


def answers_csv(
    *, session: Session, event_id: int, scan_id: int | None = None, lang: str = "nl"
) -> bytes:
    """Return the answers as CSV (UTF-8 with BOM, so Excel reads accents)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for record in answer_records(session=session, event_id=event_id, scan_id=scan_id, lang=lang):
        writer.writerow([_cell(record[name]) for name in COLUMNS])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, list):
        return neutralise_formula("; ".join(value))
    return neutralise_formula(str(value))


def answers_json(
    *, session: Session, event_id: int, scan_id: int | None = None, lang: str = "nl"
) -> bytes:
    """Return the answers as UTF-8 JSON: ``{"answers": [record, …]}``."""
    records = answer_records(session=session, event_id=event_id, scan_id=scan_id, lang=lang)
    return json.dumps({"answers": records}, ensure_ascii=False, indent=2).encode("utf-8")
