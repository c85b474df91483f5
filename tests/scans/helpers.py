"""Scans for tests: a meeting with neighbourhood tables, a scan of any question, a phone."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass

from facilitation.core.db import read_session, write_session
from facilitation.core.validation import validated
from facilitation.meeting import events, targets
from facilitation.models import QuestionBase, ResultsMode, ScanAudience, ThemeUpdate
from facilitation.scans import answering, editor, results
from facilitation.scans.answering import ScanReceipt
from facilitation.scans.checks import Given
from tests.utils import Meeting, make_meeting

NEIGHBOURHOODS = ("Wijk A", "Wijk B", "Wijk C")


def neighbourhoods(engine) -> Meeting:
    """Return a meeting whose three tables are labelled Wijk A, B and C."""
    meeting = make_meeting(engine, tables=3)
    with write_session(engine) as session:
        themes = {t.number: t.id for t in targets.themes_of(session=session, event_id=meeting.id)}
        for number, label in enumerate(NEIGHBOURHOODS, start=1):
            events.save_theme(
                session=session,
                event_id=meeting.id,
                update=validated(ThemeUpdate, {"label": label}),
                theme_id=themes[number],
            )
    return meeting


@dataclass
class ScanUnderTest:
    meeting: Meeting
    scan_id: int
    question_ids: list[int]

    @property
    def engine(self):
        return self.meeting.engine

    @property
    def qid(self) -> int:
        return self.question_ids[0]

    def answer(
        self,
        answers: Mapping[int, Given] | Given,
        *,
        token: str | None = None,
        table: int | None = None,
        client_id: str | None = None,
        expected_version: int | None = None,
    ) -> ScanReceipt:
        given = {self.qid: answers} if isinstance(answers, Given) else answers
        with write_session(self.engine) as session:
            return answering.answer(
                session=session,
                event=self.meeting.event,
                scan_id=self.scan_id,
                token=token,
                answers=given,
                client_id=client_id or uuid.uuid4().hex,
                table_key=f"t{table}" if table else None,
                expected_version=expected_version,
            )

    def results(self, min_answers: int = 1, cache: results.ResultsCache | None = None):
        with read_session(self.engine) as session:
            if cache is not None:
                return cache.results(
                    session, event_id=self.meeting.id, scan_id=self.scan_id, min_answers=min_answers
                )
            return results.scan_results(
                session=session,
                event_id=self.meeting.id,
                scan_id=self.scan_id,
                min_answers=min_answers,
            )

    def edit(self, function, **kwargs):
        with write_session(self.engine) as session:
            return function(session=session, event_id=self.meeting.id, **kwargs)


def make_scan(
    meeting: Meeting,
    *questions: QuestionBase,
    audience: ScanAudience = ScanAudience.EVERYBODY,
    results_mode: ResultsMode = ResultsMode.LIVE,
    is_open: bool = True,
) -> ScanUnderTest:
    """Create a scan with *questions* (opened, unless told otherwise)."""
    with write_session(meeting.engine) as session:
        scan = editor.create_scan(
            session=session,
            event_id=meeting.id,
            title="Peiling",
            audience=audience,
            results=results_mode,
        )
        assert scan.id is not None
        ids = [
            editor.add_question(
                session=session, event_id=meeting.id, scan_id=scan.id, question=q
            ).id
            or 0
            for q in questions
        ]
        if is_open:
            editor.set_scan_open(
                session=session, event_id=meeting.id, scan_id=scan.id, is_open=True
            )
    return ScanUnderTest(meeting, scan.id, ids)


def scale(**fields) -> QuestionBase:
    """Return a 1–10 scale question "Ja … Nee" (fields override)."""
    data = {"kind": "scale", "prompt": "Heeft het initiatief potentie?"}
    return QuestionBase(**(data | {"pole_low": "Ja", "pole_high": "Nee"} | fields))


def choice(kind: str = "single", **fields) -> QuestionBase:
    """Return a choice question over three options (fields override)."""
    data = {
        "kind": kind,
        "prompt": "Organisatievorm?",
        "options": ["Vereniging", "Stichting", "BV"],
    }
    return QuestionBase(**(data | fields))
