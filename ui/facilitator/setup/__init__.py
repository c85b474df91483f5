"""Preparing a meeting: texts, tables/themes, cases, rounds, definitions and contacts."""
