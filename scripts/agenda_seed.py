"""Seed an imported 12 February meeting with sign-ups and an open dot vote (for screenshots)."""

from __future__ import annotations

from pathlib import Path

from sqlmodel import Session, select

from facilitation.agenda import drivers, signups, votes
from facilitation.agenda.signups import SignupDetails
from facilitation.core.db import make_engine, write_session
from facilitation.meeting import participants
from facilitation.models import ActionItem, Event

SIGNUPS = [
    ("Multiplier-pot", "Plug de Dag", "", True),
    ("Vouchersysteem", "Gemeente Utrecht", "Anouk", False),
    ("Positionering", "Social Start", "", False),
]
DOTS = {"Multiplier-pot": 14, "Time bank extra": 11, "Vouchersysteem": 9, "Positionering": 6}


def seed(database: Path, code: str) -> None:
    """Add confirmed sign-ups and an open vote with dots to the meeting with *code*."""
    engine = make_engine(f"sqlite:///{database}")
    with write_session(engine) as session:
        event = session.exec(select(Event).where(Event.code == code)).one()
        rows = session.exec(select(ActionItem).where(ActionItem.event_id == event.id))
        by_title = {a.title: a.id or 0 for a in rows}
        _sign_ups(session, event, by_title)
        _dots(session, event, by_title)
    engine.dispose()


def _sign_ups(session: Session, event: Event, by_title: dict[str, int]) -> None:
    for title, organisation, name, tentative in SIGNUPS:
        who = participants.join(session=session, event=event)
        details = SignupDetails(name, organisation, "", True, False, "naam", "contact", tentative)
        driver = signups.sign_up(
            session=session, participant=who, action_id=by_title[title], lead=True, details=details
        )
        drivers.confirm(
            session=session, event_id=event.id or 0, driver_id=driver.id or 0, tentative=tentative
        )


def _dots(session: Session, event: Event, by_title: dict[str, int]) -> None:
    vote = votes.open_vote(
        session=session, event_id=event.id or 0, title="Wat pakken we als eerste op?", dots=3
    )
    for title, count in DOTS.items():
        for _ in range(count):
            who = participants.join(session=session, event=event)
            votes.place_dots(
                session=session,
                participant=who,
                vote_id=vote.id or 0,
                option_id=by_title[title],
                count=1,
            )
