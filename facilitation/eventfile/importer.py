"""Creating an event (and everything in it) from a validated event file, in one transaction."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from sqlmodel import Session

from facilitation.core import codes
from facilitation.core.db import bump_revision
from facilitation.core.text import MAX_STORED_CHARS, limited, single_line
from facilitation.eventfile import scans as scan_file
from facilitation.eventfile.schema import (
    CaseIn,
    ContributionIn,
    EventFileModel,
    ParticipantIn,
    ThemeIn,
)
from facilitation.harvest import shape
from facilitation.meeting import events
from facilitation.meeting.targets import resolve_target
from facilitation.models import (
    ActionItem,
    ActionKind,
    Case,
    Contribution,
    Driver,
    Event,
    EventUpdate,
    Participant,
    ReportOptions,
    Round,
    Theme,
    as_utc,
    utcnow,
)


@dataclass
class _Context:
    event: Event
    revision: int
    participants: dict[str, int] = field(default_factory=dict)
    rounds: dict[int, int] = field(default_factory=dict)
    position: float = 0.0
    cases: int = 0
    keep_secrets: bool = False

    @property
    def event_id(self) -> int:
        assert self.event.id is not None
        return self.event.id

    def next_case_position(self) -> int:
        self.cases += 1
        return self.cases

    def next_position(self) -> float:
        """Return an ordering key inside this import's revision: later phone sends sort after."""
        self.position += 1.0
        return self.revision + self.position / 1_000_000


def import_event(
    *, session: Session, model: EventFileModel, keep_code: bool = True, keep_secrets: bool = False
) -> Event:
    """Create a new event from *model*; raises DuplicateEventCode when its code is taken.

    With *keep_secrets* (restoring a backup) the wall and co-host keys, phone tokens, consent times
    and driver links in the file are kept, so the restored meeting works exactly as before.
    """
    event = events.create_event(
        session=session,
        title=model.title,
        event_format=model.format.value,
        language=model.language,
        code=model.code if keep_code else None,
    )
    assert event.id is not None
    if keep_secrets:
        event.wall_key = model.wall_key or event.wall_key
        event.cohost_key = model.cohost_key or event.cohost_key
    ctx = _Context(
        event=event,
        revision=bump_revision(session=session, event_id=event.id),
        keep_secrets=keep_secrets,
    )
    _fill_event(session, event, model)
    for p in model.participants:
        ctx.participants[p.key] = _participant(session, ctx, p, keep_secrets)
    for r in model.rounds:
        row = Round(
            event_id=ctx.event_id,
            number=r.number,
            title=single_line(r.title),
            duration_seconds=int(r.minutes * 60),
        )
        session.add(row)
        session.flush()
        ctx.rounds[r.number] = row.id or 0
    themes = {t.number: _theme(session, ctx, t) for t in model.themes}
    for case_in in model.cases:
        _case(session, ctx, case_in, theme_id=None)
    _agenda(session, ctx, model, themes)
    scan_ids = scan_file.import_scans(
        session=session,
        event_id=ctx.event_id,
        revision=ctx.revision,
        scans=model.scans,
        participants=ctx.participants,
        themes={number: theme.id or 0 for number, theme in themes.items()},
    )
    report = scan_file.parts_from_file(model.report, scan_ids)
    if report != ReportOptions():
        shape.save_report_options(session=session, event_id=ctx.event_id, options=report)
    return event


def _fill_event(session: Session, event: Event, model: EventFileModel) -> None:
    assert event.id is not None
    update = EventUpdate(
        subtitle=model.subtitle,
        tagline=model.tagline,
        event_date=model.date,
        venue=model.venue,
        organiser=model.organiser,
        commissioner=model.commissioner,
        is_open=model.open,
        show_others=model.show_others,
        close_rounds_at_end=model.close_rounds_at_end,
        review_first=model.review_first,
        wall_screen=model.wall_screen,
        themes_title=model.themes_title,
        themes_intro=model.themes_intro,
        closing_call=model.closing_call,
    )
    if model.intro:
        update.intro_title, update.intro = model.intro.title, model.intro.text
    if model.background:
        update.background_title, update.background = model.background.title, model.background.text
    if model.agenda:
        update.agenda_title, update.agenda_intro = model.agenda.title, model.agenda.intro
        update.invitation = model.agenda.invitation
    events.update_event(session=session, event_id=event.id, update=update)
    for kind, rows in (
        ("definitions", model.definitions),
        ("sections", model.sections),
        ("contacts", model.contacts),
    ):
        events.replace_texts(
            session=session,
            event_id=event.id,
            kind=kind,
            rows=[r.model_dump(mode="json") for r in rows],
        )


def _participant(session: Session, ctx: _Context, item: ParticipantIn, keep_secrets: bool) -> int:
    now = utcnow()
    token = (
        item.token if keep_secrets and item.token and codes.looks_like_token(item.token) else None
    )
    token = token or codes.new_token()
    row = Participant(
        event_id=ctx.event_id,
        token=token,
        imported=not keep_secrets,
        name=single_line(item.name),
        organisation=single_line(item.organisation),
        email=single_line(item.email),
        listed_consent=item.listed,
        listed_consent_at=_moment(item.listed_at, now) if item.listed else None,
        listed_consent_text=(item.listed_wording or "event file") if item.listed else "",
        contact_consent=item.contact,
        contact_consent_at=_moment(item.contact_at, now) if item.contact else None,
        contact_consent_text=(item.contact_wording or "event file") if item.contact else "",
    )
    session.add(row)
    session.flush()
    return row.id or 0


