"""The report's shape: the organiser's choices for the whole report (presets and a form), and
per table or case what it prints (a choice in the editor)."""

from __future__ import annotations

from typing import Any

import streamlit as st

from facilitation.harvest import shape
from facilitation.harvest.report.builder import switchable_parts
from facilitation.models import (
    CasePlace,
    ChartChoice,
    HeaderChoice,
    KindDisplay,
    ReportContent,
    ReportOptions,
)
from ui.common import admin
from ui.common.context import reading, tr

_INHERIT = "inherit"


def current(event_id: int) -> ReportOptions:
    """Return the event's stored report choices."""
    with reading() as session:
        return shape.report_options(session=session, event_id=event_id)


def _save(event_id: int, options: ReportOptions) -> None:
    """Store a preset and put it in the form's widgets (they keep their own values otherwise)."""
    for key, value in _form_values(options).items():
        st.session_state[key] = value
    admin.callback(
        lambda session: shape.save_report_options(
            session=session, event_id=event_id, options=options
        ),
        admin.saved(),
    )


def show(event_id: int) -> None:
    """Show the presets and the form with every choice for the whole report."""
    st.caption(tr("shape.help"))
    options = current(event_id)
    left, right = st.columns(2)
    left.button(
        tr("shape.preset.default"),
        key="shape-default",
        on_click=_save,
        args=(event_id, ReportOptions()),
        width="stretch",
    )
    prose = ReportOptions.prose().model_copy(update={"targets": {}})
    right.button(
        tr("shape.preset.prose"),
        key="shape-prose",
        on_click=_save,
        args=(event_id, prose),
        width="stretch",
        type="primary",
    )
    # No form and no save button: each choice is stored the moment it changes, so nothing
    # chosen is lost when the facilitator goes to another section or page.
    changed = {"on_change": _store, "args": (event_id,)}
    _what(options, changed)
    _headings(options, changed)
    _header(options, changed)
    st.caption(tr("harvest.saved_on_leave"))


# Widget key -> ReportOptions field, for every whole-report choice but the parts.
_FIELDS = {
    "shape-content": "content",
    "shape-kinds": "kinds",
    "shape-count-chart": "count_chart",
    "shape-vote-chart": "vote_chart",
    "shape-status": "status_notes",
    "shape-numbering": "numbering",
    "shape-case-kind": "case_kind",
    "shape-case-place": "case_place",
    "shape-intro": "intro_headings",
    "shape-header": "header",
    "shape-header-text": "header_text",
}


def _store(event_id: int) -> None:
    """Store the report's shape as the widgets now show it (a widget's on_change)."""
    options = current(event_id)
    values: dict[str, Any] = {
        field: st.session_state[key] for key, field in _FIELDS.items() if key in st.session_state
    }
    parts = dict(options.parts)
    for part in switchable_parts():
        if f"shape-part-{part.key}" in st.session_state:
            parts[part.key] = bool(st.session_state[f"shape-part-{part.key}"])
    chosen = ReportOptions.model_validate(options.model_dump() | values | {"parts": parts})
    admin.callback(
        lambda session: shape.save_report_options(
            session=session, event_id=event_id, options=chosen
        ),
        admin.saved(),
    )


def _form_values(options: ReportOptions) -> dict[str, Any]:
    """Return the form's widget values for *options*, by widget key."""
    return {
        "shape-content": options.content.value,
        "shape-kinds": options.kinds.value,
        "shape-count-chart": options.count_chart.value,
        "shape-vote-chart": options.vote_chart,
        "shape-status": options.status_notes,
        "shape-numbering": options.numbering,
        "shape-case-kind": options.case_kind,
        "shape-case-place": options.case_place.value,
        "shape-intro": options.intro_headings,
        "shape-header": options.header.value,
        "shape-header-text": options.header_text,
        **{
            f"shape-part-{part.key}": options.shows(part.key, part.default)
            for part in switchable_parts()
        },
    }


def _radio(label: str, enum: Any, value: Any, key: str, changed: dict[str, Any]) -> Any:
    choices = [member.value for member in enum]
    return st.radio(
        tr(label),
        choices,
        index=choices.index(value),
        format_func=lambda c: tr(f"{label}.{c}"),
        key=key,
        **changed,
    )


def _what(options: ReportOptions, changed: dict[str, Any]) -> dict[str, Any]:
    values: dict[str, Any] = {
        "content": _radio(
            "shape.content", ReportContent, options.content, "shape-content", changed
        ),
        "kinds": _radio("shape.kinds", KindDisplay, options.kinds, "shape-kinds", changed),
        "count_chart": _radio(
            "shape.count_chart", ChartChoice, options.count_chart, "shape-count-chart", changed
        ),
        "vote_chart": st.checkbox(
            tr("shape.vote_chart"), options.vote_chart, key="shape-vote-chart", **changed
        ),
        "status_notes": st.checkbox(
            tr("shape.status_notes"), options.status_notes, key="shape-status", **changed
        ),
    }
    st.markdown(f"**{tr('shape.parts')}**")
    parts = dict(options.parts)
    for part in switchable_parts():
        parts[part.key] = st.checkbox(
            tr(part.label),
            options.shows(part.key, part.default),
            key=f"shape-part-{part.key}",
            **changed,
        )
    return values | {"parts": parts}


def _headings(options: ReportOptions, changed: dict[str, Any]) -> dict[str, Any]:
    st.markdown(f"**{tr('shape.headings')}**")
    return {
        "numbering": st.checkbox(
            tr("shape.numbering"), options.numbering, key="shape-numbering", **changed
        ),
        "case_kind": st.checkbox(
            tr("shape.case_kind"), options.case_kind, key="shape-case-kind", **changed
        ),
        "case_place": _radio(
            "shape.case_place", CasePlace, options.case_place, "shape-case-place", changed
        ),
        "intro_headings": st.checkbox(
            tr("shape.intro_headings"), options.intro_headings, key="shape-intro", **changed
        ),
    }


def _header(options: ReportOptions, changed: dict[str, Any]) -> dict[str, Any]:
    return {
        "header": _radio("shape.header", HeaderChoice, options.header, "shape-header", changed),
        "header_text": st.text_input(
            tr("shape.header_text"),
            options.header_text,
            max_chars=120,
            key="shape-header-text",
            **changed,
        ),
    }


def target_choice(event_id: int, target_key: str) -> None:
    """Show what one table or case prints, stored as soon as it is changed."""
    options = current(event_id)
    choices = [_INHERIT, *(c.value for c in ReportContent)]
    chosen = options.targets.get(target_key)
    whole = tr(f"shape.content.{options.content.value}").lower()

    def label(choice: str) -> str:
        if choice == _INHERIT:
            return tr("shape.content.inherit", choice=whole)
        return tr(f"shape.content.{choice}")

    st.selectbox(
        tr("shape.target_content"),
        choices,
        index=choices.index(chosen.value if chosen else _INHERIT),
        format_func=label,
        key=f"shape-target-{target_key}",
        on_change=_target_changed,
        args=(event_id, target_key),
    )


def _target_changed(event_id: int, target_key: str) -> None:
    value = st.session_state[f"shape-target-{target_key}"]
    content = None if value == _INHERIT else ReportContent(value)
    admin.callback(
        lambda session: shape.set_target_content(
            session=session, event_id=event_id, target_key=target_key, content=content
        ),
        admin.saved(),
    )
