"""Streamlit-side helpers: the cached engine, language, identity and reusable widgets.

Pages import from here; the domain package ``facilitation`` never imports Streamlit.
"""

from streamlit.runtime.pages_manager import PagesManager

# The app routes with st.navigation (app.py). Streamlit would otherwise also treat the pages/
# folder as "version 1" multipage app and serve every file in it by URL, bypassing the router's
# login gate and listing file names in the sidebar. serve.py sets this before the first session;
# setting it here too covers `streamlit run app.py`.
PagesManager.uses_pages_directory = False
