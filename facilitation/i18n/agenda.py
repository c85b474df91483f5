"""Strings of the action agenda: actions, drivers, sign-up and dot voting."""

ENTRIES: dict[str, tuple[str, str]] = {}
