"""The Scans page's controls of one scan: open or close it, reveal its results, put it on the
projector, its settings (title, intro, who answers, when results show), copy and delete."""

from __future__ import annotations

import streamlit as st

from facilitation.meeting import events
from facilitation.models import (
    Event,
    EventUpdate,
    ResultsMode,
    Scan,
    ScanAudience,
    ScanUpdate,
    WallScreen,
)
from facilitation.scans import editor
from ui.common import admin
from ui.common.context import tr


def controls(event: Event, scan: Scan) -> None:
    """Show the open/close, reveal and projector buttons of *scan* with its state in words."""
    event_id, scan_id = event.id or 0, scan.id or 0
    state = tr("scan_fac.state_open") if scan.is_open else tr("scan_fac.state_closed")
    results = tr(f"scan_fac.results.{scan.results}")
    audience = tr(f"scan_fac.audience.{scan.audience}")
    st.caption(f"{state} · {audience} · {results}")
    row = st.container(horizontal=True)
    row.button(
        tr("scan_fac.close") if scan.is_open else tr("scan_fac.open"),
        key=f"scan-open-{scan_id}",
        type="secondary" if scan.is_open else "primary",
        icon=":material/lock:" if scan.is_open else ":material/lock_open:",
        on_click=admin.callback,
        args=(
            lambda s: editor.set_scan_open(
                session=s, event_id=event_id, scan_id=scan_id, is_open=not scan.is_open
            ),
            tr("scan_fac.closed_done") if scan.is_open else tr("scan_fac.opened_done"),
        ),
    )
    if scan.results == ResultsMode.ON_REVEAL:
        row.button(
            tr("scan_fac.reveal_all"),
            key=f"scan-reveal-{scan_id}",
            icon=":material/visibility:",
            on_click=admin.callback,
            args=(
                lambda s: editor.reveal(session=s, event_id=event_id, scan_id=scan_id),
                tr("scan_fac.revealed_done"),
            ),
        )
        row.button(
            tr("scan_fac.hide_all"),
            key=f"scan-hide-{scan_id}",
            icon=":material/visibility_off:",
            on_click=admin.callback,
            args=(
                lambda s: editor.reveal(
                    session=s, event_id=event_id, scan_id=scan_id, revealed=False
                ),
            ),
        )
    on_wall = event.wall_screen == WallScreen.SCAN
    row.button(
        tr("scan_fac.wall_off") if on_wall else tr("scan_fac.wall_on"),
        key=f"scan-wall-{scan_id}",
        icon=":material/tv:",
        on_click=admin.callback,
        args=(
            lambda s: events.update_event(
                session=s,
                event_id=event_id,
                update=EventUpdate(wall_screen=WallScreen.AUTO if on_wall else WallScreen.SCAN),
            ),
        ),
        help=tr("scan_fac.wall_help"),
    )


def settings_form(event_id: int, scan: Scan) -> None:
    """Show the scan's settings form: title, intro, who answers and when results show."""
    scan_id = scan.id or 0
    with st.form(f"scan-settings-{scan_id}"):
        title = st.text_input(tr("scan_fac.f.title"), scan.title, max_chars=200)
        intro = st.text_area(tr("scan_fac.f.intro"), scan.intro, height=80)
        audience = st.radio(
            tr("scan_fac.f.audience"),
            [a.value for a in ScanAudience],
            index=[a.value for a in ScanAudience].index(scan.audience),
            format_func=lambda a: tr(f"scan_fac.audience_long.{a}"),
        )
        results = st.radio(
            tr("scan_fac.f.results"),
            [r.value for r in ResultsMode],
            index=[r.value for r in ResultsMode].index(scan.results),
            format_func=lambda r: tr(f"scan_fac.results_long.{r}"),
        )
        if st.form_submit_button(tr("scan_fac.save"), type="primary"):
            changes = ScanUpdate(
                title=title,
                intro=intro,
                audience=ScanAudience(audience),
                results=ResultsMode(results),
            )
            admin.write(
                lambda s: editor.update_scan(
                    session=s, event_id=event_id, scan_id=scan_id, changes=changes
                ),
                admin.saved(),
            )


def copy_and_delete(event_id: int, scan: Scan) -> None:
    """Show Copy (questions without answers) and Delete (with a confirmation)."""
    scan_id = scan.id or 0
    row = st.container(horizontal=True)
    row.button(
        tr("scan_fac.copy"),
        key=f"scan-copy-{scan_id}",
        icon=":material/content_copy:",
        on_click=admin.callback,
        args=(
            lambda s: editor.copy_scan(
                session=s,
                event_id=event_id,
                scan_id=scan_id,
                title=tr("scan_fac.copy_title", title=scan.title),
            ),
            tr("scan_fac.copied"),
        ),
    )
    with row.popover(tr("scan_fac.delete"), icon=":material/delete:"):
        st.write(tr("scan_fac.delete_warning"))
        st.button(
            tr("scan_fac.delete_confirm"),
            key=f"scan-delete-{scan_id}",
            type="primary",
            on_click=admin.callback,
            args=(
                lambda s: editor.delete_scan(session=s, event_id=event_id, scan_id=scan_id),
                tr("scan_fac.deleted"),
            ),
        )
