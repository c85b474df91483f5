"""The Scans page's questions: add, edit, reorder, remove; open/close and reveal one question.

A question's form shows the fields its kind uses: poles and range for a scale, items for a set
of scale items, options (one per line) for choices, bins and rankings.
"""

from __future__ import annotations

from typing import Any

import streamlit as st

from facilitation.models import QuestionBase, QuestionKind, QuestionUpdate, Scan, ScanQuestion
from facilitation.scans import editor
from ui.common import admin
from ui.common.context import tr
from ui.common.html import md

SCALES = (QuestionKind.SCALE, QuestionKind.SCALE_SET)
WITH_OPTIONS = (
    QuestionKind.SINGLE,
    QuestionKind.MULTIPLE,
    QuestionKind.BINS,
    QuestionKind.RANKING,
)


def _lines(text: str) -> list[str]:
    return [line.strip() for line in (text or "").splitlines() if line.strip()]


def fields(kind: QuestionKind, row: QuestionBase | None, prefix: str) -> dict[str, Any]:
    """Show the form fields of a question of *kind* (filled from *row*); return their values."""
    row = row or QuestionBase(kind=kind)
    values: dict[str, Any] = {
        "prompt": st.text_input(tr("scan_fac.q.prompt"), row.prompt, key=f"{prefix}-prompt"),
        "help": st.text_input(tr("scan_fac.q.help"), row.help, key=f"{prefix}-help"),
    }
    if kind == QuestionKind.SCALE_SET:
        values["items"] = _lines(
            st.text_area(
                tr("scan_fac.q.items"), "\n".join(row.items), key=f"{prefix}-items", height=160
            )
        )
    if kind in SCALES:
        left, right = st.columns(2)
        values["pole_low"] = left.text_input(
            tr("scan_fac.q.pole_low"), row.pole_low, key=f"{prefix}-low"
        )
        values["pole_high"] = right.text_input(
            tr("scan_fac.q.pole_high"), row.pole_high, key=f"{prefix}-high"
        )
        values["scale_min"] = left.selectbox(
            tr("scan_fac.q.scale_min"), [0, 1], index=row.scale_min, key=f"{prefix}-min"
        )
        values["scale_max"] = right.number_input(
            tr("scan_fac.q.scale_max"), 2, 10, row.scale_max, key=f"{prefix}-max"
        )
        values["dont_know"] = st.checkbox(
            tr("scan_fac.q.dont_know"), row.dont_know, key=f"{prefix}-dk"
        )
    if kind in WITH_OPTIONS:
        values["options"] = _lines(
            st.text_area(
                tr("scan_fac.q.bins" if kind == QuestionKind.BINS else "scan_fac.q.options"),
                "\n".join(row.options),
                key=f"{prefix}-options",
                height=160,
            )
        )
    if kind in (QuestionKind.SINGLE, QuestionKind.MULTIPLE):
        values["allow_other"] = st.checkbox(
            tr("scan_fac.q.allow_other"), row.allow_other, key=f"{prefix}-other"
        )
    return values


def add_form(scan: Scan, event_id: int) -> None:
    """Show the form that adds a question of a chosen kind at the end of *scan*."""
    with st.expander(tr("scan_fac.q.add"), icon=":material/add:"):
        kind = QuestionKind(
            st.selectbox(
                tr("scan_fac.q.kind"),
                [k.value for k in QuestionKind],
                format_func=lambda k: tr(f"scan.kind.{k}"),
                key=f"add-kind-{scan.id}",
            )
        )
        with st.form(f"add-question-{scan.id}"):
            values = fields(kind, None, f"add-{scan.id}-{kind}")
            if st.form_submit_button(tr("scan_fac.q.add_go"), type="primary"):
                question = QuestionBase(kind=kind, **values)
                admin.write(
                    lambda s: editor.add_question(
                        session=s, event_id=event_id, scan_id=scan.id or 0, question=question
                    ),
                    tr("scan_fac.q.added"),
                )


def listing(scan: Scan, questions: list[ScanQuestion], event_id: int) -> None:
    """Show every question of *scan* as an expander with its form and its buttons."""
    if not questions:
        st.info(tr("scan_fac.q.none"))
    order = [q.id or 0 for q in questions]
    for position, question in enumerate(questions):
        state = [
            tr("scan_fac.q.open") if question.is_open else tr("scan_fac.q.closed"),
            tr(f"scan.kind.{question.kind}"),
        ]
        label = f"{position + 1}. {question.prompt} — {' · '.join(state)}"
        with st.expander(md(label)):
            _buttons(scan, question, order, position, event_id)
            with st.form(f"question-{question.id}"):
                values = fields(QuestionKind(question.kind), question, f"q-{question.id}")
                if st.form_submit_button(tr("scan_fac.save"), type="primary"):
                    _save(event_id, question.id or 0, QuestionUpdate(**values))


def _save(event_id: int, question_id: int, changes: QuestionUpdate) -> None:
    admin.write(
        lambda s: editor.update_question(
            session=s, event_id=event_id, question_id=question_id, changes=changes
        ),
        admin.saved(),
    )


def _moved(order: list[int], position: int, step: int) -> list[int]:
    new = list(order)
    new[position], new[position + step] = new[position + step], new[position]
    return new


def _buttons(
    scan: Scan, question: ScanQuestion, order: list[int], position: int, event_id: int
) -> None:
    question_id, scan_id = question.id or 0, scan.id or 0
    row = st.container(horizontal=True)
    row.button(
        tr("scan_fac.q.close") if question.is_open else tr("scan_fac.q.reopen"),
        key=f"q-open-{question_id}",
        on_click=admin.callback,
        args=(
            lambda s: editor.set_question_open(
                session=s, event_id=event_id, question_id=question_id, is_open=not question.is_open
            ),
        ),
    )
    row.button(
        tr("scan_fac.q.hide_results") if question.revealed else tr("scan_fac.q.reveal"),
        key=f"q-reveal-{question_id}",
        on_click=admin.callback,
        args=(
            lambda s: editor.reveal(
                session=s,
                event_id=event_id,
                scan_id=scan_id,
                question_id=question_id,
                revealed=not question.revealed,
            ),
        ),
    )
    for step, icon, name in (
        (-1, ":material/arrow_upward:", "up"),
        (1, ":material/arrow_downward:", "down"),
    ):
        if 0 <= position + step < len(order):
            new_order = _moved(order, position, step)
            row.button(
                tr(f"scan_fac.q.{name}"),
                icon=icon,
                key=f"q-{name}-{question_id}",
                on_click=admin.callback,
                args=(
                    lambda s, o=new_order: editor.reorder_questions(
                        session=s, event_id=event_id, scan_id=scan_id, question_ids=o
                    ),
                ),
            )
    with row.popover(tr("scan_fac.q.delete"), icon=":material/delete:"):
        st.button(
            tr("scan_fac.q.delete_confirm"),
            key=f"q-delete-{question_id}",
            type="primary",
            on_click=admin.callback,
            args=(
                lambda s: editor.delete_question(
                    session=s, event_id=event_id, question_id=question_id
                ),
                tr("scan_fac.q.deleted"),
            ),
        )
