"""Streamlit-side helpers: the cached engine, language, identity and reusable widgets.

Pages import from here; the domain package ``facilitation`` never imports Streamlit.
"""
