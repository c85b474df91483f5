"""Rounds (title, minutes) as a row list."""

from __future__ import annotations

import streamlit as st

from facilitation.meeting import events, layout, rows
from facilitation.models import Round
from ui.common.context import reading, tr
from ui.facilitator.setup import rows as row_editor
from ui.facilitator.setup.rows import Field, RowEditor

ROUND_FIELDS = (
    Field("title", "setup.col.title", width=3),
    Field("minutes", "setup.col.minutes", kind="number"),
)


def rounds(event_id: int) -> None:
    """Add, edit, reorder and remove the meeting's rounds."""
    st.caption(tr("setup.rounds.help"))
    with reading() as session:
        found = events.rounds_of(session=session, event_id=event_id)
    editor = RowEditor(
        key="rounds",
        fields=ROUND_FIELDS,
        summary=lambda r: (
            f"{r.number}. "
            + tr("setup.rounds.summary", title=r.title, minutes=r.duration_seconds // 60)
        ),
        save=lambda s, values, row_id: layout.save_round(
            session=s, event_id=event_id, values=values, round_id=row_id
        ),
        remove=lambda s, row_id: layout.remove_round(session=s, event_id=event_id, round_id=row_id),
        move=lambda s, row_id, step: rows.move(
            session=s, event_id=event_id, model=Round, row_id=row_id, step=step
        ),
        new_label=tr("setup.rounds.new"),
    )
    title = tr("setup.rounds.default_title", number=len(found) + 1)
    row_editor.show(editor, found, {"title": title, "minutes": 20})
