"""The smallest live page: one fragment that ticks and shows one line.

The benchmark serves it with Oogst's own ``.streamlit/config.toml`` and process tuning
(ui/common/tuning.py) to measure what any Streamlit fragment tick costs, so a wall tick's figure can be
split into framework and Oogst.
"""

import sys
from datetime import timedelta
from pathlib import Path

import streamlit as st

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from ui.common import tuning

tuning.apply()


@st.fragment(run_every=timedelta(seconds=1))
def tick() -> None:
    """Show one line."""
    st.html("<div>tick</div>")


tick()
