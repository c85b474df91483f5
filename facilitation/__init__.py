"""Oogst's domain package: events, participation, harvest. It never imports Streamlit."""

__version__ = "0.1.0"
