"""The smallest live page: one fragment that ticks and shows one line.

The benchmark serves it with Oogst's own ``.streamlit/config.toml`` to measure what any
Streamlit fragment tick costs, so a wall tick's figure can be split into framework and Oogst.
"""

from datetime import timedelta

import streamlit as st


@st.fragment(run_every=timedelta(seconds=1))
def tick() -> None:
    """Show one line."""
    st.html("<div>tick</div>")


tick()
