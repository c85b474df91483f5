"""Strings of the harvest report and its editor."""

ENTRIES: dict[str, tuple[str, str]] = {}
