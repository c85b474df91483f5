"""Tables/themes (number, title, question) and cases/pitches as row lists."""

from __future__ import annotations

from typing import Any

import streamlit as st

from facilitation.meeting import layout, rows
from facilitation.meeting.targets import cases_of, themes_of
from facilitation.models import Case, Theme
from ui.common.context import reading, tr
from ui.facilitator.setup import rows as row_editor
from ui.facilitator.setup.rows import Field, RowEditor

TABLE_FIELDS = (
    Field("number", "setup.col.number", kind="number"),
    Field("title", "setup.col.title", width=3),
    Field("label", "setup.col.label", width=2),
    Field("question", "setup.col.question", kind="area"),
    Field("description", "setup.col.description", kind="area"),
)


def tables(event_id: int) -> None:
    """Add, edit, reorder and remove the meeting's tables/themes."""
    st.caption(tr("setup.themes.help"))
    with reading() as session:
        found = themes_of(session=session, event_id=event_id)
        used = {t.id: layout.contributions_at(session=session, theme_id=t.id) for t in found}
        number = layout.next_theme_number(session=session, event_id=event_id)
    editor = RowEditor(
        key="tables",
        fields=TABLE_FIELDS,
        summary=lambda t: f"{t.number}. {t.title}",
        save=lambda s, values, row_id: layout.save_table(
            session=s, event_id=event_id, values=values, theme_id=row_id
        ),
        remove=lambda s, row_id: layout.remove_table(session=s, event_id=event_id, theme_id=row_id),
        move=lambda s, row_id, step: rows.move(
            session=s, event_id=event_id, model=Theme, row_id=row_id, step=step
        ),
        new_label=tr("setup.tables.new"),
        blocked=lambda t: _in_use(used.get(t.id, 0)),
    )
    row_editor.show(editor, found, {"number": number})


def cases(event_id: int) -> None:
    """Add, edit, reorder and remove the meeting's cases/pitches."""
    st.caption(tr("setup.cases.help"))
    with reading() as session:
        found = cases_of(session=session, event_id=event_id)
        themes = {t.id: t for t in themes_of(session=session, event_id=event_id)}
        used = {c.id: layout.contributions_at(session=session, case_id=c.id) for c in found}
        letter = layout.next_case_letter(session=session, event_id=event_id)
    editor = RowEditor(
        key="cases",
        fields=_case_fields(themes),
        summary=lambda c: _case_summary(c, themes),
        save=lambda s, values, row_id: layout.save_pitch(
            session=s, event_id=event_id, values=values, case_id=row_id
        ),
        remove=lambda s, row_id: layout.remove_pitch(session=s, event_id=event_id, case_id=row_id),
        move=lambda s, row_id, step: rows.move(
            session=s, event_id=event_id, model=Case, row_id=row_id, step=step
        ),
        new_label=tr("setup.cases.new"),
        blocked=lambda c: _in_use(used.get(c.id, 0)),
    )
    kind = found[-1].kind if found else ""
    row_editor.show(editor, found, {"letter": letter, "kind": kind, "theme_id": None})


def _case_fields(themes: dict[Any, Theme]) -> tuple[Field, ...]:
    theme_field = Field(
        "theme_id",
        "setup.col.theme",
        kind="select",
        options=[None, *themes],
        names=lambda i: (
            f"{themes[i].number}. {themes[i].title}" if i else tr("setup.cases.no_theme")
        ),
        width=2,
    )
    return (
        Field("letter", "setup.col.letter"),
        Field("kind", "setup.col.kind", width=2),
        Field("name", "setup.col.name", width=3),
        *((theme_field,) if themes else ()),
        Field("place", "setup.col.place", width=2),
        Field("owners", "setup.col.owners", width=2),
        Field("link", "setup.col.link", width=2),
        Field("key_question", "setup.col.key_question", kind="area"),
        Field("description", "setup.col.description", kind="area"),
    )


def _case_summary(case: Case, themes: dict[Any, Theme]) -> str:
    theme = themes.get(case.theme_id)
    key = f"{theme.number}{case.letter}" if theme else case.letter
    return f"{key}. {case.kind} {case.name}".replace("  ", " ")


def _in_use(count: int) -> str:
    return tr("setup.rows.in_use", count=count) if count else ""
