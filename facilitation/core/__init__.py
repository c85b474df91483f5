"""Foundations every feature uses: the database, settings, named errors, text cleaning, codes,
logs, schema migrations and links in text.

May import: ``facilitation.models`` and ``facilitation.i18n``. Never a feature package.
"""
