"""The benchmark's rule for a send the wall never showed: missed, or scrolled past in a burst."""

from __future__ import annotations

from bench.phone import Phone, Projector, Send
from bench.scenario import Outcome, figures, scrolled_by
from facilitation.live.wall import RECENT_PER_SECTION

JOIN = "http://127.0.0.1:1/join?event=ABC&table={}"


def _outcome(table_of_sends: list[tuple[int, float, float]], renders: list[float]) -> Outcome:
    """Sends as (table, sent_at, acked_at); the wall rendered its cards at *renders*."""
    outcome = Outcome(projector=Projector("http://127.0.0.1:1/wall"))
    outcome.projector.renders = renders
    phones = {t: Phone(JOIN.format(t)) for t in {t for t, _, _ in table_of_sends}}
    outcome.phones = list(phones.values())
    for number, (table, sent, acked) in enumerate(table_of_sends):
        send = Send(f"id{number}", f"m{number}", f"m{number}", sent_at=sent, acked_at=acked)
        phones[table].sends.append(send)
        outcome.sends.append(send)
    return outcome


def test_a_send_buried_by_a_burst_at_its_table_before_the_next_tick_scrolled_past():
    burst = [(1, 10.0 + i / 100, 10.05 + i / 100) for i in range(RECENT_PER_SECTION + 1)]
    outcome = _outcome(burst, renders=[9.0, 11.0])
    first = outcome.sends[0]
    assert scrolled_by(outcome, [first]) == {first.marker}


def test_a_send_with_room_on_the_wall_or_a_burst_elsewhere_is_missed():
    sends = [(1, 10.0, 10.05)]
    sends += [(2, 10.1 + i / 100, 10.15 + i / 100) for i in range(RECENT_PER_SECTION + 1)]
    sends += [(1, 10.1 + i / 100, 10.15 + i / 100) for i in range(RECENT_PER_SECTION - 2)]
    outcome = _outcome(sends, renders=[9.0, 11.0])
    first = outcome.sends[0]
    assert scrolled_by(outcome, [first]) == set()
    outcome.projector.first_seen = {s.marker: 11.0 for s in outcome.sends[1:]}
    result = figures(outcome)
    assert (result["wall_missed"], result["wall_scrolled_by"]) == (1, 0)


def test_later_sends_acknowledged_after_the_next_tick_do_not_excuse_a_miss():
    burst = [(1, 10.0, 10.05)] + [(1, 10.5 + i, 10.6 + i) for i in range(RECENT_PER_SECTION)]
    outcome = _outcome(burst, renders=[9.0, 11.0, 30.0])
    assert scrolled_by(outcome, [outcome.sends[0]]) == set()


def test_a_rendering_within_the_revision_window_after_the_ack_may_predate_the_send():
    # As seen in a run: acked at 58.144, rendered at 58.168 from a view read just before, then
    # eight later sends at the table before the next rendering at 59.183.
    sends = [(4, 58.111, 58.144)]
    sends += [(4, 58.2 + i / 10, 58.25 + i / 10) for i in range(RECENT_PER_SECTION)]
    outcome = _outcome(sends, renders=[57.2, 58.168, 59.183])
    assert scrolled_by(outcome, [outcome.sends[0]]) == {outcome.sends[0].marker}
