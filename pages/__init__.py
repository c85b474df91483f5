"""Streamlit pages, one file per URL; app.py registers them. Thin: read widgets, call one service, render."""
