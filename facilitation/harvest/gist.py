"""The gist of one table or case, to make the synthesis quicker to write: contributions that say
the same thing (in other words, or with typos) to merge, and the phrases the room used most.

Near-duplicates are scored with rapidfuzz's token-set ratio on the texts without stop words: the
same words in another order or with a typo score high. A pair counts when both texts carry at
least two words and neither is more than twice as long as the other, so a short text that is
only a part of a long one is not taken for a duplicate of it.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from itertools import pairwise

from rapidfuzz import fuzz
from rapidfuzz.process import cdist

from facilitation.harvest.report.content import Item
from facilitation.harvest.stopwords import STOP_WORDS
from facilitation.models import Contribution

THRESHOLD = 82
MAX_COMPARED = 600  # a table of more contributions compares its first 600 (0.2 s)
MAX_PAIRS = 20
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*", re.UNICODE)


@dataclass(frozen=True)
class NearDuplicate:
    """Two listed contributions that probably say the same: merge *duplicate* into *keep*."""

    keep: Contribution
    duplicate: Contribution
    score: int


def _words(text: str) -> list[str]:
    return [w for w in (m.group(0).lower() for m in _WORD.finditer(text)) if w not in STOP_WORDS]


def near_duplicates(items: list[Item], *, threshold: int = THRESHOLD) -> list[NearDuplicate]:
    """Return likely duplicates among *items* (listed contributions of one place), best first.

    The earlier contribution is kept; a reply is never merged with what it answers.
    """
    rows = [item.row for item in items][:MAX_COMPARED]
    words = [_words(row.text) for row in rows]
    texts = [" ".join(w) for w in words]
    if len(rows) < 2:
        return []
    set_scores = cdist(texts, texts, scorer=fuzz.token_set_ratio, score_cutoff=threshold)
    pairs: list[NearDuplicate] = []
    for i in range(len(rows)):
        for j in range(i + 1, len(rows)):
            if set_scores[i][j] < threshold or not _comparable(words[i], words[j]):
                continue
            if rows[j].parent_id == rows[i].id or rows[i].parent_id == rows[j].id:
                continue
            pairs.append(NearDuplicate(rows[i], rows[j], round(set_scores[i][j])))
    pairs.sort(key=lambda pair: -pair.score)
    return pairs[:MAX_PAIRS]


def _comparable(a: list[str], b: list[str]) -> bool:
    """Return True when both texts say enough, and neither is a fragment of the other."""
    short, long = sorted((len(a), len(b)))
    return short >= 2 and short * 2 >= long


def key_phrases(texts: list[str], *, top: int = 8) -> list[tuple[str, int]]:
    """Return the most frequent phrases (two-word phrases before single words) with counts.

    Dutch and English stop words are left out; a phrase counts once per contribution.
    """
    pairs: Counter[str] = Counter()
    singles: Counter[str] = Counter()
    for text in texts:
        words = [m.group(0).lower() for m in _WORD.finditer(text)]
        content = [w for w in words if w not in STOP_WORDS and len(w) > 2]
        singles.update(set(content))
        pairs.update({f"{a} {b}" for a, b in pairwise(words) if _content(a) and _content(b)})
    found = [(p, n) for p, n in pairs.most_common(top) if n >= 2]
    in_pairs = {word for phrase, _ in found for word in phrase.split()}
    found += [(w, n) for w, n in singles.most_common(top * 2) if n >= 2 and w not in in_pairs]
    return sorted(found, key=lambda pair: (-pair[1], -len(pair[0].split())))[:top]


def _content(word: str) -> bool:
    return word not in STOP_WORDS and len(word) > 2
