"""What the harvest holds, read in one go: the event's texts, every theme and case with its
contributions as a tree (replies under what they answer, duplicates under the one kept), the
agenda, and the people who agreed to be listed. The report, the feedback packs and the editor all
read this snapshot; it needs no database session once read.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from sqlmodel import Session

from facilitation.agenda.view import AgendaKind, agenda_view
from facilitation.core.settings import get_settings
from facilitation.meeting import events
from facilitation.meeting.contributions import of_event
from facilitation.meeting.participants import listed_participants
from facilitation.meeting.targets import case_key, cases_of, themes_of
from facilitation.models import (
    Case,
    Contact,
    Contribution,
    Definition,
    Event,
    Participant,
    ReportChoices,
    ReportOptions,
    Section,
    Theme,
)
from facilitation.scans import intake
from facilitation.scans.editor import scans_of
from facilitation.scans.intake import InitiativeRow
from facilitation.scans.results import ScanResults, scan_results

Place = tuple[int | None, int | None]


@dataclass(frozen=True)
class Item:
    """A listed contribution with the replies nested under it and the duplicates merged into it."""

    row: Contribution
    replies: tuple[Item, ...] = ()
    duplicates: tuple[Contribution, ...] = ()


@dataclass(frozen=True)
class CaseBlock:
    case: Case
    key: str
    items: tuple[Item, ...]


@dataclass(frozen=True)
class ThemeBlock:
    theme: Theme
    items: tuple[Item, ...]
    cases: tuple[CaseBlock, ...]


@dataclass(frozen=True)
class Harvest:
    """Everything the report prints, in report order."""

    event: Event
    definitions: tuple[Definition, ...]
    sections: tuple[Section, ...]
    contacts: tuple[Contact, ...]
    themes: tuple[ThemeBlock, ...]
    cases: tuple[CaseBlock, ...]
    agenda: tuple[AgendaKind, ...]
    participants: tuple[Participant, ...]
    options: ReportOptions = field(default_factory=ReportOptions)
    scans: tuple[ScanResults, ...] = ()
    # Per intake-list scan (one with a question keyed ``name``): its initiatives overview.
    initiatives: dict[int, tuple[InitiativeRow, ...]] = field(default_factory=dict)

    def sections_at(self, placement: str) -> list[Section]:
        """Return the narrative sections placed at *placement* (before_themes, ...)."""
        return [s for s in self.sections if s.placement == placement]

    def all_cases(self) -> list[CaseBlock]:
        """Return every case: those of each theme in order, then those without a theme."""
        return [c for t in self.themes for c in t.cases] + list(self.cases)


def place_of(row: Contribution) -> Place:
    """Return where a contribution sits: (theme id, None) for a table, (None, case id) for a case."""
    return (row.theme_id if row.case_id is None else None, row.case_id)


def read_harvest(*, session: Session, event_id: int, include_hidden: bool = False) -> Harvest:
    """Return the harvest of an event; hidden contributions only when *include_hidden*, and
    never those still awaiting review (pre-moderation): only approved ones reach the report."""
    event = events.get_event(session=session, event_id=event_id)
    rows = [
        r
        for r in of_event(session=session, event_id=event_id, include_hidden=True)
        if not r.pending
    ]
    trees = build_trees(rows, include_hidden=include_hidden)
    themes = themes_of(session=session, event_id=event_id)
    by_id = {t.id: t for t in themes}
    case_blocks: dict[int | None, list[CaseBlock]] = defaultdict(list)
    for case in cases_of(session=session, event_id=event_id):
        key = case_key(case, by_id.get(case.theme_id))
        block = CaseBlock(case, key, tuple(trees.get((None, case.id), ())))
        case_blocks[case.theme_id if case.theme_id in by_id else None].append(block)
    return Harvest(
        event=event,
        definitions=tuple(events.definitions_of(session=session, event_id=event_id)),
        sections=tuple(events.sections_of(session=session, event_id=event_id)),
        contacts=tuple(events.contacts_of(session=session, event_id=event_id)),
        themes=tuple(
            ThemeBlock(t, tuple(trees.get((t.id, None), ())), tuple(case_blocks[t.id]))
            for t in themes
        ),
        cases=tuple(case_blocks[None]),
        agenda=tuple(agenda_view(session=session, event_id=event_id)),
        participants=tuple(listed_participants(session=session, event_id=event_id)),
        options=report_options(session=session, event_id=event_id),
        scans=read_scans(session=session, event_id=event_id),
        initiatives=read_initiatives(session=session, event_id=event_id),
    )


def read_initiatives(*, session: Session, event_id: int) -> dict[int, tuple[InitiativeRow, ...]]:
    """Return the initiatives overview of every scan that asks for an initiative's name."""
    found = {}
    for scan in scans_of(session=session, event_id=event_id):
        keys = {
            key
            for key, _prompt in intake.columns(
                session=session, event_id=event_id, scan_id=scan.id or 0
            )
        }
        if "name" in keys:
            rows = intake.initiatives(session=session, event_id=event_id, scan_id=scan.id or 0)
            found[scan.id or 0] = tuple(rows)
    return found


