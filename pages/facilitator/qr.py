"""Facilitator: QR codes and join URLs for the event and every table, printable table cards."""

from __future__ import annotations

import streamlit as st

from facilitation.access.sessions import rotate_cohost_key, rotate_wall_key
from facilitation.core.codes import display_join_code
from facilitation.core.settings import lan_address
from facilitation.join.cards import table_cards
from facilitation.join.qr import join_url, qr_png, qr_svg, wall_url
from facilitation.meeting.targets import all_targets, target_label, target_title
from ui.common import admin
from ui.common.context import lang, reading, settings, tr
from ui.common.html import md
from ui.facilitator import auth
from ui.facilitator.current import current_event

event = current_event()
base = settings().base_url()
st.title(tr("qr.title"))
if not settings().public_url and lan_address().startswith("127."):
    st.warning(tr("qr.no_lan"))
st.caption(tr("qr.base", url=base))

with reading() as session:
    targets = all_targets(session=session, event_id=event.id or 0)


def _qr_block(label: str, url: str, key: str) -> None:
    st.image(qr_png(url), width=180, alt=tr("qr.alt", label=label))
    st.markdown(f"**{md(label)}**")
    st.code(url, language=None, wrap_lines=True)
    left, right = st.columns(2)
    left.download_button("PNG", qr_png(url), f"qr-{key}.png", "image/png", key=f"png-{key}")
    right.download_button("SVG", qr_svg(url), f"qr-{key}.svg", "image/svg+xml", key=f"svg-{key}")


st.header(tr("qr.event", code=display_join_code(event.code)))
c1, c2 = st.columns([1, 2])
with c1:
    _qr_block(tr("qr.whole_event"), join_url(base, event.code), "event")
with c2:
    st.markdown(f"**{tr('qr.wall')}**")
    st.caption(tr("qr.wall_help"))
    st.code(wall_url(base, event), language=None, wrap_lines=True)
    if st.button(tr("qr.wall_rotate"), icon=":material/autorenew:", help=tr("qr.wall_rotate_help")):
        admin.write(lambda session: rotate_wall_key(session=session, event_id=event.id or 0))
    if not auth.current_access() or not auth.current_access().is_cohost:  # type: ignore[union-attr]
        st.markdown(f"**{tr('qr.cohost')}**")
        st.caption(tr("qr.cohost_help"))
        st.code(
            f"{base}/facilitator?event={event.code}&cohost={event.cohost_key}",
            language=None,
            wrap_lines=True,
        )
        if st.button(tr("qr.cohost_rotate"), icon=":material/autorenew:"):
            admin.write(lambda session: rotate_cohost_key(session=session, event_id=event.id or 0))
    st.download_button(
        tr("qr.cards"),
        data=lambda: table_cards(event, targets, base, lang()),
        file_name=f"tafelkaarten-{event.code}.docx",
        icon=":material/print:",
        mime="application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    )

st.header(tr("qr.per_table"))
columns = st.columns(3)
for index, target in enumerate(targets):
    with columns[index % 3], st.container(border=True):
        _qr_block(
            f"{target_label(target, event.format, lang())} — {target_title(target)}",
            join_url(base, event.code, target),
            target.key,
        )
