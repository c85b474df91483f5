"""One contribution in the harvest editor: its text and flags, quick actions, and (when opened)
the full editor — text, remark, link, kind, move, nest, merge, restore."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import streamlit as st

from facilitation.core.text import shorten
from facilitation.core.validation import validated
from facilitation.harvest import editing as harvest
from facilitation.harvest.report.content import Item
from facilitation.models import Contribution, ContributionKind, ContributionUpdate
from ui.common import admin
from ui.common.context import tr

OPEN_KEY = "harvest-open"
_KINDS = [k.value for k in ContributionKind]


@dataclass(frozen=True)
class Context:
    """What every card of one target needs: the event, the target, all targets, its items."""

    event_id: int
    target_key: str
    labels: dict[str, str]
    items: list[Item]


def write(event_id: int, action: Callable[..., Any], **kwargs: Any) -> bool:
    """Run one editor action (a harvest service) through the facilitator's write helper."""
    return admin.write(
        lambda session: action(session=session, event_id=event_id, **kwargs),
        tr("harvest.saved"),
        rerun=False,
    )


def on_click(event_id: int, action: Callable[..., Any], **kwargs: Any) -> None:
    """Run one editor action from a button; the outcome shows after the rerun."""
    admin.callback(
        lambda session: action(session=session, event_id=event_id, **kwargs), tr("harvest.saved")
    )


def show(context: Context, item: Item, depth: int) -> None:
    """Show one contribution with ↑ ↓, hide, highlight and edit; the editor below when open."""
    row = item.row
    holder = st.columns([min(depth, 4), 24 - min(depth, 4)])[1] if depth else st.container()
    with holder, st.container(border=True, key=f"card-{row.id}"):
        st.caption(_flags(row, item, depth))
        st.text(row.text)
        if row.remark or row.link:
            st.caption(" · ".join(part for part in (row.remark, row.link) if part))
        _quick_actions(context, row)
        if st.session_state.get(OPEN_KEY) == row.id:
            _editor(context, item)


def _flags(row: Contribution, item: Item, depth: int) -> str:
    flags = [f"{'↳ ' * depth}#{row.id}"]
    if row.kind != ContributionKind.SUGGESTION.value:
        flags.append(tr(f"harvest.kind.{row.kind}"))
    for flag, label in ((row.hidden, "hidden"), (row.highlight, "highlighted")):
        if flag:
            flags.append(tr(f"harvest.flag.{label}"))
    if row.original_text and row.text != row.original_text:
        flags.append(tr("harvest.flag.edited"))
    if item.duplicates:
        flags.append(tr("harvest.flag.duplicates", count=len(item.duplicates)))
    return " · ".join(flags)


def _quick_actions(context: Context, row: Contribution) -> None:
    columns = st.columns([1, 1, 2, 2, 2])
    for column, (name, label, action, kwargs) in zip(columns, _quick(row), strict=False):
        column.button(
            label,
            key=f"{name}-{row.id}",
            on_click=on_click,
            args=(context.event_id, action),
            kwargs=kwargs,
            width="stretch",
        )
    is_open = st.session_state.get(OPEN_KEY) == row.id
    columns[-1].button(
        tr("harvest.close_editor") if is_open else tr("harvest.edit"),
        key=f"edit-{row.id}",
        on_click=_toggle,
        args=(row.id,),
        width="stretch",
    )


def _quick(row: Contribution) -> list[tuple[str, str, Callable[..., Any], dict[str, Any]]]:
    """Return (key, label, action, arguments) of the buttons that act at once."""
    hide = tr("live.unhide") if row.hidden else tr("live.hide")
    highlight = tr("harvest.unhighlight") if row.highlight else tr("harvest.highlight")
    return [
        ("up", "↑", harvest.reorder, {"contribution_id": row.id, "offset": -1}),
        ("down", "↓", harvest.reorder, {"contribution_id": row.id, "offset": 1}),
        (
            "hide",
            hide,
            harvest.update_contribution,
            {"contribution_id": row.id, "update": ContributionUpdate(hidden=not row.hidden)},
        ),
        (
            "highlight",
            highlight,
            harvest.update_contribution,
            {"contribution_id": row.id, "update": ContributionUpdate(highlight=not row.highlight)},
        ),
    ]


