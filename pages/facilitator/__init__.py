"""Facilitator pages, registered by app.py only after login."""
