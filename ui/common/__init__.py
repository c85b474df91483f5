"""Streamlit-side plumbing shared by every page: per-process context, HTML escaping, the write
helper, guards, start-up checks, HTTP routes and process tuning.

May import: ``facilitation``. Never ``ui.phone``, ``ui.wall`` or ``ui.facilitator``.
"""
