"""Privacy statement in the viewer's language; from a phone, a link back to its meeting."""

from __future__ import annotations

import streamlit as st

from ui.common.context import language_switch, tr
from ui.common.html import inject_css
from ui.phone import links

inject_css("links")
st.title(tr("privacy.title"))
st.markdown(tr("privacy.body"))
code = st.query_params.get("event")
if code:
    query = {k: v for k, v in st.query_params.to_dict().items() if k in ("event", "p", "lang")}
    links.button(links.JOIN, tr("privacy.back"), query)
language_switch()
