"""One question on the phone, per kind: large number buttons for a scale (a tap, no dragging),
buttons for choices and bins, an ordered list with up/down for a ranking, a short text box.

Every change is stored at once (``save`` is the page's callback, one whole answer per call), so
an unfinished scan survives a reload, a locked phone and a dropped connection: the page shows
what is stored. Widget keys carry a *generation*; a new one redraws every widget from the stored
answers (after an error or a change made in another tab).
"""

from __future__ import annotations

from collections.abc import Callable

import streamlit as st

from facilitation.models import QuestionKind, ScanQuestion
from facilitation.scans.checks import Given
from ui.common.context import tr
from ui.common.html import esc, ready

DONT_KNOW = -1  # the "weet ik niet" button of a scale
OTHER = -2  # the "Anders: …" button of a choice

Save = Callable[[ScanQuestion, Given], None]


def show(question: ScanQuestion, given: Given | None, *, gen: int, save: Save, closed: str) -> None:
    """Show *question* with the phone's stored answer *given*; *closed* is why it cannot change."""
    prefix = f"sq-{gen}-{question.id}"
    st.html(ready(_prompt_html(question)))
    disabled = bool(closed)
    kind = question.kind
    if kind == QuestionKind.SCALE:
        _poles(question)
        _scale(question, given.number if given else None, given, prefix, save, disabled)
    elif kind == QuestionKind.SCALE_SET:
        _poles(question)
        for item, label in enumerate(question.items):
            value = (given.items.get(item, None) if given else None, given)
            _scale_item(question, item, label, value, prefix, save, disabled)
    elif kind in (QuestionKind.SINGLE, QuestionKind.BINS, QuestionKind.MULTIPLE):
        _choice(question, given, prefix, save, disabled)
    elif kind == QuestionKind.RANKING:
        _ranking(question, given, prefix, save, disabled)
    else:
        _open(question, given, prefix, save, disabled)
    if closed:
        st.html(ready(f'<div class="oogst-scan-closed" role="status">{esc(closed)}</div>'))


def _prompt_html(question: ScanQuestion) -> str:
    help_text = f'<div class="oogst-scan-help">{esc(question.help)}</div>' if question.help else ""
    return f'<div class="oogst-scan-prompt" dir="auto">{esc(question.prompt)}</div>{help_text}'


def _poles(question: ScanQuestion) -> None:
    """Print each pole with its number, so a "Ja … Nee" scale is never read the wrong way round."""
    if not (question.pole_low or question.pole_high):
        return
    low = f"{question.scale_min} = {question.pole_low}" if question.pole_low else ""
    high = f"{question.scale_max} = {question.pole_high}" if question.pole_high else ""
    st.html(
        ready(
            f'<div class="oogst-scan-poles"><span>{esc(low)}</span>'
            f'<span class="high">{esc(high)}</span></div>'
        )
    )


def _numbers(question: ScanQuestion) -> list[int]:
    numbers = list(range(question.scale_min, question.scale_max + 1))
    return [*numbers, DONT_KNOW] if question.dont_know else numbers


def _number_label(value: int) -> str:
    return tr("scan_phone.dont_know") if value == DONT_KNOW else str(value)


def _scale(
    question: ScanQuestion,
    number: object,
    given: Given | None,
    prefix: str,
    save: Save,
    disabled: bool,
) -> None:
    current = DONT_KNOW if given is not None and given.dont_know else number
    key = f"{prefix}-n"

    def changed() -> None:
        value = st.session_state.get(key)
        if value is None:
            save(question, Given())
        elif value == DONT_KNOW:
            save(question, Given(dont_know=True))
        else:
            save(question, Given(number=int(value)))

    with st.container(key=f"{prefix}-scale"):
        st.pills(
            question.prompt,
            _numbers(question),
            default=current if current is not None else None,
            format_func=_number_label,
            key=key,
            on_change=changed,
            disabled=disabled,
            label_visibility="collapsed",
        )


def _scale_item(
    question: ScanQuestion,
    item: int,
    label: str,
    value: tuple[object, Given | None],
    prefix: str,
    save: Save,
    disabled: bool,
) -> None:
    stored, given = value
    answered = given is not None and item in given.items
    current = (DONT_KNOW if stored is None else stored) if answered else None
    key = f"{prefix}-i{item}"

    def changed() -> None:
        items = dict(given.items) if given else {}
        chosen = st.session_state.get(key)
        if chosen is None:
            items.pop(item, None)
        else:
            items[item] = None if chosen == DONT_KNOW else int(chosen)
        save(question, Given(items=items))

    explained = question.item_help[item] if item < len(question.item_help) else ""
    st.html(
        ready(
            f'<div class="oogst-scan-item">{esc(label)}</div>'
            + (f'<div class="oogst-scan-help">{esc(explained)}</div>' if explained else "")
        )
    )
    with st.container(key=f"{prefix}-scale-{item}"):
        st.pills(
            label,
            _numbers(question),
            default=current,
            format_func=_number_label,
            key=key,
            on_change=changed,
            disabled=disabled,
            label_visibility="collapsed",
        )


def _choice(
    question: ScanQuestion, given: Given | None, prefix: str, save: Save, disabled: bool
) -> None:
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


def _ranking(
    question: ScanQuestion, given: Given | None, prefix: str, save: Save, disabled: bool
) -> None:
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
            st.html(
                ready(
                    f'<div class="oogst-scan-rank"><b>{position + 1}.</b> '
                    f"{esc(question.options[index])}</div>"
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


def _open(
    question: ScanQuestion, given: Given | None, prefix: str, save: Save, disabled: bool
) -> None:
    key = f"{prefix}-text"

    def submitted() -> None:
        save(question, Given(text=str(st.session_state.get(key) or "").strip()))

    with st.form(f"{prefix}-form", border=False):
        st.text_input(
            tr("scan_phone.open_label"),
            value=given.text if given else "",
            max_chars=80,
            key=key,
            disabled=disabled,
        )
        st.form_submit_button(
            tr("scan_phone.save"), on_click=submitted, disabled=disabled, width="stretch"
        )