def _saving(event_id: int, row: Contribution, name: str) -> dict[str, Any]:
    """Return the key and on_change arguments that store field *name* of *row* on change."""
    key = f"card-{name}-{row.id}"

    def save(session: Any, value: object) -> None:
        harvest.update_contribution(
            session=session,
            event_id=event_id,
            contribution_id=row.id or 0,
            update=validated(ContributionUpdate, {name: value}),
        )

    return {"key": key, "on_change": admin.store_change, "args": (key, save)}


def _toggle(row_id: int) -> None:
    open_now = st.session_state.get(OPEN_KEY) == row_id
    st.session_state[OPEN_KEY] = None if open_now else row_id


def _editor(context: Context, item: Item) -> None:
    row, event_id = item.row, context.event_id
    st.text_area(tr("harvest.text"), row.text, height=120, **_saving(event_id, row, "text"))
    st.text_input(tr("harvest.remark"), row.remark, **_saving(event_id, row, "remark"))
    st.text_input(tr("harvest.link"), row.link, **_saving(event_id, row, "link"))
    st.selectbox(
        tr("harvest.kind"),
        _KINDS,
        index=_KINDS.index(row.kind) if row.kind in _KINDS else 0,
        format_func=lambda k: tr(f"harvest.kind.{k}"),
        **_saving(event_id, row, "kind"),
    )
    st.caption(tr("harvest.saved_on_leave"))
    if row.original_text and row.text != row.original_text:
        st.caption(tr("harvest.original", text=shorten(row.original_text, 300)))
        if st.button(tr("harvest.restore"), key=f"restore-{row.id}"):
            write(event_id, harvest.restore_original, contribution_id=row.id)
            st.rerun()
    _move_nest_merge(context, item)
    for duplicate in item.duplicates:
        left, right = st.columns([4, 1])
        left.caption(tr("harvest.duplicate", text=shorten(duplicate.text, 200)))
        if right.button(tr("harvest.unmerge"), key=f"unmerge-{duplicate.id}"):
            write(event_id, harvest.unmerge, contribution_id=duplicate.id)
            st.rerun()


Choice = tuple[str, list[Any], Callable[[Any], str], Callable[[Any], object]]


def _move_nest_merge(context: Context, item: Item) -> None:
    """Show 'move to', 'put under' and 'merge into', each a choice with its own button."""
    row_id = item.row.id
    for name, options, label, act in _choices(context, item):
        if not options:
            continue
        left, right = st.columns([4, 1], vertical_alignment="bottom")
        chosen = left.selectbox(
            tr(f"harvest.{name}"), options, format_func=label, key=f"{name}-to-{row_id}"
        )
        if right.button(tr(f"harvest.{name}_go"), key=f"{name}-go-{row_id}", width="stretch"):
            act(chosen)
            st.rerun()


def _choices(context: Context, item: Item) -> list[Choice]:
    row_id, event_id = item.row.id, context.event_id
    below = _below(item)
    others = {i.row.id: i.row.text for i in context.items if i.row.id not in below | {row_id}}

    def short(i: Any) -> str:
        return tr("harvest.top_level") if i is None else f"#{i} {shorten(others[i], 60)}"

    return [
        (
            "move",
            [k for k in context.labels if k != context.target_key],
            context.labels.__getitem__,
            lambda k: write(
                event_id, harvest.move_contribution, contribution_id=row_id, target_key=k
            ),
        ),
        (
            "nest",
            [None, *others],
            short,
            lambda i: write(event_id, harvest.nest_under, contribution_id=row_id, parent_id=i),
        ),
        (
            "merge",
            list(others),
            short,
            lambda i: write(event_id, harvest.merge_into, duplicate_id=row_id, keep_id=i),
        ),
    ]


def _below(item: Item) -> set[int | None]:
    """Return the ids of every reply under *item*, however deep."""
    found: set[int | None] = set()
    stack = list(item.replies)
    while stack:
        reply = stack.pop()
        found.add(reply.row.id)
        stack.extend(reply.replies)
    return found
