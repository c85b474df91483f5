"""A list of rows a facilitator edits one at a time: each row in its own form with up, down and
remove, and an add form with an explicit *Toevoegen* button below.

Every button writes one row through ``ui.common.admin`` (toast on success, the error naming the
field in place), so two tabs on the same meeting never overwrite each other's rows.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import streamlit as st
from sqlmodel import Session

from ui.common import admin
from ui.common.context import tr

Values = dict[str, Any]
_PER_LINE = 4


@dataclass(frozen=True)
class Field:
    """One input of a row: *name* is the service's key, *label* a catalogue key."""

    name: str
    label: str
    kind: str = "text"  # text | area | number | select
    options: Sequence[Any] = ()
    names: Callable[[Any], str] = str
    width: int = 1


@dataclass(frozen=True)
class RowEditor:
    """What a row list needs: its fields, how to name a row, and the services that write."""

    key: str
    fields: Sequence[Field]
    summary: Callable[[Any], str]
    save: Callable[[Session, Values, int | None], Any]
    remove: Callable[[Session, int], Any]
    move: Callable[[Session, int, int], Any]
    new_label: str
    blocked: Callable[[Any], str] = field(default=lambda row: "")


def show(editor: RowEditor, rows: Sequence[Any], new_row: Values) -> None:
    """Show *rows* (each editable, movable, removable) and a form to add one like *new_row*."""
    if not rows:
        st.caption(tr("setup.rows.none"))
    for index, row in enumerate(rows):
        _row(editor, row, first=index == 0, last=index == len(rows) - 1)
    _add_form(editor, new_row)


def _row(editor: RowEditor, row: Any, *, first: bool, last: bool) -> None:
    row_id = int(row.id)
    with st.expander(editor.summary(row)):
        with st.form(f"{editor.key}-{row_id}", enter_to_submit=False):
            values = _inputs(editor.fields, {f.name: _value(row, f.name) for f in editor.fields})
            saved = st.form_submit_button(tr("setup.rows.save"), type="primary")
        if saved:
            admin.write(lambda s: editor.save(s, values, row_id), admin.saved())
        with st.container(horizontal=True):
            _button("setup.rows.up", f"{editor.key}-up-{row_id}", first, editor, row_id, -1)
            _button("setup.rows.down", f"{editor.key}-down-{row_id}", last, editor, row_id, 1)
            with st.popover(tr("setup.rows.remove"), icon=":material/delete:"):
                _remove(editor, row, row_id)


def _remove(editor: RowEditor, row: Any, row_id: int) -> None:
    blocked = editor.blocked(row)
    if blocked:
        st.warning(blocked, icon=":material/block:")
        return
    st.write(tr("setup.rows.remove_confirm", name=editor.summary(row)))
    st.button(
        tr("setup.rows.remove_go"),
        key=f"{editor.key}-remove-{row_id}",
        type="primary",
        on_click=admin.callback,
        args=(lambda s: editor.remove(s, row_id), tr("setup.rows.removed")),
    )


def _button(
    label: str, key: str, disabled: bool, editor: RowEditor, row_id: int, step: int
) -> None:
    st.button(
        tr(label),
        key=key,
        disabled=disabled,
        icon=":material/arrow_upward:" if step < 0 else ":material/arrow_downward:",
        on_click=admin.callback,
        args=(lambda s: editor.move(s, row_id, step), tr("setup.rows.moved")),
    )


def _add_form(editor: RowEditor, new_row: Values) -> None:
    # A fresh form key after each add empties the form; a refused add keeps what was typed.
    added = st.session_state.get(f"{editor.key}-added", 0)
    st.subheader(editor.new_label)
    key = f"{editor.key}-new-{added}"
    with st.form(key, enter_to_submit=False):
        # Keyed inputs keep what was typed even when the proposal (the next free number)
        # changes because another tab added a row meanwhile: the save then says why.
        values = _inputs(editor.fields, new_row, key=key)
        submitted = st.form_submit_button(
            tr("setup.rows.add"), type="primary", icon=":material/add:"
        )
    if submitted and admin.write(lambda s: editor.save(s, values, None), rerun=False):
        st.session_state[f"{editor.key}-added"] = added + 1
        st.toast(tr("setup.rows.added"), icon=":material/check:")
        st.rerun()


def _inputs(fields: Sequence[Field], current: Values, key: str = "") -> Values:
    """Short inputs side by side (at most four on a line), text areas full width below."""
    values: Values = {}
    inline = [f for f in fields if f.kind != "area"]
    for start in range(0, len(inline), _PER_LINE):
        line = inline[start : start + _PER_LINE]
        for spec, column in zip(line, st.columns([f.width for f in line]), strict=True):
            values[spec.name] = _input(column, spec, current.get(spec.name), key)
    for spec in fields:
        if spec.kind == "area":
            values[spec.name] = _input(st, spec, current.get(spec.name), key)
    return values


def _input(where: Any, spec: Field, value: Any, key: str) -> Any:
    label = tr(spec.label)
    extra = {"key": f"{key}-{spec.name}"} if key else {}
    if spec.kind == "area":
        return where.text_area(label, value or "", height=90, **extra)
    if spec.kind == "number":
        return where.number_input(label, value=int(value or 0), step=1, format="%d", **extra)
    if spec.kind == "select":
        options = list(spec.options)
        index = options.index(value) if value in options else 0
        return where.selectbox(label, options, index=index, format_func=spec.names, **extra)
    return where.text_input(label, value or "", **extra)


def _value(row: Any, name: str) -> Any:
    if name == "minutes":
        return row.duration_seconds // 60
    return getattr(row, name)
