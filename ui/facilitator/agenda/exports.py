"""Facilitator: links to the agenda wall and phone page, CSV/JSON export, drivers' private links."""

from __future__ import annotations

from collections.abc import Callable

import streamlit as st
from sqlmodel import Session

from facilitation.agenda import export as agenda_export
from facilitation.agenda.living import driver_links
from facilitation.join.qr import agenda_url, wall_url
from facilitation.models import Event
from ui.common.context import lang, reading, settings, tr, writing


def links(event: Event) -> None:
    """Show the agenda wall and the phones' agenda page."""
    base = settings().base_url()
    wall, phones = st.columns(2)
    wall.link_button(
        tr("agenda.fac.open_wall"),
        wall_url("", event) + "&view=agenda",
        icon=":material/tv:",
        width="stretch",
    )
    phones.code(agenda_url(base, event.code), language=None, wrap_lines=True)


def downloads(event: Event) -> None:
    """CSV and JSON of the agenda; CSV of the drivers' private links (made when missing)."""
    event_id, language = event.id or 0, lang()
    st.caption(tr("agenda.fac.export_help"))
    csv_col, json_col, links_col = st.columns(3)
    csv_col.download_button(
        tr("agenda.fac.export_csv"),
        data=lambda: _read(
            lambda s: agenda_export.agenda_csv(session=s, event_id=event_id, lang=language)
        ),
        file_name=f"actieagenda-{event.code}.csv",
        mime="text/csv",
        icon=":material/table:",
        on_click="ignore",
    )
    json_col.download_button(
        tr("agenda.fac.export_json"),
        data=lambda: _read(lambda s: agenda_export.agenda_json(session=s, event_id=event_id)),
        file_name=f"actieagenda-{event.code}.json",
        mime="application/json",
        icon=":material/data_object:",
        on_click="ignore",
    )
    links_col.download_button(
        tr("agenda.fac.export_links"),
        data=lambda: _links_csv(event_id, language),
        file_name=f"trekkers-links-{event.code}.csv",
        mime="text/csv",
        icon=":material/link:",
        on_click="ignore",
    )


def _read(build: Callable[[Session], bytes]) -> bytes:
    with reading() as session:
        return build(session)


def _links_csv(event_id: int, language: str) -> bytes:
    with writing() as session:
        rows = driver_links(session=session, event_id=event_id)
    return agenda_export.links_csv(rows, settings().base_url(), language)
