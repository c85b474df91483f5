"""The agenda as CSV and JSON for the organiser, and the drivers' private links for mailing.

Contact details leave only with consent: an e-mail address is exported only for a participant who
agreed to be contacted, and a phone sign-up's name only when they agreed to be named or contacted.
Every CSV cell passes ``neutralise_formula``, so a spreadsheet never runs a typed "=..." formula.
CSV files are UTF-8 with a byte-order mark and ";" between cells, as Dutch Excel expects.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from typing import Any

from sqlmodel import Session

from facilitation.agenda.living import DriverLink, update_url
from facilitation.agenda.view import agenda_view, driver_rows
from facilitation.core.text import neutralise_formula
from facilitation.i18n import t
from facilitation.models import Driver, Participant

_COLUMNS = (
    "kind",
    "action",
    "description",
    "status",
    "theme",
    "case",
    "votes",
    "progress",
    "name",
    "organisation",
    "role",
    "tentative",
    "state",
    "email",
    "contact_consent_at",
    "contact_consent_text",
)
_LINK_COLUMNS = ("kind", "action", "name", "organisation", "role", "tentative", "email", "link")


@dataclass(frozen=True)
class _Person:
    name: str
    organisation: str
    role: str
    tentative: bool
    confirmed: bool
    email: str
    consent_at: str
    consent_text: str


def agenda_records(*, session: Session, event_id: int) -> list[dict[str, Any]]:
    """Return the agenda as nested records: kinds, actions, every person (confirmed or waiting)."""
    people = _people(session, event_id)
    return [
        {
            "kind": kind.key,
            "title": kind.title,
            "column_title": kind.column_title,
            "driver_column_title": kind.driver_column_title,
            "actions": [
                {
                    "title": a.title,
                    "description": a.description,
                    "status": a.status,
                    "theme": a.theme_number,
                    "case": a.case_key,
                    "votes": a.votes,
                    "progress_note": a.progress_note,
                    "drivers_label": a.drivers_label,
                    "people": [vars(p) for p in people.get(a.id, [])],
                }
                for a in kind.actions
            ],
        }
        for kind in agenda_view(session=session, event_id=event_id)
    ]


def _people(session: Session, event_id: int) -> dict[int, list[_Person]]:
    result: dict[int, list[_Person]] = {}
    for driver, who in driver_rows(session=session, event_id=event_id):
        result.setdefault(driver.action_id, []).append(_person(driver, who))
    return result


def _person(driver: Driver, who: Participant | None) -> _Person:
    contact = who is not None and who.contact_consent
    named = who is None or who.imported or who.listed_consent or contact
    return _Person(
        name=driver.person_name if named else "",
        organisation=driver.organisation if named else "",
        role=driver.role,
        tentative=driver.tentative,
        confirmed=driver.confirmed,
        email=who.email if contact and who is not None else "",
        consent_at=who.contact_consent_at.isoformat()
        if contact and who and who.contact_consent_at
        else "",
        consent_text=who.contact_consent_text if contact and who is not None else "",
    )


def agenda_json(*, session: Session, event_id: int) -> bytes:
    """Return the agenda as a JSON document (UTF-8)."""
    data = {"agenda": agenda_records(session=session, event_id=event_id)}
    return json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8")


def agenda_csv(*, session: Session, event_id: int, lang: str = "nl") -> bytes:
    """Return the agenda as CSV: one line per person per action, one for an open slot."""
    lines = []
    for kind in agenda_records(session=session, event_id=event_id):
        for action in kind["actions"]:
            base = [
                kind["column_title"] or kind["title"],
                action["title"],
                action["description"],
                t(f"agenda.status.{action['status']}", lang),
                action["theme"] or "",
                action["case"] or "",
                "" if action["votes"] is None else action["votes"],
            ]
            base.append(action["progress_note"])
            for p in action["people"] or [None]:
                lines.append(base + _person_cells(p, lang))
    return _csv([t(f"agenda.export.col.{c}", lang) for c in _COLUMNS], lines)


def _person_cells(person: dict[str, Any] | None, lang: str) -> list[Any]:
    if person is None:
        return [""] * 8
    state = "confirmed" if person["confirmed"] else "waiting"
    return [
        person["name"],
        person["organisation"],
        t(f"agenda.role.{person['role']}", lang),
        "?" if person["tentative"] else "",
        t(f"agenda.export.state.{state}", lang),
        person["email"],
        person["consent_at"],
        person["consent_text"],
    ]


def links_csv(links: list[DriverLink], base_url: str, lang: str = "nl") -> bytes:
    """Return the drivers' private links as CSV for a mail merge."""
    rows = [
        [
            link.kind,
            link.action,
            link.name,
            link.organisation,
            t(f"agenda.role.{link.role}", lang),
            "?" if link.tentative else "",
            link.email,
            update_url(base_url, link.token),
        ]
        for link in links
    ]
    return _csv([t(f"agenda.export.col.{c}", lang) for c in _LINK_COLUMNS], rows)


def _csv(header: list[str], rows: list[list[Any]]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow([neutralise_formula(str(cell)) for cell in row])
    return buffer.getvalue().encode("utf-8-sig")
