"""Results: mean, median, distribution per segment and for the room, the minimum N, choices,
ranking, the word cloud and its stop list, reveal, and the cache that follows answers
incrementally and agrees with a fresh count."""

from __future__ import annotations

import statistics

from sqlalchemy import event as sa_event
from sqlalchemy import insert

from facilitation.core.db import write_session
from facilitation.models import QuestionBase, ResultsMode, ScanAnswer, ScanAudience, ScanResponse
from facilitation.scans import editor
from facilitation.scans.checks import Given
from facilitation.scans.results import ResultsCache
from tests.scans.helpers import choice, make_scan, neighbourhoods, scale
from tests.utils import make_meeting


def test_scale_mean_median_distribution_and_dont_know(engine):
    scan = make_scan(make_meeting(engine), scale(dont_know=True))
    values = [1, 2, 2, 7, 10]
    for value in values:
        scan.answer(Given(number=value))
    scan.answer(Given(dont_know=True))
    room = scan.results().questions[0].room
    stats = room.items[0]
    assert stats.count == 5 and room.respondents == 6 and stats.dont_know == 1
    assert stats.mean == statistics.mean(values) and stats.median == statistics.median(values)
    assert stats.distribution == (1, 2, 0, 0, 0, 0, 1, 0, 0, 1)
    assert (stats.low, stats.high) == (1, 10)


def test_even_count_median_and_zero_based_scale(engine):
    scan = make_scan(make_meeting(engine), scale(scale_min=0))
    for value in (0, 3, 4, 10):
        scan.answer(Given(number=value))
    stats = scan.results().questions[0].room.items[0]
    assert stats.median == 3.5 and len(stats.distribution) == 11 and stats.distribution[0] == 1


def test_segments_and_minimum_n(engine):
    meeting = neighbourhoods(engine)
    functions = QuestionBase(kind="scale_set", prompt="Functies", items=["Ideeën", "Netwerk"])
    scan = make_scan(meeting, functions, audience=ScanAudience.PER_TABLE)
    for table, answers in ((1, [(8, 2), (9, 3), (10, 4)]), (2, [(2, 9), (3, 8), (4, 7)])):
        for ideas, network in answers:
            scan.answer(Given(items={0: ideas, 1: network}), table=table)
    scan.answer(Given(items={0: 1, 1: 1}), table=3)
    result = scan.results(min_answers=3).questions[0]
    a, b, c = result.segments
    assert (a.label, b.label, c.label) == ("Wijk A", "Wijk B", "Wijk C")
    assert [s.mean for s in a.items] == [9, 3] and [s.mean for s in b.items] == [3, 8]
    assert c.suppressed and c.items == () and c.respondents == 1
    assert result.room.respondents == 7 and not result.room.suppressed
    assert [label for label, _means in result.radar()] == ["Wijk A", "Wijk B", "Hele zaal"]


def test_room_below_minimum_shows_nothing(engine):
    scan = make_scan(make_meeting(engine), scale())
    scan.answer(Given(number=4))
    scan.answer(Given(number=5))
    room = scan.results(min_answers=3).questions[0].room
    assert room.suppressed and room.items == ()


def test_choices_other_and_bins(engine):
    scan = make_scan(make_meeting(engine), choice("multiple", allow_other=True), choice("bins"))
    q = scan.question_ids
    scan.answer({q[0]: Given(choices=(0, 1)), q[1]: Given(choices=(2,))})
    scan.answer({q[0]: Given(choices=(1,), other="Coöperatie"), q[1]: Given(choices=(2,))})
    scan.answer({q[0]: Given(other="coöperatie"), q[1]: Given(choices=(0,))})
    first, second = scan.results().questions
    assert first.room.items[0].distribution == (1, 2, 0) and first.room.items[0].other == 2
    assert first.room.items[0].count == 3
    assert dict(first.room.others) == {"Coöperatie": 1, "coöperatie": 1}
    assert second.room.items[0].distribution == (1, 0, 2)


def test_ranking_points_and_mean_places(engine):
    scan = make_scan(make_meeting(engine), choice("ranking"))
    for order in ((0, 1, 2), (0, 2, 1), (1, 0, 2)):
        scan.answer(Given(choices=order))
    stats = scan.results().questions[0].room.items[0]
    assert stats.distribution == (5, 3, 1)
    assert stats.mean_ranks == (4 / 3, 2.0, 8 / 3)


def test_word_cloud_counts_entries_and_hides_stop_listed_and_facilitator_words(engine):
    scan = make_scan(make_meeting(engine), QuestionBase(kind="open", prompt="Eén woord?"))
    for text in ("Samen", "samen!", " SAMEN ", "kut idee", "Vertrouwen", "geld"):
        scan.answer(Given(text=text))
    cloud = scan.results().questions[0].room.cloud
    assert cloud is not None and cloud.words == (("samen", 3), ("geld", 1), ("vertrouwen", 1))
    assert cloud.hidden == 1
    scan.edit(editor.hide_word, question_id=scan.qid, word="Geld")
    cloud = scan.results().questions[0].room.cloud
    assert cloud is not None and ("geld", 1) not in cloud.words and cloud.hidden == 2
    assert cloud.hidden_entries == (("geld", 1), ("kut idee", 1))  # for the facilitator only
    assert cloud.total == 6  # hidden words are still there, only not shown


