"""Uploaded Word templates: one per event, and one installation default (``event_id`` None)."""

from __future__ import annotations

from sqlmodel import Session, col, delete, select

from facilitation.core.db import bump_revision
from facilitation.core.text import single_line
from facilitation.harvest.report.styles import MissingStyle
from facilitation.harvest.report.template import check_template
from facilitation.models import WordTemplate


def save_template(
    *, session: Session, event_id: int | None, filename: str, data: bytes
) -> list[MissingStyle]:
    """Store *data* as the event's template (or the default) and return the styles it lacks.

    Raises InvalidTemplate or TemplateTooLarge before anything is stored.
    """
    name = single_line(filename)[:200] or "template.docx"
    missing = check_template(data, filename=name)
    if event_id is not None:
        bump_revision(session=session, event_id=event_id)
    session.exec(delete(WordTemplate).where(_scope(event_id)))
    session.add(WordTemplate(event_id=event_id, filename=name, data=data))
    return missing


def remove_template(*, session: Session, event_id: int | None) -> None:
    """Forget the event's template (or the installation default)."""
    if event_id is not None:
        bump_revision(session=session, event_id=event_id)
    session.exec(delete(WordTemplate).where(_scope(event_id)))


def stored_template(*, session: Session, event_id: int | None) -> WordTemplate | None:
    """Return the template stored for exactly this event (None: the installation default)."""
    query = select(WordTemplate).where(_scope(event_id)).order_by(col(WordTemplate.id).desc())
    return session.exec(query).first()


def template_for(*, session: Session, event_id: int) -> WordTemplate | None:
    """Return the template a report of the event uses: its own, else the installation default.

    None means Oogst's default template.
    """
    return stored_template(session=session, event_id=event_id) or stored_template(
        session=session, event_id=None
    )


def _scope(event_id: int | None):  # type: ignore[no-untyped-def]
    if event_id is None:
        return col(WordTemplate.event_id).is_(None)
    return WordTemplate.event_id == event_id
