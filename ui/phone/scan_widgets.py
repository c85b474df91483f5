"""One question on the phone, per kind: large number buttons for a scale (a tap, no dragging),
buttons for choices and bins, an ordered list with up/down for a ranking, a short text box.

Every change is stored at once (``save`` is the page's callback, one whole answer per call), so
an unfinished scan survives a reload, a locked phone and a dropped connection: the page shows
what is stored. Widget keys carry a *generation*; a new one redraws every widget from the stored
answers (after an error or a change made in another tab).
"""

from __future__ import annotations

import streamlit as st

from facilitation.models import QuestionKind, ScanQuestion
from facilitation.scans.checks import Given
from ui.common import html as page_html
from ui.common.context import tr
from ui.common.html import Markup, html
from ui.phone import scan_choices
from ui.phone.scan_choices import Save

DONT_KNOW = -1  # the "weet ik niet" button of a scale


def show(question: ScanQuestion, given: Given | None, *, gen: int, save: Save, closed: str) -> None:
    """Show *question* with the phone's stored answer *given*; *closed* is why it cannot change."""
    prefix = f"sq-{gen}-{question.id}"
    page_html.show(_prompt_html(question))
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
        scan_choices.choice(question, given, prefix, save, disabled)
    elif kind == QuestionKind.RANKING:
        scan_choices.ranking(question, given, prefix, save, disabled)
    else:
        _open(question, given, prefix, save, disabled)
    if closed:
        page_html.show(html('<div class="oogst-scan-closed" role="status">{}</div>', closed))


def _prompt_html(question: ScanQuestion) -> Markup:
    prompt = html('<div class="oogst-scan-prompt" dir="auto">{}</div>', question.prompt)
    if question.help:
        prompt += html('<div class="oogst-scan-help">{}</div>', question.help)
    return prompt


def _poles(question: ScanQuestion) -> None:
    """Print each pole with its number, so a "Ja … Nee" scale is never read the wrong way round."""
    if not (question.pole_low or question.pole_high):
        return
    low = f"{question.scale_min} = {question.pole_low}" if question.pole_low else ""
    high = f"{question.scale_max} = {question.pole_high}" if question.pole_high else ""
    page_html.show(
        html(
            '<div class="oogst-scan-poles"><span>{}</span><span class="high">{}</span></div>',
            low,
            high,
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
    block = html('<div class="oogst-scan-item">{}</div>', label)
    if explained:
        block += html('<div class="oogst-scan-help">{}</div>', explained)
    page_html.show(block)
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
