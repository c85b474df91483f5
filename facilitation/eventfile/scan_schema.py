"""The ``scans:`` block of the event file: scans, their questions and (for a transcribed or
restored meeting) the answers, one response per phone.

Questions share their fields with the table through ``QuestionBase``; answers name their
question by number (1 = the scan's first question) and choices by option index (0 = first).
"""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, ConfigDict, Field, model_validator

from facilitation.models import QuestionBase, ScanBase

_STRICT = ConfigDict(extra="forbid", str_strip_whitespace=True)


class QuestionIn(QuestionBase):
    model_config = _STRICT  # type: ignore[assignment]

    prompt: str = Field(min_length=1)
    open: bool = True
    revealed: bool = False


class AnswerIn(BaseModel):
    model_config = _STRICT

    question: int = Field(ge=1)
    item: int = Field(default=0, ge=0)
    number: int | None = None
    dont_know: bool = False
    choices: list[int] = []
    other: str = ""
    text: str = ""
    updated: dt.datetime | None = None


class ResponseIn(BaseModel):
    model_config = _STRICT

    table: int | None = None
    by: str | None = None
    created: dt.datetime | None = None
    updated: dt.datetime | None = None
    answers: list[AnswerIn] = []


class ScanIn(ScanBase):
    model_config = _STRICT  # type: ignore[assignment]

    title: str = Field(min_length=1)
    open: bool = False
    questions: list[QuestionIn] = Field(default_factory=list)
    responses: list[ResponseIn] = Field(default_factory=list)

    @model_validator(mode="after")
    def _answers_fit(self) -> ScanIn:
        count = len(self.questions)
        for response in self.responses:
            for answer in response.answers:
                if answer.question > count:
                    raise ValueError(
                        f"an answer names question {answer.question}; "
                        f"scan '{self.title}' has {count}"
                    )
        return self
