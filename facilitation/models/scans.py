"""Scans and polls: an ordered set of questions answered from phones, results per segment.

A **scan** holds questions of seven kinds (``QuestionKind``). A phone answers a scan once: its
``ScanResponse`` (unique per scan and participant) holds one ``ScanAnswer`` per question (per
item, for a set of scale items). Answers change while the scan and the question are open; an
answer row is never deleted by the phone (a cleared answer is an empty row), so the results
cache can follow every change by revision alone.

The **segment** of a response is the table (theme) whose QR code the phone joined at, when the
scan's audience is ``per_table``; with ``everybody`` there is one segment, the room.

Lists (options, items, hidden words, chosen options) are JSON columns; assign a new list to
change them (in-place changes are not tracked).
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlalchemy import JSON
from sqlmodel import Field, Index, SQLModel, UniqueConstraint

from facilitation.models.base import UpdateModel, enum_field, event_fk, utcnow


class QuestionKind(StrEnum):
    SCALE = "scale"  # one number on a scale (0–10 or 1–10), labelled poles, optional "weet ik niet"
    SCALE_SET = (
        "scale_set"  # several scale items on one screen (the climate scan's seven functions)
    )
    SINGLE = "single"  # one option (optionally "Anders: …")
    MULTIPLE = "multiple"  # any number of options (optionally "Anders: …")
    BINS = "bins"  # one range out of ordered ranges ("0-2", "3-10", …)
    OPEN = "open"  # a short open answer, shown as a word cloud
    RANKING = "ranking"  # every option put in order, first = most important


class ScanAudience(StrEnum):
    EVERYBODY = "everybody"  # one segment: the room
    PER_TABLE = "per_table"  # each table's QR code is a segment ("Wijk A", "Wijk B")


class ResultsMode(StrEnum):
    LIVE = "live"  # results show as answers come in
    ON_REVEAL = "on_reveal"  # a question's results show once the facilitator reveals them


class ScanBase(SQLModel):
    """What the facilitator sets on a scan (shared by the table and the event file)."""

    title: str = ""
    intro: str = ""
    audience: ScanAudience = enum_field(ScanAudience, ScanAudience.EVERYBODY, length=16)
    results: ResultsMode = enum_field(ResultsMode, ResultsMode.ON_REVEAL, length=16)
    template: str = Field(default="", max_length=40)  # built-in template it was copied from


class Scan(ScanBase, table=True):
    """A scan or poll of one meeting; phones answer only while ``is_open``."""

    id: int | None = Field(default=None, primary_key=True)
    event_id: int = event_fk()
    position: int = 0
    is_open: bool = False
    opened_at: datetime | None = None
    closed_at: datetime | None = None
    # Moved (to the event revision) when answers are deleted with a question: the results cache
    # counts afresh then, and follows answers incrementally otherwise.
    structure_revision: int = 0
    created_at: datetime = Field(default_factory=utcnow)


class ScanUpdate(UpdateModel):
    """Changes to a scan; only the fields that are set are applied."""

    title: str | None = None
    intro: str | None = None
    audience: ScanAudience | None = None
    results: ResultsMode | None = None


class QuestionBase(SQLModel):
    """A question as the facilitator describes it (shared by the table and the event file).

    ``pole_low`` labels ``scale_min`` (the left end), ``pole_high`` labels ``scale_max``: in the
    intake list "Ja" is the *low* pole, so a low number means yes.
    """

    kind: QuestionKind = enum_field(QuestionKind, QuestionKind.SCALE, length=16)
    key: str = Field(default="", max_length=40)  # stable name ("phase", "support"), may be empty
    prompt: str = ""
    help: str = ""
    options: list[str] = Field(default_factory=list, sa_type=JSON)
    items: list[str] = Field(default_factory=list, sa_type=JSON)
    item_help: list[str] = Field(default_factory=list, sa_type=JSON)  # the full question per item
    pole_low: str = ""
    pole_high: str = ""
    scale_min: int = 1  # 0 or 1 (checked by facilitation.scans.checks.check_question)
    scale_max: int = 10  # 2 .. 10
    dont_know: bool = False  # offer "weet ik niet"
    allow_other: bool = False  # offer "Anders: …" (single and multiple)
    hidden_words: list[str] = Field(default_factory=list, sa_type=JSON)  # left out of the cloud


class ScanQuestion(QuestionBase, table=True):
    """A question of a scan, at ``position``; answers only while the scan and it are open."""

    __tablename__ = "scan_question"

    id: int | None = Field(default=None, primary_key=True)
    event_id: int = event_fk()
    scan_id: int = Field(foreign_key="scan.id", index=True, ondelete="CASCADE")
    position: int = 0
    is_open: bool = True
    revealed: bool = False


class QuestionUpdate(UpdateModel):
    """Changes to a question; only the fields that are set are applied."""

    kind: QuestionKind | None = None
    key: str | None = None
    prompt: str | None = None
    help: str | None = None
    options: list[str] | None = None
    items: list[str] | None = None
    item_help: list[str] | None = None
    pole_low: str | None = None
    pole_high: str | None = None
    scale_min: int | None = None
    scale_max: int | None = None
    dont_know: bool | None = None
    allow_other: bool | None = None
    hidden_words: list[str] | None = None
    is_open: bool | None = None
    revealed: bool | None = None


class ScanResponse(SQLModel, table=True):
    """One phone's answer set to one scan; ``version`` counts its changes (for two tabs)."""

    __tablename__ = "scan_response"
    __table_args__ = (
        UniqueConstraint("scan_id", "participant_id", name="uq_scan_response"),
        Index("ix_scan_response_client", "scan_id", "client_id"),
    )

    id: int | None = Field(default=None, primary_key=True)
    event_id: int = event_fk()
    scan_id: int = Field(foreign_key="scan.id", index=True, ondelete="CASCADE")
    participant_id: int | None = Field(
        default=None, foreign_key="participant.id", index=True, ondelete="SET NULL"
    )
    theme_id: int | None = Field(default=None, foreign_key="theme.id", ondelete="SET NULL")
    version: int = 0
    client_id: str = Field(default="", max_length=64)  # of the first send, which made the row
    # The client ids of the last sends applied (space-separated): a re-send changes nothing.
    client_ids: str = ""
    source: str = Field(default="phone", max_length=16)
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)


