"""Privacy statement in the viewer's language."""

from __future__ import annotations

import streamlit as st

from ui.common.context import language_switch, tr

st.title(tr("privacy.title"))
st.markdown(tr("privacy.body"))
language_switch()
