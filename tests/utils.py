"""Factories for tests: events with tables, participants, sends."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine

from facilitation.core.db import read_session, write_session
from facilitation.core.validation import validated
from facilitation.meeting import contributions, events, participants
from facilitation.meeting.contributions import Receipt
from facilitation.meeting.targets import Target, resolve_target
from facilitation.models import ActionUpdate, Event, Participant, ThemeUpdate

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"


@dataclass
class Meeting:
    event: Event
    engine: Engine

    @property
    def id(self) -> int:
        assert self.event.id is not None
        return self.event.id

    def target(self, table: int | None = None, case: str | None = None) -> Target:
        with read_session(self.engine) as session:
            return resolve_target(
                session=session, event_id=self.id, table=str(table) if table else None, case=case
            )

    def participant(self) -> Participant:
        with write_session(self.engine) as session:
            return participants.join(session=session, event=self.event)

    def send(
        self,
        who: Participant,
        text: str,
        *,
        table: int = 1,
        client_id: str | None = None,
        case: str | None = None,
        per_minute: int = 1000,
    ) -> Receipt:
        target = self.target(table=None if case else table, case=case)
        with write_session(self.engine) as session:
            return contributions.submit(
                session=session,
                event=self.event,
                participant=who,
                target=target,
                text=text,
                client_id=uuid.uuid4().hex if client_id is None else client_id,
                max_chars=2000,
                per_minute=per_minute,
            )


def make_meeting(engine: Engine, *, tables: int = 3, title: str = "Testbijeenkomst") -> Meeting:
    """Create an open event with *tables* numbered tables."""
    with write_session(engine) as session:
        event = events.create_event(session=session, title=title)
        for number in range(1, tables + 1):
            events.save_theme(
                session=session,
                event_id=event.id or 0,
                update=validated(
                    ThemeUpdate,
                    {
                        "number": number,
                        "title": f"Thema {number}",
                        "question": f"Vraag {number}?",
                    },
                ),
            )
    return Meeting(event=event, engine=engine)


def make_agenda(engine: Engine, *, tables: int = 3) -> tuple[Meeting, dict[str, int]]:
    """Create a meeting with the default kinds and one academy offer and two experiments.

    Returns the meeting and the action ids by name: 'offer', 'experiment', 'second'.
    """
    from facilitation.agenda import actions

    meeting = make_meeting(engine, tables=tables)
    with write_session(engine) as session:
        kinds = {
            k.key: k.id for k in actions.add_default_kinds(session=session, event_id=meeting.id)
        }
        ids = {}
        for name, kind, title in (
            ("offer", "academy", "Positionering"),
            ("experiment", "experiment", "Time bank extra"),
            ("second", "experiment", "Multiplier-pot"),
        ):
            row = actions.save_action(
                session=session,
                event_id=meeting.id,
                update=validated(
                    ActionUpdate,
                    {"kind_id": kinds[kind], "title": title, "description": f"Over {title}"},
                ),
            )
            ids[name] = row.id or 0
    return meeting, ids
