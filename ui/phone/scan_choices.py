"""Choices and rankings on the phone: a full-width button per option (with "Anders…" and its
text box when offered), and an ordered list with ↑/↓ for a ranking. Each change is stored at once
by *save* (ui/phone/scan.py)."""

from __future__ import annotations

from collections.abc import Callable

import streamlit as st

from facilitation.models import QuestionKind, ScanQuestion
from facilitation.scans.checks import Given
from ui.common.context import tr
from ui.common.html import html, show

OTHER = -2  # the "Anders: …" button of a choice

Save = Callable[[ScanQuestion, Given], None]


def choice(
    question: ScanQuestion, given: Given | None, prefix: str, save: Save, disabled: bool
) -> None:
    """Show a choice or bins question: a full-width button per option (and "Anders…")."""
    multi = question.kind == QuestionKind.MULTIPLE
    options = list(range(len(question.options))) + ([OTHER] if question.allow_other else [])
    chosen = list(given.choices) if given else []
    if given is not None and given.other:
        chosen.append(OTHER)
    key, other_key = f"{prefix}-c", f"{prefix}-other"

    def label(index: int) -> str:
        return tr("scan_phone.other") if index == OTHER else question.options[index]

    def changed() -> None:
        picked = st.session_state.get(key)
        picked = list(picked or []) if multi else ([] if picked is None else [picked])
        other = str(st.session_state.get(other_key) or "").strip() if OTHER in picked else ""
        if OTHER in picked and not other:
            return  # waits for the text of "Anders"
        choices = tuple(i for i in picked if i != OTHER)
        save(question, Given(choices=choices, other=other))

    if multi:
        st.caption(tr("scan_phone.multi_hint"))
    with st.container(key=f"{prefix}-choice"):
        st.pills(
            question.prompt,
            options,
            selection_mode="multi" if multi else "single",
            default=chosen if multi else (chosen[0] if chosen else None),
            format_func=label,
            key=key,
            on_change=changed,
            disabled=disabled,
            label_visibility="collapsed",
        )
    picked = st.session_state.get(key)
    if OTHER in (picked or []) if multi else picked == OTHER:
        st.text_input(
            tr("scan_phone.other_label"),
            value=given.other if given else "",
            max_chars=200,
            key=other_key,
            on_change=changed,
            disabled=disabled,
        )


def ranking(
    question: ScanQuestion, given: Given | None, prefix: str, save: Save, disabled: bool
) -> None:
    """Show a ranking: the options in order, each with ↑ and ↓; every move is stored."""
    count = len(question.options)
    stored = list(given.choices) if given and len(given.choices) == count else None
    order_key = f"{prefix}-order"
    order: list[int] = st.session_state.setdefault(order_key, stored or list(range(count)))

    def move(position: int, step: int) -> None:
        new = list(order)
        new[position], new[position + step] = new[position + step], new[position]
        st.session_state[order_key] = new
        save(question, Given(choices=tuple(new)))

    for position, index in enumerate(order):
        with st.container(key=f"{prefix}-rank-{position}", horizontal=True, wrap=False):
            show(
                html(
                    '<div class="oogst-scan-rank"><b>{}.</b> {}</div>',
                    position + 1,
                    question.options[index],
                )
            )
            up, down = tr("scan_phone.up"), tr("scan_phone.down")
            st.button(
                "↑",
                key=f"{prefix}-up-{position}",
                help=f"{up}: {question.options[index]}",
                disabled=disabled or position == 0,
                on_click=move,
                args=(position, -1),
            )
            st.button(
                "↓",
                key=f"{prefix}-down-{position}",
                help=f"{down}: {question.options[index]}",
                disabled=disabled or position == count - 1,
                on_click=move,
                args=(position, 1),
            )
    if stored != order:
        st.button(
            tr("scan_phone.rank_save"),
            key=f"{prefix}-rank-save",
            disabled=disabled,
            type="primary",
            on_click=save,
            args=(question, Given(choices=tuple(order))),
        )
