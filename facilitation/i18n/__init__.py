"""The translation catalogue: every UI and report string, Dutch first, English complete.

Each area keeps its own module of entries ``key: (dutch, english)``; this module merges them.

Counts take the right form through a plural field in the text: ``{count:bijdrage|bijdragen}``
gives the first form when *count* is 1 and the second otherwise (Dutch and English share that
rule: "0 bijdragen", "1 bijdrage", "2 bijdragen"). A ``#`` in a form stands for the number, so
``{count:één bijdrage|# bijdragen}`` also works. ``plural()`` is the same choice in code.
"""

from __future__ import annotations

import string
from typing import Any

from facilitation.i18n import (
    agenda,
    core,
    harvest,
    privacy,
    report,
    room,
    running,
    scan_editor,
    scan_pages,
    scans,
    setup,
    trust,
)

LANGUAGES: tuple[str, ...] = ("nl", "en")
DEFAULT_LANGUAGE = "nl"

CATALOGUE: dict[str, tuple[str, str]] = {}
for _module in (
    core,
    harvest,
    agenda,
    privacy,
    report,
    room,
    running,
    setup,
    trust,
    scans,
    scan_pages,
    scan_editor,
):
    _overlap = CATALOGUE.keys() & _module.ENTRIES.keys()
    if _overlap:
        raise RuntimeError(f"translation keys defined twice: {sorted(_overlap)}")
    CATALOGUE.update(_module.ENTRIES)


def plural(count: object, one: str, other: str) -> str:
    """Return *one* when *count* is 1 and *other* otherwise, with ``#`` replaced by the count."""
    if isinstance(count, _Slot):
        is_one = count.one
    else:
        try:
            is_one = int(str(count)) == 1
        except ValueError:
            is_one = False
    return (one if is_one else other).replace("#", str(count))


class _CatalogueFormatter(string.Formatter):
    """``str.format`` plus plural fields: ``{count:one|other}``."""

    def format_field(self, value: Any, format_spec: str) -> Any:
        if "|" in format_spec:
            one, _, other = format_spec.partition("|")
            return plural(value, one, other)
        return super().format_field(value, format_spec)


_FORMATTER = _CatalogueFormatter()


def normalise_language(lang: str | None) -> str:
    """Return a supported language code, falling back to Dutch."""
    if lang and lang.lower()[:2] in LANGUAGES:
        return lang.lower()[:2]
    return DEFAULT_LANGUAGE


def t(key: str, lang: str = DEFAULT_LANGUAGE, /, **params: object) -> str:
    """Return the text for *key* in *lang* with ``{name}`` placeholders filled; raises KeyError."""
    template = _template(key, lang)
    if not params:
        return template
    if "|" in template:
        return _FORMATTER.format(template, **params)
    return template.format(**params)


class _Slot:
    """A count not known yet (the browser fills it in): prints as ``{name}``, is 1 or more."""

    def __init__(self, name: str, one: bool) -> None:
        self.name, self.one = name, one

    def __str__(self) -> str:
        return "{" + self.name + "}"

    def __format__(self, spec: str) -> str:
        return str(self)


def plural_templates(
    key: str, lang: str, name: str = "count", /, **params: object
) -> dict[str, str]:
    """Return the text of *key* for a count of one and for any other count, with ``{name}``
    left in for the browser to fill: ``{"one": ..., "other": ...}``."""
    return {
        form: _FORMATTER.format(_template(key, lang), **params, **{name: _Slot(name, one)})
        for form, one in (("one", True), ("other", False))
    }


def _template(key: str, lang: str) -> str:
    dutch, english = CATALOGUE[key]
    return english if normalise_language(lang) == "en" else dutch


def placeholders(text: str) -> set[str]:
    """Return the ``{name}`` placeholders in a catalogue text."""
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}
