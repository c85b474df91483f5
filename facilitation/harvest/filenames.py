"""File names for what the organiser downloads: plain ASCII, safe in any mail program or zip."""

from __future__ import annotations

import re
import unicodedata

from facilitation.models import Event

_NOT_SLUG = re.compile(r"[^a-z0-9]+")


def slug(text: str, limit: int = 50) -> str:
    """Return 'de-lamel' for 'De Lamel': lower-case ASCII words joined by dashes."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return _NOT_SLUG.sub("-", plain.lower()).strip("-")[:limit].rstrip("-")


def harvest_filename(event: Event, extension: str = "docx", kind: str = "oogst") -> str:
    """Return 'oogst-2015-02-12-knooppunten-voor-maatschappelijke-initiatieven.docx'."""
    parts = [kind, event.event_date.isoformat() if event.event_date else "", slug(event.title)]
    return "-".join(part for part in parts if part) + f".{extension}"
