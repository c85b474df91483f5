"""The action agenda as the wall, the phone and the report read it.

``agenda_view`` returns every kind of action with its approved actions and their confirmed drivers,
in order. A tentative driver is labelled with "?", an action without drivers is an open slot.
People who signed up to join in ("Ik doe mee") are ``members``, not drivers. A sign-up from a phone
whose participant did not agree to be named is left out of both and counted in ``unnamed``;
``pending`` counts sign-ups the facilitator has not confirmed yet; ``votes`` holds the dots of the
latest vote covering the action's kind (None when there was none).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlmodel import Session, col, select

from facilitation.agenda.vote_results import action_tallies
from facilitation.meeting.targets import case_key, cases_of, themes_of
from facilitation.models import ActionItem, ActionKind, Driver, DriverRole, Participant


@dataclass(frozen=True)
class AgendaDriver:
    id: int
    name: str
    organisation: str
    role: str
    tentative: bool

    @property
    def label(self) -> str:
        """Return how the report prints the driver: 'Jorien Bakkum (GreenWish)', 'Hanzelab?'."""
        if self.name and self.organisation:
            text = f"{self.name} ({self.organisation})"
        else:
            text = self.name or self.organisation
        return f"{text}?" if self.tentative else text


@dataclass(frozen=True)
class AgendaAction:
    id: int
    title: str
    description: str
    status: str
    theme_number: int | None
    case_key: str | None
    progress_note: str
    drivers: tuple[AgendaDriver, ...]
    votes: int | None = None
    members: tuple[AgendaDriver, ...] = ()
    unnamed: int = 0
    pending: int = 0
    updated_at: datetime | None = None

    @property
    def drivers_label(self) -> str:
        """Return the drivers comma-separated, or '' for an open slot."""
        return ", ".join(driver.label for driver in self.drivers)

    @property
    def is_open_slot(self) -> bool:
        return not self.drivers


@dataclass(frozen=True)
class AgendaKind:
    id: int
    key: str
    title: str
    column_title: str
    driver_column_title: str
    driver_role: str
    intro: str
    actions: tuple[AgendaAction, ...]


def agenda_view(*, session: Session, event_id: int) -> list[AgendaKind]:
    """Return the event's agenda: kinds in order, approved actions, confirmed drivers."""
    themes = {t.id: t for t in themes_of(session=session, event_id=event_id)}
    places = _Places(
        {i: t.number for i, t in themes.items()},
        {
            c.id: case_key(c, themes.get(c.theme_id))
            for c in cases_of(session=session, event_id=event_id)
        },
    )
    kinds = session.exec(
        select(ActionKind)
        .where(ActionKind.event_id == event_id)
        .order_by(col(ActionKind.position), col(ActionKind.id))
    ).all()
    actions = session.exec(
        select(ActionItem)
        .where(ActionItem.event_id == event_id, col(ActionItem.approved).is_(True))
        .order_by(col(ActionItem.position), col(ActionItem.id))
    ).all()
    people = _people(session, event_id)
    tallies = action_tallies(
        session=session, event_id=event_id, kind_ids=[k.id or 0 for k in kinds]
    )
    return [
        AgendaKind(
            kind.id or 0,
            kind.key,
            kind.title,
            kind.column_title,
            kind.driver_column_title,
            kind.driver_role,
            kind.intro,
            tuple(
                _row(a, places, people, tallies.get(kind.id or 0))
                for a in actions
                if a.kind_id == kind.id
            ),
        )
        for kind in kinds
    ]


@dataclass(frozen=True)
class _Places:
    theme_numbers: dict[int | None, int]
    case_keys: dict[int | None, str]


def _row(
    a: ActionItem, places: _Places, people: _People, counts: dict[int, int] | None
) -> AgendaAction:
    return AgendaAction(
        id=a.id or 0,
        title=a.title,
        description=a.description,
        status=a.status,
        theme_number=places.theme_numbers.get(a.theme_id),
        case_key=places.case_keys.get(a.case_id),
        progress_note=a.progress_note,
        drivers=people.drivers(a.id),
        votes=None if counts is None else counts.get(a.id or 0, 0),
        members=people.members(a.id),
        unnamed=people.unnamed.get(a.id or 0, 0),
        pending=people.pending.get(a.id or 0, 0),
        updated_at=a.updated_at,
    )


@dataclass
class _People:
    """Drivers and members per action, plus the counts of unnamed and waiting sign-ups."""

    named: dict[int, list[AgendaDriver]]
    unnamed: dict[int, int]
    pending: dict[int, int]

    def drivers(self, action_id: int | None) -> tuple[AgendaDriver, ...]:
        rows = self.named.get(action_id or 0, [])
        return tuple(d for d in rows if d.role != DriverRole.MEMBER.value)

    def members(self, action_id: int | None) -> tuple[AgendaDriver, ...]:
        rows = self.named.get(action_id or 0, [])
        return tuple(d for d in rows if d.role == DriverRole.MEMBER.value)


def driver_rows(*, session: Session, event_id: int) -> list[tuple[Driver, Participant | None]]:
    """Return every driver of the event's actions with the phone that signed up (if any), in order."""
    return list(
        session.exec(
            select(Driver, Participant)
            .join(ActionItem, col(Driver.action_id) == col(ActionItem.id))
            .outerjoin(Participant, col(Driver.participant_id) == col(Participant.id))
            .where(ActionItem.event_id == event_id)
            .order_by(col(Driver.position), col(Driver.id))
        ).all()
    )


def _people(session: Session, event_id: int) -> _People:
    people = _People({}, {}, {})
    for d, who in driver_rows(session=session, event_id=event_id):
        if not d.confirmed:
            people.pending[d.action_id] = people.pending.get(d.action_id, 0) + 1
        elif who is not None and not who.imported and not who.listed_consent:
            people.unnamed[d.action_id] = people.unnamed.get(d.action_id, 0) + 1
        else:
            people.named.setdefault(d.action_id, []).append(
                AgendaDriver(d.id or 0, d.person_name, d.organisation, d.role, d.tentative)
            )
    return people