def _moment(value: datetime | None, default: datetime) -> datetime:
    return as_utc(value) if value is not None else default


def _theme(session: Session, ctx: _Context, theme_in: ThemeIn) -> Theme:
    theme = Theme(
        event_id=ctx.event_id,
        number=theme_in.number,
        title=single_line(theme_in.title),
        label=single_line(theme_in.label),
        question=limited(theme_in.question),
        description=limited(theme_in.description),
        synthesis=limited(theme_in.synthesis),
        is_open=theme_in.open,
        open_for_additions=theme_in.open_for_additions,
    )
    session.add(theme)
    session.flush()
    _contributions(session, ctx, theme_in.contributions, theme_id=theme.id, case_id=None)
    for case_in in theme_in.cases:
        _case(session, ctx, case_in, theme_id=theme.id)
    return theme


def _case(session: Session, ctx: _Context, case_in: CaseIn, *, theme_id: int | None) -> Case:
    values = case_in.model_dump(exclude={"contributions", "open", "letter"}, mode="json")
    case = Case(
        event_id=ctx.event_id,
        theme_id=theme_id,
        letter=case_in.letter.upper(),
        position=ctx.next_case_position(),
        is_open=case_in.open,
    )
    for name, value in values.items():
        if isinstance(value, str):
            value = (
                limited(value)
                if name in {"key_question", "description", "synthesis", "status_note"}
                else single_line(value)
            )
        setattr(case, name, value)
    session.add(case)
    session.flush()
    _contributions(session, ctx, case_in.contributions, theme_id=None, case_id=case.id)
    return case


def _contributions(
    session: Session,
    ctx: _Context,
    items: list[ContributionIn],
    *,
    theme_id: int | None,
    case_id: int | None,
    parent_id: int | None = None,
    merged_into_id: int | None = None,
) -> None:
    for item in items:
        text = limited(item.text, max_chars=MAX_STORED_CHARS, field="text")
        row = Contribution(
            event_id=ctx.event_id,
            theme_id=theme_id,
            case_id=case_id,
            parent_id=parent_id,
            merged_into_id=merged_into_id,
            participant_id=ctx.participants.get(item.by or ""),
            round_id=ctx.rounds.get(item.round or 0),
            kind=item.kind,
            text=text,
            original_text=limited(item.original_text) if item.original_text else text,
            link=single_line(item.link),
            remark=limited(item.remark),
            hidden=item.hidden or item.pending,
            pending=item.pending,
            highlight=item.highlight,
            source="import",
            revision=ctx.revision,
            position=ctx.next_position(),
            created_at=as_utc(item.created) if item.created else utcnow(),
        )
        session.add(row)
        session.flush()
        _contributions(
            session, ctx, item.replies, theme_id=theme_id, case_id=case_id, parent_id=row.id
        )
        _contributions(
            session, ctx, item.duplicates, theme_id=theme_id, case_id=case_id, merged_into_id=row.id
        )


def _agenda(
    session: Session, ctx: _Context, model: EventFileModel, themes: dict[int, Theme]
) -> None:
    if model.agenda is None:
        return
    for k_pos, kind_in in enumerate(model.agenda.kinds):
        kind = ActionKind(
            event_id=ctx.event_id,
            key=kind_in.key,
            position=k_pos,
            title=single_line(kind_in.title),
            column_title=single_line(kind_in.column_title),
            driver_column_title=single_line(kind_in.driver_column_title),
            driver_role=kind_in.driver_role,
            intro=limited(kind_in.intro),
        )
        session.add(kind)
        session.flush()
        for a_pos, action_in in enumerate(kind_in.actions):
            theme = themes.get(action_in.theme) if action_in.theme is not None else None
            case = (
                resolve_target(session=session, event_id=ctx.event_id, case=action_in.case).case
                if action_in.case
                else None
            )
            action = ActionItem(
                event_id=ctx.event_id,
                kind_id=kind.id or 0,
                position=a_pos,
                title=single_line(action_in.title),
                description=limited(action_in.description),
                status=action_in.status,
                theme_id=theme.id if theme else None,
                case_id=case.id if case else None,
                progress_note=limited(action_in.progress_note),
                approved=action_in.approved,
            )
            session.add(action)
            session.flush()
            for d_pos, driver_in in enumerate(action_in.drivers):
                session.add(
                    Driver(
                        action_id=action.id or 0,
                        position=d_pos,
                        person_name=single_line(driver_in.name),
                        organisation=single_line(driver_in.organisation),
                        role=driver_in.role or kind_in.driver_role,
                        tentative=driver_in.tentative,
                        confirmed=driver_in.confirmed,
                        participant_id=ctx.participants.get(driver_in.by or ""),
                        update_token=driver_in.update_token if ctx.keep_secrets else None,
                    )
                )
