"""The report choices of one table or case follow it when it is renumbered, relettered or moved.

The organiser's per-table choices (``ReportOptions.targets``) are stored by key ('t2', 'c4A'), and
a key is made of the table's number and the case's letter. When those change, the stored keys are
renamed in the same transaction; when a table or case is deleted, its keys are dropped, so no
choice lands on whatever later takes the number (nor makes the exported event file refuse it).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import TypeVar

from sqlmodel import Session, select

from facilitation.meeting.targets import case_key
from facilitation.models import Case, ReportChoices, Theme

K = TypeVar("K")


def theme_keys(session: Session, theme: Theme) -> dict[int | None, str]:
    """Return the report keys of *theme* (under None) and of each of its cases (by case id)."""
    keys: dict[int | None, str] = {None: f"t{theme.number}"}
    if theme.id is not None:
        for case in session.exec(select(Case).where(Case.theme_id == theme.id)):
            keys[case.id] = "c" + case_key(case, theme)
    return keys


def themes_keys(session: Session, themes: Iterable[Theme]) -> dict[tuple[int, int | None], str]:
    """Return the report keys of several *themes* and their cases, by (theme id, case id)."""
    return {
        (theme.id or 0, key): value
        for theme in themes
        for key, value in theme_keys(session, theme).items()
    }


def case_report_key(session: Session, case: Case) -> str:
    """Return the report key of *case* ('c4A', or 'cB' without a theme) as it stands now."""
    theme = session.get(Theme, case.theme_id) if case.theme_id is not None else None
    return "c" + case_key(case, theme)


def rename(
    session: Session, event_id: int, before: Mapping[K, str], after: Mapping[K, str]
) -> None:
    """Move the stored choices from the keys in *before* to those in *after* (same ids).

    An id missing from *after* is gone: its choice is dropped.
    """
    renames = {old: after.get(key) for key, old in before.items() if after.get(key) != old}
    if not renames:
        return
    row = session.get(ReportChoices, event_id)
    if row is None:
        return
    try:
        options = json.loads(row.options)
        targets = options.get("targets") or {}
    except (ValueError, AttributeError):  # unreadable choices print as the defaults anyway
        return
    moved = {new: value for old, value in targets.items() if (new := renames.get(old))}
    kept = {k: v for k, v in targets.items() if k not in renames and k not in moved}
    options["targets"] = kept | moved
    row.options = json.dumps(options, ensure_ascii=False)
    session.add(row)
