"""The word cloud: open answers counted as entries, with a stop list the facilitator extends.

Each open answer is one entry (lower case, punctuation at the ends trimmed, spaces folded), as
Mentimeter counts them: "Sociale cohesie" and "sociale cohesie!" are the same entry. An entry
holding a word of the built-in stop list (swear words, Dutch and English) or of the question's
``hidden_words`` is left out of the cloud and counted as hidden; the answer itself stays stored.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

CLOUD_SIZE = 60
_EDGES = re.compile(r"^[\W_]+|[\W_]+$")
_SPACES = re.compile(r"\s+")
_WORD = re.compile(r"[\w'-]+")

# Swear words and insults most often typed into Dutch and English polls; the facilitator adds
# more per question (``hidden_words``). Matched as whole words, lower case.
_PROFANITY = """
kut kutje klote klootzak lul lullig tering tyfus kanker kankerlijer godverdomme godver
verdomme shit kak hoer hoerenzoon slet flikker mongool debiel idioot eikel sukkel trut
fuck fucking fucked motherfucker shit shitty bitch bastard asshole dick cock cunt whore slut
wanker twat piss pissed crap damn retard
"""
STOP_LIST: frozenset[str] = frozenset(_PROFANITY.split())


def entry_of(text: str) -> str:
    """Return the cloud entry an open answer counts as ('' for an empty answer)."""
    return _EDGES.sub("", _SPACES.sub(" ", text.strip().lower()))


def is_hidden(entry: str, hidden_words: Iterable[str]) -> bool:
    """Return whether *entry* stays out of the cloud (a stop-listed or hidden word, or itself)."""
    extra = frozenset(w.lower() for w in hidden_words)
    words = set(_WORD.findall(entry))
    return bool(words & STOP_LIST or words & extra or entry in extra)


@dataclass(frozen=True)
class Cloud:
    """A word cloud: the most frequent entries with their counts, and how many were hidden.

    ``hidden_entries`` lists what was left out (for the facilitator's stop-list editor, never
    for the wall).
    """

    words: tuple[tuple[str, int], ...]
    hidden: int
    total: int
    hidden_entries: tuple[tuple[str, int], ...] = ()


def cloud(counts: Counter[str], hidden_words: Iterable[str], size: int = CLOUD_SIZE) -> Cloud:
    """Return the cloud of *counts* without hidden entries, largest first (ties alphabetical)."""
    extra = list(hidden_words)
    shown: list[tuple[str, int]] = []
    left_out: list[tuple[str, int]] = []
    for entry, count in counts.items():
        if count > 0:
            (left_out if is_hidden(entry, extra) else shown).append((entry, count))
    shown.sort(key=lambda pair: (-pair[1], pair[0]))
    left_out.sort(key=lambda pair: (-pair[1], pair[0]))
    hidden = sum(c for _e, c in left_out)
    return Cloud(
        words=tuple(shown[:size]),
        hidden=hidden,
        total=sum(c for _e, c in shown) + hidden,
        hidden_entries=tuple(left_out[:size]),
    )
