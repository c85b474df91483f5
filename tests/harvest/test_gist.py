"""The gist of a table: near-duplicates to merge in one click, and the most frequent phrases."""

from __future__ import annotations

from facilitation.core.db import read_session, write_session
from facilitation.harvest import editing
from facilitation.harvest.gist import key_phrases, near_duplicates
from facilitation.harvest.report.content import read_harvest
from tests.utils import make_meeting

TEXTS = [
    "Geef vrijwilligers een eigen rol met een naam",
    "Vraag vertrekkers waarom ze stoppen",
    "geef vrijwiligers een eigen rol, met naam",  # the first again, with a typo
    "Geld",
    "Geld is belangrijk voor iedereen hier in de buurt",  # contains 'Geld', but says more
    "Is crowdfunding al onderzocht?",
    "Crowdfunding: is dat al onderzocht?",
    "Begin met een proefperiode van één seizoen",
]


def _items(engine):
    meeting = make_meeting(engine, tables=1)
    who = meeting.participant()
    for text in TEXTS:
        meeting.send(who, text)
    with read_session(engine) as session:
        return meeting, list(read_harvest(session=session, event_id=meeting.id).themes[0].items)


def test_near_duplicates_in_other_words_or_with_typos(sqlite_engine):
    _, items = _items(sqlite_engine)
    pairs = {(p.keep.text, p.duplicate.text) for p in near_duplicates(items)}
    assert pairs == {
        (TEXTS[0], TEXTS[2]),
        (TEXTS[5], TEXTS[6]),
    }


def test_merging_a_pair_counts_it_with_the_first(sqlite_engine):
    meeting, items = _items(sqlite_engine)
    pair = near_duplicates(items)[0]
    with write_session(sqlite_engine) as session:
        editing.merge_into(
            session=session,
            event_id=meeting.id,
            duplicate_id=pair.duplicate.id,
            keep_id=pair.keep.id,
        )
    with read_session(sqlite_engine) as session:
        after = list(read_harvest(session=session, event_id=meeting.id).themes[0].items)
    assert len(after) == len(items) - 1
    assert len(near_duplicates(after)) == 1


def test_key_phrases_leave_out_dutch_and_english_stop_words():
    texts = [
        "Meer groen in de buurt",
        "Groen in de buurt en bankjes",
        "More green in the neighbourhood",
        "Bankjes bij de speeltuin",
        "Een speeltuin voor de kinderen",
    ]
    phrases = key_phrases(texts)
    assert phrases[:3] == [("groen", 2), ("buurt", 2), ("bankjes", 2)] or set(phrases[:3]) == {
        ("groen", 2),
        ("buurt", 2),
        ("bankjes", 2),
    }
    assert ("speeltuin", 2) in phrases
    assert all(
        word not in {"de", "in", "the", "een"} for phrase, _ in phrases for word in phrase.split()
    )


def test_two_word_phrases_come_first():
    texts = ["Lokale politiek benaderen", "De lokale politiek erbij", "Lokale politiek en raad"]
    assert key_phrases(texts)[0] == ("lokale politiek", 3)
