"""How many owners a case's owners field names, for "Eigenaar" or "Eigenaren"."""

from __future__ import annotations

import re

_LIST = re.compile(r"\s*[,;+/]\s*")
_AND = re.compile(r"\s*(?:&|\ben\b|\band\b)\s*", re.IGNORECASE)
_AND_OTHERS = re.compile(r"(?:\be\.a\.|\bc\.s\.|\ben anderen\b|\band others\b|\bet al\b)", re.I)
# An 'en' inside an organisation's name ('Stichting Wonen en Zorg') joins words, not owners.
_ORGANISATION_WORDS = frozenset(
    [
        "stichting",
        "vereniging",
        "gemeente",
        "provincie",
        "ministerie",
        "coöperatie",
        "cooperatie",
        "buurthuis",
        "netwerk",
        "platform",
        "bureau",
        "foundation",
        "association",
        "municipality",
        "network",
    ]
)


def count_people(names: str) -> int:
    """Return how many people or organisations *names* lists ('Anouk en Bas' is two).

    'Stichting Wonen en Zorg' is one; 'Tom van Dijk e.a.' is more than one.
    """
    count = 0
    for item in _LIST.split(names):
        pieces: list[str] = []
        for piece in (p for p in _AND.split(item) if p.strip()):
            if not (pieces and _organisation(pieces[-1]) and not _organisation(piece)):
                pieces.append(piece)  # else still the organisation's name
        count += len(pieces)
    return max(count, 2 if _AND_OTHERS.search(names) else 0)


def _organisation(name: str) -> bool:
    return name.split()[0].lower() in _ORGANISATION_WORDS
