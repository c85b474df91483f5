"""The harvest editor: pick a table or case, write its synthesis and status, edit its contributions."""

from __future__ import annotations

from typing import Any

import streamlit as st
from sqlmodel import Session

from facilitation.core.validation import validated
from facilitation.harvest import editing as harvest
from facilitation.harvest.report.content import Harvest, Item, read_harvest
from facilitation.meeting.targets import Target, all_targets, target_label, target_title
from facilitation.models import CaseStatus, Event, SummaryUpdate
from ui.common import admin
from ui.common.context import lang, reading, tr
from ui.facilitator.harvest import card as contribution_card
from ui.facilitator.harvest import gist
from ui.facilitator.harvest import shape as report_shape

PAGE_SIZE = 25


def show(event: Event) -> None:
    """Show the target picker, the summary form and the contributions of the chosen target."""
    event_id = event.id or 0
    with reading() as session:
        targets = all_targets(session=session, event_id=event_id)
        content = read_harvest(session=session, event_id=event_id, include_hidden=True)
    if not targets:
        st.info(tr("harvest.no_targets"))
        return
    labels = {
        t.key: f"{target_label(t, event.format, lang())} — {target_title(t)}" for t in targets
    }
    key = st.selectbox(
        tr("harvest.target"),
        list(labels),
        format_func=labels.__getitem__,
        key="harvest-target",
        persist_state="session",
    )
    target = next(t for t in targets if t.key == key)
    report_shape.target_choice(event_id, key)
    _summary(event_id, target)
    items = _items_of(content, target)
    st.header(tr("harvest.contributions", count=_count(items)))
    if not items:
        st.caption(tr("harvest.no_contributions"))
        return
    gist.show(event_id, _flat(items))
    st.caption(tr("harvest.contributions_help"))
    page = _page(len(items), key)
    context = contribution_card.Context(event_id, key, labels, _flat(items))
    for item, depth in _walk(items[page * PAGE_SIZE : (page + 1) * PAGE_SIZE]):
        contribution_card.show(context, item, depth)


def _summary(event_id: int, target: Target) -> None:
    """The synthesis, open marker and (for a case) status: each stored the moment it changes."""
    row = target.case if target.case is not None else target.theme
    assert row is not None
    st.text_area(
        tr("harvest.synthesis"),
        row.synthesis,
        height=150,
        help=tr("harvest.synthesis_help"),
        **_saving(event_id, target, "synthesis"),
    )
    st.caption(tr("harvest.saved_on_leave") + " " + tr("shape.legend"))
    st.checkbox(
        tr("harvest.open_for_additions"),
        row.open_for_additions,
        **_saving(event_id, target, "open_for_additions"),
    )
    if target.case is not None:
        _case_fields(event_id, target)


def _saving(event_id: int, target: Target, name: str) -> dict[str, Any]:
    """Return the key and on_change arguments that store field *name* of *target* on change."""
    key = f"summary-{target.key}-{name}"

    def save(session: Session, value: object) -> None:
        harvest.save_summary(
            session=session,
            event_id=event_id,
            target_key=target.key,
            update=validated(SummaryUpdate, {name: value}),
        )

    return {"key": key, "on_change": admin.store_change, "args": (key, save)}


def _case_fields(event_id: int, target: Target) -> None:
    """Show the status and status note of a case, each stored on change."""
    assert target.case is not None
    statuses = [s.value for s in CaseStatus]
    st.selectbox(
        tr("harvest.status"),
        statuses,
        index=statuses.index(target.case.status),
        format_func=lambda s: tr(f"harvest.status.{s}"),
        **_saving(event_id, target, "status"),
    )
    st.text_input(
        tr("harvest.status_note"),
        target.case.status_note,
        help=tr("harvest.status_note_help"),
        **_saving(event_id, target, "status_note"),
    )


def _items_of(content: Harvest, target: Target) -> tuple[Item, ...]:
    if target.case is not None:
        block = next(b for b in content.all_cases() if b.case.id == target.case.id)
        return block.items
    return next(b.items for b in content.themes if b.theme.id == target.theme_id)


def _page(total: int, key: str) -> int:
    pages = (total + PAGE_SIZE - 1) // PAGE_SIZE
    if pages <= 1:
        return 0
    return int(
        st.selectbox(
            tr("harvest.page"),
            range(pages),
            format_func=lambda p: tr("harvest.page_of", page=p + 1, pages=pages),
            key=f"harvest-page-{key}",
        )
    )


def _walk(items: tuple[Item, ...]) -> list[tuple[Item, int]]:
    """Return items with their depth, replies right after what they answer."""
    result: list[tuple[Item, int]] = []
    stack = [(item, 0) for item in reversed(items)]
    while stack:
        item, depth = stack.pop()
        result.append((item, depth))
        stack.extend((reply, depth + 1) for reply in reversed(item.replies))
    return result


def _flat(items: tuple[Item, ...]) -> list[Item]:
    return [item for item, _ in _walk(items)]


def _count(items: tuple[Item, ...]) -> int:
    return len(_flat(items))
