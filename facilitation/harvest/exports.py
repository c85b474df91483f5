"""All contributions of an event as CSV (for a spreadsheet) and JSON (for other tools).

Both hold every contribution that was not withdrawn — hidden ones and merged duplicates too,
flagged — without who sent them. The event file export stays the lossless one. In the CSV every
text cell that a spreadsheet would read as a formula (= + - @) is neutralised.
"""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from sqlmodel import Session

from facilitation.core.text import neutralise_formula
from facilitation.harvest.report.content import place_of
from facilitation.i18n import t
from facilitation.meeting.contributions import of_event
from facilitation.meeting.events import get_event
from facilitation.meeting.targets import Target, all_targets, target_label, target_title

COLUMNS = (
    "id",
    "place",
    "title",
    "parent",
    "merged_into",
    "kind",
    "text",
    "original_text",
    "link",
    "remark",
    "hidden",
    "highlight",
    "created",
)


def contribution_records(
    *, session: Session, event_id: int, lang: str = "nl"
) -> list[dict[str, Any]]:
    """Return one plain record per contribution, in display order; raises EventNotFound."""
    event = get_event(session=session, event_id=event_id)
    places: dict[tuple[int | None, int | None], Target] = {
        (target.theme_id, target.case_id): target
        for target in all_targets(session=session, event_id=event_id)
    }
    records = []
    for row in of_event(session=session, event_id=event_id, include_hidden=True):
        target = places.get(place_of(row))
        records.append(
            {
                "id": row.id,
                "place_key": target.key if target else "",
                "place": target_label(target, event.format, lang) if target else "",
                "title": target_title(target) if target else "",
                "parent": row.parent_id,
                "merged_into": row.merged_into_id,
                "kind": row.kind,
                "text": row.text,
                "original_text": row.original_text,
                "link": row.link,
                "remark": row.remark,
                "hidden": row.hidden,
                "highlight": row.highlight,
                "created": row.created_at.isoformat(),
            }
        )
    return records


def contributions_csv(*, session: Session, event_id: int, lang: str = "nl") -> bytes:
    """Return the contributions as CSV (UTF-8 with BOM, so Excel reads accents), headers in *lang*."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([t(f"export.col.{name}", lang) for name in COLUMNS])
    for record in contribution_records(session=session, event_id=event_id, lang=lang):
        writer.writerow([_cell(record[name], lang) for name in COLUMNS])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def _cell(value: Any, lang: str) -> str:
    if isinstance(value, bool):
        return t("export.yes" if value else "export.no", lang)
    if value is None:
        return ""
    return neutralise_formula(str(value))


def contributions_json(*, session: Session, event_id: int, lang: str = "nl") -> bytes:
    """Return the event's code and title with its contributions as UTF-8 JSON."""
    event = get_event(session=session, event_id=event_id)
    document = {
        "event": {
            "code": event.code,
            "title": event.title,
            "date": event.event_date.isoformat() if event.event_date else None,
            "format": event.format,
        },
        "contributions": contribution_records(session=session, event_id=event_id, lang=lang),
    }
    return json.dumps(document, ensure_ascii=False, indent=2).encode("utf-8")
