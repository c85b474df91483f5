"""The Scans page's body: choose a scan, then its controls and tabs (questions, results, settings,
the initiatives overview, downloads)."""

from __future__ import annotations

import streamlit as st

from facilitation.models import Event, Scan
from facilitation.scans import editor
from ui.common.context import reading, tr
from ui.common.html import md
from ui.facilitator.scans import downloads, questions, results, scan_card

_CHOSEN = "scan_chosen"


def choose(event: Event) -> Scan | None:
    """Show the scan selector (newest choice kept in the URL); return the chosen scan."""
    with reading() as session:
        scans = editor.scans_of(session=session, event_id=event.id or 0)
    if not scans:
        st.info(tr("scan_fac.none"))
        return None
    by_id = {str(s.id): s for s in scans}
    wanted = st.query_params.get("scan") or st.session_state.get(_CHOSEN)
    ids = list(by_id)
    chosen = st.selectbox(
        tr("scan_fac.choose"),
        ids,
        index=ids.index(wanted) if wanted in by_id else len(ids) - 1,
        format_func=lambda i: _label(by_id[i]),
    )
    st.session_state[_CHOSEN] = chosen
    if st.query_params.get("scan") != chosen:
        st.query_params["scan"] = chosen
    return by_id[chosen]


def _label(scan: Scan) -> str:
    state = tr("scan_fac.state_open") if scan.is_open else tr("scan_fac.state_closed")
    return f"{scan.title} · {state}"


def show(event: Event, scan: Scan) -> None:
    """Show the chosen scan's controls and its tabs."""
    event_id = event.id or 0
    with reading() as session:
        rows = editor.questions_of(session=session, scan_id=scan.id or 0)
    st.subheader(md(scan.title))
    scan_card.controls(event, scan)
    tab_questions, tab_results, tab_settings, tab_overview, tab_downloads = st.tabs(
        [
            tr("scan_fac.tab.questions", count=len(rows)),
            tr("scan_fac.tab.results"),
            tr("scan_fac.tab.settings"),
            tr("scan_fac.tab.overview"),
            tr("scan_fac.tab.downloads"),
        ]
    )
    with tab_questions:
        questions.add_form(scan, event_id)
        questions.listing(scan, rows, event_id)
    with tab_results:
        results.show(event, scan, rows)
    with tab_settings:
        scan_card.settings_form(event_id, scan)
        scan_card.copy_and_delete(event_id, scan)
    with tab_overview:
        downloads.overview(event, scan)
    with tab_downloads:
        downloads.answers(event, scan)
