"""Facilitator: prepare the meeting — texts, themes/tables, cases, rounds, definitions, contacts."""

from __future__ import annotations

from typing import Any

import streamlit as st

from facilitation.core.errors import OogstError
from facilitation.meeting import bulk_edit as setup_tables
from facilitation.meeting import events
from facilitation.models import CaseStatus, EventFormat
from ui.common.context import reading, show_error, tr, writing
from ui.common.html import md
from ui.facilitator.current import current_event
from ui.facilitator.setup import texts as texts_editor

event = current_event(cohost_ok=False)
event_id = event.id or 0
st.title(tr("setup.title"))
st.caption(tr("setup.lead"))


def _save(action: Any, done: str = "setup.saved") -> None:
    try:
        with writing() as session:
            action(session)
        st.toast(tr(done), icon=":material/check:")
    except OogstError as error:
        show_error(error)


def _records(edited: Any) -> list[dict[str, Any]]:
    records = edited.to_dict("records") if hasattr(edited, "to_dict") else list(edited)
    return [{k: (None if v != v else v) for k, v in r.items()} for r in records]  # NaN → None


tab_texts, tab_themes, tab_cases, tab_rounds, tab_more = st.tabs(
    [
        tr("setup.tab.texts"),
        tr("setup.tab.themes"),
        tr("setup.tab.cases"),
        tr("setup.tab.rounds"),
        tr("setup.tab.more"),
    ]
)

with tab_texts, st.form("event-texts"):
    c1, c2 = st.columns(2)
    values: dict[str, Any] = {
        "title": c1.text_input(tr("setup.f.title"), event.title),
        "subtitle": c2.text_input(tr("setup.f.subtitle"), event.subtitle),
        "tagline": c1.text_input(tr("setup.f.tagline"), event.tagline),
        "event_date": c2.date_input(tr("setup.f.date"), event.event_date, format="DD-MM-YYYY"),
        "venue": c1.text_input(tr("setup.f.venue"), event.venue),
        "organiser": c2.text_input(tr("setup.f.organiser"), event.organiser),
        "commissioner": c1.text_input(tr("setup.f.commissioner"), event.commissioner),
        "format": c2.selectbox(
            tr("events.field.format"),
            [f.value for f in EventFormat],
            index=[f.value for f in EventFormat].index(event.format),
            format_func=lambda f: tr(f"format.{f}"),
        ),
        "language": c1.selectbox(
            tr("setup.f.language"),
            ["nl", "en"],
            index=["nl", "en"].index(event.language),
            format_func=lambda code: tr(f"harvest.language.{code}"),
        ),
        "show_others": c2.checkbox(tr("setup.f.show_others"), event.show_others),
    }
    for title_field, text_field in (
        ("intro_title", "intro"),
        ("background_title", "background"),
        ("themes_title", "themes_intro"),
        ("agenda_title", "agenda_intro"),
    ):
        values[title_field] = st.text_input(
            tr(f"setup.f.{title_field}"), getattr(event, title_field)
        )
        values[text_field] = st.text_area(
            tr(f"setup.f.{text_field}"), getattr(event, text_field), height=120
        )
    values["invitation"] = st.text_input(tr("setup.f.invitation"), event.invitation)
    values["closing_call"] = st.text_area(
        tr("setup.f.closing_call"), event.closing_call, height=100
    )
    if st.form_submit_button(tr("setup.save"), type="primary"):
        _save(
            lambda s: events.update_event(
                session=s, event_id=event_id, update=events.event_update(**values)
            )
        )

with tab_themes:
    st.caption(tr("setup.themes.help"))
    with reading() as session:
        theme_rows = setup_tables.theme_rows(session=session, event_id=event_id)
    edited_themes = st.data_editor(
        theme_rows,
        num_rows="dynamic",
        width="stretch",
        key="themes-editor",
        column_order=setup_tables.THEME_COLUMNS,
        column_config={
            "number": st.column_config.NumberColumn(
                tr("setup.col.number"), min_value=1, max_value=999, step=1, required=True
            ),
            "title": st.column_config.TextColumn(tr("setup.col.title"), width="large"),
            "label": st.column_config.TextColumn(tr("setup.col.label")),
            "question": st.column_config.TextColumn(tr("setup.col.question"), width="large"),
            "description": st.column_config.TextColumn(tr("setup.col.description"), width="large"),
        },
    )
    if st.button(tr("setup.save_themes"), type="primary"):
        _save(
            lambda s: setup_tables.sync_themes(
                session=s, event_id=event_id, rows=_records(edited_themes)
            )
        )
        st.rerun()

with tab_cases:
    st.caption(tr("setup.cases.help"))
    with reading() as session:
        case_rows = setup_tables.case_rows(session=session, event_id=event_id)
        theme_numbers = [
            row["number"] for row in setup_tables.theme_rows(session=session, event_id=event_id)
        ]
    edited_cases = st.data_editor(
        case_rows,
        num_rows="dynamic",
        width="stretch",
        key="cases-editor",
        column_order=setup_tables.CASE_COLUMNS,
        column_config={
            "theme": st.column_config.SelectboxColumn(tr("setup.col.theme"), options=theme_numbers),
            "letter": st.column_config.TextColumn(
                tr("setup.col.letter"), max_chars=2, required=True
            ),
            "kind": st.column_config.TextColumn(tr("setup.col.kind")),
            "name": st.column_config.TextColumn(tr("setup.col.name"), width="medium"),
            "place": st.column_config.TextColumn(tr("setup.col.place")),
            "owners": st.column_config.TextColumn(tr("setup.col.owners")),
            "link": st.column_config.LinkColumn(tr("setup.col.link")),
            "key_question": st.column_config.TextColumn(
                tr("setup.col.key_question"), width="large"
            ),
            "description": st.column_config.TextColumn(tr("setup.col.description"), width="large"),
            "status": st.column_config.SelectboxColumn(
                tr("setup.col.status"),
                options=[s.value for s in CaseStatus],
                required=True,
                default=CaseStatus.DISCUSSED.value,
            ),
            "status_note": st.column_config.TextColumn(tr("setup.col.status_note")),
        },
    )
    if st.button(tr("setup.save_cases"), type="primary"):
        _save(
            lambda s: setup_tables.sync_cases(
                session=s, event_id=event_id, rows=_records(edited_cases)
            )
        )
        st.rerun()

with tab_rounds:
    st.caption(tr("setup.rounds.help"))
    with reading() as session:
        rounds = events.rounds_of(session=session, event_id=event_id)
    for existing in rounds:
        st.markdown(
            f"**{existing.number}.** {md(existing.title)} — {existing.duration_seconds // 60} min"
        )
    with st.form("round"):
        c1, c2, c3 = st.columns([1, 3, 1])
        number = c1.number_input(tr("setup.col.number"), 1, 99, len(rounds) + 1)
        title = c2.text_input(
            tr("setup.col.title"), tr("setup.rounds.default_title", number=len(rounds) + 1)
        )
        minutes = c3.number_input(tr("setup.rounds.minutes"), 1, 600, 20)
        if st.form_submit_button(tr("setup.rounds.save")):
            _save(
                lambda s: events.save_round(
                    session=s,
                    event_id=event_id,
                    number=int(number),
                    title=title,
                    minutes=float(minutes),
                )
            )
            st.rerun()

with tab_more:
    texts_editor.show(event_id, key="setup-texts")
