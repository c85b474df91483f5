"""Phone page: answer a scan or poll (reached from the join page while the scan is open)."""

from __future__ import annotations

import streamlit as st

from facilitation.core.errors import EventNotFound, OogstError, TargetNotFound
from facilitation.meeting.events import find_event
from facilitation.meeting.targets import Target, resolve_target
from facilitation.models import Event, Scan
from facilitation.scans import editor
from ui.common.context import language_switch, reading, show_error, tr
from ui.common.html import inject_css
from ui.phone import links
from ui.phone import parts as phone
from ui.phone import scan as phone_scan
from ui.phone.identity import current_token

inject_css("phone")
inject_css("links")
inject_css("scan")


def _load() -> tuple[Event, Target | None, Scan | None]:
    if not st.query_params.get("event"):
        phone.code_form()
        st.stop()
    params = st.query_params
    try:
        with reading() as session:
            event = find_event(session=session, code=params.get("event"))
            assert event.id is not None
            target = None
            if params.get("table") is not None or params.get("case") is not None:
                target = resolve_target(
                    session=session,
                    event_id=event.id,
                    table=params.get("table"),
                    case=params.get("case"),
                )
            scan_id = int(params.get("scan") or 0) if (params.get("scan") or "").isdigit() else 0
            scan = editor.get_scan(session=session, event_id=event.id, scan_id=scan_id)
    except EventNotFound as error:
        show_error(error)
        phone.code_form()
        st.stop()
    except (TargetNotFound, OogstError) as error:
        show_error(error)
        return event, None, None
    return event, target, scan


event, target, scan = _load()
back = links.params(event.code, current_token(event.code), target)
if scan is not None:
    phone_scan.header(event, scan, phone_scan.segment_of(scan, target))
    if phone_scan.needs_table(scan, target):
        st.warning(tr("scan_phone.needs_table"), icon=":material/table_restaurant:")
        links.button(links.JOIN, tr("phone.pick_table"), links.params(event.code, back.get("p")))
    else:
        phone_scan.watch(event, scan)
        phone_scan.answer_form(event, scan, target)
links.button(links.JOIN, tr("scan_phone.back"), back)
st.divider()
left, right = st.columns([3, 1])
with left:
    links.privacy(back)
with right:
    language_switch()
