"""The translation catalogue: every UI and report string, Dutch first, English complete.

Each area keeps its own module of entries ``key: (dutch, english)``; this module merges them.
"""

from __future__ import annotations

import string

from facilitation.i18n import agenda, core, harvest, privacy, report

LANGUAGES: tuple[str, ...] = ("nl", "en")
DEFAULT_LANGUAGE = "nl"

CATALOGUE: dict[str, tuple[str, str]] = {}
for _module in (core, harvest, agenda, privacy, report):
    _overlap = CATALOGUE.keys() & _module.ENTRIES.keys()
    if _overlap:
        raise RuntimeError(f"translation keys defined twice: {sorted(_overlap)}")
    CATALOGUE.update(_module.ENTRIES)


def normalise_language(lang: str | None) -> str:
    """Return a supported language code, falling back to Dutch."""
    if lang and lang.lower()[:2] in LANGUAGES:
        return lang.lower()[:2]
    return DEFAULT_LANGUAGE


def t(key: str, lang: str = DEFAULT_LANGUAGE, /, **params: object) -> str:
    """Return the text for *key* in *lang* with ``{name}`` placeholders filled; raises KeyError."""
    dutch, english = CATALOGUE[key]
    template = english if normalise_language(lang) == "en" else dutch
    return template.format(**params) if params else template


def placeholders(text: str) -> set[str]:
    """Return the ``{name}`` placeholders in a catalogue text."""
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}
