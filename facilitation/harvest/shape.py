"""The organiser's choices for the shape of the report (``ReportOptions``): stored per event,
changed from the harvest editor or brought in by the event file."""

from __future__ import annotations

from sqlmodel import Session

from facilitation.core.db import bump_revision
from facilitation.harvest.report.content import report_options
from facilitation.models import ReportChoices, ReportContent, ReportOptions, utcnow


def save_report_options(*, session: Session, event_id: int, options: ReportOptions) -> None:
    """Store *options* as the event's report choices (the next report and preview use them)."""
    bump_revision(session=session, event_id=event_id)
    row = session.get(ReportChoices, event_id) or ReportChoices(event_id=event_id)
    row.options = options.model_dump_json(exclude_defaults=True)
    row.updated_at = utcnow()
    session.add(row)


def set_target_content(
    *, session: Session, event_id: int, target_key: str, content: ReportContent | None
) -> ReportOptions:
    """Set what one table or case ('t2', 'c4A') prints; None: as the whole report."""
    options = report_options(session=session, event_id=event_id)
    targets = dict(options.targets)
    if content is None or content == options.content:
        targets.pop(target_key, None)
    else:
        targets[target_key] = content
    options = options.model_copy(update={"targets": targets})
    save_report_options(session=session, event_id=event_id, options=options)
    return options


__all__ = ["ReportOptions", "report_options", "save_report_options", "set_target_content"]
