"""Writing an event back to an event file: everything needed to re-create it, contributions too."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

import yaml
from sqlmodel import Session, col, select

from facilitation.eventfile import scans as scan_file
from facilitation.eventfile.schema import EventFileModel
from facilitation.harvest import shape
from facilitation.meeting import events
from facilitation.meeting.contributions import of_event
from facilitation.meeting.targets import case_key, cases_of, themes_of
from facilitation.models import ActionItem, ActionKind, Contribution, Driver, Participant, Theme
from facilitation.scans.editor import scans_of


def export_event(
    *, session: Session, event_id: int, include_secrets: bool = False
) -> EventFileModel:
    """Return the event as an event-file model.

    Secrets (wall and co-host keys, phone tokens, driver links, consent times and wording) are left
    out unless *include_secrets* is set, as for a backup bundle.
    """
    event = events.get_event(session=session, event_id=event_id)
    contributions = of_event(session=session, event_id=event_id, include_hidden=True)
    authors = {c.participant_id for c in contributions}
    authors |= scan_file.respondents(session=session, event_id=event_id)
    participants = _participants(session, event_id, authors)
    keys = {row.id: f"p{n}" for n, row in enumerate(participants, start=1)}
    tree = _ContributionTree(contributions, keys)
    themes = {t.id: t for t in themes_of(session=session, event_id=event_id)}
    cases_by_theme: dict[int | None, list[dict[str, Any]]] = defaultdict(list)
    case_keys: dict[int | None, str] = {}
    for case in cases_of(session=session, event_id=event_id):
        theme = themes.get(case.theme_id)
        case_keys[case.id] = case_key(case, theme)
        data = case.model_dump(
            include={
                "letter",
                "kind",
                "name",
                "place",
                "owners",
                "link",
                "key_question",
                "description",
                "synthesis",
                "status",
                "status_note",
                "open_for_additions",
            }
        )
        data |= {"open": case.is_open, "contributions": tree.items(case_id=case.id)}
        cases_by_theme[case.theme_id].append(data)
    document: dict[str, Any] = {
        "format": event.format,
        "code": event.code,
        "language": event.language,
        "title": event.title,
        "subtitle": event.subtitle,
        "tagline": event.tagline,
        "date": event.event_date,
        "venue": event.venue,
        "organiser": event.organiser,
        "commissioner": event.commissioner,
        "open": event.is_open,
        "show_others": event.show_others,
        "close_rounds_at_end": event.close_rounds_at_end,
        "review_first": event.review_first,
        "wall_screen": event.wall_screen,
        "definitions": [
            {"term": d.term, "text": d.text}
            for d in events.definitions_of(session=session, event_id=event_id)
        ],
        "intro": _block(event.intro_title, event.intro),
        "background": _block(event.background_title, event.background),
        "sections": [
            {"title": s.title, "body": s.body, "placement": s.placement}
            for s in events.sections_of(session=session, event_id=event_id)
        ],
        "themes_title": event.themes_title,
        "themes_intro": event.themes_intro,
        "themes": [_theme(t, tree, cases_by_theme[t.id]) for t in themes.values()],
        "cases": cases_by_theme[None],
        "rounds": [
            {"number": r.number, "title": r.title, "minutes": r.duration_seconds / 60}
            for r in events.rounds_of(session=session, event_id=event_id)
        ],
        "agenda": _agenda(session, event_id, event, themes, case_keys, keys, include_secrets),
        "participants": [_participant(p, keys[p.id], include_secrets) for p in participants],
        "closing_call": event.closing_call,
        "contacts": [
            c.model_dump(include={"name", "organisation", "email", "phone"})
            for c in events.contacts_of(session=session, event_id=event_id)
        ],
        "scans": scan_file.export_scans(
            session=session,
            event_id=event_id,
            keys=keys,
            numbers={t.id: t.number for t in themes.values()},
        ),
        "report": scan_file.parts_to_file(
            shape.report_options(session=session, event_id=event_id),
            [s.id or 0 for s in scans_of(session=session, event_id=event_id)],
        ),
    }
    if include_secrets:
        document |= {"wall_key": event.wall_key, "cohost_key": event.cohost_key}
    return EventFileModel.model_validate(document)


def _participant(p: Participant, key: str, include_secrets: bool) -> dict[str, Any]:
    data: dict[str, Any] = {
        "key": key,
        "name": p.name,
        "organisation": p.organisation,
        "email": p.email,
        "listed": p.listed_consent,
        "contact": p.contact_consent,
    }
    if include_secrets:
        data |= {
            "token": p.token,
            "listed_at": p.listed_consent_at,
            "listed_wording": p.listed_consent_text,
            "contact_at": p.contact_consent_at,
            "contact_wording": p.contact_consent_text,
        }
    return data


def _theme(theme: Theme, tree: _ContributionTree, cases: list[dict[str, Any]]) -> dict[str, Any]:
    data = theme.model_dump(
        include={
            "number",
            "title",
            "label",
            "question",
            "description",
            "synthesis",
            "open_for_additions",
        }
    )
    return data | {
        "open": theme.is_open,
        "cases": cases,
        "contributions": tree.items(theme_id=theme.id),
    }


class _ContributionTree:
    """Contributions grouped as the file nests them: replies under parents, duplicates under the kept one."""

    def __init__(self, rows: list[Contribution], keys: dict[int | None, str]) -> None:
        self.keys = keys
        self.children: dict[int | None, list[Contribution]] = defaultdict(list)
        self.duplicates: dict[int | None, list[Contribution]] = defaultdict(list)
        self.top: dict[tuple[int | None, int | None], list[Contribution]] = defaultdict(list)
        for row in rows:
            if row.merged_into_id:
                self.duplicates[row.merged_into_id].append(row)
            elif row.parent_id:
                self.children[row.parent_id].append(row)
            else:
                self.top[(row.theme_id if not row.case_id else None, row.case_id)].append(row)

    def items(
        self, *, theme_id: int | None = None, case_id: int | None = None
    ) -> list[dict[str, Any]]:
        return [self._item(r) for r in self.top[(theme_id, case_id)]]

    def _item(self, row: Contribution) -> dict[str, Any]:
        data: dict[str, Any] = {
            "text": row.text,
            "kind": row.kind,
            "link": row.link,
            "remark": row.remark,
            "hidden": row.hidden,
            "pending": row.pending,
            "highlight": row.highlight,
            "created": row.created_at,
        }
        if row.original_text and row.original_text != row.text:
            data["original_text"] = row.original_text
        if row.participant_id in self.keys:
            data["by"] = self.keys[row.participant_id]
        data["replies"] = [self._item(c) for c in self.children[row.id]]
        data["duplicates"] = [self._item(c) for c in self.duplicates[row.id]]
        return data


def _block(title: str, text: str) -> dict[str, str] | None:
    return {"title": title, "text": text} if title or text else None


def _agenda(
    session: Session,
    event_id: int,
    event: Any,
    themes: dict[int | None, Theme],
    case_keys: dict[int | None, str],
    keys: dict[int | None, str],
    include_secrets: bool,
) -> dict[str, Any]:
    kinds = session.exec(
        select(ActionKind).where(ActionKind.event_id == event_id).order_by(col(ActionKind.position))
    ).all()
    result: dict[str, Any] = {
        "title": event.agenda_title,
        "intro": event.agenda_intro,
        "invitation": event.invitation,
        "kinds": [],
    }
    for kind in kinds:
        actions = session.exec(
            select(ActionItem)
            .where(ActionItem.kind_id == kind.id)
            .order_by(col(ActionItem.position), col(ActionItem.id))
        ).all()
        result["kinds"].append(
            {
                "key": kind.key,
                "title": kind.title,
                "column_title": kind.column_title,
                "driver_column_title": kind.driver_column_title,
                "driver_role": kind.driver_role,
                "intro": kind.intro,
                "actions": [
                    _action(session, a, themes, case_keys, keys, include_secrets) for a in actions
                ],
            }
        )
    return result


def _action(
    session: Session,
    action: ActionItem,
    themes: dict[int | None, Theme],
    case_keys: dict[int | None, str],
    keys: dict[int | None, str],
    include_secrets: bool,
) -> dict[str, Any]:
    drivers = session.exec(
        select(Driver)
        .where(Driver.action_id == action.id)
        .order_by(col(Driver.position), col(Driver.id))
    ).all()
    theme = themes.get(action.theme_id)
    return {
        "title": action.title,
        "description": action.description,
        "status": action.status,
        "theme": theme.number if theme else None,
        "case": case_keys.get(action.case_id),
        "progress_note": action.progress_note,
        "approved": action.approved,
        "drivers": [
            {
                "name": d.person_name,
                "organisation": d.organisation,
                "role": d.role,
                "tentative": d.tentative,
                "confirmed": d.confirmed,
                "by": keys.get(d.participant_id),
                "update_token": d.update_token if include_secrets else None,
            }
            for d in drivers
        ],
    }


def _participants(session: Session, event_id: int, authors: set[int | None]) -> list[Participant]:
    """Return the participants worth keeping: authors, drivers and anyone who gave a name."""
    rows = session.exec(
        select(Participant).where(Participant.event_id == event_id).order_by(col(Participant.id))
    ).all()
    drivers = set(
        session.exec(
            select(Driver.participant_id).join(ActionItem).where(ActionItem.event_id == event_id)
        ).all()
    )
    return [
        p for p in rows if p.id in authors or p.id in drivers or p.name or p.organisation or p.email
    ]


def dump_yaml(model: EventFileModel) -> str:
    """Return *model* as readable YAML: defaults left out, multi-line text as blocks."""
    data = model.model_dump(mode="json", exclude_defaults=True)
    data = {"oogst": model.oogst, **data}
    return yaml.dump(data, Dumper=_BlockDumper, allow_unicode=True, sort_keys=False, width=100)


class _BlockDumper(yaml.SafeDumper):
    pass


def _str_representer(dumper: yaml.SafeDumper, value: str) -> yaml.Node:
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_BlockDumper.add_representer(str, _str_representer)
