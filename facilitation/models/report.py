"""How the organiser shapes the harvest report of one meeting: which parts print, how headings,
kinds and the page header read. One ``ReportOptions`` model serves the table, the editor and the
event file (its ``report:`` block); the defaults give the report as Oogst always printed it.

Parts of the report are switched on and off by key in ``parts`` (``agenda``, ``participants``,
``definitions``, and any section type added later, such as scans or polls), so a new kind of
section needs no new column: it registers a part with its key and reads ``shows(key)``.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field
from sqlmodel import Field as Column
from sqlmodel import SQLModel

from facilitation.models.base import utcnow


class ReportContent(StrEnum):
    """What a table or case prints: the facilitator's synthesis, the room's contributions, or both."""

    BOTH = "both"
    SYNTHESIS = "synthesis"
    CONTRIBUTIONS = "contributions"


class ChartChoice(StrEnum):
    AUTO = "auto"  # only where it carries information (four or more bars, something counted)
    ALWAYS = "always"
    NEVER = "never"


class CasePlace(StrEnum):
    LINE = "line"  # "Plaats: Zwolle" on its own line under the heading
    BEFORE_NAME = "before_name"  # "Zwolle — Repair Café"
    AFTER_NAME = "after_name"  # "Repair Café, Zwolle"


class KindDisplay(StrEnum):
    PLAIN = "plain"  # every contribution a bullet, its kind not shown
    LABEL = "label"  # "Tip: …", "Voorbeeld: …"
    GROUP = "group"  # grouped under "Tips", "Voorbeelden", …


class HeaderChoice(StrEnum):
    TEMPLATE = "template"  # the template's own running header
    TITLE = "title"  # the meeting's short title


class ReportOptions(BaseModel):
    """The organiser's choices for one report; every field has today's output as its default."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    content: ReportContent = ReportContent.BOTH
    targets: dict[str, ReportContent] = Field(default_factory=dict)
    count_chart: ChartChoice = ChartChoice.AUTO
    vote_chart: bool = True
    status_notes: bool = True
    parts: dict[str, bool] = Field(default_factory=dict)
    numbering: bool = True
    case_kind: bool = True
    case_place: CasePlace = CasePlace.LINE
    intro_headings: bool = True
    kinds: KindDisplay = KindDisplay.PLAIN
    header: HeaderChoice = HeaderChoice.TEMPLATE
    header_text: str = Field(default="", max_length=120)

    def content_of(self, target_key: str) -> ReportContent:
        """Return what the table or case with key *target_key* ('t2', 'c4A') prints."""
        return self.targets.get(target_key, self.content)

    def shows(self, part: str, default: bool = True) -> bool:
        """Return whether the part with key *part* prints (unknown parts: *default*)."""
        return self.parts.get(part, default)

    @classmethod
    def prose(cls) -> ReportOptions:
        """Return the one-click prose report: synthesis only, no charts."""
        return cls(content=ReportContent.SYNTHESIS, count_chart=ChartChoice.NEVER, vote_chart=False)


class ReportChoices(SQLModel, table=True):
    """The stored ``ReportOptions`` of one event (as JSON; absent: the defaults)."""

    event_id: int = Column(primary_key=True, foreign_key="event.id", ondelete="CASCADE")
    options: str = "{}"
    updated_at: datetime = Column(default_factory=utcnow)
