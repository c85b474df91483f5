"""Where a contribution goes: a theme/table (by number) or a case (by key such as '4A' or 'B')."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlmodel import Session, col, select

from facilitation.core.errors import TargetNotFound
from facilitation.models import Case, Theme

_CASE_KEY = re.compile(r"^(\d{0,3})([A-Za-z]{1,2})$")


@dataclass(frozen=True)
class Target:
    """A resolved place to contribute to; exactly one of ``theme`` and ``case`` is the target."""

    theme: Theme | None
    case: Case | None

    @property
    def key(self) -> str:
        """Return the key used in URLs and on the wall: 't2' for table 2, 'c4A' for case 4A."""
        if self.case is not None:
            return "c" + case_key(self.case, self.theme)
        assert self.theme is not None
        return f"t{self.theme.number}"

    @property
    def is_open(self) -> bool:
        if self.case is not None:
            return self.case.is_open and (self.theme is None or self.theme.is_open)
        assert self.theme is not None
        return self.theme.is_open

    @property
    def theme_id(self) -> int | None:
        return self.theme.id if self.theme is not None and self.case is None else None

    @property
    def case_id(self) -> int | None:
        return self.case.id if self.case is not None else None


def case_key(case: Case, theme: Theme | None) -> str:
    """Return a case's key: theme number + letter ('4A'), or the letter alone without a theme."""
    return f"{theme.number}{case.letter}" if theme is not None else case.letter


def themes_of(*, session: Session, event_id: int) -> list[Theme]:
    """Return the event's themes/tables by number."""
    return list(
        session.exec(select(Theme).where(Theme.event_id == event_id).order_by(col(Theme.number)))
    )


def cases_of(*, session: Session, event_id: int) -> list[Case]:
    """Return the event's cases ordered by position then letter."""
    return list(
        session.exec(
            select(Case)
            .where(Case.event_id == event_id)
            .order_by(col(Case.position), col(Case.letter), col(Case.id))
        )
    )


def all_targets(*, session: Session, event_id: int) -> list[Target]:
    """Return every place to contribute to, in report order: a theme, then its cases."""
    themes = themes_of(session=session, event_id=event_id)
    cases = cases_of(session=session, event_id=event_id)
    by_theme: dict[int | None, list[Case]] = {}
    for case in cases:
        by_theme.setdefault(case.theme_id, []).append(case)
    targets: list[Target] = []
    for theme in themes:
        targets.append(Target(theme=theme, case=None))
        targets.extend(Target(theme=theme, case=c) for c in by_theme.get(theme.id, []))
    targets.extend(Target(theme=None, case=c) for c in by_theme.get(None, []))
    return targets


def resolve_target(
    *, session: Session, event_id: int, table: str | None = None, case: str | None = None
) -> Target:
    """Return the target named by URL parameters ``table=N`` or ``case=4A``; raises TargetNotFound."""
    if case:
        return _resolve_case(session, event_id, case.strip())
    if table is None or not table.strip().isdigit():
        raise TargetNotFound(target=table or "")
    theme = session.exec(
        select(Theme).where(Theme.event_id == event_id, Theme.number == int(table.strip()))
    ).first()
    if theme is None:
        raise TargetNotFound(target=table)
    return Target(theme=theme, case=None)


def _resolve_case(session: Session, event_id: int, key: str) -> Target:
    match = _CASE_KEY.match(key)
    if not match:
        raise TargetNotFound(target=key)
    number, letter = match.group(1), match.group(2).upper()
    for target in all_targets(session=session, event_id=event_id):
        if target.case is None or target.case.letter.upper() != letter:
            continue
        theme_number = str(target.theme.number) if target.theme is not None else ""
        if theme_number == number:
            return target
    raise TargetNotFound(target=key)


def target_by_key(*, session: Session, event_id: int, key: str) -> Target:
    """Return the target for a wall/URL key ('t2', 'c4A'); raises TargetNotFound."""
    if key.startswith("t"):
        return resolve_target(session=session, event_id=event_id, table=key[1:])
    if key.startswith("c"):
        return resolve_target(session=session, event_id=event_id, case=key[1:])
    raise TargetNotFound(target=key)


def target_label(target: Target, event_format: str, lang: str = "nl") -> str:
    """Return how the room calls a target: 'Tafel 2', 'Thema 4', 'Casus 4A', 'Pitch 5B'."""
    from facilitation.i18n import t

    if target.case is not None:
        kind = target.case.kind or t("target.case", lang)
        return f"{kind} {target.key[1:]}"
    assert target.theme is not None
    if target.theme.label:
        return target.theme.label
    key = "target.table" if event_format == "table_rounds" else "target.theme"
    return t(key, lang, number=target.theme.number)


def target_title(target: Target) -> str:
    """Return the target's own title: the case name or the theme title."""
    if target.case is not None:
        return target.case.name or target.case.key_question
    assert target.theme is not None
    return target.theme.title


def target_question(target: Target) -> str:
    """Return the question the room answers at this target."""
    if target.case is not None:
        return target.case.key_question
    assert target.theme is not None
    return target.theme.question