class ScanAnswer(SQLModel, table=True):
    """One answer to one question (one item of a scale set); empty when the phone cleared it.

    ``number``: scale value; ``dont_know``: "weet ik niet"; ``choices``: option indices (one for
    single and bins, any for multiple, all in order for ranking); ``other``: "Anders: …" text;
    ``text``: an open answer. ``theme_id`` copies the response's segment.
    """

    __tablename__ = "scan_answer"
    __table_args__ = (
        UniqueConstraint("response_id", "question_id", "item", name="uq_scan_answer"),
        Index("ix_scan_answer_scan_revision", "scan_id", "revision"),
    )

    id: int | None = Field(default=None, primary_key=True)
    event_id: int = event_fk()
    scan_id: int = Field(foreign_key="scan.id", ondelete="CASCADE")
    response_id: int = Field(foreign_key="scan_response.id", index=True, ondelete="CASCADE")
    question_id: int = Field(foreign_key="scan_question.id", index=True, ondelete="CASCADE")
    theme_id: int | None = Field(default=None, foreign_key="theme.id", ondelete="SET NULL")
    item: int = 0
    number: int | None = None
    dont_know: bool = False
    choices: list[int] = Field(default_factory=list, sa_type=JSON)
    other: str = ""
    text: str = ""
    revision: int = 0
    updated_at: datetime = Field(default_factory=utcnow)

    @property
    def is_empty(self) -> bool:
        """Return True when the row holds no answer (cleared, or never given)."""
        return (
            self.number is None
            and not self.dont_know
            and not self.choices
            and not (self.other or self.text)
        )
