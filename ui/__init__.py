"""Streamlit-side helpers: the cached engine, language, identity and reusable widgets.

Pages import from here; the domain package ``facilitation`` never imports Streamlit.
"""

from streamlit.runtime.pages_manager import PagesManager

# A guard, not a speed-up, on a private class attribute. The app routes with st.navigation
# (app.py), but until the process first runs st.navigation Streamlit takes the pages/ folder next
# to the main script for a "version 1" multipage app: the first script runs after start-up
# would go through its own navigation of pages/*.py, serving any page file put directly in
# pages/ by URL past the router's login gate. tests/ui/test_streamlit_internals.py fails when
# Streamlit stops consulting the flag. serve.py (`make run`) imports this package before any
# session starts.
PagesManager.uses_pages_directory = False

# Forged widget states (any client can send any id and value) are dropped before Streamlit
# reads them, instead of failing the run: ui/common/widget_states.py.
from ui.common import widget_states  # noqa: E402

widget_states.apply()
