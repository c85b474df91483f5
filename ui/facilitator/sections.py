"""The sections of a facilitator page (Live, Oogst, Actieagenda) as a row of buttons that keeps
its choice.

``st.tabs`` shows every tab's content and forgets which tab was open when an action reruns the
page, so after pressing *Verbergen* or *Opslaan* the facilitator lands on the first tab again.
A segmented control is a widget: its value lives in ``st.session_state`` under the page's key
(kept for the whole browser session, also when the facilitator visits another page and comes
back), only the chosen section runs, and the choice survives every rerun.
"""

from __future__ import annotations

from collections.abc import Mapping

import streamlit as st

from ui.common.context import tr


def choose(key: str, labels: Mapping[str, str]) -> str:
    """Show the sections in *labels* (id -> label) as one row of buttons; return the chosen id.

    Labels may change between runs (a count in them): the choice is kept by id, under *key*.
    """
    options = list(labels)
    chosen = st.segmented_control(
        tr("sections.label"),
        options,
        default=options[0],
        required=True,
        format_func=lambda option: labels.get(option, option),
        key=key,
        label_visibility="collapsed",
        persist_state="session",
        wrap=True,  # in a narrow column the sections take a second row, never cut off
    )
    return chosen if chosen in labels else options[0]