def read_scans(*, session: Session, event_id: int) -> tuple[ScanResults, ...]:
    """Return the results of every scan of the event, in order, with the installation's minimum N."""
    least = get_settings().scan_min_answers
    lang = events.get_event(session=session, event_id=event_id).language
    return tuple(
        scan_results(
            session=session, event_id=event_id, scan_id=s.id or 0, min_answers=least, lang=lang
        )
        for s in scans_of(session=session, event_id=event_id)
    )


def report_options(*, session: Session, event_id: int) -> ReportOptions:
    """Return the organiser's stored choices for the event's report (the defaults when none)."""
    stored = session.get(ReportChoices, event_id)
    if stored is None:
        return ReportOptions()
    try:
        return ReportOptions.model_validate_json(stored.options)
    except ValueError:  # written by a newer version, or by hand: the report still builds
        return ReportOptions()


def build_trees(rows: list[Contribution], *, include_hidden: bool) -> dict[Place, list[Item]]:
    """Return the listed contributions per place as trees, in the order of *rows*.

    A reply whose parent is not listed (hidden, withdrawn, elsewhere) is listed at the top, so
    nothing visible is lost; a duplicate goes where the contribution it was merged into goes.
    """
    live = {r.id: r for r in rows if not r.deleted}
    shown = {i: r for i, r in live.items() if include_hidden or not _hidden(r, live)}
    duplicates: dict[int | None, list[Contribution]] = defaultdict(list)
    replies: dict[int | None, list[Contribution]] = defaultdict(list)
    tops: list[Contribution] = []
    for row in shown.values():
        if row.merged_into_id in shown:
            duplicates[row.merged_into_id].append(row)
        elif row.parent_id in shown and place_of(shown[row.parent_id]) == place_of(row):
            replies[row.parent_id].append(row)
        else:
            tops.append(row)
    seen: set[int | None] = set()
    trees: dict[Place, list[Item]] = defaultdict(list)
    for row in tops:
        trees[place_of(row)].append(_item(row, replies, duplicates, seen))
    for row in shown.values():  # a parent cycle is never reached from the top: list it there
        if row.id not in seen and row.merged_into_id not in shown:
            trees[place_of(row)].append(_item(row, replies, duplicates, seen))
    return trees


def _hidden(row: Contribution, live: dict[int | None, Contribution]) -> bool:
    """Return True when a row is hidden, or is a duplicate of a hidden contribution."""
    keeper = live.get(row.merged_into_id)
    return row.hidden or (keeper is not None and keeper.hidden)


def _item(
    row: Contribution,
    replies: dict[int | None, list[Contribution]],
    duplicates: dict[int | None, list[Contribution]],
    seen: set[int | None],
) -> Item:
    seen.add(row.id)
    nested = tuple(
        _item(child, replies, duplicates, seen) for child in replies[row.id] if child.id not in seen
    )
    return Item(row, nested, tuple(duplicates[row.id]))


def count_items(items: tuple[Item, ...] | list[Item]) -> int:
    """Return how many contributions *items* stand for: replies and duplicates included."""
    return sum(1 + len(item.duplicates) + count_items(item.replies) for item in items)