def test_ten_thousand_word_cloud_entries(sqlite_engine):
    scan = make_scan(make_meeting(sqlite_engine), QuestionBase(kind="open", prompt="Woord?"))
    event_id, scan_id = scan.meeting.id, scan.scan_id
    responses = [{"id": n + 1, "event_id": event_id, "scan_id": scan_id} for n in range(10_000)]
    answers = [
        {
            "event_id": event_id,
            "scan_id": scan_id,
            "response_id": n + 1,
            "question_id": scan.qid,
            "text": f"woord{n % 500}",
            "revision": 1,
        }
        for n in range(10_000)
    ]
    with write_session(sqlite_engine) as session:  # stored directly: the count is what matters
        session.execute(insert(ScanResponse), responses)
        session.execute(insert(ScanAnswer), answers)
    cloud = scan.results().questions[0].room.cloud
    assert cloud is not None and len(cloud.words) == 60 and cloud.total == 10_000
    assert cloud.words[0] == ("woord0", 20)


def test_results_hidden_until_revealed(engine):
    scan = make_scan(make_meeting(engine), scale(), scale(), results_mode=ResultsMode.ON_REVEAL)
    assert [q.visible for q in scan.results().questions] == [False, False]
    scan.edit(editor.reveal, scan_id=scan.scan_id, question_id=scan.question_ids[1])
    assert [q.visible for q in scan.results().questions] == [False, True]
    scan.edit(editor.reveal, scan_id=scan.scan_id)
    assert [q.visible for q in scan.results().questions] == [True, True]


def test_cache_follows_changes_and_agrees_with_a_fresh_count(engine):
    meeting = neighbourhoods(engine)
    scan = make_scan(meeting, scale(), choice("multiple"), audience=ScanAudience.PER_TABLE)
    q = scan.question_ids
    cache = ResultsCache()
    tokens = []
    for n in range(9):
        receipt = scan.answer(
            {q[0]: Given(number=n + 1), q[1]: Given(choices=(n % 3,))}, table=n % 3 + 1
        )
        tokens.append(receipt.token)
        scan.results(cache=cache)
    scan.answer({q[0]: Given(number=10), q[1]: Given()}, token=tokens[0])
    scan.answer({q[0]: Given()}, token=tokens[1])
    scan.edit(editor.update_question, question_id=q[1], changes=_options(["x", "y", "z", "w"]))
    scan.answer({q[1]: Given(choices=(3,))}, token=tokens[2])
    cached, fresh = scan.results(cache=cache), scan.results()
    assert cached.revision == fresh.revision and cached.respondents == fresh.respondents == 9
    for one, other in zip(cached.questions, fresh.questions, strict=True):
        assert (one.room, one.segments) == (other.room, other.segments)


def _options(options):
    from facilitation.models import QuestionUpdate

    return QuestionUpdate(options=options)


def test_a_tick_without_change_reads_one_row_and_with_change_only_new_answers(sqlite_engine):
    scan = make_scan(make_meeting(sqlite_engine), scale())
    for n in range(50):
        scan.answer(Given(number=n % 10 + 1))
    cache = ResultsCache()
    scan.results(cache=cache)
    statements: list[str] = []

    def record(_conn, _cursor, statement, *_args):
        statements.append(statement)

    sa_event.listen(sqlite_engine, "before_cursor_execute", record)
    try:
        scan.results(cache=cache)
        idle = [s for s in statements if s.lstrip().upper().startswith("SELECT")]
        statements.clear()
        scan.answer(Given(number=2))
        statements.clear()
        view = scan.results(cache=cache)
    finally:
        sa_event.remove(sqlite_engine, "before_cursor_execute", record)
    assert len(idle) == 1 and "revision" in idle[0]
    answer_reads = [s for s in statements if "FROM scan_answer" in s]
    assert len(answer_reads) == 1 and "revision >" in answer_reads[0]
    assert view.questions[0].room.items[0].count == 51


def test_editing_texts_and_hiding_words_need_no_recount_deleting_a_question_does(sqlite_engine):
    scan = make_scan(make_meeting(sqlite_engine), QuestionBase(kind="open", prompt="W?"), scale())
    for word in ("samen", "geld", "samen"):
        scan.answer({scan.qid: Given(text=word), scan.question_ids[1]: Given(number=4)})
    cache = ResultsCache()
    scan.results(cache=cache)
    reads: list[str] = []

    def record(_conn, _cursor, statement, *_args):
        if "FROM scan_answer" in statement:
            reads.append(statement)

    sa_event.listen(sqlite_engine, "before_cursor_execute", record)
    try:
        scan.edit(editor.hide_word, question_id=scan.qid, word="geld")
        scan.edit(editor.update_scan, scan_id=scan.scan_id, changes=_scan_title("Nieuw"))
        view = scan.results(cache=cache)
        assert reads and all("revision >" in r for r in reads)
        assert view.questions[0].room.cloud.words == (("samen", 2),)
        reads.clear()
        scan.edit(editor.delete_question, question_id=scan.question_ids[1])
        view = scan.results(cache=cache)
        assert reads and not any("revision >" in r for r in reads if "SELECT" in r)
    finally:
        sa_event.remove(sqlite_engine, "before_cursor_execute", record)
    assert len(view.questions) == 1 and view.respondents == 3


def _scan_title(title):
    from facilitation.models import ScanUpdate

    return ScanUpdate(title=title)


def test_one_cache_serves_two_databases_without_mixing_them(tmp_path):
    from facilitation.core.db import init_schema, make_engine

    cache, views = ResultsCache(), []
    for name, value in (("a", 2), ("b", 9)):
        engine = make_engine(f"sqlite:///{tmp_path / name}.db")
        init_schema(engine)
        scan = make_scan(make_meeting(engine), scale())
        scan.answer(Given(number=value))
        views.append(scan.results(cache=cache).questions[0].room.items[0].mean)
        engine.dispose()
    assert views == [2, 9]
