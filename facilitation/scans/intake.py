"""The initiatives overview: every filled-in intake list as a row (name, initiator, phase,
support needs …), filtered and exported as CSV; counts for the harvest's charts.

Works on any scan made from the intake-list template (questions found by their ``key``), and
on any other scan: its columns are then its questions in order.
"""

from __future__ import annotations

import csv
import io
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from sqlmodel import Session, col, select

from facilitation.core.text import neutralise_formula
from facilitation.models import QuestionKind, ScanAnswer, ScanQuestion, ScanResponse
from facilitation.scans.editor import get_scan, questions_of
from facilitation.scans.printing import answer_text, choice_labels

SUMMARY_KEYS = ("name", "initiator", "phase", "support")


@dataclass(frozen=True)
class InitiativeRow:
    """One initiative: its answers by question key (or 'q<position>' for a question without)."""

    response_id: int
    answers: dict[str, str]
    choices: dict[str, tuple[str, ...]]
    updated_at: datetime

    @property
    def name(self) -> str:
        return self.answers.get("name", "")

    @property
    def initiator(self) -> str:
        return self.answers.get("initiator", "")

    @property
    def phase(self) -> str:
        return self.answers.get("phase", "")

    @property
    def support(self) -> tuple[str, ...]:
        return self.choices.get("support", ())


def column_key(question: ScanQuestion) -> str:
    """Return the overview column of a question: its key, else 'q' + its number."""
    return question.key or f"q{question.position + 1}"


def columns(*, session: Session, event_id: int, scan_id: int) -> list[tuple[str, str]]:
    """Return (column key, question text) per question, in order; raises ScanNotFound."""
    get_scan(session=session, event_id=event_id, scan_id=scan_id)
    return [
        (column_key(q), q.prompt)
        for q in questions_of(session=session, scan_id=scan_id)
        if q.kind != QuestionKind.SCALE_SET
    ]


def initiatives(
    *,
    session: Session,
    event_id: int,
    scan_id: int,
    filters: Mapping[str, str] | None = None,
    search: str = "",
    lang: str = "nl",
) -> list[InitiativeRow]:
    """Return the initiatives that answered, oldest first.

    *filters* keeps rows whose answer in a column is (or, for multiple choice, includes) the
    given option label; *search* keeps rows with the text in any answer (case-insensitive).
    """
    get_scan(session=session, event_id=event_id, scan_id=scan_id)
    questions = {q.id: q for q in questions_of(session=session, scan_id=scan_id)}
    responses = session.exec(
        select(ScanResponse).where(ScanResponse.scan_id == scan_id).order_by(col(ScanResponse.id))
    ).all()
    answers: dict[int, list[ScanAnswer]] = {}
    for row in session.exec(select(ScanAnswer).where(ScanAnswer.scan_id == scan_id)):
        answers.setdefault(row.response_id, []).append(row)
    rows = [_row(r, answers.get(r.id or 0, []), questions, lang) for r in responses]
    return [r for r in rows if r.answers and _matches(r, filters or {}, search)]


def _row(
    response: ScanResponse,
    answers: list[ScanAnswer],
    questions: Mapping[int | None, ScanQuestion],
    lang: str,
) -> InitiativeRow:
    texts: dict[str, str] = {}
    chosen: dict[str, tuple[str, ...]] = {}
    for answer in answers:
        question = questions.get(answer.question_id)
        if question is None or answer.is_empty or question.kind == QuestionKind.SCALE_SET:
            continue
        key = column_key(question)
        texts[key] = answer_text(question, answer, lang)
        chosen[key] = tuple(choice_labels(question, answer, lang))
    return InitiativeRow(response.id or 0, texts, chosen, response.updated_at)


def _matches(row: InitiativeRow, filters: Mapping[str, str], search: str) -> bool:
    for key, wanted in filters.items():
        if wanted and wanted not in row.choices.get(key, ()) and row.answers.get(key) != wanted:
            return False
    needle = search.strip().lower()
    return not needle or any(needle in text.lower() for text in row.answers.values())


def option_counts(rows: list[InitiativeRow], key: str) -> Counter[str]:
    """Return how many initiatives chose each option in a column (e.g. 'support', 'phase')."""
    counts: Counter[str] = Counter()
    for row in rows:
        counts.update(row.choices.get(key, ()))
    return counts


def initiatives_csv(
    *, session: Session, event_id: int, scan_id: int, rows: list[InitiativeRow] | None = None
) -> bytes:
    """Return the overview (all rows, or the filtered *rows*) as CSV, UTF-8 with BOM."""
    heads = columns(session=session, event_id=event_id, scan_id=scan_id)
    if rows is None:
        rows = initiatives(session=session, event_id=event_id, scan_id=scan_id)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([neutralise_formula(prompt) for _key, prompt in heads])
    for row in rows:
        writer.writerow([neutralise_formula(row.answers.get(key, "")) for key, _p in heads])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")
