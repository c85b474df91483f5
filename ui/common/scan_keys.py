"""What phones compare to learn that a scan opened, closed or changed, read once per meeting
revision for every phone of this process (the feed route and the phone pages share it)."""

from __future__ import annotations

from functools import lru_cache

from facilitation.core.errors import OogstError
from facilitation.scans import editor
from ui.common.context import reading


@lru_cache(maxsize=512)
def open_scans(database: str, event_id: int, revision: int) -> tuple[tuple[int, str], ...]:
    """Return (id, title) of the meeting's open scans at *revision* of *database*."""
    with reading() as session:
        scans = editor.open_scans(session=session, event_id=event_id)
    return tuple((scan.id or 0, scan.title) for scan in scans)


def open_scans_key(database: str, event_id: int, revision: int) -> str:
    """Return the open scans as one short string ('3,5'); it changes when one opens or closes."""
    return ",".join(str(scan_id) for scan_id, _title in open_scans(database, event_id, revision))


@lru_cache(maxsize=512)
def scan_state(database: str, event_id: int, scan_id: int, revision: int) -> str:
    """Return a scan's open state and its questions' order and open state as one string
    ('open:4+,5-'); 'gone' when it no longer exists."""
    with reading() as session:
        try:
            scan = editor.get_scan(session=session, event_id=event_id, scan_id=scan_id)
        except OogstError:
            return "gone"
        rows = editor.questions_of(session=session, scan_id=scan_id)
    questions = ",".join(f"{q.id}{'+' if q.is_open else '-'}" for q in rows)
    return f"{'open' if scan.is_open else 'closed'}:{questions}"
